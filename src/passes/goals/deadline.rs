//! The deadline governing a goal: the last deadline year before the number
//! in its sentence, a `到2025年:` lead line above it, or the first sentence
//! of its paragraph.

use super::Recent;
use crate::lexicon::cues::WordList;
use crate::text::chars;
use crate::text::segment::{Mark, Segments, is_numeral};
use crate::{Document, YearRole};

/// The deadline leading the line holding `sentence_start`, when it opens an
/// earlier sentence: a deadline year within the line's first
/// [`LEAD_CHARS`] characters but blanks and numerals (`到2027年,…`,
/// `(一)主要目标:到2025年,…`, `新建基站8000个,到2027年,…`).
/// A year further on in that sentence, or in a sentence of things done
/// (`游客已恢复到2019年水平`, `pasts` holds 已, 截至), dates nothing after it.
/// `last` keeps the answer for the last line and first sentence read: the
/// later sentences of a line ask the same.
pub(super) fn paragraph_deadline(
    doc: &Document,
    text: &str,
    segments: &Segments,
    sentence_start: usize,
    pasts: &WordList,
    last: &mut Recent<(usize, usize), Option<i32>, 1>,
) -> Option<i32> {
    let line_start = segments.start_of(text, sentence_start, Mark::LINE);
    if line_start >= sentence_start {
        return None;
    }
    let first_end = segments
        .end_of(text, line_start, Mark::SENTENCE)
        .min(sentence_start);
    last.get((line_start, first_end), || {
        line_deadline(doc, text, line_start, first_end, pasts)
    })
}

/// The deadline leading the line at `line_start` whose first sentence (or
/// the part of it before the sentence asking) ends at `first_end`.
fn line_deadline(
    doc: &Document,
    text: &str,
    line_start: usize,
    first_end: usize,
    pasts: &WordList,
) -> Option<i32> {
    // An indent (\u{3000}\u{3000}, spaces) is not part of the lead.
    let line = text.get(line_start..)?;
    let indent = line.len()
        - line
            .trim_start_matches(|c| chars::is_blank(c) || chars::is_invisible(c))
            .len();
    let lead_end = line
        .get(indent..)?
        .char_indices()
        .filter(|&(_, c)| !(chars::is_blank(c) || is_numeral(c)))
        .nth(LEAD_CHARS)
        .map_or(text.len(), |(i, _)| line_start + indent + i);
    let years = &doc.target_years;
    let lo = years.partition_point(|y| y.span.start < line_start);
    let year = years
        .get(lo..)?
        .iter()
        .take_while(|y| y.span.start < lead_end)
        .filter(|y| y.role == YearRole::Deadline && y.span.end <= first_end)
        .map(|y| y.year)
        .last()?;
    // Most lines lead with no deadline: only one that does is searched for
    // words of things done.
    let first = text.get(line_start..first_end)?;
    (!pasts.occurs_in(first)).then_some(year)
}

/// How far into its line, past any indent, a deadline may start and still
/// lead the paragraph, in characters other than blanks and numerals: a
/// number is as long written 8000个 as 八千个, so the same line leads with
/// the same deadline whichever way its numbers are spelled.
const LEAD_CHARS: usize = 12;

/// The last deadline year whose span lies between `a` and `b`. Target years
/// come in document order: only those in the window are looked at.
fn deadline_within(doc: &Document, a: usize, b: usize) -> Option<i32> {
    let years = &doc.target_years;
    let lo = years.partition_point(|y| y.span.start < a);
    let hi = years.partition_point(|y| y.span.start < b);
    years
        .get(lo..hi.max(lo))?
        .iter()
        .filter(|y| y.role == YearRole::Deadline && y.span.end <= b)
        .map(|y| y.year)
        .next_back()
}

/// The last deadline year between `from` and `to`, else the deadline of a
/// lead line ending with a colon above the sentence (`到2025年:`), looking
/// back through at most a few lines and never past a blank line.
pub(super) fn deadline(
    doc: &Document,
    text: &str,
    segments: &Segments,
    from: usize,
    to: usize,
) -> Option<i32> {
    let within = |a: usize, b: usize| deadline_within(doc, a, b);
    if let Some(year) = within(from, to) {
        return Some(year);
    }
    let mut end = from;
    for _ in 0..8 {
        let line_end = end.checked_sub(1)?;
        if !text.is_char_boundary(line_end) || text.get(line_end..end) != Some("\n") {
            return None;
        }
        let start = segments.start_of(text, line_end, Mark::LINE);
        let line = text.get(start..line_end)?.trim_end();
        if line.is_empty() {
            return None;
        }
        if line.ends_with(':') {
            return within(start, line_end);
        }
        end = start;
    }
    None
}
