//! Coordination bodies written right after the central body that runs them:
//! 国务院农民工工作领导小组, 国务院深化医药卫生体制改革领导小组办公室,
//! 国务院抗震救灾总指挥部. The record is named as written; a body in the
//! table (国务院安全生产委员会) is found by its name before this rule runs.
//!
//! A meeting of such bodies is no body: 国务院促进中小企业发展工作部际联席会议
//! names a meeting, and its host inside it is no mention of the host either,
//! as for 国务院常务会议.
//!
//! Rejected: runs holding a particle or a verb (国务院批准成立…委员会: a
//! `not_department` word; 国务院对…: a `coordination_stop`), runs crossing
//! punctuation or the next body, and runs longer than [`MAX_CHARS`].
//!
//! The words read are in `gazetteers/agency_cues.tsv` (kinds
//! `coordination_host`, `coordination_ending`, `meeting_ending`,
//! `coordination_stop`, `not_department`, `next_item`).

use crate::lexicon::agencies::Cues;

/// Longest name after the host, in characters, counting its ending
/// (深化医药卫生体制改革领导小组 is 14); a longer run names no body.
pub(super) const MAX_CHARS: usize = 24;

/// The office a coordination body keeps (…领导小组办公室).
const OFFICE: &str = "办公室";

/// What the run after a host names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum After {
    /// A coordination body (or its office) ending at this byte.
    Body(usize),
    /// A meeting: neither it nor the host is a body mention.
    Meeting,
}

/// What the text from byte `start` (right after a host) up to `limit` (the
/// next body) names, if anything.
pub(super) fn after(text: &str, cues: &Cues, start: usize, limit: usize) -> Option<After> {
    let rest = text.get(start..limit)?;
    if rest.starts_with(cues.next_item.as_slice()) {
        return None;
    }
    for (chars, (offset, c)) in rest.char_indices().enumerate() {
        if chars >= MAX_CHARS || !is_cjk(c) || cues.coordination_stops.contains(c) {
            return None;
        }
        let end = offset + c.len_utf8();
        let run = rest.get(..end)?;
        if cues.meeting_endings.iter().any(|e| run.ends_with(e)) {
            return Some(After::Meeting);
        }
        let ends = cues
            .coordination_endings
            .iter()
            .any(|e| run.len() > e.len() && run.ends_with(e));
        if !ends {
            continue;
        }
        if cues.not_department.iter().any(|w| run.contains(w)) {
            return None;
        }
        let office = rest.get(end..).is_some_and(|tail| tail.starts_with(OFFICE));
        let body_end = start + end + if office { OFFICE.len() } else { 0 };
        return Some(After::Body(body_end));
    }
    None
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_coordination_bodies_and_meetings() {
        let cues = Cues::new().expect("cues parse");
        let rows: &[(&str, &str, Option<&str>, bool)] = &[
            // (name, text after 国务院, body written after the host, meeting)
            (
                "a leading group",
                "农民工工作领导小组召开会议",
                Some("农民工工作领导小组"),
                false,
            ),
            (
                "its office",
                "深化医药卫生体制改革领导小组办公室印发",
                Some("深化医药卫生体制改革领导小组办公室"),
                false,
            ),
            (
                "a headquarters",
                "抗震救灾总指挥部要求",
                Some("抗震救灾总指挥部"),
                false,
            ),
            (
                "a joint meeting",
                "防范和处置非法集资部际联席会议",
                None,
                true,
            ),
            ("a verb inside", "批准成立国家能源委员会", None, false),
            ("a particle", "对领导小组作出部署", None, false),
            ("a list", "和中央军委", None, false),
            ("nothing", "印发通知", None, false),
        ];
        for &(name, rest, body, meeting) in rows {
            let got = after(rest, &cues, 0, rest.len());
            let want = match (body, meeting) {
                (Some(b), _) => Some(After::Body(b.len())),
                (None, true) => Some(After::Meeting),
                (None, false) => None,
            };
            assert_eq!(got, want, "{name}");
        }
    }
}
