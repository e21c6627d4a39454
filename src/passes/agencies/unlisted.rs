//! Local bodies whose suffix is not in `gazetteers/agency_suffixes.tsv`: a
//! place, then a short run of CJK ending in a body word (委员会, 局, 厅,
//! 办公室, 办), where the text around shows a government body is meant.
//!
//! Accepted, named full place + run as written:
//! - before a post: 闵行区科学技术和经济委员会主任王某 → 闵行区科学技术和经济委员会;
//!   滨海县农业农村和水利局局长;
//! - before an issuing verb: 某某市商务和口岸局印发《…》, …办公室联合发布;
//! - after 由 / 会同: 由徐汇区科技和信息化委员会牵头.
//!
//! Rejected: runs crossing punctuation or another place, longer than
//! [`MAX_RUN`] characters, holding a function word or verb (深圳市将联合
//! 财政局印发: 将), or naming a company, school or association (某市某某
//! 公司办公室主任); self-governing bodies (村民委员会, 居民委员会, 业主委员会);
//! a run with no cue around it (松江区文化旅游局 alone: a guess).

//!
//! The words these rules read are in `gazetteers/agency_cues.tsv` (kinds
//! `body_ending`, `issuing_verb`, `actor_mark`, `not_in_name`,
//! `not_a_body`); the posts in `gazetteers/job_titles.tsv`. The run is read
//! at most [`MAX_RUN`] characters: a longer one names no body.

use std::collections::HashSet;

use crate::Error;
use crate::lexicon::agencies::Cues;
use crate::lexicon::tsv as gazetteer;

/// Longest run after the place, body word included.
pub(super) const MAX_RUN: usize = 14;

/// How many characters of a post (副主任, 局长) are read after a body;
/// a longer post counts only where the text ends with it.
const POST_CHARS: usize = 6;

/// Posts that may follow a body (局长, 主任, 党组书记...).
#[derive(Debug, Clone)]
pub(super) struct Unlisted {
    posts: HashSet<&'static str>,
    /// The longest post, in bytes.
    longest: usize,
}

impl Unlisted {
    pub(super) fn new() -> Result<Self, Error> {
        let source = gazetteer::JOB_TITLES;
        let posts: HashSet<&'static str> = gazetteer::parse(source.name, source.text, 2)?
            .into_iter()
            .filter(|row| row.get(1) == "post")
            .map(|row| row.get(0))
            .collect();
        let longest = posts.iter().map(|p| p.len()).max().unwrap_or(0);
        Ok(Unlisted { posts, longest })
    }

    /// The end of a body named by the run starting at byte `at` (right
    /// after a place), which must stop before `limit` (the next place).
    pub(super) fn body_end(
        &self,
        text: &str,
        cues: &Cues,
        place_start: usize,
        at: usize,
        limit: usize,
    ) -> Option<usize> {
        let after_by = text
            .get(..place_start)
            .is_some_and(|b| cues.actor_marks.iter().any(|w| b.ends_with(w)));
        let mut chars = 0;
        for (offset, c) in text.get(at..limit.min(text.len()))?.char_indices() {
            if !('\u{4e00}'..='\u{9fff}').contains(&c) || cues.not_in_name.contains(c) {
                return None;
            }
            chars += 1;
            if chars > MAX_RUN {
                return None;
            }
            if chars < 3 || !cues.body_ending_chars.contains(c) {
                continue;
            }
            let end = at + offset + c.len_utf8();
            let run = text.get(at..end)?;
            if !cues.body_endings.iter().any(|e| run.ends_with(e)) {
                continue;
            }
            if cues
                .not_a_body
                .iter()
                .chain(&cues.issuing_verbs)
                .any(|w| run.contains(w))
            {
                return None;
            }
            let rest = text.get(end..).unwrap_or("");
            let cue = after_by
                || cues.issuing_verbs.iter().any(|v| rest.starts_with(v))
                || self.post_at(rest);
            if cue {
                return Some(end);
            }
        }
        None
    }

    /// Whether a post (副主任, 局长) opens `rest`: one of at most
    /// [`POST_CHARS`] characters, or all of `rest`.
    fn post_at(&self, rest: &str) -> bool {
        let whole = (rest.len() <= self.longest).then_some(rest.len());
        rest.char_indices()
            .skip(1)
            .take(POST_CHARS)
            .map(|(i, _)| i)
            .chain(whole)
            .filter_map(|i| rest.get(..i))
            .any(|head| self.posts.contains(head))
    }
}
