//! Segments: where lines, sentences and clauses end, where titles, quotes
//! and numerals stand — recorded as normalization writes the text (or
//! found in one scan of a finished text) and looked up by binary search.
//!
//! The scan records every punctuation mark with its [`Mark`] class and every
//! run of numeral characters. A rule asks for the last mark of some classes
//! before a position ([`Segments::prev`]) or the first after it
//! ([`Segments::next`]), always within a bound it states: a sentence is
//! read at most so far from a number, a clause at most so far from a verb,
//! so that no lookup costs more than its bound however long a line runs.

use super::chars::{ThreeByteSet, WINDOW, ceil_boundary, floor_boundary, three_byte_code};
use crate::Span;

/// The longest 《》 title, in bytes (100 characters of CJK): a 《 further
/// back opens no title around a position.
pub(crate) const MAX_TITLE_BYTES: usize = 300;

/// Classes of punctuation marks, as bits; a query names the classes that
/// end the unit it wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Mark(u16);

impl Mark {
    /// `\n`.
    pub(crate) const LINE: Mark = Mark(1);
    /// `。`, `!`, `?`.
    pub(crate) const STOP: Mark = Mark(1 << 1);
    /// `;`.
    pub(crate) const SEMICOLON: Mark = Mark(1 << 2);
    /// `,`.
    pub(crate) const COMMA: Mark = Mark(1 << 3);
    /// `:`.
    pub(crate) const COLON: Mark = Mark(1 << 4);
    /// `、`.
    pub(crate) const ENUMERATION: Mark = Mark(1 << 5);
    /// `—`.
    pub(crate) const DASH: Mark = Mark(1 << 6);
    /// `《`.
    pub(crate) const TITLE_OPEN: Mark = Mark(1 << 7);
    /// `》`.
    pub(crate) const TITLE_CLOSE: Mark = Mark(1 << 8);
    /// `“`, `「`, `『`, `‘`.
    pub(crate) const QUOTE_OPEN: Mark = Mark(1 << 9);
    /// `”`, `」`, `』`, `’`.
    pub(crate) const QUOTE_CLOSE: Mark = Mark(1 << 10);
    /// `"`: opens or closes.
    pub(crate) const QUOTE: Mark = Mark(1 << 11);
    /// The marks of headings and lists in scraped pages: `|`, `*`, `#`, `>`.
    pub(crate) const LAYOUT: Mark = Mark(1 << 12);

    /// The end of a sentence: `。`, `!`, `?`, a line break.
    pub(crate) const SENTENCE: Mark = Mark(Self::LINE.0 | Self::STOP.0);
    /// The end of a clause: a sentence end, `,`, `;`, `:`.
    pub(crate) const CLAUSE: Mark =
        Mark(Self::SENTENCE.0 | Self::SEMICOLON.0 | Self::COMMA.0 | Self::COLON.0);
    /// What a speaker's title chain never crosses: a clause end, any
    /// quotation mark, the layout marks.
    pub(crate) const SPEAKER: Mark = Mark(
        Self::CLAUSE.0 | Self::QUOTE_OPEN.0 | Self::QUOTE_CLOSE.0 | Self::QUOTE.0 | Self::LAYOUT.0,
    );

    /// Both sets of classes.
    pub(crate) const fn or(self, other: Mark) -> Mark {
        Mark(self.0 | other.0)
    }

    /// Whether the two sets share a class.
    pub(crate) const fn meets(self, other: Mark) -> bool {
        self.0 & other.0 != 0
    }

