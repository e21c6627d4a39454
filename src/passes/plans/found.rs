//! The plans a text has named so far, and the names its later mentions
//! resolve through.
//!
//! A full or core title names its plan wherever it stands: `《杭州市数据条例》`
//! twice is one plan, however far apart. A short name — an alias from
//! `(以下简称《条例》)`, or a short tail of a title (`《条例》`, `《实施方案》`) —
//! stands for the plan the text last named by any of its names, and only
//! within [`REACH`] bytes of that plan's last mention. An alias goes before
//! a tail: in `《某监测方案》(以下简称《方案》)…《某设置方案》…《方案》` the last
//! `《方案》` is the first plan, as the text said.
//!
//! A digest of many pieces, or a dump of many pages, defines `《条例》` anew
//! for each regulation it discusses, and a short name far from every plan
//! of its tail belongs to a piece that never names its plan in full.
//! Whatever the sentence of a short name says (issuers, date, period,
//! alias) is then said of the right plan or of none.

use std::collections::{HashMap, HashSet};

use crate::Plan;

/// Short back-references (《方案》, 《实施方案》) are at most this many chars.
pub(super) const BACK_REFERENCE_CHARS: usize = 8;

/// How far after a plan's last mention a short name may still stand for
/// it, in bytes (about 7,000 characters). A long article keeps naming what
/// it discusses: on the real pages the outputs are checked on, two
/// mentions of one plan on a page stand at most 17 KB apart. Of the short
/// names of those pages joined into one text that would reach back into
/// an earlier page, one stands 16 KB from the plan it would take (and
/// still takes it), the others 33 KB or more.
pub(super) const REACH: usize = 20 << 10;

/// Plans found so far, with the names later mentions resolve through.
pub(super) struct Found<'m> {
    pub(super) plans: Vec<Plan>,
    /// Full and core titles: they name their plan at any distance.
    titles: HashMap<String, usize>,
    /// Aliases, each to the plan last named of those that took it.
    aliases: HashMap<String, usize>,
    /// Short tails of core titles, each to the plan last named of those
    /// whose title ends so.
    tails: HashMap<String, usize>,
    /// Per plan, the short tails of its core title that some mention of the
    /// text is written as, and where its last mention ends.
    named: Vec<(Vec<&'m str>, usize)>,
    /// The titles and core titles of the text's mentions no longer than a
    /// back-reference: the only tails a mention can be looked up by, so the
    /// only ones kept. Most texts have none.
    short_mentions: HashSet<&'m str>,
}

impl<'m> Found<'m> {
    pub(super) fn new(short_mentions: HashSet<&'m str>) -> Self {
        Found {
            plans: Vec::new(),
            titles: HashMap::new(),
            aliases: HashMap::new(),
            tails: HashMap::new(),
            named: Vec::new(),
            short_mentions,
        }
    }

    /// Lists `plan`, whose title's core is `core`, named by a mention
    /// ending at `end`.
    pub(super) fn add(&mut self, plan: Plan, core: &str, end: usize) {
        let index = self.plans.len();
        let mut tails = Vec::new();
        if !self.short_mentions.is_empty() {
            for (start, _) in core.char_indices().rev().take(BACK_REFERENCE_CHARS) {
                if let Some(tail) = core.get(start..).and_then(|t| self.short_mentions.get(t)) {
                    tails.push(*tail);
                }
            }
        }
        self.titles.insert(core.to_owned(), index);
        self.titles.insert(plan.title.clone(), index);
        self.plans.push(plan);
        self.named.push((tails, end));
        self.seen(index, end);
    }

    /// Plan `index` is named again by a mention ending at `end`: its short
    /// names stand for it from here on.
    pub(super) fn seen(&mut self, index: usize, end: usize) {
        let Some((tails, last)) = self.named.get_mut(index) else {
            return;
        };
        *last = end;
        for tail in tails.iter() {
            point(&mut self.tails, tail, index);
        }
        if let Some(alias) = self.plans.get(index).and_then(|p| p.alias.as_deref()) {
            point(&mut self.aliases, alias, index);
        }
    }

    /// The plan a full or core title names.
    pub(super) fn titled(&self, title: &str) -> Option<usize> {
        self.titles.get(title).copied()
    }

    /// The plan a short name starting at `start` stands for, if that plan
    /// was named within [`REACH`] before: the one it is the alias of, else
    /// the one whose title ends so.
    pub(super) fn short(&self, name: &str, start: usize) -> Option<usize> {
        let near = |index: &&usize| {
            self.named
                .get(**index)
                .is_some_and(|(_, last)| start.saturating_sub(*last) <= REACH)
        };
        let alias = self.aliases.get(name).filter(near);
        alias.or_else(|| self.tails.get(name).filter(near)).copied()
    }
}

/// Points `name` at plan `index`.
fn point(names: &mut HashMap<String, usize>, name: &str, index: usize) {
    // Most mentions repeat names already pointing here: no new key.
    match names.get_mut(name) {
        Some(to) => *to = index,
        None => {
            names.insert(name.to_owned(), index);
        }
    }
}
