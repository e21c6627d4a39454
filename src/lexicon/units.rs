//! The unit table (`gazetteers/units.tsv`): what may follow a goal's number,
//! and its value in base units.
//!
//! Accepted: 亿元 → ×1e8 CNY, EFLOPS → ×1e18 FLOPS, 万千瓦 → ×1e7 W, % → %,
//! 个百分点 → pp, and every scalable unit under a 万, 亿 or 万亿 prefix
//! (万人 → ×1e4 count, 亿千瓦时 → ×1e11 Wh, 万平方公里 → ×1e10 m2, 亿亩), so
//! that a multiplier and its unit match whole and longest.
//! Units compare without ASCII case (`EFlops` is EFLOPS). Bare 万/亿 are
//! units without a base. Colloquial compute units (`5000P`, `10万P`, `100E`)
//! are PFLOPS and EFLOPS only in a sentence about 算力 (column `needs`), so
//! that a P or E elsewhere stays out.
//!
//! Bases follow the guidelines' list and nothing else: money (CNY, USD and
//! other currencies), %, pp, FLOPS, B, W, Wh, t (标准煤 forms too), m, m2
//! (平方公里, 公顷: metric), m3, and count for classifiers.
//! 亩 is ×666.67 m2 as the guidelines say (万亩, 亿亩 scaled). 平方米 (a
//! floor area, not in the guidelines' list), other traditional units (斤)
//! and units of time get no base: the guidelines omit the base for units
//! outside that list. Units of time (`分钟`, `个工作日`) have no base and
//! are marked `duration`: the goals pass takes them only under a cap.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};

use crate::Error;
use crate::lexicon::tsv::{self as gazetteer, Source};

/// One unit as written in the table, and its conversion.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Unit {
    /// The normalized spelling (亿元, EFLOPS, 万人).
    pub(crate) name: String,
    /// Factor and base unit, when the unit converts.
    pub(crate) base: Option<(f64, String)>,
    /// A unit of time (分钟, 个工作日), with base `duration` in the table.
    pub(crate) duration: bool,
    /// Words one of which the sentence must hold for the unit to be one
    /// (`5000P` is compute only where 算力 is spoken of); empty when none.
    pub(crate) needs: Vec<String>,
}

/// Every unit, and each one's spelling keyed without ASCII case.
///
/// Units are read only right after a number, so they are looked up at that
/// position ([`Units::at`], an anchored automaton of their spellings built
/// once) rather than found by the document-wide lexicon automaton, where
/// one-character units (人, 个, 家) would add a hit every few characters.
#[derive(Debug, Clone)]
pub(crate) struct Units {
    /// The units.
    pub(crate) list: Vec<Unit>,
    /// Every spelling, pattern `i` naming `list[i]`: longest first at one
    /// position, ASCII case ignored (`EFlops` is EFLOPS).
    spellings: AhoCorasick,
    /// Index in `list` by the ASCII-lowercased spelling.
    by_key: HashMap<String, usize>,
    /// The characters a spelling starts with, both ASCII cases, one bit
    /// each over the Basic Multilingual Plane: most positions asked about
    /// (`2025年`) start no unit, and one bit test says so before the
    /// automaton is run, where a binary search cost a third of the lookup.
    firsts: FirstChars,
}

/// A set of characters, one bit each below U+10000; a character above is
/// always reported as a member, leaving the answer to the automaton.
#[derive(Debug, Clone)]
struct FirstChars {
    bits: Vec<u64>,
}

impl FirstChars {
    /// Enough words for every character below U+10000.
    const WORDS: usize = 0x10000 / 64;

    fn new(chars: impl IntoIterator<Item = char>) -> Self {
        let mut bits = vec![0u64; Self::WORDS];
        for c in chars {
            let i = u32::from(c) as usize;
            if let Some(word) = bits.get_mut(i / 64) {
                *word |= 1 << (i % 64);
            }
        }
        FirstChars { bits }
    }

    /// Whether a spelling may start with `c`: `false` only when none does.
    fn may_start(&self, c: char) -> bool {
        let i = u32::from(c) as usize;
        self.bits
            .get(i / 64)
            .is_none_or(|word| word & (1 << (i % 64)) != 0)
    }
}