    /// The class of `c`, if it is a mark.
    pub(crate) fn of(c: char) -> Option<Mark> {
        Some(match c {
            '\n' => Mark::LINE,
            '。' | '!' | '?' => Mark::STOP,
            ';' => Mark::SEMICOLON,
            ',' => Mark::COMMA,
            ':' => Mark::COLON,
            '、' => Mark::ENUMERATION,
            '—' => Mark::DASH,
            '《' => Mark::TITLE_OPEN,
            '》' => Mark::TITLE_CLOSE,
            '“' | '「' | '『' | '‘' => Mark::QUOTE_OPEN,
            '”' | '」' | '』' | '’' => Mark::QUOTE_CLOSE,
            '"' => Mark::QUOTE,
            '|' | '*' | '#' | '>' => Mark::LAYOUT,
            _ => return None,
        })
    }
}

/// Whether `c` may be part of a numeral: an ASCII digit or a Chinese digit
/// or multiplier (〇 to 九, 两, 十, 百, 千, 万, 亿).
pub(crate) fn is_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '零' | '〇'
                | '一'
                | '二'
                | '两'
                | '三'
                | '四'
                | '五'
                | '六'
                | '七'
                | '八'
                | '九'
                | '十'
                | '百'
                | '千'
                | '万'
                | '亿'
        )
}

/// Every three-byte character [`Segments::new`] records: numerals and
/// marks.
const RECORDED: [char; 29] = [
    '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万',
    '亿', '。', '、', '—', '《', '》', '“', '”', '「', '」', '『', '』', '‘',
];

/// More recorded characters (the table above is split for layout only).
const RECORDED_MORE: [char; 1] = ['’'];

/// Every ASCII character [`Segments::new`] records.
const RECORDED_ASCII: &[u8] = b"0123456789\n!?;,:\"|*#>";

/// The three-byte characters that are not recorded, so that the scan
/// passes most Han characters with one bit test.
static UNRECORDED: ThreeByteSet = {
    let mut set = ThreeByteSet::all();
    let mut i = 0;
    while i < RECORDED.len() + RECORDED_MORE.len() {
        let c = if i < RECORDED.len() {
            RECORDED[i]
        } else {
            RECORDED_MORE[i - RECORDED.len()]
        };
        set.remove(c as u32);
        i += 1;
    }
    set
};

/// The recorded ASCII characters, one bit a byte.
const RECORDED_ASCII_BITS: u128 = {
    let mut bits = 0u128;
    let mut i = 0;
    while i < RECORDED_ASCII.len() {
        bits |= 1 << RECORDED_ASCII[i];
        i += 1;
    }
    bits
};

/// How many bytes at the start of `bytes` are characters that are neither
/// marks nor numerals: most of a Chinese text, skipped with one bit test
/// a character (two- and four-byte characters are never recorded).
fn unrecorded_run(bytes: &[u8]) -> usize {
    let mut rest = bytes;
    loop {
        rest = match rest {
            [b0, b1, b2, tail @ ..] if UNRECORDED.contains(*b0, *b1, *b2) => tail,
            [b @ 0..=0x7F, tail @ ..] if RECORDED_ASCII_BITS >> b & 1 == 0 => tail,
            [0xC0..=0xDF, _, tail @ ..] | [0xF0..=0xFF, _, _, _, tail @ ..] => tail,
            _ => break,
        };
    }
    bytes.len() - rest.len()
}

/// One mark: where it stands and its class.
#[derive(Debug, Clone, Copy)]
struct At {
    pos: u32,
    mark: Mark,
}

/// The marks and numeral runs of one normalized text.
#[derive(Debug, Clone, Default)]
pub(crate) struct Segments {
    marks: Vec<At>,
    /// The positions of the marks ending a sentence, and of the line
    /// breaks: the start or end of a sentence or line is one binary search
    /// away, where a walk over `marks` would step over every comma.
    sentences: Vec<u32>,
    lines: Vec<u32>,
    numerals: Vec<Span>,
    len: usize,
}

/// Whether [`Segments`] records `c`: a mark or a numeral character.
pub(crate) fn is_recorded(c: char) -> bool {
    is_numeral(c) || Mark::of(c).is_some()
}

