//! Internal departments written right after a central body: 国家数据局综合司,
//! 商务部市场运行和消费促进司, 国务院研究室综合一司.
//!
//! The words read are in `gazetteers/agency_cues.tsv` (kinds
//! `department_ending`, `next_item`, `department_stop`, `not_department`).
//! A department is read at most [`MAX_CHARS`] characters after its body; a
//! longer run names none.

use crate::lexicon::agencies::Cues;

/// Longest department name, in characters, counting its ending.
pub(super) const MAX_CHARS: usize = 12;
/// Shortest department name: 综合司, 办公厅 (two characters would admit 局长).
const MIN_CHARS: usize = 3;

/// The end (byte offset) of a department name starting at `start` and
/// ending by `limit`, if the text there names one.
pub(super) fn department_end(text: &str, cues: &Cues, start: usize, limit: usize) -> Option<usize> {
    let rest = text.get(start..limit)?;
    // 工信部和…, 商务部与…: a conjunction starts the next item of a list.
    if rest.starts_with(cues.next_item.as_slice()) {
        return None;
    }
    for (chars, (offset, c)) in rest.char_indices().enumerate() {
        if chars >= MAX_CHARS || !is_cjk(c) || cues.department_stops.contains(c) {
            return None;
        }
        if chars + 1 < MIN_CHARS || !cues.department_ending_chars.contains(c) {
            continue;
        }
        let run = offset + c.len_utf8();
        let name = rest.get(..run)?;
        if cues.department_endings.iter().any(|e| name.ends_with(e)) {
            if cues.not_department.iter().any(|w| name.contains(w)) {
                return None;
            }
            return Some(start + run);
        }
    }
    None
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
