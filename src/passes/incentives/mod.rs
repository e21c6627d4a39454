//! Incentives: benefits a policy grants — rewards, subsidies, interest
//! discounts, rent and fee relief, tax refunds, loans — with their amount or
//! rate, whether it is a cap, and what earns it.
//!
//! # What is read
//!
//! The pass is triggered by the benefit words of `gazetteers/incentives.tsv`
//! (the lexicon's [`Table::Benefit`]): a word that grants (奖励, 补贴, 贴息,
//! 给予, 予以, 每人每月) makes its sentence a benefit sentence, read once.
//! In it, a sum of money, a rate (`%`, 个百分点) or a multiple (倍) is a
//! benefit when
//!
//! - it follows the grant point of its clause (`给予20万元奖励`,
//!   `奖励额度每年最高不超过10万元`), or of the sentence when its clause has
//!   none and states a cap (`…给予补助,最高不超过300万元`) or a bare item of
//!   a list (`补贴标准:一等奖20万元,二等奖15万元`: at most [`MAX_ITEM`]
//!   characters before the sum);
//! - or a grant word follows it within [`MAX_GAP`] characters
//!   (`20万元的一次性奖励`, `50%予以租金补贴`);
//! - or it is the rate or amount 按 introduces (`按设备投资额的10%给予补助`,
//!   `按每人2000元给予补贴`);
//!
//! and it is none of these: a threshold qualifying a noun
//! (`投资1000万元及以上的项目`, `10万元以下小额贷款`: what earns a benefit,
//! read into the condition), a sum before the grant point (the condition:
//! `对年纳税首次突破500万元的企业,奖励20万元` gives one item, 20万元), an
//! allocation (`安排资金320亿元`, `投入消费补贴3000万元`: a budget verb
//! before the sum with no granting verb between, a goal), a sum in a
//! sentence stating a fact or forecast outside its condition (`已发放补贴3亿
//! 元`, `截至1月末,…发放的贷款余额为…`) or opening with a past year, a count
//! or a duration (`补贴期限最长不超过3年`). A granting verb before 的 is an
//! adjective (`新发放的贷款`), no grant point; a loan amount counts where
//! the policy grants or caps it (`贷款额度最高30万元`), not where it only
//! changes (`贷款额度由60万元提高到80万元`, a goal).
//!
//! `cap` is true under a capping word (最高, 不超过, 最多, 封顶), before the
//! sum or before its grant point (`最高可获200万元`);
//! `kind` is that of a benefit word right after the sum (`20万元奖励` →
//! reward), else of the last one before it in its clause, else subsidy.
//! `condition` is what stands between a leading 对 (or the clause before
//! the grant point) and the grant point, at most
//! [`condition::MAX_CONDITION`] characters other than blanks and numerals,
//! trimmed of 的, 分别 and the like (see [`condition`]).
//!
//! # Incentives and goals
//!
//! A benefit is never a goal. The pass leaves, for every benefit, the span
//! from its condition to its amount in the draft; the link in
//! [`crate::resolve`] that reads incentives retracts every goal lying in
//! one. That link is the one place where the two kinds meet.
//!
//! # Limits
//!
//! Each sentence is read once, however many benefit words it holds; its
//! words and quantities are read from the lexicon's hits and the numeral
//! runs inside it, a sentence being at most [`crate::text::chars::WINDOW`]
//! bytes each way from its trigger.

mod condition;
#[cfg(test)]
mod tests;

use std::collections::HashSet;

use crate::lexicon::Table;
use crate::lexicon::cues::{Benefit, Role};
use crate::passes::amounts::{Amounts, CURRENCIES, Found, Quantity};
use crate::passes::{Context, Draft, Pass};
use crate::text::date::leading_year;
use crate::text::segment::Mark;
use crate::{Base, Comparator, Error, Incentive, IncentiveKind, Kinds, Span};
use condition::chars_after;

/// How many characters may stand between a sum and the grant word after it
/// (`20万元的一次性奖励`).
const MAX_GAP: usize = 4;

