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
    pub(crate) fn all(&self, cx: &Context<'_>) -> Vec<Quantity> {
        self.within(cx, Span::new(0, cx.text.len()))
    }

    /// The quantities whose numeral run starts inside `window`, in order
    /// and not overlapping. Each is read (see [`scan`]) where a quantity may
    /// start: at each of the first [`RUN_STARTS`] characters of a numeral
    /// run, at a 几 or 数 leading one (数十家), at a ratio word (PUE).
    pub(crate) fn within(&self, cx: &Context<'_>, window: Span) -> Vec<Quantity> {
        let text = cx.text;
        let runs = cx.segments.numerals();
        let from = runs.partition_point(|r| r.start < window.start);
        let mut starts: Vec<usize> = Vec::new();
        for run in runs
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|r| r.start < window.end)
        {
            let lead = text
                .get(..run.start)
                .and_then(|b| b.chars().next_back())
                .filter(|c| matches!(c, '几' | '数'));
            if let Some(c) = lead {
                starts.push(run.start - c.len_utf8());
            }
            let chars = text
                .get(run.start..run.end)
                .unwrap_or_default()
                .char_indices();
            starts.extend(chars.take(RUN_STARTS).map(|(i, _)| run.start + i));
        }
        let ratios = cx.hits.of(Table::Ratio);
        let lo = ratios.partition_point(|h| h.span.start < window.start);
        starts.extend(
            ratios
                .get(lo..)
                .unwrap_or_default()
                .iter()
                .take_while(|h| h.span.start < window.end)
                .map(|h| h.span.start),
        );
        starts.sort_unstable();
        starts.dedup();
        let reader = Reader {
            text,
            hits: cx.hits,
            units: &self.units,
        };
        let mut found = Vec::new();
        let mut next = 0;
        for start in starts {
            if start < next {
                continue;
            }
            if let Some(parts) = reader.at(start) {
                next = parts.whole.end.max(start + 1);
                found.extend(self.quantity(text, cx.segments, &parts));
            }
        }
        found
    }
}
