//! Offset-preserving normalization.
//!
//! Rules run on one normalized copy of the input, made once per document:
//!
//! - traditional (and Taiwan/Hong Kong variant) characters become simplified,
//!   one character for one, from the OpenCC character table in
//!   `gazetteers/t2s.tsv` (國 → 国, 業 → 业);
//! - full-width ASCII becomes half-width (２０２５ → 2025, （ → `(`, ， → `,`),
//!   and the ideographic space becomes a plain space;
//! - a pinyin gloss after a Han character is dropped: `業(yè)`, `發（fā）` →
//!   `业`, `发`. Only one lowercase syllable, with or without tone marks, counts
//!   as a gloss, so `人工智能(AI)` keeps its `(AI)`;
//! - a run of spaces or tabs next to a CJK character is dropped:
//!   `2025 年 —2027 年` → `2025年—2027年`. Spaces between Latin words or numbers
//!   stay, and so do line breaks but for the wraps below. A wide gap between
//!   two CJK characters (two blanks or more with an ideographic or no-break
//!   space among them, or four or more blanks) becomes a line break, and so
//!   does one between a CJK character and a digit: pages that lost their
//!   line breaks keep paragraphs, signature and date apart that way
//!   (`…报告。　　　国务院办公厅`);
//! - a line break inside a 《》 title goes when it only wraps the title: the
//!   《 opened on its line, a character of the title stands on each side,
//!   and the 》 closes it within [`TITLE_WRAP_BYTES`] of the next line with
//!   no 《, sentence end or line break before it (`《…2021行动\n计划》`, as
//!   pages hard-wrapped at a fixed width cut titles);
//! - on a hard-wrapped page (most long lines of its first 4 KiB within an
//!   eighth of one width of 60 to 160 columns, at least half of those
//!   stopping mid-sentence, see `wrap_width`; full-width digits and Latin
//!   letters count one column, as their half-width forms do), a line
//!   break at a full line goes unless the line ends a sentence or the next
//!   one opens with an indent, a list number, an article or a bracket: the
//!   page's paragraphs and sentences come back whole (`深化审批制度改\n革` →
//!   `深化审批制度改革`). Other line breaks stay;
//!
//! [`Normalized`] keeps a compact map back to the input: a list of runs, one
//! per place where byte offsets stop moving in step. A character replaced by
//! one of the same UTF-8 length (most traditional characters) costs nothing.
//! Every span on character boundaries of the normalized text maps back to a
//! span on character boundaries of the input.

use super::chars::{
    ThreeByteSet, is_blank, is_cjk, is_han, is_invisible, is_line_break, three_byte_code,
};
use crate::lexicon::tsv::{self as gazetteer, Source};
use crate::text::segment::{MAX_TITLE_BYTES, Recorder, Segments, is_recorded};
use crate::{Error, Span};

/// How far into the next line a wrapped title's 》 is looked for, in
/// bytes: the rest of a title cut by a line break (see the module docs).
pub(crate) const TITLE_WRAP_BYTES: usize = 120;

/// First and last code point of the dense part of the conversion table.
const DENSE_FIRST: u32 = 0x3400;
const DENSE_LAST: u32 = 0x9FFF;

/// Traditional-to-simplified character table.
#[derive(Debug, Clone)]
pub(crate) struct Converter {
    /// Indexed by `c - DENSE_FIRST`; `'\0'` where the character stays.
    dense: Box<[char]>,
    /// One bit per entry of `dense`: whether the character changes. Read
    /// first for every Han character of the text: at 3 KiB it stays in the
    /// first-level cache, where the 108 KiB table does not, and most
    /// characters of a simplified text have no entry.
    changes: Box<[u64]>,
    /// Mappings outside the dense range, sorted by key.
    sparse: Vec<(char, char)>,
    /// The three-byte characters normalization writes as they stand
    /// wherever they stand (see [`stays`]): most of a simplified text, Han
    /// characters and CJK punctuation alike, passed in runs by
    /// [`Converter::staying_run`].
    stays: Box<ThreeByteSet>,
    /// The same for ASCII, one bit a byte.
    ascii_stays: u128,
    /// The characters of `stays` that segments do not record (neither
    /// marks nor numerals, see [`is_recorded`]): those a run passes. The
    /// others stop it, to be recorded as they are written.
    quiet: Box<ThreeByteSet>,
    /// The same for ASCII.
    ascii_quiet: u128,
}

impl Converter {
    pub(crate) fn new(source: Source) -> Result<Self, Error> {
        let size = usize::try_from(DENSE_LAST - DENSE_FIRST + 1).unwrap_or(0);
        let mut dense = vec!['\0'; size].into_boxed_slice();
        let mut sparse = Vec::new();
        for row in gazetteer::parse(source.name, source.text, 2)? {
            let (from, to) = match (single_char(row.get(0)), single_char(row.get(1))) {
                (Some(from), Some(to)) => (from, to),
                _ => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        "each column must hold exactly one character",
                    ));
                }
            };
            match dense_index(from) {
                Some(i) => dense[i] = to,
                None => sparse.push((from, to)),
            }
        }
        sparse.sort_unstable();
        let mut changes = vec![0u64; size.div_ceil(64)].into_boxed_slice();
        for (i, _) in dense.iter().enumerate().filter(|&(_, &to)| to != '\0') {
            if let Some(word) = changes.get_mut(i / 64) {
                *word |= 1 << (i % 64);
            }
        }
        let mut converter = Converter {
            dense,
            changes,
            sparse,
            stays: Box::new(ThreeByteSet::new()),
            ascii_stays: 0,
            quiet: Box::new(ThreeByteSet::new()),
            ascii_quiet: 0,
        };
        let (mut set, mut quiet) = (ThreeByteSet::new(), ThreeByteSet::new());
        for c in ('\u{800}'..='\u{FFFF}').filter(|&c| stays(c, &converter)) {
            set.insert(u32::from(c));
            if !is_recorded(c) {
                quiet.insert(u32::from(c));
            }
        }
        let (mut ascii_stays, mut ascii_quiet) = (0u128, 0u128);
        for c in (0..128u8).map(char::from).filter(|&c| stays(c, &converter)) {
            ascii_stays |= 1 << u32::from(c);
            if !is_recorded(c) {
                ascii_quiet |= 1 << u32::from(c);
            }
        }
        converter.stays = Box::new(set);
        converter.quiet = Box::new(quiet);
        converter.ascii_stays = ascii_stays;
        converter.ascii_quiet = ascii_quiet;
        Ok(converter)
    }

    /// Whether the table converts no character below code point `cp`
    /// outside its dense part: the sparse keys are supplementary
    /// ideographs, far above the punctuation a fast path passes.
    fn keeps_below(&self, cp: u32) -> bool {
        self.sparse
            .first()
            .is_none_or(|&(first, _)| cp < u32::from(first))
    }

    /// The simplified form of `c` (itself when it has none).
    pub(crate) fn simplify(&self, c: char) -> char {
        if c.is_ascii() {
            return c;
        }
        match dense_index(c) {
            Some(_) => self.dense(u32::from(c)).unwrap_or(c),
            // Punctuation and symbols lie below every sparse key (the
            // supplementary ideographs): no search for them.
            None if self.keeps_below(u32::from(c)) => c,
            None => self
                .sparse
                .binary_search_by_key(&c, |&(from, _)| from)
                .ok()
                .and_then(|i| self.sparse.get(i))
                .map_or(c, |&(_, to)| to),
        }
    }

    /// The simplified form of the dense-table code point `cp`, when it has
    /// one of its own.
    fn dense(&self, cp: u32) -> Option<char> {
        let i = usize::try_from(cp.checked_sub(DENSE_FIRST)?).ok()?;
        let word = self.changes.get(i / 64)?;
        if word & (1 << (i % 64)) == 0 {
            return None;
        }
        self.dense.get(i).copied().filter(|&to| to != '\0')
    }

    /// How many bytes at the start of `bytes` are characters that
    /// normalization writes as they stand wherever they stand (see
    /// [`stays`]) and segments do not record: the common case of a
    /// simplified text, ASCII a byte and three-byte characters three bytes
    /// a step, each with one bit test.
    fn staying_run(&self, bytes: &[u8]) -> usize {
        let mut rest = bytes;
        loop {
            rest = match rest {
                // Two characters a step while they last.
                [b0, b1, b2, c0, c1, c2, tail @ ..]
                    if self.quiet.contains(*b0, *b1, *b2) && self.quiet.contains(*c0, *c1, *c2) =>
                {
                    tail
                }
                [b0, b1, b2, tail @ ..] if self.quiet.contains(*b0, *b1, *b2) => tail,
                [b, tail @ ..] if *b < 0x80 && self.ascii_quiet >> b & 1 != 0 => tail,
                _ => break,
            };
        }
        bytes.len() - rest.len()
    }

    /// The character opening `bytes` and its length, when it stays as it
    /// stands (see [`stays`]) and segments record it: a mark or a numeral
    /// that ends a run of [`Converter::staying_run`].
    fn staying_recorded(&self, bytes: &[u8]) -> Option<(char, usize)> {
        match bytes {
            [b0, b1, b2, ..] if self.stays.contains(*b0, *b1, *b2) => {
                Some((char::from_u32(three_byte_code(*b0, *b1, *b2))?, 3))
            }
            [b, ..] if *b < 0x80 && self.ascii_stays >> b & 1 != 0 => Some((char::from(*b), 1)),
            _ => None,
        }
    }

    /// Simplified form of a whole string, with no other change.
    pub(crate) fn simplify_str(&self, s: &str) -> String {
        s.chars().map(|c| self.simplify(c)).collect()
    }
}

fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

fn dense_index(c: char) -> Option<usize> {
    let u = u32::from(c);
    if (DENSE_FIRST..=DENSE_LAST).contains(&u) {
        usize::try_from(u - DENSE_FIRST).ok()
    } else {
        None
    }
}

/// One stretch of the normalized text and where it came from: `edits`
/// characters edited alike at its start (each replaced by one whose length
/// differs, `in_len` input bytes written as `out_len` normalized ones; no
/// edit when `edits` is 0), then bytes copied in step. One run per edit, or
/// per run of like edits (２０２５ → 2025), keeps the map at 24 bytes for
/// each full-width comma, gap or number of a long page.
#[derive(Debug, Clone, Copy)]
struct Run {
    /// Normalized byte offset where the run starts.
    norm: usize,
    /// Input byte offset where the run starts.
    orig: usize,
    /// Input bytes each edit replaces.
    in_len: u32,
    /// How many like edits open the run.
    edits: u16,
    /// Normalized bytes each edit writes (a character: at most 4).
    out_len: u8,
}

impl Run {
    /// The input offset where the in-step part of the run starts.
    fn step_orig(&self) -> usize {
        self.orig + self.in_len as usize * usize::from(self.edits)
    }

    /// The normalized offset where the in-step part of the run starts.
    fn step_norm(&self) -> usize {
        self.norm + usize::from(self.out_len) * usize::from(self.edits)
    }

    /// The input offsets where the edit holding normalized byte `p` (inside
    /// the edited part) starts and ends.
    fn edit_at(&self, p: usize) -> (usize, usize) {
        let k = (p - self.norm) / usize::from(self.out_len.max(1));
        let start = self.orig + k * self.in_len as usize;
        (start, start + self.in_len as usize)
    }
}

/// A normalized copy of one input text with its map back to input bytes.
#[derive(Debug, Clone)]
pub(crate) struct Normalized {
    text: String,
    runs: Vec<Run>,
}

impl Normalized {
    /// Normalizes `input` in one pass.
    #[cfg(test)]
    pub(crate) fn new(input: &str, converter: &Converter) -> Self {
        Self::with_segments(input, converter).0
    }

    /// Normalizes `input` in one pass, recording the segments of the
    /// normalized text as it is written.
    pub(crate) fn with_segments(input: &str, converter: &Converter) -> (Self, Segments) {
        Self::build(input, converter, true)
    }

    /// Normalizes `input` with no byte-level fast path: every character
    /// decoded and read by the rules, and the segments found by a scan of
    /// the finished text: what the fast paths are checked against.
    #[cfg(test)]
    fn plain(input: &str, converter: &Converter) -> (Self, Segments) {
        Self::build(input, converter, false)
    }

