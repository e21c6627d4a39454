//! Amounts: numbers with their units, read where the text's numeral runs
//! stand. Not a pass: the goals and incentives passes both read quantities
//! through [`Amounts`], and each decides on its own what a quantity is.
//!
//! - [`scan`] reads the parts of a quantity at a start position (`1.5万亿元`,
//!   `三千万人`, `3~5个`, `百分之三十`, `PUE低于1.3`);
//! - [`quantity`] turns the parts into a value and a unit, and drops what is
//!   no quantity: ordinals (`第八届`), idioms (`千家万户`), numbers inside
//!   《》 titles and quoted short names, Latin-glued numbers (`5G`), compute
//!   units outside a sentence about 算力;
//! - [`comparator`] reads the comparator words around a quantity (`不低于`,
//!   `以上`, `左右`, `最高`).
//!
//! # Limits
//!
//! A numeral run is tried at its first [`RUN_STARTS`] characters only, and a
//! numeral is read at most [`scan::MAX_NUMERAL`] characters long: the work
//! per run is bounded, and the scan is linear in the text.

pub(crate) mod comparator;
mod quantity;
mod scan;

pub(crate) use comparator::{Comparators, Found};
pub(crate) use quantity::Quantity;

use crate::lexicon::tsv as gazetteer;
use crate::lexicon::units::Units;
use crate::lexicon::{Lexicon, Table};
use crate::passes::Context;
use crate::{Error, Span};
use scan::{Parts, Reader};

/// How many characters into a numeral run a quantity may start (a longer
/// run is tried at its first characters only).
pub(crate) const RUN_STARTS: usize = 8;

/// Base units of money (`units.tsv`).
pub(crate) const CURRENCIES: [&str; 6] = ["CNY", "USD", "HKD", "EUR", "JPY", "GBP"];

/// The unit table and the comparator words: what reading a quantity needs.
#[derive(Debug, Clone)]
pub(crate) struct Amounts {
    pub(crate) units: Units,
    pub(crate) comparators: Comparators,
}

impl Amounts {
    pub(crate) fn new(lexicon: &Lexicon) -> Result<Self, Error> {
        Ok(Amounts {
            units: lexicon.units.clone(),
            comparators: Comparators::new(gazetteer::COMPARATORS)?,
        })
    }

    /// Every quantity of the text, in order and not overlapping.
    pub(crate) fn all<'a>(&'a self, cx: &Context<'a>) -> impl Iterator<Item = Quantity<'a>> + 'a {
        self.within(cx, Span::new(0, cx.text.len()))
    }

    /// The quantities whose numeral run starts inside `window`, in order
    /// and not overlapping. Each is read (see [`scan`]) where a quantity may
    /// start: at each of the first [`RUN_STARTS`] characters of a numeral
    /// run, at a 几 or 数 leading one (数十家), at a ratio word (PUE).
    ///
    /// Lazy: the start positions come from the numeral runs and the ratio
    /// hits as they are read, so memory does not grow with the text.
    pub(crate) fn within<'a>(
        &'a self,
        cx: &Context<'a>,
        window: Span,
    ) -> impl Iterator<Item = Quantity<'a>> + 'a {
        let text = cx.text;
        let segments = cx.segments;
        let runs = segments.numerals();
        let from = runs.partition_point(|r| r.start < window.start);
        let ratios = cx.hits.of(Table::Ratio);
        let lo = ratios.partition_point(|h| h.span().start < window.start);
        let mut tries = Tries::new(
            Reader {
                text,
                hits: cx.hits,
                units: &self.units,
            },
            window.end,
            runs.get(from..).unwrap_or_default(),
            ratios.get(lo..).unwrap_or_default(),
        );
        // The numbers come in order: the marks before each are read on
        // from the last.
        let mut marks = segments.cursor();
        std::iter::from_fn(move || {
            tries.find(|_, parts, _| parts.and_then(|parts| self.quantity(text, &mut marks, parts)))
        })
    }
}

