//! The text layer: what every pass reads, built once per document.
//!
//! - [`normalize`]: one normalized copy of the input (simplified script,
//!   half-width ASCII, no pinyin glosses, no inline markup, plain spaces)
//!   with one map back to input bytes;
//! - [`chars`]: the character classes every rule shares;
//! - [`numeral`]: Arabic and Chinese numerals;
//! - [`window`]: where a text too long to read whole is cut.

pub(crate) mod chars;
pub(crate) mod date;
pub(crate) mod normalize;
pub(crate) mod numeral;
pub(crate) mod segment;
pub(crate) mod window;
