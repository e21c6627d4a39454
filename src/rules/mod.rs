//! One module per capability. Each builds its tables and regexes once, in
//! `Rules::new`, and adds its records to a [`Document`](crate::Document) in
//! `Rules::run`.
//!
//! Passes run in a fixed order (see [`Extractor`](crate::Extractor)), so a pass
//! may read what earlier passes found: agencies read places, plans read
//! agencies and places, goals read target years, experts read agencies.
//! While passes run, every span is in normalized-text coordinates and
//! `surface` is empty; the extractor maps spans back to the input and fills
//! `surface` once every pass is done.

use crate::PartialDate;
use crate::lexicon::{Hits, Lexicon};

pub(crate) mod agencies;
pub(crate) mod dates;
pub(crate) mod experts;
pub(crate) mod goals;
pub(crate) mod places;
pub(crate) mod plans;
pub(crate) mod years;

/// What every pass reads besides the records found so far.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The normalized text (see [`crate::text::normalize`]).
    pub(crate) text: &'a str,
    /// The date relative expressions (今年, 5月31日) resolve against: the
    /// document's own date when found, else the builder's reference date.
    pub(crate) reference: Option<PartialDate>,
    /// Every table and its typed rows.
    pub(crate) lexicon: &'a Lexicon,
    /// The lexicon's occurrences in `text`.
    pub(crate) hits: &'a Hits,
}

#[cfg(test)]
pub(crate) mod testing {
    //! What the passes' unit tests share: one lexicon for the whole run.

    use std::sync::LazyLock;

    use crate::lexicon::Lexicon;

    /// The embedded lexicon, built once for every unit test.
    pub(crate) static LEXICON: LazyLock<Lexicon> =
        LazyLock::new(|| Lexicon::new(&[], &[]).expect("the embedded tables build"));
}