    /// Normalizes `input`, passing runs of characters that stay as they
    /// are without decoding them when `fast` (always but in tests). The
    /// segments of the normalized text are recorded as it is written when
    /// `fast`, else scanned for in it at the end.
    fn build(input: &str, converter: &Converter, fast: bool) -> (Self, Segments) {
        let mut out = Normalized {
            text: String::with_capacity(input.len()),
            runs: Vec::new(),
        };
        let mut marks = fast.then(|| Recorder::new(input.len()));
        // Input bytes from `copied` on are unchanged so far and not yet
        // written: a stretch is copied in one go when something changes.
        let mut copied = 0;
        let mut pos = 0;
        // The 《 opened on this line and not closed yet.
        let mut title_open: Option<usize> = None;
        // The width a hard-wrapped page is cut at, and where this line starts.
        let wrap = wrap_width(input);
        let mut line_start = 0;
        let bytes = input.as_bytes();
        while let Some(&b) = bytes.get(pos) {
            if b == b'\n' {
                let title = title_open
                    .take()
                    .is_some_and(|open| wraps_title(input, open, pos));
                let hard = wrap.is_some_and(|width| wraps_line(input, line_start, pos, width));
                if title || hard {
                    out.copy(input, copied, pos);
                    copied = pos + 1;
                } else {
                    note(&mut marks, out.at(pos, copied), '\n');
                }
                pos += 1;
                line_start = pos;
                continue;
            }
            // Fast paths: a run of characters written as they stand (most of
            // a simplified text: Han characters, CJK punctuation, ASCII
            // letters and digits) is passed at once, and a Han character of
            // the dense table (U+3400–U+9FFF, three bytes led by E3–E9),
            // which normalization only ever converts to another Han
            // character of the same length, is converted without decoding.
            if fast {
                let rest = bytes.get(pos..).unwrap_or_default();
                let staying = converter.staying_run(rest);
                if staying > 0 {
                    pos += staying;
                    continue;
                }
                // A mark or numeral that stays ends the run: recorded here,
                // with the digits of a number in one step.
                if let (Some((c, len)), Some(marks)) =
                    (converter.staying_recorded(rest), &mut marks)
                {
                    let at = out.at(pos, copied);
                    if c.is_ascii_digit() {
                        pos += marks.digits(at, rest);
                    } else {
                        marks.note(at, c);
                        pos += len;
                    }
                    continue;
                }
            }
            if fast
                && (0xE3..=0xE9).contains(&b)
                && let (Some(&b1), Some(&b2)) = (bytes.get(pos + 1), bytes.get(pos + 2))
            {
                let cp = three_byte_code(b, b1, b2);
                if (DENSE_FIRST..=DENSE_LAST).contains(&cp) {
                    if let Some(to) = converter.dense(cp) {
                        out.copy(input, copied, pos);
                        note(&mut marks, out.text.len(), to);
                        out.push(pos, 3, to);
                        copied = pos + 3;
                    } else if let Some(c) = char::from_u32(cp) {
                        // Kept as it stands: recorded like any character
                        // kept (such a one stays, so the run above has
                        // caught it already, but nothing here relies on it).
                        note(&mut marks, out.at(pos, copied), c);
                    }
                    pos += 3;
                    continue;
                }
            }
            // Full-width ASCII (，：；！) becomes half-width, but for the
            // opening parenthesis, which may open a pinyin gloss.
            if fast
                && b == 0xEF
                && let (Some(&b1), Some(&b2)) = (bytes.get(pos + 1), bytes.get(pos + 2))
                && matches!(b1, 0xBC | 0xBD)
            {
                let cp = three_byte_code(b, b1, b2);
                if cp != 0xFF08
                    && let Some(to) = half_width(cp)
                {
                    note(&mut marks, out.at(pos, copied), to);
                    out.narrow(input, copied, pos, to);
                    copied = pos + 3;
                    pos += 3;
                    continue;
                }
            }
            let Some(c) = input.get(pos..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let len = c.len_utf8();
            match c {
                '《' => title_open = Some(pos),
                '》' => title_open = None,
                _ => {}
            }
            // The last character written, or about to be: read only by the
            // edits that depend on it, as most characters here are kept.
            let prev = || match input.get(copied..pos) {
                Some(pending) if !pending.is_empty() => pending.chars().next_back(),
                _ => out.text.chars().next_back(),
            };
            let edit = edit_at(input, pos, c, prev, converter);
            if let Edit::Keep = edit {
                note(&mut marks, out.at(pos, copied), c);
                pos += len;
                continue;
            }
            out.copy(input, copied, pos);
            // Everything up to `pos` is written: its last character is the
            // one before this edit.
            let prev = out.text.chars().next_back();
            match edit {
                Edit::Keep => {}
                Edit::Drop(n) => pos += n,
                Edit::Blanks(end) => {
                    let next = input.get(end..).and_then(|r| r.chars().next());
                    let folded = next.map(|d| fold(d, converter));
                    let droppable = match (prev, folded) {
                        (Some(p), Some(n)) => {
                            p != '\n' && !is_line_break(n) && (is_cjk(p) || is_cjk(n))
                        }
                        _ => false,
                    };
                    let run = input.get(pos..end).unwrap_or_default();
                    if !droppable {
                        for (i, d) in run.char_indices() {
                            // Never a mark: nothing to record.
                            let plain = if d == '\t' { d } else { ' ' };
                            out.push(pos + i, d.len_utf8(), plain);
                        }
                    } else if is_layout_gap(run)
                        && prev.is_some_and(is_cjk)
                        && (next.is_some_and(is_cjk) || folded.is_some_and(|n| n.is_ascii_digit()))
                    {
                        // A page that lost its line breaks keeps them as wide
                        // gaps between paragraphs, signature and date (also
                        // before a date in digits, written in either width).
                        note(&mut marks, out.text.len(), '\n');
                        out.push(pos, run.len(), '\n');
                    }
                    pos = end;
                }
                Edit::Replace(to) => {
                    note(&mut marks, out.text.len(), to);
                    out.push(pos, len, to);
                    pos += len;
                }
            }
            copied = pos;
        }
        out.copy(input, copied, input.len());
        // The map lives until spans are mapped back: its growth slack goes.
        out.runs.shrink_to_fit();
        let segments = match marks {
            Some(marks) => marks.finish(out.text.len()),
            None => Segments::new(&out.text),
        };
        (out, segments)
    }

    /// The normalized offset input byte `pos` is written at, while the
    /// input from `copied` to it waits to be copied unchanged.
    fn at(&self, pos: usize, copied: usize) -> usize {
        self.text.len() + (pos - copied)
    }

    /// Appends the unchanged input bytes `from..to`.
    fn copy(&mut self, input: &str, from: usize, to: usize) {
        let Some(stretch) = input.get(from..to).filter(|s| !s.is_empty()) else {
            return;
        };
        self.step_to(from);
        self.text.push_str(stretch);
    }

    /// Copies the unchanged input bytes `from..at`, then writes `to` for
    /// the full-width form (three bytes) at `at`: [`Normalized::copy`] then
    /// [`Normalized::push`], but for the common case of an ASCII `to` after
    /// a stretch copied, where the edit cannot join the last run (its
    /// in-step part has just grown) and so opens a run of its own.
    fn narrow(&mut self, input: &str, from: usize, at: usize, to: char) {
        let own_run = from < at && to.is_ascii();
        self.copy(input, from, at);
        if own_run {
            self.open_edit(at, 3, 1);
            self.text.push(to);
        } else {
            self.push(at, 3, to);
        }
    }

    /// Starts a new run unless input offset `orig` continues the last one
    /// in step at the end of the normalized text.
    fn step_to(&mut self, orig: usize) {
        let norm = self.text.len();
        let in_step = self
            .runs
            .last()
            .is_some_and(|run| run.step_orig() + (norm - run.step_norm()) == orig);
        if !in_step {
            self.runs.push(Run {
                norm,
                orig,
                in_len: 0,
                edits: 0,
                out_len: 0,
            });
        }
    }

    /// The normalized text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// Writes `c` for the `orig_len` input bytes at `orig`.
    fn push(&mut self, orig: usize, orig_len: usize, c: char) {
        let out_len = c.len_utf8();
        if out_len == orig_len {
            self.step_to(orig);
        } else {
            // Only a run of blanks can be longer (a line break for a wide
            // gap); past 4 GiB of blanks the break's span ends early.
            let in_len = u32::try_from(orig_len).unwrap_or(u32::MAX);
            let out_len = u8::try_from(out_len).unwrap_or(u8::MAX);
            let norm = self.text.len();
            // An edit like the last one, right after it, joins its run.
            let joined = self.runs.last_mut().is_some_and(|run| {
                let joins = run.edits > 0
                    && run.edits < u16::MAX
                    && run.in_len == in_len
                    && run.out_len == out_len
                    && run.step_norm() == norm
                    && run.step_orig() == orig;
                if joins {
                    run.edits += 1;
                }
                joins
            });
            if !joined {
                self.open_edit(orig, in_len, out_len);
            }
        }
        self.text.push(c);
    }

    /// Opens a run with one edit at the end of the normalized text:
    /// `in_len` input bytes at `orig` written as `out_len` bytes.
    fn open_edit(&mut self, orig: usize, in_len: u32, out_len: u8) {
        self.runs.push(Run {
            norm: self.text.len(),
            orig,
            in_len,
            edits: 1,
            out_len,
        });
    }

    /// The run holding normalized byte `p`, searched for from run `*near`
    /// on and left there: forward by doubling steps, then by halving, so
    /// spans mapped in document order cost a step or two each and any
    /// span at most twice a binary search.
    fn run_at(&self, p: usize, near: &mut usize) -> Option<&Run> {
        let runs = &self.runs;
        let norm = |i: usize| runs.get(i).map_or(usize::MAX, |run| run.norm);
        let i = if norm(*near) <= p {
            // `lo` holds `p` or starts before it; `hi` starts after it.
            let (mut lo, mut step) = (*near, 1);
            while norm(lo + step) <= p {
                lo += step;
                step *= 2;
            }
            let between = runs.get(lo + 1..(lo + step).min(runs.len()));
            lo + between.map_or(0, |runs| runs.partition_point(|run| run.norm <= p))
        } else {
            runs.partition_point(|run| run.norm <= p).checked_sub(1)?
        };
        *near = i;
        runs.get(i)
    }

    /// The input offset where normalized offset `p` starts.
    fn start(&self, p: usize, near: &mut usize) -> usize {
        match self.run_at(p, near) {
            None => 0,
            Some(run) if p < run.step_norm() => run.edit_at(p).0,
            Some(run) => run.step_orig() + (p - run.step_norm()),
        }
    }

    /// The input offset where a span ending at normalized offset `p` ends.
    fn end(&self, p: usize, near: &mut usize) -> usize {
        let Some(last) = p.checked_sub(1) else {
            return self.start(0, near);
        };
        match self.run_at(last, near) {
            None => 0,
            Some(run) if last < run.step_norm() => run.edit_at(last).1,
            Some(run) => run.step_orig() + (p - run.step_norm()),
        }
    }

    /// Maps a span of the normalized text to the input, each end by a
    /// plain binary search (a `near` past every run): what
    /// [`Normalized::to_original_near`] is checked against.
    #[cfg(test)]
    pub(crate) fn to_original(&self, span: Span) -> Span {
        let past_every_run = || self.runs.len();
        let start = self.start(span.start, &mut past_every_run());
        if span.is_empty() {
            return Span::new(start, start);
        }
        Span::new(start, self.end(span.end, &mut past_every_run()).max(start))
    }

    /// Maps a span of the normalized text to the input, looking for its
    /// runs from run `*near` on (see [`Normalized::run_at`]): a caller
    /// mapping a list in document order passes one `near` for all of it.
    pub(crate) fn to_original_near(&self, span: Span, near: &mut usize) -> Span {
        let start = self.start(span.start, near);
        if span.is_empty() {
            return Span::new(start, start);
        }
        Span::new(start, self.end(span.end, near).max(start))
    }
}

/// Records `c`, written at normalized byte `at`, when segments are
/// recorded during normalization.
fn note(marks: &mut Option<Recorder>, at: usize, c: char) {
    if let Some(marks) = marks {
        marks.note(at, c);
    }
}

/// What becomes of the character `c` at input byte `pos`, after `prev`.
fn edit_at(
    input: &str,
    pos: usize,
    c: char,
    prev: impl Fn() -> Option<char>,
    converter: &Converter,
) -> Edit {
    let rest = input.get(pos..).unwrap_or_default();
    if is_blank(c) {
        let end = rest
            .char_indices()
            .find(|&(_, d)| !is_blank(d))
            .map_or(input.len(), |(i, _)| pos + i);
        return Edit::Blanks(end);
    }
    if is_line_break(c) {
        // \r\n is one break; every other break is a plain \n.
        return match (c, rest.as_bytes().get(1)) {
            ('\r', Some(b'\n')) => Edit::Drop(1),
            ('\n', _) => Edit::Keep,
            _ => Edit::Replace('\n'),
        };
    }
    if is_invisible(c) {
        return Edit::Drop(c.len_utf8());
    }
    match c {
        '(' | '（' if prev().is_some_and(is_han) => {
            if let Some(gloss) = pinyin_gloss(rest) {
                return Edit::Drop(gloss);
            }
        }
        '<' | '*' | '&' => {
            return inline_markup(rest).map_or(Edit::Keep, Edit::Drop);
        }
        _ => {}
    }
    let to = fold(c, converter);
    if to == c {
        Edit::Keep
    } else {
        Edit::Replace(to)
    }
}

/// The display width of a line in columns, as a fixed-width page counts
/// them: one for an ASCII character, two for any other (Han characters and
/// CJK punctuation, by far the most of them), read off UTF-8 bytes: a lead
/// byte (0xC0 and up) starts a wide character, continuation bytes and a
/// carriage return count nothing. Full-width digits and Latin letters count
/// one, as their half-width forms do: a page and its copy with digits of
/// the other width are cut alike, so they read alike.
fn line_width(line: &[u8]) -> usize {
    // Both counts are free of branches and summed in 16-bit lanes a
    // chunk at a time, so the compiler reads many bytes a step.
    const CHUNK: usize = 1 << 12;
    let mut columns = 0;
    let mut narrow = 0;
    for (i, chunk) in line.chunks(CHUNK).enumerate() {
        columns += usize::from(
            chunk
                .iter()
                .map(|&b| u16::from((b < 0x80) & (b != b'\r')) + 2 * u16::from(b >= 0xC0))
                .sum::<u16>(),
        );
        // The characters starting in this chunk, read on into the next.
        let start = i * CHUNK;
        let second = line.get(start + 1..).unwrap_or_default();
        let third = line.get(start + 2..).unwrap_or_default();
        narrow += usize::from(
            chunk
                .iter()
                .zip(second)
                .zip(third)
                .map(|((&b0, &b1), &b2)| u16::from(is_fullwidth_alnum(b0, b1, b2)))
                .sum::<u16>(),
        );
    }
    columns.saturating_sub(narrow)
}

/// Whether `b0`, `b1`, `b2` are the UTF-8 of a full-width digit or Latin
/// letter (U+FF10–U+FF19, U+FF21–U+FF3A, U+FF41–U+FF5A), tested without
/// a branch.
fn is_fullwidth_alnum(b0: u8, b1: u8, b2: u8) -> bool {
    let digit_or_upper = (b2.wrapping_sub(0x90) < 10) | (b2.wrapping_sub(0xA1) < 26);
    let lower = b2.wrapping_sub(0x81) < 26;
    (b0 == 0xEF) & (((b1 == 0xBC) & digit_or_upper) | ((b1 == 0xBD) & lower))
}

/// `c` in its half-width form when it is a full-width digit or Latin letter.
fn narrowed(c: char) -> char {
    half_width(u32::from(c))
        .filter(char::is_ascii_alphanumeric)
        .unwrap_or(c)
}

/// The half-width form of the full-width ASCII code point `cp` (U+FF01 to
/// U+FF5E: ２ → 2, ， → `,`), if it is one.
fn half_width(cp: u32) -> Option<char> {
    if (0xFF01..=0xFF5E).contains(&cp) {
        char::from_u32(cp - 0xFEE0)
    } else {
        None
    }
}

/// The width, in columns, a hard-wrapped page is cut at: the median width
/// of the lines of its first [`WRAP_SAMPLE_BYTES`] that are [`MIN_WRAP_WIDTH`]
/// to [`MAX_WRAP_WIDTH`] columns wide, when at least [`MIN_WRAPPED_LINES`]
/// lines, half of those lines and seven twentieths of all its lines that
/// hold text are full at that width (see [`is_full`]: a page extracted
/// from print cuts lines a few columns apart), and at least half of the
/// full lines stop mid-sentence, as lines cut at a width do. `None` for a
/// page written in paragraphs: its long lines differ in width, or end
/// their sentences where they end.
fn wrap_width(input: &str) -> Option<usize> {
    let sample = input
        .as_bytes()
        .get(..WRAP_SAMPLE_BYTES)
        .unwrap_or(input.as_bytes());
    // The long lines' widths, each with whether the line stops mid-sentence.
    let mut widths: Vec<(usize, bool)> = Vec::new();
    let mut lines = 0;
    for line in sample.split(|&b| b == b'\n') {
        if line.trim_ascii().is_empty() {
            continue;
        }
        lines += 1;
        let width = line_width(line);
        if width >= MIN_WRAP_WIDTH {
            let open = last_char(line.trim_ascii_end()).is_some_and(|c| !ends_sentence(c));
            widths.push((width, open));
        }
    }
    if widths.len() < MIN_WRAPPED_LINES {
        return None;
    }
    widths.sort_unstable();
    let width = widths.get(widths.len() / 2)?.0;
    let full = widths.iter().filter(|&&(w, _)| is_full(w, width)).count();
    let open = widths
        .iter()
        .filter(|&&(w, open)| open && is_full(w, width))
        .count();
    let wrapped = width <= MAX_WRAP_WIDTH
        && full >= MIN_WRAPPED_LINES
        && full * 2 >= widths.len()
        && full * 20 >= lines * 7
        && open * 2 >= full;
    wrapped.then_some(width)
}

/// The last character of a line of UTF-8 bytes, if it is whole (a sample
/// cut at a byte count may end inside one).
fn last_char(line: &[u8]) -> Option<char> {
    let start = line.iter().rposition(|&b| b & 0xC0 != 0x80)?;
    std::str::from_utf8(line.get(start..)?).ok()?.chars().next()
}

/// Whether a line ending in `c` ends a sentence or a clause that a line
/// cut at a width would not end on: a stop, a semicolon, a colon or a
/// closing quotation mark, in either width.
fn ends_sentence(c: char) -> bool {
    "。！？!?；;：:”」』".contains(c)
}

/// Whether a line `w` columns wide is a full line of a page cut at `width`:
/// within an eighth of it either way.
fn is_full(w: usize, width: usize) -> bool {
    w * 8 >= width * 7 && w * 8 <= width * 9
}

/// The narrowest cut a hard-wrapped page is recognized by, in columns.
const MIN_WRAP_WIDTH: usize = 60;

/// The widest: a page whose long lines are wider writes in paragraphs.
const MAX_WRAP_WIDTH: usize = 160;

/// The fewest full lines that make a page hard-wrapped.
const MIN_WRAPPED_LINES: usize = 6;

/// How much of a page is read to tell whether it is hard-wrapped, in bytes.
const WRAP_SAMPLE_BYTES: usize = 4 << 10;

/// Whether the line break at input byte `at`, ending the line that starts
/// at `start`, only wraps a hard-wrapped page at `width` columns: the line
/// is full (see [`is_full`]) and ends no sentence, and the next line opens
/// with no indent, list number, article or bracket, and not with a Latin
/// letter or digit right after one (a word cut in two stays apart).
fn wraps_line(input: &str, start: usize, at: usize, width: usize) -> bool {
    let Some(line) = input.get(start..at) else {
        return false;
    };
    let line = line.trim_end_matches('\r');
    if !is_full(line_width(line.as_bytes()), width) {
        return false;
    }
    let Some(last) = line.chars().next_back().map(narrowed) else {
        return false;
    };
    if ends_sentence(last) {
        return false;
    }
    let next = input.get(at + 1..).unwrap_or_default();
    let Some(first) = next.chars().next().map(narrowed) else {
        return false;
    };
    if first.is_whitespace() || "(（[【〔".contains(first) {
        return false;
    }
    // 一、, 3., 第五条: a list item or an article opens a line of its own.
    let numbered = (first.is_ascii_digit() || "一二三四五六七八九十".contains(first))
        && next.chars().take(4).any(|c| matches!(c, '、' | '.' | '．'));
    let article = first == '第'
        && next
            .chars()
            .skip(1)
            .take(5)
            .any(|c| matches!(c, '条' | '章' | '节'));
    if numbered || article {
        return false;
    }
    !(last.is_ascii_alphanumeric() && first.is_ascii_alphanumeric())
}

/// Whether the line break at input byte `at` only wraps the title opened
/// by the 《 at `open` on its line (see the module docs). Reads at most
/// [`TITLE_WRAP_BYTES`] of the next line.
fn wraps_title(input: &str, open: usize, at: usize) -> bool {
    let part_of_title = |c: char| is_han(c) || c.is_ascii_alphanumeric() || "()（）—-·".contains(c);
    let before = input
        .get(open..at)
        .filter(|title| title.len() <= MAX_TITLE_BYTES)
        .and_then(|title| title.trim_end_matches('\r').chars().next_back());
    let rest = input.get(at + 1..).unwrap_or_default();
    let closes = rest
        .char_indices()
        .take_while(|&(i, _)| i < TITLE_WRAP_BYTES)
        .find(|&(_, c)| {
            matches!(
                c,
                '》' | '《' | '\n' | '\r' | '。' | '!' | '?' | ';' | '！' | '？' | '；'
            )
        })
        .is_some_and(|(_, c)| c == '》');
    before.is_some_and(part_of_title) && rest.chars().next().is_some_and(part_of_title) && closes
}

/// Whether a run of blanks between two CJK characters stands for a line
/// break: two or more blanks with an ideographic space or a no-break space
/// among them (`报告。　　国务院办公厅`), or four or more of any kind.
fn is_layout_gap(run: &str) -> bool {
    let mut count = 0;
    let mut wide = false;
    for c in run.chars() {
        count += 1;
        wide |= matches!(c, '\u{3000}' | '\u{a0}');
    }
    (count >= 2 && wide) || count >= 4
}

/// What normalization does with one character.
enum Edit {
    /// It stays as written.
    Keep,
    /// It becomes another character.
    Replace(char),
    /// It and what follows, this many bytes in all, go.
    Drop(usize),
    /// A run of blanks up to this input byte: dropped or made plain spaces.
    Blanks(usize),
}

/// Full-width ASCII to half-width, then simplified script.
fn fold(c: char, converter: &Converter) -> char {
    half_width(u32::from(c)).unwrap_or_else(|| converter.simplify(c))
}

/// Whether normalization writes `c` as it stands wherever it stands: no
/// rule reads it (blanks, line breaks, invisible characters, the title
/// marks, and the parentheses and markup openers that may start something
/// dropped), and folding leaves it. Such a character is passed without
/// being decoded (see [`Converter::staying_run`]); the slow path of
/// [`Normalized::new`] keeps it all the same.
fn stays(c: char, converter: &Converter) -> bool {
    let read = is_blank(c)
        || is_line_break(c)
        || is_invisible(c)
        || matches!(c, '《' | '》' | '(' | '（' | '<' | '*' | '&');
    !read && fold(c, converter) == c
}

/// Inline tags the rules read through: they never end a line or clause.
const INLINE_TAGS: [&str; 15] = [
    "strong", "b", "em", "i", "u", "s", "span", "a", "font", "mark", "ins", "small", "big", "sup",
    "sub",
];

/// Longest attribute list an inline tag may carry, in bytes.
const MAX_TAG_ATTRIBUTES: usize = 200;

/// The byte length of the inline markup at the start of `s`: an inline tag
/// (`<strong>`, `</span>`, `<font color="red">`), `**`, or an HTML entity
/// (`&nbsp;`, `&#12288;`). Block tags (`<p>`, `<br>`, `<div>`) are none.
fn inline_markup(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    match b.first()? {
        b'*' => (b.get(1) == Some(&b'*')).then_some(2),
        b'&' => {
            let body = b.get(1..)?;
            let (digits, start): (fn(&u8) -> bool, usize) = match (body.first(), body.get(1)) {
                (Some(b'#'), Some(b'x' | b'X')) => (u8::is_ascii_hexdigit, 2),
                (Some(b'#'), _) => (u8::is_ascii_digit, 1),
                _ => (u8::is_ascii_alphabetic, 0),
            };
            let run = body.get(start..)?.iter().take_while(|c| digits(c)).count();
            let (min, max) = match start {
                0 => (2, 8),
                1 => (1, 6),
                _ => (1, 5),
            };
            let close = 1 + start + run;
            ((min..=max).contains(&run) && b.get(close) == Some(&b';')).then_some(close + 1)
        }
        b'<' => {
            let mut i = 1 + usize::from(b.get(1) == Some(&b'/'));
            let name = b
                .get(i..)?
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let tag = s.get(i..i + name)?;
            if !INLINE_TAGS.iter().any(|t| t.eq_ignore_ascii_case(tag)) {
                return None;
            }
            i += name;
            if b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
                let attributes = b
                    .get(i + 1..)?
                    .iter()
                    .take(MAX_TAG_ATTRIBUTES + 1)
                    .take_while(|&&c| !matches!(c, b'<' | b'>' | b'\n'))
                    .count();
                if attributes > MAX_TAG_ATTRIBUTES {
                    return None;
                }
                i += 1 + attributes;
                // The attributes may end in the `/` of a self-closing tag.
                if b.get(i) != Some(&b'>') {
                    return None;
                }
                return Some(i + 1);
            }
            if b.get(i) == Some(&b'/') {
                i += 1;
            }
            (b.get(i) == Some(&b'>')).then_some(i + 1)
        }
        _ => None,
    }
}

