//! Development-zone committees by their general form: a zone name ending in
//! a zone word (开发区, 高新区, 新区, 自贸区, 园区, 示范区, 实验区...) followed
//! at once by 管委会 or 管理委员会: 包头稀土高新技术产业开发区管理委员会, 成都高新区管委会,
//! 某某新区管委会. The record is named as written with 管委会 spelled out. A
//! 合作区 may be run by an 执行委员会 instead (某某深度合作区执行委员会), and
//! keeps that word.
//!
//! The zone name runs back from the zone word over CJK characters to a
//! punctuation mark, a particle (由, 和, 各...) or a time opener (今年以来). When a place lies in that
//! run the name starts at the place (支持成都高新区管委会 → 成都高新区...), and
//! the place gives the committee's region and level; a province written
//! before its own city joins the span but not the name (四川成都高新区管委会 →
//! 成都高新区管理委员会), as for other local bodies. Without a place the
//! name must be short (two to eight characters before the zone word), lose a
//! leading verb (支持西咸新区管委会 → 西咸新区...) and hold a proper name:
//! one made only of generic words (产业园区管委会, 市高新区管委会) names no
//! zone. Longer runs are left out, since nothing marks where the name begins.
//!
//! A quoted part (某市“数智谷”产业园区管委会) belongs to the name when a place
//! stands before the quote; a quoted name without a place is left out.
//!
//! Not committees: 党工委 or any other word between zone and 管委会; a
//! zone word alone (高新区管委会, 各开发区管委会: no name).

use crate::lexicon::tsv as gazetteer;
use crate::{Error, Place, PlaceLevel, Span};

/// Zone words a committee's zone name ends in, longest first so that the
/// longest one is cut off (高新技术产业开发区 before 开发区).
const ENDINGS: &[&str] = &[
    "高新技术产业开发区",
    "经济技术开发区",
    "自由贸易试验区",
    "综合保税区",
    "综合实验区",
    "产业园区",
    "开发区",
    "高新区",
    "经开区",
    "自贸区",
    "保税区",
    "示范区",
    "合作区",
    "试验区",
    "实验区",
    "经济区",
    "科技园",
    "工业园",
    "产业园",
    "新区",
    "片区",
    "园区",
];
/// Committee words, with the zone ending they need (`None`: any) and the
/// canonical word.
const COMMITTEES: [(&str, Option<&str>, &str); 3] = [
    ("管委会", None, "管理委员会"),
    ("管理委员会", None, "管理委员会"),
    ("执行委员会", Some("合作区"), "执行委员会"),
];
/// Longest run scanned back from the zone word, in characters.
const MAX_RUN: usize = 16;
/// Longest quoted part inside a zone name, in characters.
const MAX_QUOTE: usize = 12;
/// Shortest and longest zone name before the zone word when no place marks its start.
const NAME_CHARS: std::ops::RangeInclusive<usize> = 2..=8;
/// Characters no zone name contains: particles and list words.
const STOP_CHARS: &[char] = &[
    '的', '和', '与', '及', '等', '在', '将', '对', '由', '向', '经', '各', '为', '是', '了', '从',
    '请', '报', '据', '同', '或', '并', '暨', '以', '把', '被', '让', '给',
];
/// Time and clause openers that end a run like a particle (今年以来平潭...):
/// none ends a zone's proper name.
const OPENERS: &[&str] = &[
    "以来", "年来", "期间", "近日", "日前", "目前", "此外", "同时", "今年", "去年", "明年", "当前",
    "方面",
];
/// Verbs that may open the run before a name without a place.
const LEAD_VERBS: &[&str] = &[
    "支持", "推动", "推进", "指导", "要求", "协调", "组织", "依托", "鼓励", "督促", "配合", "授权",
    "委托", "指定", "成立", "设立", "撤销", "印发", "发布", "联合", "牵头",
];

/// A committee found in the text.
#[derive(Debug)]
pub(crate) struct Committee {
    pub(crate) span: Span,
    pub(crate) name: String,
    /// Index into `places` of the last place inside the zone name.
    pub(crate) place: Option<usize>,
}

/// The zone-committee finder, with the generic words of
/// `gazetteers/zone_generic_words.tsv`.
#[derive(Debug, Clone)]
pub(crate) struct Zones {
    /// Longest first, so that a name is cut into the longest words.
    generic: Vec<String>,
}

impl Zones {
    pub(crate) fn new() -> Result<Self, Error> {
        let source = gazetteer::ZONE_GENERIC_WORDS;
        let mut generic: Vec<String> = gazetteer::parse(source.name, source.text, 1)?
            .iter()
            .map(|row| row.get(0).to_owned())
            .filter(|w| !w.is_empty())
            .collect();
        generic.sort_by_key(|w| std::cmp::Reverse(w.len()));
        Ok(Zones { generic })
    }

