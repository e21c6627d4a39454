//! places: mentions of PRC administrative divisions (province, prefecture,
//! county level), reported under their official full name with GB/T 2260
//! code, level and province.
//!
//! The pass reads the lexicon's place table: every full name, every attested
//! short form of two or more characters, and a few longer words that hide a
//! place (`gazetteers/place_stopwords.tsv`), taken leftmost-longest over the
//! text. Longest match decides overlaps: 北京市 beats 北京, 河北区 beats 河北,
//! 北京时间 beats 北京. The words read around a mention (市场, 路, 、, 等县…)
//! are in `gazetteers/place_cues.tsv`.
//!
//! Accepted:
//! - full names anywhere, also inside agency names, titles and company names:
//!   深圳市工业和信息化局 → 深圳市; 深圳市某某科技股份有限公司 → 深圳市;
//! - province and prefecture short forms: 广东, 深圳, 内蒙古, and stem + 州
//!   for every autonomous prefecture (文山州, 凉山州: generated, see
//!   `scripts/gen_lexicon.py`), which stands alone even where the bare stem
//!   is an ordinary word or the county-level city's name (文山, 大理);
//! - county short forms of three or more characters (石景山, 神农架) and a
//!   few famous two-character ones (浦东, 义乌: kind `free` in the stop list);
//! - two-character county short forms, two-character county names (新县) and
//!   short forms that are ordinary words (中山, 安康, 白银) only right after
//!   their parent: 重庆璧山, 河南省新县, 广东中山;
//! - other two-character county short forms also where the document shows
//!   they are places (see [`context`]): beside a place in a 、/—/和 list
//!   (苏州、昆山、太仓; 嘉兴—海宁), before a level cue (昆山等县市, 海宁是…
//!   县级市), or with their parent named anywhere in the document (宝安 in
//!   a 深圳 text). Ordinary words among them (光明, 振兴, 富裕, 公安: kind
//!   `context`) stay gated, so 团结、和平、发展 names nothing.
//!
//! Policy for shared names: a string naming several divisions (鼓楼区 ×4,
//! 朝阳区 ×2, short 通州) is reported only when a parent of exactly one of
//! them stands right before it or among the places of the preceding
//! [`CONTEXT_BYTES`], or a parent of exactly one is named anywhere in the
//! document; otherwise it is left out. Where a short form is shared by
//! a province and a lower unit (吉林, 海南) the table already gives it to the
//! province only.
//!
//! Rejected: single-character abbreviations (京, 沪, 粤); words using a name
//! for something else (北京时间, 长安汽车, 中山大学, and any short form right
//! before 大学 or 学院: 厦门大学); a short form followed by 路/街/道/巷 (南京路
//! is a street); a county short form admitted only by its parent named
//! elsewhere that stands inside a longer word (巩固安全 is no 固安, 以上城市
//! no 上城: it must follow a mark, a line start or an `opener` such as
//! 在, 和); regions (长三角, 京津冀: no division
//! name inside); 中国, 全国.
//!
//! Former names (`gazetteers/places_former.tsv`: 襄樊市, 思茅地区, 卢湾区,
//! 塘沽) are read like current ones, by the level they had (卢湾 needs
//! 上海 before it as any county short form does), and give their
//! successor's record with `former: true` (襄樊 → 襄阳市). A former name
//! shared with a current full name is a shared name (江北区 of 重庆, now
//! 两江新区, or of 宁波). A former prefecture's short form that is also a
//! county's (思茅, 思茅区) is the county wherever its context admits it (a
//! parent, a list, a level cue), and the former prefecture elsewhere.
//!
//! # Limits
//!
//! Each mention reads a bounded stretch around it, so the pass is linear in
//! the text: an earlier place resolves a shared name only within
//! [`CONTEXT_BYTES`] before it (further back, only a parent named anywhere
//! in the document does), and a level cue 是…县级市 is read at most
//! [`context::CUE_CHARS`] characters after the mention (a longer clause
//! admits nothing).

mod context;

#[cfg(test)]
mod tests;

use crate::lexicon::places::{Pattern, Reading, Table};
use crate::lexicon::{Hit, Table as Lexicon};
use crate::passes::Context;
use crate::{Document, Place, PlaceLevel, Span};

/// How far back (in bytes of normalized text) an earlier place may resolve a
/// shared name: about two sentences. A place further back is not read.
const CONTEXT_BYTES: usize = 600;

/// The places pass: it reads the place table of the lexicon.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rules;

/// The name of the people's government of a place (深圳市 → 深圳市人民政府),
/// for passes that turn a place standing for its government (深圳印发《…》)
/// into an issuer.
#[allow(dead_code, reason = "for the plans and experts passes")]
pub(crate) fn government_of(place: &Place) -> String {
    format!("{}人民政府", place.name())
}

