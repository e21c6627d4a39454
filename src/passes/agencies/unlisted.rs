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

use std::collections::HashSet;

use crate::Error;
use crate::lexicon::tsv as gazetteer;

/// Longest run after the place, body word included.
const MAX_RUN: usize = 14;

/// Body words a run may end in, longest first.
const ENDINGS: &[&str] = &["委员会", "办公室", "局", "厅", "办"];

/// Issuing verbs after the body.
const ISSUING: &[&str] = &["印发", "发布", "出台", "联合", "制定", "公布"];

/// Words before the place that make it the actor of an action.
const BEFORE: &[&str] = &["由", "会同"];

/// Characters that never stand in a body's name: particles, verbs of a
/// clause (将联合, 已印发) and the list words of a sentence.
const NOT_IN_NAME: &[char] = &[
    '的', '将', '在', '已', '要', '对', '把', '被', '向', '从', '是', '与', '及', '等', '了', '着',
    '也', '还', '由', '并', '或', '就', '让', '给',
];

/// Words naming something other than a government body.
const NOT_BODY: &[&str] = &[
    "公司",
    "集团",
    "大学",
    "学院",
    "学校",
    "医院",
    "协会",
    "学会",
    "商会",
    "银行",
    "研究院",
    "研究所",
    "村民",
    "居民",
    "业主",
    "企业",
    "联合会",
];

/// Posts that may follow a body (局长, 主任, 党组书记...).
#[derive(Debug, Clone)]
pub(super) struct Unlisted {
    posts: HashSet<&'static str>,
}

impl Unlisted {
    pub(super) fn new() -> Result<Self, Error> {
        let source = gazetteer::JOB_TITLES;
        let posts = gazetteer::parse(source.name, source.text, 2)?
            .into_iter()
            .filter(|row| row.get(1) == "post")
            .map(|row| row.get(0))
            .collect();
        Ok(Unlisted { posts })
    }

    /// The end of a body named by the run starting at byte `at` (right
    /// after a place), which must stop before `limit` (the next place).
    pub(super) fn body_end(
        &self,
        text: &str,
        place_start: usize,
        at: usize,
        limit: usize,
    ) -> Option<usize> {
        let after_by = text
            .get(..place_start)
            .is_some_and(|b| BEFORE.iter().any(|w| b.ends_with(w)));
        let mut chars = 0;
        for (offset, c) in text.get(at..limit.min(text.len()))?.char_indices() {
            if !('\u{4e00}'..='\u{9fff}').contains(&c) || NOT_IN_NAME.contains(&c) {
                return None;
            }
            chars += 1;
            if chars > MAX_RUN {
                return None;
            }
            let end = at + offset + c.len_utf8();
            let run = text.get(at..end)?;
            if chars < 3 || !ENDINGS.iter().any(|e| run.ends_with(e)) {
                continue;
            }
            if NOT_BODY.iter().chain(ISSUING).any(|w| run.contains(w)) {
                return None;
            }
            let rest = text.get(end..).unwrap_or("");
            let cue = after_by || ISSUING.iter().any(|v| rest.starts_with(v)) || self.post_at(rest);
            if cue {
                return Some(end);
            }
        }
        None
    }

    /// Whether a post (副主任, 局长) opens `rest`.
    fn post_at(&self, rest: &str) -> bool {
        rest.char_indices()
            .skip(1)
            .take(6)
            .map(|(i, _)| i)
            .chain(std::iter::once(rest.len()))
            .filter_map(|i| rest.get(..i))
            .any(|head| self.posts.contains(head))
    }
}
