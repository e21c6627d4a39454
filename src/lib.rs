//! zhengce (政策) turns Chinese government policy documents and policy news
//! into typed, checkable records.
//!
//! ```
//! let doc = zhengce::extract("工信部印发《关于推进制造业数字化转型的实施意见》。");
//! assert_eq!(doc.agencies[0].name, "工业和信息化部");
//! assert_eq!(doc.agencies[0].surface, "工信部");
//! ```
//!
//! # What it finds
//!
//! A [`Document`] holds, each in document order:
//!
//! - [`Plan`]s: policy documents named in 《》 with genre, period, issuers,
//!   issue date, alias and region;
//! - [`Agency`]s: government and Party bodies under canonical names
//!   (工信部 → 工业和信息化部, 上海市发展改革委 → 上海市发展和改革委员会);
//! - [`Place`]s: PRC administrative divisions with GB/T 2260 codes;
//! - [`TargetYear`]s: deadlines, plan periods and plan years;
//! - [`Goal`]s: quantified targets with unit, comparator, base-unit value,
//!   subject and deadline;
//! - [`Expert`]s: quoted officials and experts with titles, affiliation,
//!   outlet, speech verb and quote.
//!
//! The JSON form (via serde) is the project's output contract.
//!
//! # Spans and normalization
//!
//! Rules run on a normalized copy of the text: simplified script, half-width
//! ASCII, pinyin glosses (`業(yè)`) dropped, spaces next to CJK characters
//! dropped. Every record's `span` is a byte range of the *original* input and
//! `surface` is exactly `&input[span.start..span.end]`. Names (`name`,
//! `title`, `subject`) are normalized, so a traditional and a simplified copy
//! of one text give the same names.
//!
//! # Performance and threads
//!
//! Build an [`Extractor`] once (12–15 ms: it parses the embedded
//! gazetteers and compiles its rules) and share it; it is `Send + Sync` and
//! cheap to clone. [`extract`] uses a lazily built shared default. Work per
//! text is linear in its length: 37–50 MiB/s on one core over real pages.
//! [`Builder::kinds`] skips the passes a caller does not need.
//!
//! Memory is bounded. While one text is read, its normalized copy, the
//! offset map, the marks and the lexicon's hits are held besides the text
//! and the records: about three times the text. A text of more than
//! [`WINDOW_BYTES`] (16 MiB) is read in windows of at most that size, cut at
//! blank lines where it has them, so those layers never pass about 50 MB;
//! what grows with such a text is the text and its records (a 201 MB
//! document of real pages peaks at 0.36 GiB in the `zhengce` tool, one of
//! 200 MB with records on nearly every line at 0.74 GiB). Each window is
//! read as a text of its own but for the document's date and headline, and
//! a title named in two windows is listed once; other links between records
//! stay inside a window (see [`Extractor::extract`]).
//!
//! # Tables
//!
//! [`table::Table`] flattens one record kind into tidy rows (`id` first,
//! `span_start`/`span_end`, `base_value`/`base_unit`, lists joined with `;`);
//! the `zhengce` tool's CSV and the Python package's `table()` use it.
//!
//! # Features
//!
//! `cli` (default) builds the `zhengce` command-line tool and its
//! dependencies (clap, rayon, indicatif, encoding_rs, walkdir, serde_json).
//! A crate that uses only the library depends on it with
//! `default-features = false`.
//!
//! # Data
//!
//! Gazetteers live in the crate's `gazetteers/` folder and are embedded at
//! compile time; nothing is read or downloaded at run time. Each file names
//! its source and licence.
#![forbid(unsafe_code)]

mod document;
mod error;
mod extractor;
mod kinds;
mod layout;
mod lexicon;
mod passes;
mod pattern;
mod resolve;
pub mod table;
mod text;

use std::sync::LazyLock;

pub use document::{
    Agency, AgencyLevel, Base, Comparator, Document, Expert, Goal, Incentive, IncentiveKind,
    Number, PartialDate, Place, PlaceLevel, Plan, Span, TargetYear, YearRole,
};
pub use error::Error;
pub use extractor::{Builder, Extractor, WINDOW_BYTES};
pub use kinds::Kinds;

static DEFAULT: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Extracts with a shared default [`Extractor`], built on first use.
pub fn extract(text: &str) -> Document {
    DEFAULT.extract(text)
}

/// The numeral parser, for the `numeral` fuzz target only: the exact number
/// and the amount (low, high) that `s` parses to, if any.
#[cfg(fuzzing)]
#[doc(hidden)]
pub fn fuzz_numeral(s: &str) -> (Option<f64>, Option<(f64, Option<f64>)>) {
    let amount = text::numeral::amount(s).map(|a| (a.low, a.high));
    (text::numeral::number(s), amount)
}