/// The lists of [`Segments`] as they are filled, one character at a time
/// in text order: by [`Segments::new`] from a finished text, or by
/// normalization as it writes one (which saves a second walk of it).
#[derive(Debug)]
pub(crate) struct Recorder {
    marks: Vec<At>,
    sentences: Vec<u32>,
    lines: Vec<u32>,
    numerals: Vec<Span>,
    /// The numeral run still open: it grows while numerals follow it
    /// byte for byte.
    run: Option<Span>,
}

impl Recorder {
    /// An empty recorder for a text of about `len` bytes, its lists sized
    /// for a policy text's share of marks and numbers.
    pub(crate) fn new(len: usize) -> Self {
        Recorder {
            marks: Vec::with_capacity(len / 24),
            sentences: Vec::with_capacity(len / 128),
            lines: Vec::with_capacity(len / 256),
            numerals: Vec::with_capacity(len / 128),
            run: None,
        }
    }

    /// Records `c`, written at byte `pos`, if it is a mark or a numeral.
    /// Characters come in text order; any not recorded may stand between.
    /// Marks are looked for first: most characters recorded are commas
    /// and stops, and no mark is a numeral.
    pub(crate) fn note(&mut self, pos: usize, c: char) {
        if let Some(mark) = Mark::of(c) {
            if let Ok(pos) = u32::try_from(pos) {
                self.marks.push(At { pos, mark });
                if mark.meets(Mark::SENTENCE) {
                    self.sentences.push(pos);
                }
                if mark.meets(Mark::LINE) {
                    self.lines.push(pos);
                }
            }
        } else if is_numeral(c) {
            self.numeral(pos, c.len_utf8());
        }
    }

    /// Records the ASCII digits opening `bytes`, written from byte `pos`
    /// on, as numerals in one step, and returns how many there are.
    pub(crate) fn digits(&mut self, pos: usize, bytes: &[u8]) -> usize {
        let len = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
        if len > 0 {
            self.numeral(pos, len);
        }
        len
    }

    /// Records `len` bytes of numeral characters at byte `pos`: they join
    /// the open run when they follow it directly, else start a new one.
    fn numeral(&mut self, pos: usize, len: usize) {
        match &mut self.run {
            Some(run) if run.end == pos => run.end += len,
            open => {
                if let Some(done) = open.replace(Span::new(pos, pos + len)) {
                    self.numerals.push(done);
                }
            }
        }
    }

    /// The segments of the text of `len` bytes recorded.
    pub(crate) fn finish(mut self, len: usize) -> Segments {
        if let Some(run) = self.run.take() {
            self.numerals.push(run);
        }
        // These lists live through every pass: none keeps growth slack.
        self.marks.shrink_to_fit();
        self.sentences.shrink_to_fit();
        self.lines.shrink_to_fit();
        self.numerals.shrink_to_fit();
        Segments {
            marks: self.marks,
            sentences: self.sentences,
            lines: self.lines,
            numerals: self.numerals,
            len,
        }
    }
}

