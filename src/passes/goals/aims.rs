//! Statements of aims: where a plain quantity is a goal without 到 or 力争.
//!
//! - inside a plan period (`“十四五”期间,全省新增高标准农田500万亩`): a
//!   period target year before the number in its sentence;
//! - an allocation (`省财政安排资金320亿元`, `全年供应土地2万亩`): a budget
//!   verb before the number in its clause.
//!
//! The other statements of aims are cue words (`目标是`, `方案提出`,
//! `攻坚`, `不得低于`, `原则上`: `gazetteers/goal_cues.tsv`), a deadline
//! leading the paragraph, or a plan's goal and task sections (see
//! [`super::outline`]).

use crate::lexicon::cues::Cues;
use crate::passes::Context;
use crate::passes::amounts::CURRENCIES;
use crate::text::chars::word_positions;
use crate::{Document, YearRole};

/// Where a current plan period's year (`十四五`, `2021—2025年`) stands
/// between `from` and `to` (the sentence before the number), outside a
/// 《》 title, when the last such year is of the current period: `current`
/// is the first year of the current period (see [`current_period`]); an
/// earlier period is history (在“十三五”1940个断面基础上).
pub(super) fn in_period(
    cx: &Context<'_>,
    doc: &Document,
    current: Option<i32>,
    from: usize,
    to: usize,
) -> Option<usize> {
    let years = &doc.target_years;
    let lo = years.partition_point(|y| y.span.start < from);
    years
        .get(lo..)
        .unwrap_or_default()
        .iter()
        .take_while(|y| y.span.end <= to)
        .filter(|y| y.role == YearRole::Period && !cx.segments.inside_title(y.span.start))
        .last()
        .filter(|y| current.is_none_or(|c| y.year >= c))
        .map(|y| y.span.start)
}

/// The first year of the current plan period: the latest period start
/// the document names, not after the reference year when one is known
/// (a text on the 十四五 that names the 十三五 treats it as history).
pub(super) fn current_period(doc: &Document, reference: Option<i32>) -> Option<i32> {
    // A period's two ends come in a row: its start is the smaller.
    let starts = doc
        .target_years
        .chunk_by(|a, b| a.span == b.span)
        .filter(|ends| ends.iter().all(|y| y.role == YearRole::Period))
        .filter_map(|ends| ends.iter().map(|y| y.year).min());
    starts.filter(|&s| reference.is_none_or(|r| s <= r)).max()
}

/// Whether a budget verb governs the number: it stands in the text before
/// it (`省财政安排资金`, `供应建设用地`), or right after it when 按 leads it
/// (`赤字率按4%安排`). Only a sum of money or an area of land is allocated
/// (`安排3.1万人` deploys people, `安排两人休息` is no budget), a rate only
/// by 按; a verb qualifying a noun (`政府安排的军售金额`) reports, and so
/// does a sentence of things done (`清单已下达,…安排资金`, `截至去年底`).
pub(super) fn allocated(
    cues: &Cues,
    left: &str,
    right: &str,
    base: Option<&str>,
    sentence: &str,
) -> bool {
    let by = left.ends_with('按') || left.ends_with("按照");
    let sum = base.is_some_and(|b| CURRENCIES.contains(&b) || b == "m2");
    let rate = by && base == Some("%");
    if !(sum || rate) {
        return false;
    }
    // The sentence, longer than the clause, is searched last.
    let verb = cues.allocations.iter().any(|v| {
        let before = word_positions(left, v)
            .any(|i| !left.get(i + v.len()..).is_some_and(|r| r.starts_with('的')));
        before || (by && right.starts_with(v.as_str()))
    });
    verb && !cues.pasts.occurs_in(sentence)
}
