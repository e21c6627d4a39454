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
use scan::Reader;

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
        let run_starts = runs
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |r| r.start < window.end)
            .flat_map(move |run| {
                let lead = text
                    .get(..run.start)
                    .and_then(|b| b.chars().next_back())
                    .filter(|c| matches!(c, '几' | '数'))
                    .map(|c| run.start - c.len_utf8());
                let chars = text
                    .get(run.start..run.end)
                    .unwrap_or_default()
                    .char_indices()
                    .take(RUN_STARTS)
                    .map(move |(i, _)| run.start + i);
                lead.into_iter().chain(chars)
            });
        let ratios = cx.hits.of(Table::Ratio);
        let lo = ratios.partition_point(|h| h.span().start < window.start);
        let ratio_starts = ratios
            .get(lo..)
            .unwrap_or_default()
            .iter()
            .take_while(move |h| h.span().start < window.end)
            .map(|h| h.span().start);
        let reader = Reader {
            text,
            hits: cx.hits,
            units: &self.units,
        };
        let mut next = 0;
        let mut failed = 0;
        merged(run_starts, ratio_starts).filter_map(move |start| {
            if start < next {
                return None;
            }
            let parts = reader.next_at(start, &mut failed)?;
            next = parts.whole.end.max(start + 1);
            self.quantity(text, segments, &parts)
        })
    }
}

/// The union of two increasing streams of positions, increasing and
/// without repeats.
fn merged(
    a: impl Iterator<Item = usize>,
    b: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let mut a = a.peekable();
    let mut b = b.peekable();
    let mut last = None;
    std::iter::from_fn(move || {
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some(&x), Some(&y)) if x <= y => a.next(),
                (Some(_), Some(_)) => b.next(),
                (Some(_), None) => a.next(),
                (None, _) => b.next(),
            }?;
            if last != Some(next) {
                last = Some(next);
                return Some(next);
            }
        }
    })
}
