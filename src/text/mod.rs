//! The text layer: what every pass reads, built once per document.
//!
//! - [`normalize`]: one normalized copy of the input (simplified script,
//!   half-width ASCII, no pinyin glosses, no inline markup, plain spaces)
//!   with one map back to input bytes;
//! - [`segment`]: the marks and numerals of that copy, recorded as
//!   normalization writes it, so that lines, sentences, clauses, titles and
//!   quotes are found by binary search and the copy is never walked again
//!   to find them;
//! - [`chars`]: the character classes every rule shares;
//! - [`numeral`]: Arabic and Chinese numerals;
//! - [`date`]: date expressions in short windows;
//! - [`window`]: where a text too long to read whole is cut.

pub(crate) mod chars;
pub(crate) mod date;
pub(crate) mod normalize;
pub(crate) mod numeral;
pub(crate) mod segment;
pub(crate) mod window;