/// How far after a sum a benefit word names its kind, in characters
/// (`10万元的落户奖金支持`).
const KIND_REACH: usize = 6;

/// How many characters may stand before a sum in a clause without a grant
/// point for it to be a list item of the benefit before (`二等奖15万元`).
const MAX_ITEM: usize = 8;

/// Nouns after `的` that make a sum the measure of a benefit
/// (`20%的标准`, `50%的比例`), not a threshold.
const MEASURES: [&str; 5] = ["标准", "比例", "额度", "上限", "税率"];

/// Words capping a benefit between its grant point and its sum
/// (`最高可获200万元`, `给予不超过购置价格20%的补贴`).
const CAPS: [&str; 5] = ["最高", "最多", "不超过", "不高于", "封顶"];

/// What follows a year opening a sentence when it dates what is to come
/// (`2025年起`), not a fact.
const FROM: [&str; 4] = ["起", "开始", "底前", "前"];

#[derive(Debug, Clone)]
pub(crate) struct Rules {
    amounts: Amounts,
}

/// A benefit word found in a sentence.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    span: Span,
    benefit: Benefit,
}

impl Word {
    /// Whether the word marks a grant point.
    fn grants(&self) -> bool {
        self.benefit.role.grants()
    }
}

/// One benefit sentence as read: its words, and what its benefits share.
struct Sentence {
    span: Span,
    words: Vec<Word>,
    /// The first grant point.
    first: usize,
    /// Where the previous benefit's condition starts and what it says: a
    /// cap in a clause of its own shares it.
    last: Option<(usize, Option<String>)>,
}

/// Where a sum stands towards the grant points of its sentence.
#[derive(Debug, Clone, Copy)]
struct Place {
    /// The first grant point of its clause before it.
    grant: Option<usize>,
    /// A 按 between that grant point (or the clause start) and the sum.
    by: Option<usize>,
    /// Whether a grant word follows within [`MAX_GAP`] characters.
    before: bool,
}

/// One benefit read: the record, the span from its condition to its
/// amount, and what it says.
type Read = (Incentive, Span, (String, String));

impl Rules {
    pub(crate) fn new(lexicon: &crate::lexicon::Lexicon) -> Result<Self, Error> {
        Ok(Rules {
            amounts: Amounts::new(lexicon)?,
        })
    }

    /// The benefits of one sentence. `seen` holds what every benefit read
    /// so far says (see [`condition::repeats`]).
    fn sentence(
        &self,
        cx: &Context<'_>,
        span: Span,
        draft: &mut Draft,
        seen: &mut HashSet<(String, String)>,
    ) {
        let text = cx.text;
        let words: Vec<Word> = cx
            .hits
            .leftmost_longest(Table::Benefit, span)
            .filter_map(|h| {
                let benefit = cx.lexicon.benefits.get(h.row())?;
                // 新发放的贷款: a granting verb before 的 is an adjective.
                let adjective = benefit.role == Role::Grant
                    && text
                        .get(h.span().end..)
                        .is_some_and(|r| r.starts_with('的'));
                (!adjective).then_some(Word {
                    span: h.span(),
                    benefit,
                })
            })
            .collect();
        let Some(first) = words.iter().find(|w| w.grants()).map(|w| w.span.start) else {
            return;
        };
        if self.dated_past(cx, span) {
            return;
        }
        let mut read = Sentence {
            span,
            words,
            first,
            last: None,
        };
        for q in self.amounts.within(cx, span) {
            if q.end > span.end || !is_rate_or_money(&q) {
                continue;
            }
            if let Some((incentive, region, key)) = self.benefit(cx, &read, &q) {
                read.last = Some((region.start, incentive.condition.clone()));
                draft.benefits.push(region);
                if seen.insert(key) {
                    draft.doc.incentives.push(incentive);
                }
            }
        }
    }

