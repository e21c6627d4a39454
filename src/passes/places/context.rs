//! Admitting county short forms by document context.
//!
//! Two-character county short forms (昆山, 宝安) are too often parts of other
//! words to stand alone, but the text around a mention can show it is a
//! place: its parent named anywhere in the document (where the mention
//! starts a word: after a mark or an opener such as 在, 和), a neighbour place in a
//! list (苏州、昆山、太仓; 嘉兴—海宁—桐乡), or a level cue after it (昆山等县市,
//! 海宁是…县级市之一). Mentions of a shared name (鼓楼 ×4) are admitted only
//! by a parent that singles one division out.

use crate::Span;
use crate::lexicon::places::{Cues, Table};
use crate::text::chars::{is_clause_end, is_han};

/// How many characters after 是 (or another cue verb) a level cue may lie;
/// a clause running longer is read only so far, and a level word past it
/// admits nothing.
pub(super) const CUE_CHARS: usize = 40;

/// A mention only its context can admit.
#[derive(Debug)]
pub(super) struct Pending {
    pub(super) span: Span,
    /// The divisions it may name.
    pub(super) readings: Vec<usize>,
    /// A former name it names when the context admits none of them (思茅).
    pub(super) fallback: Option<usize>,
}

/// Merges `pending` mentions that their context admits into `found` (both in
/// document order) and returns all accepted mentions in order.
pub(super) fn settle(
    table: &Table,
    text: &str,
    mut found: Vec<(Span, usize)>,
    pending: Vec<Pending>,
) -> Vec<(Span, usize)> {
    if pending.is_empty() {
        return found;
    }
    // A former name names its successor's children's parent too (襄樊 and 枣阳).
    let mut named = Bits::new(table.divisions.len());
    for &(_, d) in &found {
        named.insert(d);
        if table.is_former(d) {
            named.insert(table.current(d));
        }
    }
    // Whether a found place ends at byte `at` (found is in document order).
    let found_ends_at = |at: usize| {
        found
            .get(found.partition_point(|(s, _)| s.end < at))
            .is_some_and(|(s, _)| s.end == at)
    };
    let fallbacks: Vec<Option<usize>> = pending.iter().map(|p| p.fallback).collect();
    let mut settled: Vec<(Span, Option<usize>, Vec<usize>)> = pending
        .into_iter()
        .map(|Pending { span, readings, .. }| {
            // Admitted by a parent named elsewhere, a short form must stand
            // as a word of its own: 在昆山, 。增城将…, 云南思茅 (after a place),
            // not 巩固安全 (固安).
            let own_word =
                || opens_word(&table.cues, text, span.start) || found_ends_at(span.start);
            let mut by_parent = readings.iter().copied().filter(|&r| {
                table
                    .division(r)
                    .and_then(|d| d.parent)
                    .is_some_and(|p| named.contains(p))
            });
            let choice = match (by_parent.next(), by_parent.next()) {
                (Some(r), None) if own_word() => Some(r),
                _ => match readings.as_slice() {
                    [only] if level_cue(&table.cues, text.get(span.end..).unwrap_or("")) => {
                        Some(*only)
                    }
                    _ => None,
                },
            };
            (span, choice, readings)
        })
        .collect();

    // A list member counts when a neighbour across a separator is a place;
    // one pass each way carries that along a whole list from any member.
    let (mut ends, mut starts) = (Bits::new(text.len() + 1), Bits::new(text.len() + 1));
    for (span, _) in &found {
        ends.insert(span.end);
        starts.insert(span.start);
    }
    for (span, choice, _) in &settled {
        if choice.is_some() {
            ends.insert(span.end);
            starts.insert(span.start);
        }
    }
    for (span, choice, readings) in settled.iter_mut() {
        if let ([only], None) = (readings.as_slice(), &choice) {
            let head = text.get(..span.start).unwrap_or("");
            if table
                .cues
                .separators
                .iter()
                .any(|s| head.ends_with(s) && ends.contains(span.start - s.len()))
            {
                *choice = Some(*only);
                ends.insert(span.end);
                starts.insert(span.start);
            }
        }
    }
    for (span, choice, readings) in settled.iter_mut().rev() {
        if let ([only], None) = (readings.as_slice(), &choice) {
            let tail = text.get(span.end..).unwrap_or("");
            if table
                .cues
                .separators
                .iter()
                .any(|s| tail.starts_with(s) && starts.contains(span.end + s.len()))
            {
                *choice = Some(*only);
                starts.insert(span.start);
            }
        }
    }

    found.extend(
        settled
            .into_iter()
            .zip(fallbacks)
            .filter_map(|((span, choice, _), fallback)| choice.or(fallback).map(|d| (span, d))),
    );
    found.sort_by_key(|(span, _)| span.start);
    found
}

/// A set of small numbers (byte offsets, division indexes) below a bound
/// known up front: one bit each, set and tested in constant time.
struct Bits {
    words: Vec<u64>,
    bound: usize,
}

impl Bits {
    fn new(bound: usize) -> Self {
        Bits {
            words: vec![0; bound.div_ceil(64)],
            bound,
        }
    }

    /// Adds `n`; a number at or past the bound is ignored.
    fn insert(&mut self, n: usize) {
        if n < self.bound
            && let Some(word) = self.words.get_mut(n / 64)
        {
            *word |= 1 << (n % 64);
        }
    }

    fn contains(&self, n: usize) -> bool {
        n < self.bound
            && self
                .words
                .get(n / 64)
                .is_some_and(|word| word & (1 << (n % 64)) != 0)
    }
}

/// Whether a word may start at byte `start`: after a mark, a space, the
/// text's start or an `opener` (在, 和, 中国), not inside a run of Han text.
fn opens_word(cues: &Cues, text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("");
    before.chars().next_back().is_none_or(|c| !is_han(c))
        || cues.openers.iter().any(|w| before.ends_with(w))
}

/// Whether the text after a mention names its level: 等县, 等区, 等县市,
/// 等地, 等城市, or a clause 是…县/区/市(之一) of at most [`CUE_CHARS`]
/// characters.
fn level_cue(cues: &Cues, after: &str) -> bool {
    if cues.level_cues.iter().any(|c| after.starts_with(c)) {
        return true;
    }
    let Some(rest) = cues.cue_verbs.iter().find_map(|v| after.strip_prefix(v)) else {
        return false;
    };
    // The clause ends at its first mark or after CUE_CHARS characters.
    let end = rest
        .char_indices()
        .enumerate()
        .find(|&(n, (_, c))| n == CUE_CHARS || is_clause_end(c))
        .map_or(rest.len(), |(_, (i, _))| i);
    let clause = rest.get(..end).unwrap_or("");
    let clause = cues
        .cue_tails
        .iter()
        .find_map(|t| clause.strip_suffix(t))
        .unwrap_or(clause);
    cues.cue_levels.iter().any(|l| clause.ends_with(l))
}

#[cfg(test)]
mod tests {
    use super::Bits;

    #[test]
    fn bits_hold_what_was_inserted_below_their_bound() {
        let mut bits = Bits::new(130);
        for n in [0, 63, 64, 129, 130, 5000] {
            bits.insert(n);
        }
        let held: Vec<usize> = (0..200).filter(|&n| bits.contains(n)).collect();
        assert_eq!(held, [0, 63, 64, 129]);
    }
}