/// The starts of a window tried in order, each read by the number reader.
struct Tries<'t> {
    starts: Starts<'t>,
    reader: Reader<'t>,
    /// Where the last quantity read ends: starts before it lie inside it.
    next: usize,
    /// The end of the last stretch that read nothing
    /// ([`Reader::next_at`]).
    failed: usize,
    /// The last start tried.
    last: Option<usize>,
    /// Whether the rest of a failed digit stretch is passed over
    /// ([`Starts::pass_digits`]): always but in the test that checks it.
    pass_failed: bool,
}

impl<'t> Tries<'t> {
    /// The starts of `runs` and `ratios` (those from the window's start on)
    /// before `end`, read by `reader`.
    fn new(
        reader: Reader<'t>,
        end: usize,
        runs: &'t [Span],
        ratios: &'t [crate::lexicon::Hit],
    ) -> Self {
        Tries {
            starts: Starts {
                text: reader.text,
                end,
                runs: runs.iter(),
                run: None,
                lead: None,
                ratios: ratios.iter(),
                ratio: None,
            },
            reader,
            next: 0,
            failed: 0,
            last: None,
            pass_failed: true,
        }
    }

    /// Tries the next starts in order until `take` makes something of
    /// one: `take` gets the start, what the reader read there and the end
    /// of the last stretch that read nothing.
    fn find<T>(
        &mut self,
        mut take: impl FnMut(usize, Option<&Parts>, usize) -> Option<T>,
    ) -> Option<T> {
        loop {
            // Starts before the end of the last quantity read lie inside
            // it: a run it covers is passed over at once.
            let floor = self.last.map_or(self.next, |l| self.next.max(l + 1));
            let (start, ratio) = self.starts.next_from(floor)?;
            self.last = Some(start);
            let parts = self.reader.next_at(start, ratio, &mut self.failed);
            match &parts {
                Some(parts) => self.next = parts.whole.end.max(start + 1),
                None if self.pass_failed => self.starts.pass_digits(self.failed),
                None => {}
            }
            if let Some(found) = take(start, parts.as_ref(), self.failed) {
                return Some(found);
            }
        }
    }
}

/// Where quantities may start in a window, in increasing order: the
/// numeral runs' starts merged with the ratio words'.
struct Starts<'t> {
    text: &'t str,
    /// The end of the window: no run or ratio word starting there or later
    /// is read.
    end: usize,
    /// The runs not begun.
    runs: std::slice::Iter<'t, Span>,
    /// The run begun: where its next character stands, where it ends, and
    /// how many of its first [`RUN_STARTS`] characters are left.
    run: Option<(usize, usize, usize)>,
    /// A 几 or 数 leading the run begun, not yet given.
    lead: Option<usize>,
    /// The ratio words not reached, and the start of the one reached.
    ratios: std::slice::Iter<'t, crate::lexicon::Hit>,
    ratio: Option<usize>,
}