    /// Every zone committee in `text`, in order. `places` is in text order.
    pub(crate) fn committees(&self, text: &str, places: &[Place]) -> Vec<Committee> {
        let mut words: Vec<(usize, usize)> = COMMITTEES
            .iter()
            .enumerate()
            .flat_map(|(k, (w, _, _))| text.match_indices(w).map(move |(at, _)| (at, k)))
            .collect();
        words.sort_unstable();
        words
            .into_iter()
            .filter_map(|(at, k)| self.committee(text, places, at, COMMITTEES.get(k)?))
            .collect()
    }

    /// Whether `stem` is made only of generic words (产业, 高新, 市...).
    fn generic(&self, mut stem: &str) -> bool {
        while !stem.is_empty() {
            let Some(word) = self.generic.iter().find(|w| stem.starts_with(w.as_str())) else {
                return false;
            };
            stem = stem.get(word.len()..).unwrap_or_default();
        }
        true
    }

    fn committee(
        &self,
        text: &str,
        places: &[Place],
        at: usize,
        &(word, needs, canonical): &(&str, Option<&str>, &str),
    ) -> Option<Committee> {
        let head = text.get(..at)?;
        let ending = ENDINGS.iter().find(|e| head.ends_with(**e))?;
        if needs.is_some_and(|n| !ending.ends_with(n)) {
            return None;
        }
        let stem_end = at - ending.len();
        let (run_start, bounded, quote) = run(head.get(..stem_end)?)?;
        let first = places.partition_point(|p| p.span.start < run_start);
        let inside: Vec<usize> = (first..places.len())
            .take_while(|&i| places.get(i).is_some_and(|p| p.span.end <= stem_end))
            .collect();
        // A quoted part names a zone only after a place.
        let place_before = |open: usize| {
            inside
                .first()
                .and_then(|&i| places.get(i))
                .is_some_and(|p| p.span.end <= open)
        };
        if quote.is_some_and(|open| !place_before(open)) {
            return None;
        }
        let (span_start, start, place) = match (inside.first(), inside.last()) {
            (Some(&first), Some(&last)) => {
                let start = name_start(places, first);
                (places.get(first)?.span.start, start, Some(last))
            }
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
                if !NAME_CHARS.contains(&stem.chars().count()) || self.generic(stem) {
                    return None;
                }
                (run_start + lead, run_start + lead, None)
            }
        };
        let written = text.get(start..stem_end)?;
        Some(Committee {
            span: Span::new(span_start, at + word.len()),
            name: format!("{written}{ending}{canonical}"),
            place,
        })
    }
}

/// Where the run before a zone word begins (scanning back from the end of
/// `head`), whether a punctuation mark or particle bounds it, and where its
/// quoted part opens, if it has one.
fn run(head: &str) -> Option<(usize, bool, Option<usize>)> {
    let mut start = head.len();
    let mut quote = None;
    let mut chars = head.char_indices().rev().peekable();
    let mut count = 0;
    while let Some((offset, c)) = chars.next() {
        if count >= MAX_RUN {
            return Some((start, false, quote));
        }
        count += 1;
        if c == '”' && quote.is_none() {
            // Skip to the opening mark; an unclosed or long quote ends the run.
            let mut open = None;
            for (inner, (o, q)) in chars.by_ref().enumerate() {
                if q == '“' {
                    open = Some(o);
                    break;
                }
                if inner >= MAX_QUOTE || !(is_cjk(q) || q.is_alphanumeric() || q == '+') {
                    break;
                }
            }
            let open = open?;
            quote = Some(open);
            start = open;
            continue;
        }
        let through = head.get(..offset + c.len_utf8()).unwrap_or_default();
        if !is_cjk(c) || STOP_CHARS.contains(&c) || OPENERS.iter().any(|w| through.ends_with(w)) {
            return Some((start, true, quote));
        }
        start = offset;
    }
    Some((start, true, quote))
}

/// Where a zone name starts when place `first` opens its run: past a
/// province written right before one of its own places (甘肃 in 甘肃兰州新区).
fn name_start(places: &[Place], first: usize) -> usize {
    let Some(place) = places.get(first) else {
        return 0;
    };
    match places.get(first + 1) {
        Some(next)
            if place.level == PlaceLevel::Province
                && next.level != PlaceLevel::Province
                && next.span.start == place.span.end
                && next.province == place.name =>
        {
            next.span.start
        }
        _ => place.span.start,
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
