//! Parsing of Chinese and Arabic numerals: not written yet.
