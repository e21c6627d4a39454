//! Links and retractions between records of different kinds, in one place.
//!
//! Passes never change another pass's records. What one kind of record says
//! about another is applied here, after every pass has run, by [`Link`]s
//! that declare what they read and write, so that the schedule can pull in
//! what a requested kind depends on.
//!
//! - places inside names: a personal name the experts pass read
//!   (首席经济学家花长春认为) names no place, so a place record lying
//!   wholly inside it (长春) goes.
//! - benefits are no goals: the incentives pass leaves the span of every
//!   benefit it read, from its condition to its amount
//!   (`对投资1000万元及以上的项目,给予最高300万元奖励`), and every goal lying
//!   in one goes, the threshold in the condition with the amount.
//! - numbers and plans: a document number the text ties to a title
//!   (`《X》(国发〔2019〕4号)`, a number heading a notice) names the plan
//!   of the first such title that the plans pass found, or the plan that
//!   the plans pass read a short title right before it as (`《方案》(…号)`),
//!   and that plan takes the number (its first, when several name it).

use std::collections::HashMap;

use crate::passes::{Draft, Tie};
use crate::{Kinds, Span};

/// One link between record kinds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Link {
    /// The kinds it reads.
    pub(crate) reads: Kinds,
    /// The kinds whose records it changes or retracts.
    pub(crate) writes: Kinds,
    apply: fn(&mut Draft),
}

/// Every link, in the order they apply.
pub(crate) const LINKS: &[Link] = &[
    // Places inside personal names.
    Link {
        reads: Kinds::EXPERTS,
        writes: Kinds::PLACES,
        apply: places_in_names,
    },
    // Benefits are no goals.
    Link {
        reads: Kinds::INCENTIVES,
        writes: Kinds::GOALS,
        apply: goals_in_benefits,
    },
    // Document numbers and the plans they identify.
    Link {
        reads: Kinds::NUMBERS.or(Kinds::PLANS),
        writes: Kinds::NUMBERS.or(Kinds::PLANS),
        apply: numbered_plans,
    },
];

/// Applies the links at `indices` of [`LINKS`], in order.
pub(crate) fn apply(indices: &[usize], draft: &mut Draft) {
    for link in indices.iter().filter_map(|&i| LINKS.get(i)) {
        (link.apply)(draft);
    }
}

/// Place records lying wholly inside a personal name go.
fn places_in_names(draft: &mut Draft) {
    let names = &mut draft.names;
    if names.is_empty() {
        return;
    }
    names.sort();
    draft.doc.places.retain(|p| {
        // Names never overlap, so only the last one starting at or before
        // the place can hold it.
        let i = names.partition_point(|n| n.start <= p.span.start);
        i.checked_sub(1)
            .and_then(|i| names.get(i))
            .is_none_or(|n| p.span.end > n.end)
    });
}

/// Goals lying wholly inside a benefit's span go.
fn goals_in_benefits(draft: &mut Draft) {
    let spans = &mut draft.benefits;
    if spans.is_empty() {
        return;
    }
    spans.sort();
    // Merge overlapping spans, so that only the last one starting at or
    // before a goal can hold it.
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.iter() {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(*s),
        }
    }
    draft.doc.goals.retain(|g| {
        let i = merged.partition_point(|b| b.start <= g.span.start);
        i.checked_sub(1)
            .and_then(|i| merged.get(i))
            .is_none_or(|b| g.span.end > b.end)
    });
}

/// The plan that the repeat of a title ending right before the record
/// stands for, as the plans pass read it (`《某某监测方案》…印发了《方案》
/// (环办监测函〔2020〕714号)` → 某某监测方案): a short title is looked up the
/// one way the plans pass looks it up, so a record takes only the plan its
/// own sentence speaks of.
fn repeated(repeats: &[(Span, usize)], tie: &Tie) -> Option<usize> {
    let at = repeats.partition_point(|(span, _)| span.end <= tie.span.start);
    let (span, plan) = repeats.get(at.checked_sub(1)?)?;
    // The number opens right after the bracket: 《X》(国发〔2019〕4号).
    (tie.span.start.checked_sub(span.end) == Some('('.len_utf8())).then_some(*plan)
}

/// A number takes the first title tied to it that names a plan, and that
/// plan takes the number unless an earlier one named it. Numbers come in
/// text order, so each tie finds its number by binary search; titles are
/// looked up in a map built once.
fn numbered_plans(draft: &mut Draft) {
    let doc = &mut draft.doc;
    if draft.ties.is_empty() || doc.plans.is_empty() {
        return;
    }
    let mut by_title: HashMap<&str, usize> = HashMap::with_capacity(doc.plans.len());
    for (i, plan) in doc.plans.iter().enumerate() {
        by_title.entry(plan.title.as_str()).or_insert(i);
    }
    let mut links: Vec<(usize, usize)> = Vec::new();
    for tie in &draft.ties {
        let at = doc
            .numbers
            .partition_point(|n| n.span.start < tie.span.start);
        let number = doc
            .numbers
            .get(at)
            .filter(|n| n.span == tie.span)
            .map(|_| at);
        let plan = tie
            .titles
            .iter()
            .find_map(|t| by_title.get(t.as_str()).copied())
            .or_else(|| repeated(&draft.repeats, tie));
        if let (Some(n), Some(p)) = (number, plan) {
            links.push((n, p));
        }
    }
    for (n, p) in links {
        let (Some(number), Some(plan)) = (doc.numbers.get_mut(n), doc.plans.get_mut(p)) else {
            continue;
        };
        number.plan = Some(plan.title.clone());
        plan.number.get_or_insert_with(|| number.number.clone());
    }
}

#[cfg(test)]
mod tests {
    /// A number after a short title names the plan the text last named so,
    /// not the plan listed last with that tail: 《某市水质监测方案》 is named
    /// again after 《某市河道整治方案》, so the 《方案》 it issues is the first.
    #[test]
    fn a_number_after_a_short_title_names_the_plan_last_named() {
        let text = "某市生态环境局起草了《某市水质监测方案》。\n\
            同月,某市印发《某市河道整治方案》。\n\
            《某市水质监测方案》明确了监测点位。\n\
            2020年12月22日,某市生态环境局印发了《方案》(某环监测函〔2020〕7号)。";
        let doc = crate::Extractor::new().extract(text);
        let numbered: Vec<(&str, Option<&str>)> = doc
            .plans
            .iter()
            .map(|p| (p.title.as_str(), p.number.as_deref()))
            .collect();
        assert_eq!(
            numbered,
            [
                ("某市水质监测方案", Some("某环监测函〔2020〕7号")),
                ("某市河道整治方案", None),
            ]
        );
        assert_eq!(
            doc.numbers.first().and_then(|n| n.plan.as_deref()),
            Some("某市水质监测方案")
        );
    }
}