    /// Whether the sentence opens with a year before the reference year
    /// (`2023年,新发放的…`): a fact.
    fn dated_past(&self, cx: &Context<'_>, span: Span) -> bool {
        let Some(reference) = cx.reference else {
            return false;
        };
        let head = cx
            .text
            .get(span.start..span.end)
            .unwrap_or_default()
            .trim_start();
        let Some(len) = leading_year(head) else {
            return false;
        };
        let year = crate::text::date::year_value(head.get(..len).unwrap_or_default());
        let rest = head.get(len..).unwrap_or_default();
        let dated = rest
            .strip_prefix('年')
            .is_some_and(|r| !FROM.iter().any(|w| r.starts_with(w)));
        dated && year.is_some_and(|y| y < reference.year)
    }

    /// The benefit the quantity `q` states, if it is one.
    fn benefit(&self, cx: &Context<'_>, read: &Sentence, q: &Quantity) -> Option<Read> {
        let text = cx.text;
        let clause = Span::new(
            cx.segments
                .start_of(text, q.start, Mark::CLAUSE)
                .max(read.span.start),
            cx.segments
                .end_of(text, q.end, Mark::CLAUSE)
                .min(read.span.end),
        );
        let found = self.amounts.comparators.find(
            text.get(clause.start..q.start)?,
            text.get(q.end..clause.end)?,
            q.amount.high.is_some(),
        );
        let end = q.end + found.post_len;
        let place = self.place(text, read, clause, q, &found)?;
        if allocated(&read.words, clause, q, place)
            || self.threshold(text, &read.words, q.end, clause.end)
        {
            return None;
        }
        let grant_point = place
            .by
            .or(place.grant)
            .unwrap_or(read.first)
            .min(q.start - found.pre_len);
        let (cond_start, condition) = match &read.last {
            Some((start, said)) if place.grant.is_none() && place.by.is_none() && !place.before => {
                (*start, said.clone())
            }
            _ => {
                let start =
                    condition::start(text, cx.segments, read.span, &read.words, grant_point);
                let raw = text.get(start..grant_point).unwrap_or_default();
                // 最高可获200万元 after the benefit it caps: its condition.
                match (condition::read(raw), &read.last) {
                    (None, Some((start, said))) => (*start, said.clone()),
                    (said, _) => (start, said),
                }
            }
        };
        // A fact or a forecast outside the condition (截至1月末,…); a
        // condition proper (对上年度营收…的企业, …较上年增长20%以上的) may
        // hold one.
        let raw = text.get(cond_start..grant_point).unwrap_or_default();
        let proper = raw.starts_with('对') || raw.trim_end_matches(',').ends_with('的');
        let outside = if proper {
            [
                Span::new(read.span.start, cond_start),
                Span::new(grant_point.max(clause.start), q.start),
            ]
        } else {
            [
                Span::new(read.span.start, q.start),
                Span::new(q.start, q.start),
            ]
        };
        let cues = &cx.lexicon.cues;
        if outside.iter().any(|&s| {
            let seen = cues.seen(text, cx.hits, s, &[], None);
            seen.statistic || seen.forecast
        }) {
            return None;
        }
        let capped = matches!(found.comparator, Comparator::Le | Comparator::Lt)
            || text
                .get(grant_point.max(clause.start)..q.start)
                .is_some_and(|between| CAPS.iter().any(|c| between.contains(c)))
            || text
                .get(clause.start..grant_point.max(clause.start))
                .is_some_and(|lead| CAPS.iter().any(|c| lead.ends_with(c)));
        // 贷款额度由60万元提高到80万元: a loan's amount is a benefit where
        // the policy grants or caps it, not where it only changes.
        let loan_only = read
            .words
            .iter()
            .filter(|w| clause.contains(w.span) && w.span.end <= q.start && w.grants())
            .all(|w| w.benefit.role == Role::Benefit && w.benefit.kind == IncentiveKind::Loan);
        if place.grant.is_some() && loan_only && !capped {
            return None;
        }
        let base = q.base.map(|(factor, unit)| Base {
            value: q.amount.low * factor,
            unit: unit.to_owned(),
        });
        if base.as_ref().is_some_and(|b| !b.value.is_finite()) {
            return None;
        }
        let span = Span::new(q.start - found.pre_len, end);
        let key = condition::repeats(text, grant_point, end, condition.as_deref());
        let incentive = Incentive {
            kind: kind_of(text, &read.words, clause, q, end),
            value: q.amount.low,
            max: q.amount.high,
            unit: q.unit.to_owned(),
            base,
            cap: capped,
            condition,
            surface: String::new(),
            span,
        };
        Some((
            incentive,
            Span::new(cond_start.min(span.start), span.end),
            key,
        ))
    }

