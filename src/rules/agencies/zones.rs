//! Development-zone committees by their general form: a zone name ending in
//! a zone word (开发区, 高新区, 新区, 自贸区, 园区, 示范区...) followed at once
//! by 管委会 or 管理委员会: 包头稀土高新技术产业开发区管理委员会, 成都高新区管委会,
//! 某某新区管委会. The record is named as written with 管委会 spelled out.
//!
//! The zone name runs back from the zone word over CJK characters to a
//! punctuation mark or a particle (由, 和, 各...). When a place lies in that
//! run the name starts at the place (支持成都高新区管委会 → 成都高新区...), and
//! the place gives the committee's region and level. Without a place the
//! name must be short (two to six characters before the zone word) and
//! lose a leading verb (支持西咸新区管委会 → 西咸新区...); longer runs are
//! left out, since nothing marks where the name begins.
//!
//! Not committees: 党工委 or any other word between zone and 管委会; a
//! zone word alone (高新区管委会, 各开发区管委会: no name).

use crate::{Place, Span};

/// Zone words a committee's zone name ends in, longest first so that the
/// longest one is cut off (高新技术产业开发区 before 开发区).
const ENDINGS: &[&str] = &[
    "高新技术产业开发区",
    "经济技术开发区",
    "自由贸易试验区",
    "综合保税区",
    "开发区",
    "高新区",
    "经开区",
    "自贸区",
    "保税区",
    "示范区",
    "合作区",
    "试验区",
    "经济区",
    "科技园",
    "工业园",
    "产业园",
    "新区",
    "片区",
    "园区",
];
const COMMITTEES: [&str; 2] = ["管委会", "管理委员会"];
/// Longest run scanned back from the zone word, in characters.
const MAX_RUN: usize = 16;
/// Shortest and longest zone name before the zone word when no place marks its start.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=6;
/// Characters no zone name contains: particles and list words.
const STOP_CHARS: &[char] = &[
    '的', '和', '与', '及', '等', '在', '将', '对', '由', '向', '经', '各', '为', '是', '了', '从',
    '请', '报', '据', '同', '或', '并', '暨', '以', '把', '被', '让', '给',
];
/// Verbs that may open the run before a name without a place.
const LEAD_VERBS: &[&str] = &[
    "支持", "推动", "指导", "要求", "协调", "组织", "依托", "鼓励", "督促", "配合", "授权", "委托",
    "指定", "成立", "设立", "撤销", "印发", "发布", "联合", "牵头",
];

/// A committee found in the text.
#[derive(Debug)]
pub(crate) struct Committee {
    pub(crate) span: Span,
    pub(crate) name: String,
    /// Index into `places` of the last place inside the zone name.
    pub(crate) place: Option<usize>,
}

/// Every zone committee in `text`, in order. `places` is in text order.
pub(crate) fn committees(text: &str, places: &[Place]) -> Vec<Committee> {
    let mut words: Vec<(usize, &str)> = COMMITTEES
        .iter()
        .flat_map(|w| text.match_indices(w))
        .collect();
    words.sort_unstable();
    words
        .into_iter()
        .filter_map(|(at, word)| committee(text, places, at, word))
        .collect()
}

fn committee(text: &str, places: &[Place], at: usize, word: &str) -> Option<Committee> {
    let head = text.get(..at)?;
    let ending = ENDINGS.iter().find(|e| head.ends_with(**e))?;
    let stem_end = at - ending.len();
    let stem_head = head.get(..stem_end)?;
    let mut run_start = stem_end;
    let mut bounded = false;
    for (chars, (offset, c)) in stem_head.char_indices().rev().enumerate() {
        if chars >= MAX_RUN {
            break;
        }
        if !is_cjk(c) || STOP_CHARS.contains(&c) {
            bounded = true;
            break;
        }
        run_start = offset;
    }
    bounded |= run_start == 0;
    let first = places.partition_point(|p| p.span.start < run_start);
    let inside: Vec<usize> = (first..places.len())
        .take_while(|&i| places.get(i).is_some_and(|p| p.span.end <= at))
        .collect();
    let (start, place) = match (inside.first(), inside.last()) {
        (Some(&first), Some(&last)) => (places.get(first)?.span.start, Some(last)),
        _ => {
            if !bounded {
                return None;
            }
            let run = text.get(run_start..stem_end)?;
            let lead = LEAD_VERBS
                .iter()
                .find(|v| run.starts_with(**v))
                .map_or(0, |v| v.len());
            let stem = run.get(lead..)?;
            if !NAME_CHARS.contains(&stem.chars().count()) {
                return None;
            }
            (run_start + lead, None)
        }
    };
    let written = text.get(start..stem_end)?;
    Some(Committee {
        span: Span::new(start, at + word.len()),
        name: format!("{written}{ending}管理委员会"),
        place,
    })
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