/// The place whose span ends exactly at byte `end` of the normalized text,
/// e.g. the place right before 印发. `doc.places` is in document order while
/// passes run, so this is a binary search.
#[allow(dead_code, reason = "for the plans and experts passes")]
pub(crate) fn place_ending_at(doc: &Document, end: usize) -> Option<&Place> {
    let index = doc.places.partition_point(|p| p.span.end < end);
    doc.places.get(index).filter(|p| p.span.end == end)
}

impl Rules {
    pub(crate) fn new() -> Self {
        Rules
    }

    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) {
        let table = &cx.lexicon.places;
        let whole = Span::new(0, cx.text.len());
        // (span, division index) of every accepted mention, in order.
        let mut found: Vec<(Span, usize)> = Vec::new();
        // Where each division was last accepted, once a shared name needs it.
        let mut recent = Recent::default();
        // Mentions only their context can admit, with their possible divisions.
        let mut pending: Vec<context::Pending> = Vec::new();
        for hit in cx.hits.leftmost_longest(Lexicon::Place, whole) {
            let Some((span, pattern_id)) = mention_of(cx, hit) else {
                continue;
            };
            let Some(pattern) = table.patterns.get(pattern_id) else {
                continue;
            };
            if pattern.block || pattern.readings.is_empty() {
                continue;
            }
            let mention = Mention {
                pattern,
                adjacent: found
                    .last()
                    .filter(|(s, _)| s.end == span.start)
                    .map(|&(_, d)| d),
                before_cjk: cx
                    .text
                    .get(..span.start)
                    .and_then(|b| b.chars().next_back())
                    .is_some_and(is_cjk),
                names_other: names_other(table, cx.text.get(span.end..).unwrap_or("")),
            };
            let readings_where = |loose: bool| {
                pattern
                    .readings
                    .iter()
                    .copied()
                    .filter(move |r| acceptable(table, *r, &mention, loose))
            };
            let mut candidates = readings_where(false);
            let choice = match (candidates.next(), candidates.next()) {
                (Some(only), None) => Some(only),
                (None, _) => None,
                _ => resolve(
                    table,
                    readings_where(false),
                    mention.adjacent,
                    recent.of(table, &found),
                    span,
                ),
            };
            // A former name standing alone where a current division's name
            // needs its context (思茅: the old prefecture, or the county
            // 思茅区 in a text naming 普洱市) is the former only when the
            // context admits no current one. (Where both stand alone, 江北区
            // of 重庆 or of 宁波, they are a shared name like any other.)
            let former_alone = choice.filter(|r| {
                table.is_former(index_of(r))
                    && readings_where(false).all(|r| table.is_former(index_of(&r)))
            });
            let deferred = former_alone.and_then(|r| {
                let open: Vec<usize> = readings_where(true)
                    .map(|r| index_of(&r))
                    .filter(|&d| !table.is_former(d))
                    .collect();
                (!open.is_empty()).then_some((open, index_of(&r)))
            });
            match (choice, deferred) {
                (_, Some((readings, fallback))) => pending.push(context::Pending {
                    span,
                    readings,
                    fallback: Some(fallback),
                }),
                (Some(reading), None) => {
                    found.push((span, index_of(&reading)));
                    recent.note(span, index_of(&reading));
                }
                // Left for the whole document to decide (see `context`).
                (None, None) => {
                    let loose = readings_where(false).next().is_none();
                    let open: Vec<usize> = readings_where(loose).map(|r| index_of(&r)).collect();
                    if !open.is_empty() {
                        pending.push(context::Pending {
                            span,
                            readings: open,
                            fallback: None,
                        });
                    }
                }
            }
        }
        let found = context::settle(table, cx.text, found, pending);
        // Sized once: grown by doubling, the records of a list of half a
        // million places would pass through a score of reallocations and
        // end in an array up to twice their size.
        doc.places.reserve_exact(found.len());
        for (span, index) in found {
            if let Some(place) = place(table, span, index) {
                doc.places.push(place);
            }
        }
    }
}

/// The span and pattern a place hit stands for: 上海市场 is 上海 + 市场
/// (market), 南山区域 is 南山 + 区域, so the mention is the shorter name,
/// judged as such (东方市场 is none).
fn mention_of(cx: &Context<'_>, hit: Hit) -> Option<(Span, usize)> {
    let span = hit.span();
    let matched = cx.text.get(span.start..span.end).unwrap_or("");
    let rest = cx.text.get(span.end..).unwrap_or("");
    let Some(cut) = cx.lexicon.places.cues.split(matched, rest) else {
        return Some((span, hit.row()));
    };
    let shorter = Span::new(span.start, span.end - cut);
    cx.hits
        .longest_within(Lexicon::Place, shorter.start, shorter.end)
        .filter(|h| h.span().end == shorter.end)
        .map(|h| (shorter, h.row()))
}