impl Units {
    pub(crate) fn new(source: Source) -> Result<Self, Error> {
        let mut by_key: HashMap<String, Unit> = HashMap::new();
        for row in gazetteer::parse(source.name, source.text, 5)? {
            let name = row.get(0);
            let duration = row.get(2) == "duration";
            let base = match (row.get(1), row.get(2)) {
                ("-", "-" | "duration") => None,
                (factor, base) => {
                    let factor: f64 = factor.parse().map_err(|_| {
                        Error::gazetteer(source.name, row.line, "factor is not a number or -")
                    })?;
                    Some((factor, base.to_owned()))
                }
            };
            let scalable = match row.get(3) {
                "yes" => true,
                "no" => false,
                _ => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        "scalable is yes or no",
                    ));
                }
            };
            let needs: Vec<String> = match row.get(4) {
                "-" => Vec::new(),
                words => words.split('|').map(str::to_owned).collect(),
            };
            if name.is_empty() || needs.iter().any(String::is_empty) {
                return Err(Error::gazetteer(
                    source.name,
                    row.line,
                    "empty unit or needs word",
                ));
            }
            if scalable {
                for (prefix, scale) in [("万", 1e4), ("亿", 1e8), ("万亿", 1e12)] {
                    let scaled = Unit {
                        name: format!("{prefix}{name}"),
                        base: base.as_ref().map(|(f, b)| (f * scale, b.clone())),
                        duration,
                        needs: needs.clone(),
                    };
                    by_key
                        .entry(scaled.name.to_ascii_lowercase())
                        .or_insert(scaled);
                }
            }
            let unit = Unit {
                name: name.to_owned(),
                base,
                duration,
                needs,
            };
            by_key.insert(name.to_ascii_lowercase(), unit);
        }
        let mut list: Vec<Unit> = by_key.into_values().collect();
        list.sort_by(|a, b| a.name.cmp(&b.name));
        let by_key = list
            .iter()
            .enumerate()
            .map(|(i, u)| (u.name.to_ascii_lowercase(), i))
            .collect();
        let spellings = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(true)
            .start_kind(StartKind::Anchored)
            // A DFA: a lookup runs at every number's end, where the
            // default's NFA paid for its sparse transitions; a few
            // hundred short spellings keep the table small.
            .kind(Some(AhoCorasickKind::DFA))
            .build(list.iter().map(|u| u.name.as_str()))
            .map_err(|e| Error::gazetteer(source.name, 0, e.to_string()))?;
        let firsts = FirstChars::new(
            list.iter()
                .filter_map(|u| u.name.chars().next())
                .flat_map(|c| [c.to_ascii_lowercase(), c.to_ascii_uppercase()]),
        );
        Ok(Units {
            list,
            by_key,
            spellings,
            firsts,
        })
    }

    /// The unit spelled `written`, whatever its ASCII case.
    pub(crate) fn get(&self, written: &str) -> Option<&Unit> {
        // Most units are written in Han characters or lower case: no copy.
        let index = if written.bytes().any(|b| b.is_ascii_uppercase()) {
            *self.by_key.get(&written.to_ascii_lowercase())?
        } else {
            *self.by_key.get(written)?
        };
        self.list.get(index)
    }

    /// Whether a unit may be spelled from `c` on: `false` only when none
    /// is (the test [`Units::at`] makes before running its automaton).
    pub(crate) fn may_start(&self, c: char) -> bool {
        self.firsts.may_start(c)
    }

    /// The longest unit spelled at byte `at` of `text`, whatever its ASCII
    /// case: where it ends, and the unit's row (see [`Units::row`]).
    pub(crate) fn at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let first = text.get(at..)?.chars().next()?;
        if !self.firsts.may_start(first) {
            return None;
        }
        let input = Input::new(text).range(at..).anchored(Anchored::Yes);
        let found = self.spellings.find(input)?;
        let row = found.pattern().as_usize();
        self.list.get(row)?;
        Some((found.end(), row))
    }

    /// The unit of a row [`Units::at`] found: what [`Units::get`] returns
    /// for the spelling found there, without hashing it again.
    pub(crate) fn row(&self, row: usize) -> Option<&Unit> {
        self.list.get(row)
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.list.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_chars_answer_exactly_below_the_supplementary_planes() {
        let set = FirstChars::new(['万', 'e', 'E', '%']);
        let rows: &[(&str, char, bool)] = &[
            ("han member", '万', true),
            ("han outsider", '年', false),
            ("ascii member", 'E', true),
            ("ascii outsider", 'x', false),
            ("sign member", '%', true),
            ("last of the plane", '\u{FFFF}', false),
            ("supplementary plane left to the automaton", '𠀀', true),
        ];
        for &(name, c, expected) in rows {
            assert_eq!(set.may_start(c), expected, "{name}");
        }
    }

    #[test]
    fn conversions() {
        let units = Units::new(gazetteer::UNITS).expect("units.tsv parses");
        assert!(units.len() >= 80);
        type Expected<'a> = Option<(f64, &'a str)>;
        let rows: &[(&str, &str, Expected<'_>)] = &[
            ("yuan", "元", Some((1.0, "CNY"))),
            ("yi yuan", "亿元", Some((1e8, "CNY"))),
            ("wan yi yuan", "万亿元", Some((1e12, "CNY"))),
            ("yi meiyuan", "亿美元", Some((1e8, "USD"))),
            ("gangyuan", "港元", Some((1.0, "HKD"))),
            ("ouyuan", "欧元", Some((1.0, "EUR"))),
            ("eflops", "EFLOPS", Some((1e18, "FLOPS"))),
            ("eflops mixed case", "EFlops", Some((1e18, "FLOPS"))),
            ("pflops", "PFLOPS", Some((1e15, "FLOPS"))),
            ("colloquial p", "P", Some((1e15, "FLOPS"))),
            ("colloquial wan p", "万P", Some((1e19, "FLOPS"))),
            ("colloquial e", "E", Some((1e18, "FLOPS"))),
            ("bai yi yi ci", "百亿亿次", Some((1e18, "FLOPS"))),
            ("petabyte", "PB", Some((1e15, "B"))),
            ("qianwa", "千瓦", Some((1e3, "W"))),
            ("wan qianwa", "万千瓦", Some((1e7, "W"))),
            ("yi qianwa shi", "亿千瓦时", Some((1e11, "Wh"))),
            ("du", "度", Some((1e3, "Wh"))),
            ("wan dun", "万吨", Some((1e4, "t"))),
            ("biaozhunmei", "万吨标准煤", Some((1e4, "t"))),
            ("gongli", "公里", Some((1e3, "m"))),
            ("pingfang gongli", "平方公里", Some((1e6, "m2"))),
            ("percent", "%", Some((1.0, "%"))),
            ("points", "个百分点", Some((1.0, "pp"))),
            ("ge", "个", Some((1.0, "count"))),
            ("wan ren", "万人", Some((1e4, "count"))),
            ("yi renci", "亿人次", Some((1e8, "count"))),
            ("wan hu", "万户", Some((1e4, "count"))),
            ("wan pingfang gongli", "万平方公里", Some((1e10, "m2"))),
            ("gongqing is metric", "万公顷", Some((1e8, "m2"))),
            ("wan yi qianwa shi", "万亿千瓦时", Some((1e15, "Wh"))),
            ("mu in square metres", "亩", Some((666.67, "m2"))),
            ("wan mu", "万亩", Some((666.67 * 1e4, "m2"))),
            ("floor area has no base", "万平方米", None),
            ("yi mu", "亿亩", Some((666.67 * 1e8, "m2"))),
            ("bare wan", "万", None),
            ("minutes", "分钟", None),
            ("barrels of oil have no base", "万桶", None),
        ];
        for &(name, written, expected) in rows {
            let unit = units
                .get(written)
                .unwrap_or_else(|| panic!("{name}: {written} missing"));
            let got = unit.base.as_ref().map(|(f, b)| (*f, b.as_str()));
            assert_eq!(got, expected, "{name}");
        }
        for missing in ["年", "月", "届", "方面", "次"] {
            assert!(units.get(missing).is_none(), "{missing} is not a unit");
        }
    }
}