    /// Where the sum stands towards the grant points, when it stands where
    /// a benefit's amount does: after its clause's grant point, right
    /// before a grant word, after 按, or in a clause of its own after the
    /// sentence's first grant point as a cap or a bare list item.
    fn place(
        &self,
        text: &str,
        read: &Sentence,
        clause: Span,
        q: &Quantity,
        found: &Found,
    ) -> Option<Place> {
        let in_clause = |w: &&Word| clause.contains(w.span);
        let grant = read
            .words
            .iter()
            .filter(in_clause)
            .find(|w| w.grants() && w.span.end <= q.start)
            .map(|w| w.span.start);
        // 按…的50%给予补贴; the 按 of 减按 is no such word.
        let by = text
            .get(clause.start..q.start)
            .and_then(|left| left.rfind('按'))
            .map(|i| clause.start + i)
            .filter(|&b| grant.is_none_or(|g| g < b))
            .filter(|&b| {
                !read
                    .words
                    .iter()
                    .any(|w| w.span.start < b && b < w.span.end)
            });
        let before = self.grant_after(text, &read.words, q.end + found.post_len, clause.end);
        let clause_grants = read.words.iter().filter(in_clause).any(Word::grants);
        // 最高不超过300万元, 二等奖15万元: a clause of its own continues the
        // benefit before it.
        let lead = text.get(clause.start..q.start).unwrap_or_default();
        let continues = !clause_grants
            && read.first < q.start
            && (matches!(found.comparator, Comparator::Le | Comparator::Lt)
                || (found.pre_len == 0 && lead.chars().count() <= MAX_ITEM));
        (grant.is_some() || by.is_some() || before || continues).then_some(Place {
            grant,
            by,
            before,
        })
    }

    /// Whether a word naming or granting a benefit starts within
    /// [`MAX_GAP`] characters after `at`, before `limit`, with no clause
    /// mark between (`20万元的一次性奖励`).
    fn grant_after(&self, text: &str, words: &[Word], at: usize, limit: usize) -> bool {
        let reach = chars_after(text, at, MAX_GAP, limit);
        words.iter().any(|w| {
            w.span.start >= at
                && w.span.start <= reach
                && matches!(
                    w.benefit.role,
                    Role::Benefit | Role::Grant | Role::Noun | Role::Per
                )
                && text
                    .get(at..w.span.start)
                    .is_some_and(|gap| !gap.contains([',', '。', ';']))
        })
    }

    /// Whether the sum ending at `end` qualifies the noun after it
    /// (`1000万元及以上的项目`, `10万元以下小额贷款`): a threshold, unless
    /// that noun is a benefit (`300万元的补助`) or its measure (`20%的标准`).
    fn threshold(&self, text: &str, words: &[Word], end: usize, limit: usize) -> bool {
        let rest = text.get(end..limit).unwrap_or_default();
        let bounds = ["及以上", "及以下", "以上", "以下", "(含)"];
        let bound = bounds.iter().find(|b| rest.starts_with(**b));
        let rest = bound.map_or(rest, |b| rest.get(b.len()..).unwrap_or_default());
        let at = limit - rest.len();
        if let Some(noun) = rest.strip_prefix('的') {
            if MEASURES.iter().any(|m| noun.starts_with(m)) {
                return false;
            }
            let at = limit - noun.len();
            return !noun.is_empty() && !self.grant_after(text, words, at, limit);
        }
        bound.is_some()
            && rest.starts_with(crate::text::chars::is_han)
            && !self.grant_after(text, words, at, limit)
    }
}