/// What a reading is judged by: the pattern matched and the text around it.
#[derive(Clone, Copy)]
struct Mention<'a> {
    pattern: &'a Pattern,
    /// The division of the place ending right where this one starts.
    adjacent: Option<usize>,
    /// Whether a Han character stands right before.
    before_cjk: bool,
    /// Whether the text after it makes a short form part of another
    /// name (see [`names_other`]): asked once per mention, not per reading.
    names_other: bool,
}

/// Whether the text after a mention, `after`, makes a short form part of
/// the name of something else: 南京路 is a street, 厦门大学 a university.
fn names_other(table: &Table, after: &str) -> bool {
    let cues = &table.cues;
    after.starts_with(cues.streets.as_slice())
        || cues.org_tails.iter().any(|t| after.starts_with(t))
}

/// Whether `reading` may stand here on its own, before any tie-break.
fn acceptable(table: &Table, reading: Reading, mention: &Mention<'_>, loose: bool) -> bool {
    let (index, short) = match reading {
        Reading::Full(i) => (i, false),
        Reading::Short(i) => (i, true),
    };
    let Some(division) = table.division(index) else {
        return false;
    };
    let cues = &table.cues;
    if short && mention.names_other {
        return false;
    }
    let pattern = mention.pattern;
    let after_parent = mention
        .adjacent
        .is_some_and(|a| table.is_ancestor(a, index));
    // The pattern is the name or short form read here.
    let chars = pattern.chars;
    let needs_parent = pattern.context
            || (division.level == PlaceLevel::County && chars <= 2 && !pattern.free && !loose)
            // Generic district names (城区, 郊区, 矿区) name nothing alone.
            || (!short && chars <= 2)
            // 海城市 in 沿海城市, 兴城市 in 振兴城市: X城市 after a character is
            // mostly a word ending in X followed by 城市 (city).
            || (!short
                && division.level == PlaceLevel::County
                && chars == 3
                && mention.before_cjk
                && cues.word_tails.iter().any(|w| division.name.ends_with(w)));
    !needs_parent || after_parent
}

/// Where each division was last accepted: the end of its latest mention,
/// by division index. Built when the first shared name needs it, then kept
/// up to date, so that a shared name asks about its few ancestors instead
/// of reading back over every place of the preceding [`CONTEXT_BYTES`].
#[derive(Debug, Default)]
struct Recent {
    last_end: Option<Vec<Option<usize>>>,
}

impl Recent {
    /// The table, built from `found` on first use.
    fn of(&mut self, table: &Table, found: &[(Span, usize)]) -> &[Option<usize>] {
        self.last_end.get_or_insert_with(|| {
            let mut last_end = vec![None; table.divisions.len()];
            for &(span, division) in found {
                if let Some(slot) = last_end.get_mut(division) {
                    *slot = Some(span.end);
                }
            }
            last_end
        })
    }

    /// Records an accepted mention, once the table is in use.
    fn note(&mut self, span: Span, division: usize) {
        if let Some(slot) = self
            .last_end
            .as_mut()
            .and_then(|last_end| last_end.get_mut(division))
        {
            *slot = Some(span.end);
        }
    }
}

/// Picks one of several readings: the one whose parent stands right
/// before, else the one with an ancestor among the places of the preceding
/// [`CONTEXT_BYTES`]; none when that does not single one out.
fn resolve(
    table: &Table,
    readings: impl Iterator<Item = Reading> + Clone,
    adjacent: Option<usize>,
    last_end: &[Option<usize>],
    span: Span,
) -> Option<Reading> {
    if let Some(a) = adjacent {
        let mut it = readings
            .clone()
            .filter(|r| table.is_ancestor(a, index_of(r)));
        if let (Some(r), None) = (it.next(), it.next()) {
            return Some(r);
        }
    }
    let near = |division: usize| {
        last_end
            .get(division)
            .copied()
            .flatten()
            .is_some_and(|end| end + CONTEXT_BYTES >= span.start)
    };
    let mut it = readings.filter(|r| table.ancestors(index_of(r)).any(near));
    match (it.next(), it.next()) {
        (Some(r), None) => Some(r),
        _ => None,
    }
}

/// The record of a mention of division `index`: a former name gives its
/// successor's record, marked `former`.
fn place(table: &Table, span: Span, index: usize) -> Option<Place> {
    let current = table.current(index);
    let division = table.division(current)?;
    let names = table.names.get(index)?.clone()?;
    Some(Place::new(names, span, division.level, current != index))
}

fn index_of(reading: &Reading) -> usize {
    match reading {
        Reading::Full(i) | Reading::Short(i) => *i,
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

impl crate::passes::Pass for Rules {
    fn name(&self) -> &'static str {
        "places"
    }

    fn reads(&self) -> crate::Kinds {
        crate::Kinds::NONE
    }

    fn writes(&self) -> crate::Kinds {
        crate::Kinds::PLACES
    }

    fn run(&self, cx: &Context<'_>, draft: &mut crate::passes::Draft) {
        self.run(cx, &mut draft.doc);
    }
}
