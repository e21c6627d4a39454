//! The code table (`gazetteers/numbers.tsv`) and the place abbreviations
//! (`gazetteers/place_abbreviations.tsv`): where a document number's code
//! starts in the characters before its year, and which body it stands for.

use std::collections::HashMap;

use crate::Error;
use crate::lexicon::tsv::{self as gazetteer, Source};

/// The codes, the words around them and the place abbreviations.
#[derive(Debug, Clone, Default)]
pub(super) struct Codes {
    /// Whole codes and their bodies (国发 → 中华人民共和国国务院).
    whole: HashMap<String, String>,
    /// Code heads and their bodies (发改 → 国家发展和改革委员会), longest first.
    heads: Vec<(String, String)>,
    /// What follows a place abbreviation, and the body it adds (府办 → 人民政府办公厅).
    local: HashMap<String, String>,
    /// Words before a code that are no part of it (根据), longest first.
    leads: Vec<String>,
    /// Words that end a title glued to a code (通知, 的), longest first.
    pub(super) ends: Vec<String>,
    /// One-character place abbreviations: the place, or `None` when the
    /// character stands for two places.
    places: HashMap<char, Option<String>>,
}

impl Codes {
    pub(super) fn new(codes: Source, abbreviations: Source) -> Result<Self, Error> {
        let mut table = Codes::default();
        for row in gazetteer::parse(codes.name, codes.text, 3)? {
            let (word, body) = (row.get(0).to_owned(), row.get(2).to_owned());
            match row.get(1) {
                "code" => {
                    table.whole.insert(word, body);
                }
                "head" => table.heads.push((word, body)),
                "local" => {
                    table.local.insert(word, body);
                }
                "lead" => table.leads.push(word),
                "end" => table.ends.push(word),
                other => {
                    return Err(Error::gazetteer(
                        codes.name,
                        row.line,
                        format!("unknown kind {other:?}"),
                    ));
                }
            }
        }
        table.heads.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        table.leads.sort_by_key(|w| std::cmp::Reverse(w.len()));
        table.ends.sort_by_key(|w| std::cmp::Reverse(w.len()));
        for row in gazetteer::parse(abbreviations.name, abbreviations.text, 2)? {
            let mut chars = row.get(0).chars();
            let (Some(c), None) = (chars.next(), chars.next()) else {
                return Err(Error::gazetteer(
                    abbreviations.name,
                    row.line,
                    "an abbreviation is one character",
                ));
            };
            let place = row.get(1).to_owned();
            table
                .places
                .entry(c)
                .and_modify(|p| *p = None)
                .or_insert(Some(place));
        }
        Ok(table)
    }

    /// Where the code starts in `before`, the Han characters standing right
    /// before a year's bracket: after the last lead or end word
    /// (`根据国发`, `…的通知国办发`); then, when what is left opens with
    /// no place abbreviation and ends with a code the table reads (a whole
    /// code, a code's head, or a place abbreviation and a local form), at
    /// that code (`…执法的通知国办发` even without an end word, `建设沪府办发`).
    pub(super) fn start(&self, before: &str) -> usize {
        let mut start = 0;
        for (i, _) in before.char_indices() {
            let rest = before.get(i..).unwrap_or_default();
            let cut = self
                .leads
                .iter()
                .chain(&self.ends)
                .find(|w| rest.starts_with(w.as_str()));
            if let Some(w) = cut {
                // A cut word reaching the bracket is the code itself (财税 is no 税).
                if i + w.len() < before.len() {
                    start = start.max(i + w.len());
                }
            }
        }
        let code = before.get(start..).unwrap_or_default();
        let opens_with_place = code
            .chars()
            .next()
            .is_some_and(|c| self.places.contains_key(&c));
        let known = self.whole.contains_key(code) || self.head(code).is_some();
        if !opens_with_place && !known {
            // The first tail the table reads, a place's local form
            // included (建设沪府办发 → 沪府办发, 日以粤府办 → 粤府办).
            let suffix = code.char_indices().skip(1).find(|&(i, _)| {
                code.get(i..)
                    .is_some_and(|tail| self.issuer(tail).is_some())
            });
            if let Some((i, _)) = suffix {
                start += i;
            }
        }
        start
    }

    /// The body a code stands for, when the table makes it certain: a whole
    /// code, a code's head, or a place abbreviation and a local form.
    pub(super) fn issuer(&self, code: &str) -> Option<String> {
        if let Some(body) = self.whole.get(code) {
            return Some(body.clone());
        }
        if let Some(body) = self.head(code) {
            return Some(body.to_owned());
        }
        let mut chars = code.chars();
        let place = self.places.get(&chars.next()?)?.as_ref()?;
        let body = self.local.get(chars.as_str())?;
        Some(format!("{place}{body}"))
    }

    /// The body of the longest code head `code` opens with.
    fn head(&self, code: &str) -> Option<&str> {
        self.heads
            .iter()
            .find(|(h, _)| code.starts_with(h.as_str()))
            .map(|(_, body)| body.as_str())
    }
}