impl Segments {
    /// Scans `text` once: runs of characters that are neither marks nor
    /// numerals are passed byte-wise (see [`unrecorded_run`]), and only
    /// the characters recorded are decoded.
    pub(crate) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut recorder = Recorder::new(text.len());
        // The bytes not read yet.
        let mut rest = bytes;
        loop {
            rest = rest.get(unrecorded_run(rest)..).unwrap_or_default();
            let i = bytes.len() - rest.len();
            if rest.first().is_some_and(u8::is_ascii_digit) {
                // The digits of a number in one step.
                rest = rest.get(recorder.digits(i, rest)..).unwrap_or_default();
                continue;
            }
            let (c, tail) = match rest {
                [b @ 0..=0x7F, tail @ ..] => (char::from(*b), tail),
                [b0 @ 0xE0..=0xEF, b1, b2, tail @ ..] => {
                    let cp = three_byte_code(*b0, *b1, *b2);
                    (char::from_u32(cp).unwrap_or('\u{FFFD}'), tail)
                }
                _ => break,
            };
            rest = tail;
            recorder.note(i, c);
        }
        recorder.finish(text.len())
    }

    /// The position of the last mark of `classes` before byte `at` and at
    /// or after `floor`.
    pub(crate) fn prev(&self, at: usize, classes: Mark, floor: usize) -> Option<usize> {
        let index = |list: List| self.first_at(list, at);
        self.prev_at(classes, floor, index)
    }

    /// The position of the first mark of `classes` at or after byte `at`
    /// and before `ceiling`.
    pub(crate) fn next(&self, at: usize, classes: Mark, ceiling: usize) -> Option<usize> {
        let index = |list: List| self.first_at(list, at);
        self.next_at(classes, ceiling, index)
    }

    /// [`Segments::prev`], with `index` giving the place in a list of the
    /// first position at or after `at`.
    fn prev_at(
        &self,
        classes: Mark,
        floor: usize,
        index: impl FnOnce(List) -> usize,
    ) -> Option<usize> {
        if let Some((list, which)) = self.unit_list(classes) {
            let i = index(which);
            return i
                .checked_sub(1)
                .and_then(|j| list.get(j))
                .map(|&p| p as usize)
                .filter(|&p| p >= floor);
        }
        let i = index(List::Marks);
        self.marks
            .get(..i)?
            .iter()
            .rev()
            .take_while(|m| m.pos as usize >= floor)
            .find(|m| m.mark.meets(classes))
            .map(|m| m.pos as usize)
    }

    /// [`Segments::next`], with `index` as for [`Segments::prev_at`].
    fn next_at(
        &self,
        classes: Mark,
        ceiling: usize,
        index: impl FnOnce(List) -> usize,
    ) -> Option<usize> {
        if let Some((list, which)) = self.unit_list(classes) {
            let i = index(which);
            return list.get(i).map(|&p| p as usize).filter(|&p| p < ceiling);
        }
        let i = index(List::Marks);
        self.marks
            .get(i..)?
            .iter()
            .take_while(|m| (m.pos as usize) < ceiling)
            .find(|m| m.mark.meets(classes))
            .map(|m| m.pos as usize)
    }

    /// The place in `list` of its first position at or after `at`.
    fn first_at(&self, list: List, at: usize) -> usize {
        match list {
            List::Marks => self.marks.partition_point(|m| (m.pos as usize) < at),
            List::Sentences => self.sentences.partition_point(|&p| (p as usize) < at),
            List::Lines => self.lines.partition_point(|&p| (p as usize) < at),
        }
    }

    /// The list of sentence ends or line breaks when `classes` is exactly
    /// one of those, and which it is.
    fn unit_list(&self, classes: Mark) -> Option<(&[u32], List)> {
        if classes == Mark::SENTENCE {
            Some((&self.sentences, List::Sentences))
        } else if classes == Mark::LINE {
            Some((&self.lines, List::Lines))
        } else {
            None
        }
    }

    /// The positions of every mark of `classes` in `span`, in order: read
    /// off the list of line or sentence ends when `classes` is one of
    /// those, so a walk over a text's lines never passes its commas.
    pub(crate) fn within(&self, span: Span, classes: Mark) -> impl Iterator<Item = usize> + '_ {
        let end = span.end;
        let in_span = move |pos: u32| (pos as usize) < end;
        let (units, marks) = match self.unit_list(classes) {
            Some((units, _)) => {
                let i = units.partition_point(|&p| (p as usize) < span.start);
                (units.get(i..).unwrap_or_default(), &[][..])
            }
            None => {
                let i = self
                    .marks
                    .partition_point(|m| (m.pos as usize) < span.start);
                (&[][..], self.marks.get(i..).unwrap_or_default())
            }
        };
        let units = units.iter().copied().take_while(move |&p| in_span(p));
        let marks = marks
            .iter()
            .take_while(move |m| in_span(m.pos))
            .filter(move |m| m.mark.meets(classes))
            .map(|m| m.pos);
        units.chain(marks).map(|p| p as usize)
    }

    /// The start of the unit (sentence, clause, line: `ends` says which
    /// marks end one) holding byte `at`: just after the last such mark
    /// before it, looking at most [`WINDOW`] bytes back (a unit running
    /// longer is cut there).
    pub(crate) fn start_of(&self, text: &str, at: usize, ends: Mark) -> usize {
        let floor = ceil_boundary(text, at.saturating_sub(WINDOW));
        unit_start(text, self.prev(at, ends, floor), floor)
    }

    /// The end of the unit holding byte `at` (where its ending mark
    /// stands), looking at most [`WINDOW`] bytes on.
    pub(crate) fn end_of(&self, text: &str, at: usize, ends: Mark) -> usize {
        let ceiling = floor_boundary(text, at.saturating_add(WINDOW));
        self.next(at, ends, ceiling).unwrap_or(ceiling)
    }

    /// A reader of the marks for positions asked about in increasing order.
    pub(crate) fn cursor(&self) -> Cursor<'_> {
        Cursor {
            segments: self,
            places: [0; 3],
        }
    }

    /// Whether byte `at` stands inside a 《》 title: a 《 opens within the
    /// [`MAX_TITLE_BYTES`] before it, on its line, and no 》 closes it (a
    /// title never spans a line break).
    pub(crate) fn inside_title(&self, at: usize) -> bool {
        self.inside_title_at(at, self.first_at(List::Marks, at))
    }

    /// [`Segments::inside_title`], with `i` the place among the marks of
    /// the first one at or after `at`.
    fn inside_title_at(&self, at: usize, i: usize) -> bool {
        let floor = at.saturating_sub(MAX_TITLE_BYTES);
        let marks = Mark::TITLE_OPEN.or(Mark::TITLE_CLOSE).or(Mark::LINE);
        // The walk of [`Segments::prev`], keeping the mark it finds.
        self.marks
            .get(..i)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|m| m.pos as usize >= floor)
            .find(|m| m.mark.meets(marks))
            .is_some_and(|m| m.mark == Mark::TITLE_OPEN)
    }

    /// The document's first line that is not blank (its title, or its
    /// issuer's name): from its first character to its line break.
    pub(crate) fn first_line(&self, text: &str) -> Span {
        let start = text.len() - text.trim_start().len();
        let end = self
            .next(start, Mark::LINE, text.len())
            .unwrap_or(text.len());
        Span::new(start, end)
    }

    /// Every run of numeral characters, in order.
    pub(crate) fn numerals(&self) -> &[Span] {
        &self.numerals
    }

    /// The line holding byte `at`: from after the previous line break to the
    /// next one (exclusive), looking at most `reach` bytes each way.
    pub(crate) fn line(&self, at: usize, reach: usize) -> Span {
        let floor = at.saturating_sub(reach);
        let start = self.prev(at, Mark::LINE, floor).map_or(floor, |p| p + 1);
        let ceiling = at.saturating_add(reach).min(self.len);
        let end = self.next(at, Mark::LINE, ceiling).unwrap_or(ceiling);
        Span::new(start, end)
    }
}