/// The byte length of a pinyin gloss such as `(yè)` at the start of `s`.
fn pinyin_gloss(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    chars.next()?;
    let mut syllable = String::new();
    for (i, c) in chars.take(8) {
        if c == ')' || c == '）' {
            return is_pinyin_syllable(&syllable).then_some(i + c.len_utf8());
        }
        syllable.push(c);
    }
    None
}

const TONED_VOWELS: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê";

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'v') || TONED_VOWELS.contains(c)
}

/// Whether `s` is one lowercase pinyin syllable: initial, vowels, optional
/// final `n`, `ng` or `r`.
fn is_pinyin_syllable(s: &str) -> bool {
    const INITIALS: [&str; 23] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w",
    ];
    if s.is_empty()
        || !s
            .chars()
            .all(|c| c.is_ascii_lowercase() || TONED_VOWELS.contains(c))
    {
        return false;
    }
    let rest = INITIALS.iter().find_map(|i| s.strip_prefix(i)).unwrap_or(s);
    let coda_start = rest.find(|c: char| !is_vowel(c)).unwrap_or(rest.len());
    let (vowels, coda) = rest.split_at(coda_start);
    !vowels.is_empty() && matches!(coda, "" | "n" | "ng" | "r")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn converter() -> Converter {
        Converter::new(gazetteer::T2S).expect("embedded table parses")
    }

    #[test]
    fn staying_runs_stop_at_a_character_a_rule_reads() {
        let converter = converter();
        // (text, where the run of characters that stay ends)
        let rows = [
            ("中文國字", "中文".len()),
            ("國字", 0),
            ("字中ab國", "字中ab".len()),
            // Marks and numerals stay, but segments record them.
            ("字中、。", "字中".len()),
            ("字中三千", "字中".len()),
            ("字ab2025", "字ab".len()),
            ("字ab,", "字ab".len()),
            // U+3400 is the first dense character; U+33FF and the title
            // marks stay, but a rule reads the marks.
            ("\u{3400}\u{33FF}《", 6),
            ("，、", 0),
            ("中 文", 3),
            ("中\n文", 3),
            ("中(yè)", 3),
            ("中\u{3000}", 3),
            ("中<b>", 3),
            ("中\u{200b}", 3),
            ("中é", 3),
            ("", 0),
        ];
        for (text, end) in rows {
            assert_eq!(converter.staying_run(text.as_bytes()), end, "{text}");
        }
        // A three-byte character cut short is no run.
        assert_eq!(converter.staying_run(&"中".as_bytes()[..2]), 0);
    }

    #[test]
    fn the_staying_sets_hold_what_stays() {
        let converter = converter();
        for c in ('\0'..='\u{FFFF}').filter(|c| c.len_utf8() != 2) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            let run = converter.staying_run(bytes);
            let quiet = stays(c, &converter) && !is_recorded(c);
            assert_eq!(run == bytes.len(), quiet, "{c:?}");
            let recorded = converter.staying_recorded(bytes);
            let want = stays(c, &converter).then_some((c, bytes.len()));
            assert_eq!(recorded, want, "{c:?}");
        }
    }

    proptest::proptest! {
        // The fast paths write what the plain path writes, with the same
        // map back to the input.
        #[test]
        fn fast_paths_agree_with_the_plain_path(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "中", "國", "發", "、", "。", "《", "》", "“", "（", "）", "(", ")", "yè",
                    "fā", "AI", "２", "０", "，", "　", " ", "\t", "\n", "\r", "\u{a0}",
                    "\u{200b}", "<b>", "</b>", "**", "*", "&nbsp;", "&", "<", "2025", "年",
                    "é", "😀", "\u{2028}", "·", "—", "計劃", "行动", "z", "一", "三千",
                    "兩", "萬", "億", "〇", "十", "9", "；", "！", "：", "？", "＂", ";", ":",
                    "!", "?", "\"", "|", "#", ">", "「", "」", "‘", "’", "“", "”", "『",
                ]),
                0..40,
            ),
        ) {
            let converter = converter();
            let input = parts.concat();
            let (fast, recorded) = Normalized::with_segments(&input, &converter);
            let (plain, scanned) = Normalized::plain(&input, &converter);
            proptest::prop_assert_eq!(fast.text(), plain.text());
            proptest::prop_assert_eq!(format!("{:?}", fast.runs), format!("{:?}", plain.runs));
            // The segments recorded while writing are those a scan of the
            // written text finds.
            proptest::prop_assert_eq!(format!("{recorded:?}"), format!("{scanned:?}"));
        }
    }

    /// (name, input, normalized)
    const CASES: &[(&str, &str, &str)] = &[
        ("traditional", "國務院辦公廳印發", "国务院办公厅印发"),
        ("pinyin gloss", "制造業(yè)是", "制造业是"),
        ("gloss full-width parens", "發（fā）展", "发展"),
        (
            "latin abbreviation stays",
            "人工智能(AI)作为",
            "人工智能(AI)作为",
        ),
        ("not a syllable", "平台(xyz)", "平台(xyz)"),
        ("spaces in years", "(2025 年 —2027 年)", "(2025年—2027年)"),
        (
            "a line break wrapping a title goes",
            "近日,《某区2021行动\n计划》发布。",
            "近日,《某区2021行动计划》发布。",
        ),
        (
            "and one wrapping a title, after a carriage return",
            "按照《国民经济行业分\r\n类》登记。",
            "按照《国民经济行业分类》登记。",
        ),
        (
            "a title closed on its line keeps the break",
            "《甲方案》印发\n计划》",
            "《甲方案》印发\n计划》",
        ),
        (
            "the next line opens another title first",
            "《甲方案\n《乙计划》",
            "《甲方案\n《乙计划》",
        ),
        (
            "a sentence ends before any 》",
            "《甲方案\n已印发。见下》",
            "《甲方案\n已印发。见下》",
        ),
        (
            "a blank line is no wrap",
            "《甲方案\n\n计划》",
            "《甲方案\n\n计划》",
        ),
        (
            "wide gap is a line break",
            "报告。\u{3000}\u{3000}国务院办公厅",
            "报告。\n国务院办公厅",
        ),
        ("four spaces between han", "报告    国务院", "报告\n国务院"),
        (
            "wide gap before a date",
            "办公室\u{3000}\u{3000}2025年3月18日",
            "办公室\n2025年3月18日",
        ),
        (
            "wide gap before a full-width date",
            "办公室\u{3000}\u{3000}２０２５年３月１８日",
            "办公室\n2025年3月18日",
        ),
        ("one space before a year", "截至 2025年", "截至2025年"),
        ("spaced-out name joins", "国\u{3000}务\u{3000}院", "国务院"),
        ("full-width", "２０２５年（试行）：", "2025年(试行):"),
        (
            "latin words keep spaces",
            "All Rights Reserved",
            "All Rights Reserved",
        ),
        ("line breaks stay", "新\n能源", "新\n能源"),
        (
            "ideographic indent",
            "\n\u{3000}\u{3000}第一条",
            "\n  第一条",
        ),
        (
            "spaced title",
            "《广东省 “人工智能 +” 行动方案》",
            "《广东省“人工智能+”行动方案》",
        ),
        ("variant", "裡面", "里面"),
        ("nbsp between latin words", "a\u{a0}b", "a b"),
        ("nbsp next to han", "司长\u{a0}王松波", "司长王松波"),
        ("zero width", "国\u{200b}务\u{feff}院", "国务院"),
        ("crlf", "一\r\n二", "一\n二"),
        ("lone cr", "一\r二", "一\n二"),
        ("line separator", "一\u{2028}二", "一\n二"),
        (
            "inline tags",
            "副司长<strong>王松波</strong>介绍",
            "副司长王松波介绍",
        ),
        ("stars", "**王松波**表示", "王松波表示"),
        ("entity", "司长&nbsp;王松波说", "司长王松波说"),
        (
            "tag with attributes",
            "<span class=\"x\">省长</span>张三",
            "省长张三",
        ),
        ("block tags stay", "<p>张三说</p>", "<p>张三说</p>"),
        ("lone marks stay", "A*B & C <d", "A*B & C <d"),
        ("simplified stays", "显著著名", "显著著名"),
        (
            "punctuation",
            "《通知》、「甲」【乙】：１２，（注）。",
            "《通知》、「甲」【乙】:12,(注)。",
        ),
        ("gloss after full-width", "業（yè）！", "业!"),
    ];

    #[test]
    fn normalizes() {
        let conv = converter();
        for (name, input, want) in CASES {
            assert_eq!(Normalized::new(input, &conv).text(), *want, "{name}");
            assert_segments_agree(input, &conv);
        }
    }

    /// The segments recorded while `input` is normalized are those a scan
    /// of the normalized text finds.
    fn assert_segments_agree(input: &str, conv: &Converter) {
        let (_, recorded) = Normalized::with_segments(input, conv);
        let (_, scanned) = Normalized::plain(input, conv);
        assert_eq!(format!("{recorded:?}"), format!("{scanned:?}"), "{input}");
    }

    #[test]
    fn spans_map_back_to_input_bytes() {
        let conv = converter();
        let input = "２０２５年，制造業(yè)（2025 年 —2027 年）";
        let n = Normalized::new(input, &conv);
        let text = n.text();
        for (needle, want) in [
            ("2025年", "２０２５年"),
            ("02", "０２"),
            ("5", "５"),
            ("制造业", "制造業"),
            ("业", "業"),
            ("(2025年—2027年)", "（2025 年 —2027 年）"),
            (",", "，"),
        ] {
            let start = text.find(needle).expect(needle);
            let span = n.to_original(Span::new(start, start + needle.len()));
            assert_eq!(&input[span.start..span.end], want, "{needle}");
        }
    }

    #[test]
    fn every_char_boundary_maps_to_a_char_boundary() {
        let conv = converter();
        let input = "ａ 業(yè)  b\u{3000}發(fā)\t２\r\n<b>x</b>&amp;\u{200b}";
        let n = Normalized::new(input, &conv);
        let text = n.text();
        for (s, _) in text.char_indices() {
            for (e, _) in text[s..]
                .char_indices()
                .skip(1)
                .chain([(text.len() - s, ' ')])
            {
                let span = n.to_original(Span::new(s, s + e));
                assert!(input.get(span.start..span.end).is_some(), "{s}..{}", s + e);
            }
        }
    }

    #[test]
    fn a_wrapped_title_maps_back_over_its_break() {
        let conv = converter();
        let input = "见《某区行动\n计划》。";
        let n = Normalized::new(input, &conv);
        let title = n.text().find("计划").expect("joined");
        let start = n.text().find("某区").expect("title");
        let span = n.to_original(Span::new(start, title + "计划".len()));
        assert_eq!(&input[span.start..span.end], "某区行动\n计划");
    }

    /// Lines joined into a page.
    fn wrapped(lines: &[&str]) -> String {
        lines.join("\n")
    }

    #[test]
    fn paragraphs_of_one_width_are_no_hard_wrap() {
        // Eight lines of 100 columns: each a paragraph ending its sentence,
        // or each cut mid-sentence.
        let han = "各地加快推进数字经济发展".repeat(5);
        let paragraph = format!("{}。", &han[..49 * 3]);
        let cut = &han[..50 * 3];
        assert_eq!(line_width(paragraph.as_bytes()), 100);
        assert_eq!(wrap_width(&wrapped(&[paragraph.as_str(); 8])), None);
        assert_eq!(wrap_width(&wrapped(&[cut; 8])), Some(100));
        // Half the full lines cut mid-sentence is enough.
        let mixed: Vec<&str> = (0..8)
            .map(|i| if i % 2 == 0 { cut } else { &paragraph })
            .collect();
        assert_eq!(wrap_width(&wrapped(&mixed)), Some(100));
    }

    #[test]
    fn digits_of_either_width_cut_a_page_alike() {
        let conv = converter();
        // Four lines of 35 Han characters and 30 digits, four of 50 Han
        // characters: 100 columns each when the digits are half-width.
        let digits = "202420252026202720282029203020";
        let han = "各地加快推进数字经济发展".repeat(5);
        let numbered = format!("{}{digits}", &han[..35 * 3]);
        let plain = &han[..50 * 3];
        assert_eq!(line_width(numbered.as_bytes()), 100);
        assert_eq!(line_width(plain.as_bytes()), 100);
        let mut lines = Vec::new();
        for _ in 0..4 {
            lines.push(numbered.as_str());
            lines.push(plain);
        }
        let input = wrapped(&lines);
        let wide: String = input
            .chars()
            .map(|c| match c {
                '0'..='9' => char::from_u32(u32::from(c) + 0xFEE0).unwrap_or(c),
                _ => c,
            })
            .collect();
        assert_eq!(line_width("２０２５ｋＷ".as_bytes()), 6);
        assert_eq!(wrap_width(&input), Some(100));
        assert_eq!(wrap_width(&wide), Some(100));
        assert_eq!(
            Normalized::new(&input, &conv).text(),
            Normalized::new(&wide, &conv).text()
        );
    }

    #[test]
    fn a_hard_wrapped_page_is_joined_at_its_cuts() {
        let conv = converter();
        let full = "这是一段按固定宽度折行的正文文字用来测试折行是否能被正确地接回去";
        assert_eq!(line_width(full.as_bytes()), 64);
        let mut lines = vec![full; 6];
        lines.push("短的末行。");
        lines.push("一、列表项第一条");
        lines.push(full);
        lines.push("　　缩进开始的新段落");
        let input = wrapped(&lines);
        assert_segments_agree(&input, &conv);
        let text = Normalized::new(&input, &conv).text().to_owned();
        // The six full lines and the short last line make one line.
        let first = text.split('\n').next().expect("a line");
        assert_eq!(first, format!("{}短的末行。", full.repeat(6)));
        // A list item and an indented paragraph keep their breaks.
        assert!(text.contains("\n一、列表项第一条\n"));
        assert!(text.contains(&format!("{full}\n")));
    }

    #[test]
    fn a_page_in_paragraphs_keeps_its_breaks() {
        let conv = converter();
        let lines = [
            "第一段写得很长很长很长很长很长很长很长很长很长很长很长很长很长很长",
            "第二段",
            "第三段写得不一样长",
            "第四段也写得很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长",
            "第五段写得更长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长",
            "第六段",
        ];
        let input = wrapped(&lines);
        assert_eq!(Normalized::new(&input, &conv).text(), input);
        assert_eq!(wrap_width(&input), None);
    }

    #[test]
    fn a_wrap_is_looked_for_only_near_the_break() {
        let conv = converter();
        let far = format!("《甲方案\n{}》", "字".repeat(TITLE_WRAP_BYTES));
        assert!(Normalized::new(&far, &conv).text().contains('\n'));
    }

    #[test]
    fn a_run_of_like_edits_is_one_run() {
        let conv = converter();
        let input = "到２０２５年，规模达到１２３４５６７８９０亿元";
        let n = Normalized::new(input, &conv);
        // 到; ２０２５ then 年 in step; ， then 规模达到; １２３…０ then 亿元.
        assert_eq!(n.runs.len(), 4, "{:?}", n.runs);
        let text = n.text();
        for (needle, want) in [
            ("2025", "２０２５"),
            ("34567", "３４５６７"),
            ("0亿", "０亿"),
        ] {
            let start = text.find(needle).expect(needle);
            let span = n.to_original(Span::new(start, start + needle.len()));
            assert_eq!(&input[span.start..span.end], want, "{needle}");
        }
    }

    #[test]
    fn full_width_letters_and_digits_are_told_by_their_bytes() {
        for cp in 0xFF00..=0xFFEF_u32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            let narrow = half_width(cp).is_some_and(|h| h.is_ascii_alphanumeric());
            assert_eq!(is_fullwidth_alnum(b[0], b[1], b[2]), narrow, "{c}");
        }
        for b0 in 0xE0..=0xEF {
            for b1 in 0x80..=0xBF {
                for b2 in 0x80..=0xBF {
                    let c = char::from_u32(three_byte_code(b0, b1, b2));
                    let narrow = c.is_some_and(|c| narrowed(c) != c);
                    assert_eq!(is_fullwidth_alnum(b0, b1, b2), narrow, "{c:?}");
                }
            }
        }
        assert_eq!(line_width("ａ２，中\r".as_bytes()), 6);
    }

    /// A line's width counted character by character.
    fn plain_width(line: &str) -> usize {
        line.chars()
            .map(|c| match c {
                '\r' => 0,
                c if c.is_ascii() || narrowed(c) != c => 1,
                _ => 2,
            })
            .sum()
    }

    proptest::proptest! {
        // The chunked byte counts give the width a walk over the
        // characters gives, across chunk boundaries too.
        #[test]
        fn line_widths_agree_with_a_walk_over_the_characters(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "中", "２", "ａ", "Ｚ", "，", "（", "a", "\r", " ", "é", "😀", "ｚ", "０", "９",
                ]),
                0..40,
            ),
            pad in 4090usize..4100,
        ) {
            let short = parts.concat();
            let long = format!("{}{short}", "a".repeat(pad));
            proptest::prop_assert_eq!(line_width(short.as_bytes()), plain_width(&short));
            proptest::prop_assert_eq!(line_width(long.as_bytes()), plain_width(&long));
        }
    }

    #[test]
    fn syllables() {
        for yes in ["yè", "shù", "guó", "fā", "zhuàng", "er", "a"] {
            assert!(is_pinyin_syllable(yes), "{yes}");
        }
        for no in ["AI", "xyz", "", "abc1", "5G", "ng"] {
            assert!(!is_pinyin_syllable(no), "{no}");
        }
    }

    #[test]
    fn spans_map_alike_from_any_run() {
        let conv = converter();
        // Many runs: full-width commas, digits and gaps between Han text.
        let input = "國家，２０２５年　　發展， 規劃(guī)，工業&nbsp;和信息化部，".repeat(20);
        let n = Normalized::new(&input, &conv);
        let bounds: Vec<usize> = (0..=n.text().len())
            .filter(|&i| n.text().is_char_boundary(i))
            .collect();
        let spans: Vec<Span> = bounds
            .iter()
            .zip(bounds.iter().skip(3))
            .map(|(&a, &b)| Span::new(a, b))
            .collect();
        // In order, in reverse and leaping about, one `near` for each walk.
        let leaps: Vec<Span> = (0..spans.len())
            .map(|i| spans[(i * 37) % spans.len()])
            .collect();
        for walk in [spans.clone(), spans.iter().rev().copied().collect(), leaps] {
            let mut near = 0;
            for &span in &walk {
                let fresh = n.to_original(span);
                assert_eq!(n.to_original_near(span, &mut near), fresh, "{span:?}");
                assert!(input.get(fresh.start..fresh.end).is_some());
            }
        }
    }
}