impl Starts<'_> {
    /// The first start at or after `floor`, from either stream, and
    /// whether a ratio word starts there.
    fn next_from(&mut self, floor: usize) -> Option<(usize, bool)> {
        let run = self.run_start(floor);
        let ratio = self.ratio_start(floor);
        let at = match (run, ratio) {
            (Some(a), Some(b)) => a.min(b),
            (a, b) => a.or(b)?,
        };
        // The start given is used up in each stream holding it.
        if self.lead == Some(at) {
            self.lead = None;
        } else if run == Some(at)
            && let Some((pos, _, left)) = self.run.as_mut()
        {
            *pos += width(self.text, *pos);
            *left -= 1;
        }
        let ratio = ratio == Some(at);
        if ratio {
            self.ratio = None;
        }
        Some((at, ratio))
    }

    /// Passes over the digits of the run begun that stand before `failed`
    /// (the rest of `2025` in `2025年` once its first digit read nothing):
    /// a start there before the failed end reads only a 百分之 or a ratio
    /// word ([`scan::Reader::next_at`]), and a digit opens no 百分之, while
    /// a ratio word's start still comes from its own stream.
    fn pass_digits(&mut self, failed: usize) {
        if let Some((pos, end, left)) = self.run.as_mut() {
            while *left > 0
                && *pos < (*end).min(failed)
                && self
                    .text
                    .as_bytes()
                    .get(*pos)
                    .is_some_and(u8::is_ascii_digit)
            {
                *pos += 1;
                *left -= 1;
            }
        }
    }

    /// The first run start at or after `floor`, not used up: a 几 or 数
    /// leading a run (数十家), or one of the run's first [`RUN_STARTS`]
    /// characters.
    fn run_start(&mut self, floor: usize) -> Option<usize> {
        loop {
            if let Some(lead) = self.lead {
                if lead >= floor {
                    return Some(lead);
                }
                self.lead = None;
            }
            if let Some((pos, end, left)) = self.run.as_mut() {
                while *left > 0 && *pos < *end {
                    if *pos >= floor {
                        return Some(*pos);
                    }
                    *pos += width(self.text, *pos);
                    *left -= 1;
                }
                self.run = None;
            }
            let run = self.runs.next()?;
            if run.start >= self.end {
                self.runs = [].iter();
                return None;
            }
            // Every start of a run ending before the floor lies before it.
            if run.end <= floor {
                continue;
            }
            // 几 and 数 are three bytes each: compared as bytes, no decoding.
            let lead = run.start.checked_sub(3);
            let before = lead.and_then(|l| self.text.as_bytes().get(l..run.start));
            self.lead = lead
                .filter(|_| before.is_some_and(|b| b == "几".as_bytes() || b == "数".as_bytes()));
            let readable = self.text.get(run.start..run.end).is_some();
            self.run = readable.then_some((run.start, run.end, RUN_STARTS));
        }
    }

    /// The first ratio word start at or after `floor`, not used up.
    fn ratio_start(&mut self, floor: usize) -> Option<usize> {
        loop {
            if let Some(at) = self.ratio {
                if at >= floor {
                    return Some(at);
                }
                self.ratio = None;
            }
            let hit = self.ratios.next()?;
            let at = hit.span().start;
            if at >= self.end {
                self.ratios = [].iter();
                return None;
            }
            self.ratio = Some(at);
        }
    }
}

/// The length in bytes of the character starting at byte `at`, read off
/// its first byte (1 past the end).
fn width(text: &str, at: usize) -> usize {
    match text.as_bytes().get(at) {
        Some(&b) if b < 0x80 => 1,
        Some(&b) if b >= 0xF0 => 4,
        Some(&b) if b >= 0xE0 => 3,
        Some(_) => 2,
        None => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Hits;
    use crate::text::segment::Segments;

    /// The starts tried in `text`, the quantities' parts read there and
    /// the failed end after each, as [`Amounts::within`] walks them,
    /// passing failed digits or not.
    fn walk(text: &str, units: &Units, pass: bool) -> Vec<(usize, Option<Span>, usize)> {
        let segments = Segments::new(text);
        let hits = Hits::default();
        let reader = Reader {
            text,
            hits: &hits,
            units,
        };
        let mut tries = Tries::new(reader, text.len(), segments.numerals(), &[]);
        tries.pass_failed = pass;
        let mut read = Vec::new();
        tries.find(|start, parts, failed| {
            read.push((start, parts.map(|p| p.whole), failed));
            None::<()>
        });
        read
    }

    proptest::proptest! {
        // Passing the digits of a failed stretch leaves out only starts
        // that read nothing and leave the failed end where it is.
        #[test]
        fn passed_digits_read_nothing(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "2025", "3", "0", "12345678", ".", ",", "年", "一", "三", "十", "百", "万",
                    "数", "几", "个", "元", "亿元", "%", "~", "多", "百分之", "规划", "。",
                ]),
                0..14,
            ),
        ) {
            let text = pieces.concat();
            let units = Units::new(gazetteer::UNITS).expect("units.tsv parses");
            let all = walk(&text, &units, false);
            let passed = walk(&text, &units, true);
            let kept: Vec<_> = all
                .iter()
                .filter(|(start, parts, _)| {
                    parts.is_some() || passed.iter().any(|(s, _, _)| s == start)
                })
                .copied()
                .collect();
            proptest::prop_assert_eq!(&kept, &passed, "{}", text);
            let found = |w: &[(usize, Option<Span>, usize)]| {
                w.iter().filter_map(|(_, p, _)| *p).collect::<Vec<_>>()
            };
            proptest::prop_assert_eq!(found(&all), found(&passed), "{}", text);
            proptest::prop_assert_eq!(all.last().map(|r| r.2), passed.last().map(|r| r.2));
        }
    }
}