/// The lists of positions a [`Cursor`] keeps its place in.
#[derive(Debug, Clone, Copy)]
enum List {
    Marks,
    Sentences,
    Lines,
}

/// Just after the ending mark at `end`, else `floor`.
fn unit_start(text: &str, end: Option<usize>, floor: usize) -> usize {
    match end {
        Some(p) => {
            p + text
                .get(p..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8)
        }
        None => floor,
    }
}

/// The marks read for positions that come in increasing order (the numbers
/// of a text, one after the other): each list keeps its place from the
/// last question, so the next answer is a few steps on, no binary search.
/// A position before the last one asked is answered too, as
/// [`Segments`] answers it.
#[derive(Debug, Clone)]
pub(crate) struct Cursor<'s> {
    segments: &'s Segments,
    /// Per [`List`]: the place of the first position at or after the last
    /// one asked about.
    places: [usize; 3],
}

impl Cursor<'_> {
    /// How many steps a place is moved one by one before a binary search
    /// takes over.
    const STEPS: usize = 16;

    /// [`Segments::prev`].
    pub(crate) fn prev(&mut self, at: usize, classes: Mark, floor: usize) -> Option<usize> {
        let segments = self.segments;
        segments.prev_at(classes, floor, |list| self.first_at(list, at))
    }

    /// [`Segments::next`].
    pub(crate) fn next(&mut self, at: usize, classes: Mark, ceiling: usize) -> Option<usize> {
        let segments = self.segments;
        segments.next_at(classes, ceiling, |list| self.first_at(list, at))
    }

    /// [`Segments::inside_title`].
    pub(crate) fn inside_title(&mut self, at: usize) -> bool {
        let i = self.first_at(List::Marks, at);
        self.segments.inside_title_at(at, i)
    }

    /// [`Segments::start_of`].
    pub(crate) fn start_of(&mut self, text: &str, at: usize, ends: Mark) -> usize {
        let floor = ceil_boundary(text, at.saturating_sub(WINDOW));
        let end = self.prev(at, ends, floor);
        unit_start(text, end, floor)
    }

    /// [`Segments::end_of`].
    pub(crate) fn end_of(&mut self, text: &str, at: usize, ends: Mark) -> usize {
        let ceiling = floor_boundary(text, at.saturating_add(WINDOW));
        self.next(at, ends, ceiling).unwrap_or(ceiling)
    }

    /// The place in `list` of its first position at or after `at`: a few
    /// steps on from the place kept, else a binary search.
    fn first_at(&mut self, list: List, at: usize) -> usize {
        let segments = self.segments;
        let Some(place) = self.places.get_mut(list as usize) else {
            return segments.first_at(list, at);
        };
        match list {
            List::Marks => seek(&segments.marks, |m| m.pos as usize, place, at),
            List::Sentences => seek(&segments.sentences, |&p| p as usize, place, at),
            List::Lines => seek(&segments.lines, |&p| p as usize, place, at),
        }
    }
}

