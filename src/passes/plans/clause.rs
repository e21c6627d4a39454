//! Sentence and clause bounds around a title, and the outermost of nested
//! agency mentions: the windows every issuing rule reads.

use super::title::suffix;
use crate::Agency;

/// How far back a sentence is read for its subject and date, in bytes.
const SENTENCE_BYTES: usize = 600;

/// Where the sentence holding the end of `before` starts, bounded.
pub(super) fn sentence_start(before: &str) -> usize {
    let window = suffix(before, SENTENCE_BYTES);
    let offset = before.len() - window.len();
    window
        .rfind(['。', '!', '?', '\n', ';'])
        .map_or(offset, |i| {
            offset
                + i
                + window
                    .get(i..)
                    .and_then(|s| s.chars().next())
                    .map_or(1, char::len_utf8)
        })
}

/// Where the last clause of `sentence` starts: after its last comma, colon
/// or dash.
pub(super) fn clause_start_of(sentence: &str) -> usize {
    sentence.rfind([',', ':', '—']).map_or(0, |i| {
        i + sentence
            .get(i..)
            .and_then(|s| s.chars().next())
            .map_or(1, char::len_utf8)
    })
}

/// The agencies not inside another one, in text order.
/// `agencies` come sorted by start, longest first at one start.
pub(super) fn outermost(agencies: Vec<&Agency>) -> Vec<&Agency> {
    let mut kept: Vec<&Agency> = Vec::new();
    for agency in agencies {
        if kept.last().is_some_and(|k| k.span.contains(agency.span)) {
            continue;
        }
        kept.push(agency);
    }
    kept
}
