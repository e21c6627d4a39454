//! Whether a central body's name or alias found by the lexicon names that
//! body where it stands: not right after a local mark (市发改委, 各省国资委)
//! or a foreign country's name (美国商务部, 欧洲央行), nor, for a name
//! without a national mark (统计局, 工信部), after a place (深圳统计局); not
//! as the owner of a class (国务院各部门办公厅), inside a meeting's name
//! (国务院常务会议, 全国人大常委会第十二次会议) or as half of an ordinary
//! word (交通运输部门, 建设部署, 中央行政); the words read are in
//! `gazetteers/agency_cues.tsv`.

use super::Rules;
use crate::lexicon::agencies::{Central, Table};
use crate::lexicon::cues::WordList;
use crate::{Agency, Place, Span};

/// How many characters after 第 a numbered meeting's ordinal and name are
/// read (十二次会议 in 全国人大常委会第十二次会议); a 会议 further on, or
/// after a punctuation mark, leaves the body standing.
pub(super) const MEETING_CHARS: usize = 10;

/// Whether `after` opens a numbered meeting of the body before it:
/// 中央财经委员会第五次会议, 全国人大常委会第十二次会议.
fn numbered_meeting(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('第') else {
        return false;
    };
    // A meeting ordinal and name are short; stop at the first punctuation.
    let end = rest
        .char_indices()
        .enumerate()
        .find(|&(n, (_, c))| n == MEETING_CHARS || !c.is_alphanumeric())
        .map_or(rest.len(), |(_, (i, _))| i);
    let head = rest.get(..end).unwrap_or("");
    head.contains('次') && head.contains("会议")
}

impl Rules {
    /// The central body (or zone committee) a hit names, unless its context
    /// shows the words mean something else.
    pub(super) fn central(
        &self,
        table: &Table<Central>,
        text: &str,
        places: &[Place],
        span: Span,
        pattern: usize,
    ) -> Option<Agency> {
        let cues = &self.cues;
        let before = text.get(..span.start).unwrap_or("");
        // 市发改委, 各省国资委: some local body, not the central one.
        if before.ends_with(cues.local_marks.as_slice()) {
            return None;
        }
        // 美国商务部, 欧洲央行: another country's body, none of the PRC's.
        if cues.foreign_marks.suffix_of(before).is_some() {
            return None;
        }
        let surface = text.get(span.start..span.end).unwrap_or("");
        // 深圳统计局, 宝安网信办: a name without 国家 right after a place is
        // a local body (read by the local rules, or left out), never the
        // central one. (北京国务院新闻办公室 opens with its mark.)
        let place_before = places
            .get(places.partition_point(|p| p.span.end < span.start))
            .is_some_and(|p| p.span.end == span.start);
        if place_before && !cues.national_marks.iter().any(|m| surface.starts_with(m)) {
            return None;
        }
        let after = text.get(span.end..).unwrap_or("");
        // 国务院各部门办公厅: a class of its units, no mention of the body.
        if cues.class_marks.prefix_of(after).is_some() {
            return None;
        }
        // 国务院常务会议 names a meeting, not the body.
        if cues.meetings.prefix_of(after).is_some() || numbered_meeting(after) {
            return None;
        }
        // The alias's last character begins a word: 公安部门, 交通运输部门 (any
        // such department), 建设部署; 金融委 inside 省委金融委员会 (a
        // longer committee not in the table). Not 工信部门户网站.
        let last = surface.chars().next_back().map_or(0, char::len_utf8);
        let from_last = text.get(span.end - last..).unwrap_or("");
        let begins = |words: &WordList| words.prefix_of(from_last).is_some();
        if ((surface.chars().count() <= 3 && begins(&cues.short_alias_words))
            || begins(&cues.alias_words))
            && !begins(&cues.keeps_alias)
        {
            return None;
        }
        // 央行 inside 中央行政. Only a word holding the surface's first
        // character is searched for it (a character test is a memchr, a
        // string search builds a searcher each time).
        let first = surface.chars().next();
        let holds_first = |word: &&&str| first.is_some_and(|c| word.contains(c));
        let hidden = cues.hiding.iter().filter(holds_first).any(|word| {
            word.match_indices(surface).any(|(k, _)| {
                span.start
                    .checked_sub(k)
                    .and_then(|from| text.get(from..))
                    .is_some_and(|t| t.starts_with(word))
            })
        });
        if hidden {
            return None;
        }
        let body = table
            .patterns
            .get(pattern)
            .and_then(|&(_, entry)| table.entries.get(entry))?;
        Some(Agency {
            name: body.name.clone(),
            surface: String::new(),
            span,
            level: body.level,
            region: body.region.clone(),
            parent: None,
        })
    }
}