/// The place in `list` (sorted by `key`) of its first item at or after
/// `at`, found from `place` and kept there: a few steps on when `at` is
/// not far ahead, else a binary search.
pub(crate) fn seek<T>(
    list: &[T],
    key: impl Fn(&T) -> usize,
    place: &mut usize,
    at: usize,
) -> usize {
    let below = |item: &T| key(item) < at;
    let mut i = (*place).min(list.len());
    if i > 0 && list.get(i - 1).is_some_and(|item| !below(item)) {
        // Asked behind the place kept.
        i = list.get(..i).unwrap_or_default().partition_point(below);
    } else {
        let mut steps = 0;
        while list.get(i).is_some_and(below) {
            i += 1;
            steps += 1;
            if steps == Cursor::STEPS {
                i += list.get(i..).unwrap_or_default().partition_point(below);
                break;
            }
        }
    }
    *place = i;
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unrecorded_runs_stop_at_a_mark_or_a_numeral() {
        // (text, bytes of characters neither mark nor numeral)
        let rows = [
            ("中文。", "中文".len()),
            ("中文三千", "中文".len()),
            ("中文《", "中文".len()),
            ("中文ab,", "中文ab".len()),
            ("中文é😀5", "中文é😀".len()),
            ("a b\n", "a b".len()),
            ("。中文", 0),
            ("", 0),
        ];
        for (text, want) in rows {
            assert_eq!(unrecorded_run(text.as_bytes()), want, "{text}");
        }
    }

    #[test]
    fn the_recorded_sets_hold_the_marks_and_numerals() {
        for c in ('\0'..='\u{FFFF}').chain(['😀']) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let recorded = is_numeral(c) || Mark::of(c).is_some();
            assert_eq!(unrecorded_run(bytes) == 0, recorded, "{c:?}");
        }
    }

    /// What [`Segments::new`] finds, char by char: the marks, sentence
    /// ends, line breaks and numeral runs, as plain lists.
    type Found = (Vec<(u32, u16)>, Vec<u32>, Vec<u32>, Vec<Span>);

    fn plain_scan(text: &str) -> Found {
        let mut found = Found::default();
        let mut run: Option<usize> = None;
        for (i, c) in text.char_indices() {
            if is_numeral(c) {
                run.get_or_insert(i);
                continue;
            }
            if let Some(start) = run.take() {
                found.3.push(Span::new(start, i));
            }
            if let Some(mark) = Mark::of(c) {
                let pos = i as u32;
                found.0.push((pos, mark.0));
                if mark.meets(Mark::SENTENCE) {
                    found.1.push(pos);
                }
                if mark.meets(Mark::LINE) {
                    found.2.push(pos);
                }
            }
        }
        if let Some(start) = run {
            found.3.push(Span::new(start, text.len()));
        }
        found
    }

    proptest::proptest! {
        // The byte-wise scan finds what a walk over the characters finds.
        #[test]
        fn the_scan_agrees_with_a_walk_over_the_characters(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "中", "三", "千", "。", "、", "《", "》", "“", "”", "「", "’", "—", "2",
                    "0", "9", "2025", ",", ";", ":", "!", "?", "\n", "\"", "|", "*", "#", ">", "a", " ",
                    "é", "😀", "·", "年", "亿", "〇",
                ]),
                0..40,
            ),
        ) {
            let text = parts.concat();
            let s = Segments::new(&text);
            let marks: Vec<(u32, u16)> = s.marks.iter().map(|m| (m.pos, m.mark.0)).collect();
            let found = (marks, s.sentences.clone(), s.lines.clone(), s.numerals.clone());
            proptest::prop_assert_eq!(found, plain_scan(&text));
        }
    }

    #[test]
    fn marks_and_numerals() {
        let text = "到2025年,建成三千个。\n《方案》“好”";
        let s = Segments::new(text);
        let got: Vec<&str> = s.numerals().iter().map(|n| &text[n.start..n.end]).collect();
        assert_eq!(got, ["2025", "三千"]);
        let comma = text.find(',').expect("comma");
        let stop = text.find('。').expect("stop");
        assert_eq!(s.prev(stop, Mark::CLAUSE, 0), Some(comma));
        assert_eq!(s.prev(comma, Mark::CLAUSE, 0), None);
        assert_eq!(s.next(0, Mark::SENTENCE, text.len()), Some(stop));
        assert_eq!(
            s.next(0, Mark::SENTENCE, stop),
            None,
            "ceiling is exclusive"
        );
        assert_eq!(
            s.prev(text.len(), Mark::SENTENCE, stop + 4),
            None,
            "floor bounds"
        );
        let titles: Vec<usize> = s
            .within(
                Span::new(0, text.len()),
                Mark::TITLE_OPEN.or(Mark::TITLE_CLOSE),
            )
            .collect();
        assert_eq!(titles.len(), 2);
        let line = s.line(text.len() - 1, 100);
        assert_eq!(&text[line.start..line.end], "《方案》“好”");
    }

    #[test]
    fn every_mark_and_numeral_is_recorded() {
        for c in [
            '。', '、', '—', '《', '》', '“', '”', '「', '」', '『', '』', '‘', '’',
        ] {
            assert!(Mark::of(c).is_some(), "{c}");
            assert!(RECORDED.contains(&c) || RECORDED_MORE.contains(&c), "{c}");
        }
        for c in "零〇一二两三四五六七八九十百千万亿".chars() {
            assert!(is_numeral(c), "{c}");
            assert!(RECORDED.contains(&c), "{c}");
        }
    }

    /// The sentence and line indexes answer as a walk over every mark does.
    #[test]
    fn unit_indexes_agree_with_the_walk() {
        let text = "甲,乙;丙。\n丁:戊!己\n\n庚、辛?壬,癸";
        let s = Segments::new(text);
        let walk_prev = |at: usize, classes: Mark, floor: usize| {
            s.marks
                .iter()
                .rev()
                .find(|m| (m.pos as usize) < at && m.mark.meets(classes))
                .map(|m| m.pos as usize)
                .filter(|&p| p >= floor)
        };
        let walk_next = |at: usize, classes: Mark, ceiling: usize| {
            s.marks
                .iter()
                .find(|m| (m.pos as usize) >= at && m.mark.meets(classes))
                .map(|m| m.pos as usize)
                .filter(|&p| p < ceiling)
        };
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for classes in [Mark::SENTENCE, Mark::LINE] {
            for &at in &bounds {
                for &edge in &bounds {
                    assert_eq!(s.prev(at, classes, edge), walk_prev(at, classes, edge));
                    assert_eq!(s.next(at, classes, edge), walk_next(at, classes, edge));
                }
            }
        }
        // Every window, for the classes with lists of their own and for
        // others, read off the marks as a walk of them finds.
        for classes in [
            Mark::SENTENCE,
            Mark::LINE,
            Mark::STOP,
            Mark::LINE.or(Mark::STOP),
        ] {
            for &from in &bounds {
                for &to in bounds.iter().filter(|&&to| to >= from) {
                    let walk: Vec<usize> = s
                        .marks
                        .iter()
                        .filter(|m| (from..to).contains(&(m.pos as usize)))
                        .filter(|m| m.mark.meets(classes))
                        .map(|m| m.pos as usize)
                        .collect();
                    let within: Vec<usize> = s.within(Span::new(from, to), classes).collect();
                    assert_eq!(within, walk, "{from}..{to}");
                }
            }
        }
        let stop = text.find('。').expect("stop");
        assert_eq!(
            s.start_of(text, text.len(), Mark::LINE),
            text.rfind('\n').map_or(0, |p| p + 1)
        );
        assert_eq!(s.end_of(text, 0, Mark::SENTENCE), stop);
    }

    /// A cursor answers as the segments do, whatever order it is asked in:
    /// forward a little, forward a long way, backward.
    #[test]
    fn cursor_agrees_with_the_segments() {
        let text = "甲,乙;丙。\n丁:戊!己《书》\n\n庚、辛?壬,癸".repeat(8);
        let s = Segments::new(&text);
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        let forward = bounds.clone();
        let backward: Vec<usize> = bounds.iter().rev().copied().collect();
        let leaping: Vec<usize> = bounds.iter().step_by(37).copied().collect();
        let zigzag: Vec<usize> = bounds
            .iter()
            .flat_map(|&b| [b, b.saturating_sub(40), b])
            .collect();
        for order in [forward, backward, leaping, zigzag] {
            let mut cursor = s.cursor();
            for &at in &order {
                for classes in [Mark::SENTENCE, Mark::LINE, Mark::CLAUSE, Mark::TITLE_CLOSE] {
                    let floor = at.saturating_sub(30);
                    let ceiling = at + 30;
                    assert_eq!(cursor.prev(at, classes, floor), s.prev(at, classes, floor));
                    assert_eq!(
                        cursor.next(at, classes, ceiling),
                        s.next(at, classes, ceiling)
                    );
                    assert_eq!(
                        cursor.start_of(&text, at, classes),
                        s.start_of(&text, at, classes)
                    );
                    assert_eq!(
                        cursor.end_of(&text, at, classes),
                        s.end_of(&text, at, classes)
                    );
                }
                assert_eq!(cursor.inside_title(at), s.inside_title(at), "{at}");
            }
        }
    }

    #[test]
    fn numeral_run_at_the_end() {
        let s = Segments::new("共12");
        assert_eq!(s.numerals(), [Span::new(3, 5)]);
    }
}