/// Whether the sum is an allocation: a budget verb before it in its clause
/// with no granting verb between (`安排资金320亿元`, `投入消费补贴3000万元`),
/// and no 按 introducing it.
fn allocated(words: &[Word], clause: Span, q: &Quantity, place: Place) -> bool {
    if place.by.is_some() {
        return false;
    }
    let Some(budget) = words
        .iter()
        .filter(|w| clause.contains(w.span) && w.span.end <= q.start)
        .filter(|w| w.benefit.role == Role::Allocate)
        .map(|w| w.span.end)
        .next_back()
    else {
        return false;
    };
    !words
        .iter()
        .any(|w| w.benefit.role == Role::Grant && w.span.start >= budget && w.span.end <= q.start)
}

/// Money (a currency base), a rate (%, 个百分点) or a multiple (倍).
fn is_rate_or_money(q: &Quantity) -> bool {
    q.base
        .is_some_and(|(_, b)| CURRENCIES.contains(&b) || matches!(b, "%" | "pp"))
        || q.unit == "倍"
}

/// The kind of the first benefit word within [`KIND_REACH`] characters
/// after the sum, else of the last one naming a benefit before it in its
/// clause, else of the last grant verb, else a subsidy; a generic subsidy
/// after the sum gives way to a specific noun before it (`按租金的50%给予
/// 补贴` → rent).
fn kind_of(text: &str, words: &[Word], clause: Span, q: &Quantity, end: usize) -> IncentiveKind {
    let reach = chars_after(text, end, KIND_REACH, clause.end);
    let names =
        |w: &&Word| clause.contains(w.span) && matches!(w.benefit.role, Role::Benefit | Role::Noun);
    let after = words
        .iter()
        .filter(names)
        .find(|w| w.span.start >= end && w.span.start <= reach);
    let before = |naming: bool| {
        words
            .iter()
            .filter(|w| clause.contains(w.span) && w.span.end <= q.start)
            .rfind(|w| match w.benefit.role {
                Role::Benefit | Role::Noun => naming,
                Role::Grant | Role::Per => !naming,
                Role::Fund | Role::Allocate => false,
            })
    };
    // 按租金的50%给予补贴: a specific noun before tells more than 补贴 after.
    let specific = before(true)
        .filter(|w| w.benefit.role == Role::Noun && w.benefit.kind != IncentiveKind::Subsidy);
    if let (Some(w), Some(a)) = (specific, after) {
        if a.benefit.kind == IncentiveKind::Subsidy {
            return w.benefit.kind;
        }
    }
    after
        .or_else(|| before(true))
        .or_else(|| before(false))
        .map_or(IncentiveKind::Subsidy, |w| w.benefit.kind)
}

impl Pass for Rules {
    fn name(&self) -> &'static str {
        "incentives"
    }

    fn reads(&self) -> Kinds {
        Kinds::NONE
    }

    fn writes(&self) -> Kinds {
        Kinds::INCENTIVES
    }

    fn run(&self, cx: &Context<'_>, draft: &mut Draft) {
        let text = cx.text;
        let mut done = 0;
        let mut seen: HashSet<(String, String)> = HashSet::new();
        for hit in cx.hits.of(Table::Benefit) {
            if hit.span().start < done {
                continue;
            }
            let grants = cx
                .lexicon
                .benefits
                .get(hit.row())
                .is_some_and(|b| b.role.grants());
            if !grants {
                continue;
            }
            // A sentence longer than the window is read in windows that
            // never overlap.
            let sentence = Span::new(
                cx.segments
                    .start_of(text, hit.span().start, Mark::SENTENCE)
                    .max(done),
                cx.segments.end_of(text, hit.span().end, Mark::SENTENCE),
            );
            done = sentence.end.max(hit.span().end);
            self.sentence(cx, sentence, draft, &mut seen);
        }
    }
}
