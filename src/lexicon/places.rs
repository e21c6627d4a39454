//! The division table (`gazetteers/places.tsv` plus user rows, then the
//! former names of `gazetteers/places_former.tsv`) and the pattern list the
//! places automaton is built from.
//!
//! A former name (襄樊市, 思茅地区) is a division row of its own, with the
//! level it had and its successor's parent, so that the places pass reads it
//! like any other name (a county name needs its parent written before it, a
//! shared name its context); its `successor` names the record it stands for.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::Arc;

use crate::document::PlaceNames;
use crate::lexicon::tsv::{self as gazetteer, Row};
use crate::{Error, PlaceLevel};

/// One administrative division.
#[derive(Debug, Clone)]
pub(crate) struct Division {
    /// Borrowed from the embedded table, as are the names, so that a place
    /// record copies no string but its surface; a user row's is owned.
    pub(crate) code: Cow<'static, str>,
    pub(crate) name: Cow<'static, str>,
    /// Short forms, comma-separated (延边,延边州); may be empty.
    pub(crate) short: String,
    pub(crate) level: PlaceLevel,
    /// Index of the parent division; `None` for provinces.
    pub(crate) parent: Option<usize>,
    /// For a former name: the division that succeeded it (襄樊市 → 襄阳市).
    pub(crate) successor: Option<usize>,
}

/// What a matched string may mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Reading {
    /// The official full name of division `.0`.
    Full(usize),
    /// The short form of division `.0`.
    Short(usize),
}

/// One automaton pattern and its readings.
#[derive(Debug, Clone, Default)]
pub(crate) struct Pattern {
    pub(crate) text: String,
    /// How many characters `text` has.
    pub(crate) chars: usize,
    pub(crate) readings: Vec<Reading>,
    /// A longer word hiding a place (北京时间): never a place.
    pub(crate) block: bool,
    /// An ordinary word (中山, 安康): a place only right after its parent.
    pub(crate) context: bool,
    /// A well-known two-character county short form (浦东) that stands alone.
    pub(crate) free: bool,
}

/// Divisions indexed by code, and the patterns naming them.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    pub(crate) divisions: Vec<Division>,
    pub(crate) patterns: Vec<Pattern>,
    /// By division: the names a mention of it is recorded under (its
    /// successor's for a former name), shared by every such record; `None`
    /// when a user row's parent chain reaches no province.
    pub(crate) names: Vec<Option<Arc<PlaceNames>>>,
    /// The words read around a mention.
    pub(crate) cues: Cues,
}

/// The word lists the places pass reads around a mention
/// (`gazetteers/place_cues.tsv`; its header says what each kind means).
#[derive(Debug, Clone, Default)]
pub(crate) struct Cues {
    /// Words starting with the level character a full name ends in (市场),
    /// as that character and the rest of the word.
    pub(crate) split_words: Vec<(char, &'static str)>,
    /// What makes a short form before it a street's name (路, 街).
    pub(crate) streets: Vec<char>,
    /// What joins the members of a list of places (、, 和).
    pub(crate) separators: Vec<&'static str>,
    /// Words after a mention naming its level (等县, 等城市).
    pub(crate) level_cues: Vec<&'static str>,
    /// Verbs opening a clause that may name the level (是, 作为).
    pub(crate) cue_verbs: Vec<&'static str>,
    /// What such a clause ends in (县, 区, 市).
    pub(crate) cue_levels: Vec<&'static str>,
    /// What may follow that ending (之一).
    pub(crate) cue_tails: Vec<&'static str>,
    /// How a county name read as a word and 城市 ends (城市).
    pub(crate) word_tails: Vec<&'static str>,
    /// Words before a county short form that leave it a word of its own
    /// (在, 和, 中国).
    pub(crate) openers: Vec<&'static str>,
    /// Words after a short form making the two one name of something else
    /// (大学).
    pub(crate) org_tails: Vec<&'static str>,
}

impl Cues {
    /// Parses `gazetteers/place_cues.tsv`.
    fn new() -> Result<Self, Error> {
        let source = gazetteer::PLACE_CUES;
        let mut cues = Cues::default();
        for row in gazetteer::parse(source.name, source.text, 2)? {
            let word = row.get(0);
            let list = match row.get(1) {
                "split_word" => {
                    let mut chars = word.chars();
                    match chars.next() {
                        Some(first) if !chars.as_str().is_empty() => {
                            cues.split_words.push((first, chars.as_str()));
                        }
                        _ => {
                            let message = "a split_word row is two characters or more";
                            return Err(Error::gazetteer(source.name, row.line, message));
                        }
                    }
                    continue;
                }
                "street" => {
                    let c = super::agencies::one_char(source, &row)?;
                    cues.streets.push(c);
                    continue;
                }
                "opener" => &mut cues.openers,
                "org_tail" => &mut cues.org_tails,
                "list_separator" => &mut cues.separators,
                "level_cue" => &mut cues.level_cues,
                "cue_verb" => &mut cues.cue_verbs,
                "cue_level" => &mut cues.cue_levels,
                "cue_tail" => &mut cues.cue_tails,
                "word_tail" => &mut cues.word_tails,
                _ => return Err(super::agencies::unknown_kind(source, &row)),
            };
            list.push(word);
        }
        Ok(cues)
    }

    /// How many bytes to cut off the end of `matched` when the text after
    /// it, `rest`, continues its last character into a word (上海市 + 场).
    pub(crate) fn split(&self, matched: &str, rest: &str) -> Option<usize> {
        let last = matched.chars().next_back()?;
        self.split_words
            .iter()
            .find(|&&(first, tail)| first == last && rest.starts_with(tail))
            .map(|_| last.len_utf8())
    }
}

const PLACE_COLUMNS: usize = 5;

/// The level named in column `column` of `row`.
fn level(file: &str, row: &Row<'_>, column: usize) -> Result<PlaceLevel, Error> {
    match row.get(column) {
        "province" => Ok(PlaceLevel::Province),
        "prefecture" => Ok(PlaceLevel::Prefecture),
        "county" => Ok(PlaceLevel::County),
        other => Err(Error::gazetteer(
            file,
            row.line,
            format!("level must be province, prefecture or county, not {other:?}"),
        )),
    }
}

const FORMER_COLUMNS: usize = 4;

/// Appends the former names of `gazetteers/places_former.tsv` to
/// `divisions` (whose codes `by_code` indexes), each under its successor's
/// parent.
fn add_former(divisions: &mut Vec<Division>, by_code: &HashMap<&str, usize>) -> Result<(), Error> {
    let source = gazetteer::PLACES_FORMER;
    for row in gazetteer::parse(source.name, source.text, FORMER_COLUMNS)? {
        let code = row.get(3);
        let Some(&successor) = by_code.get(code) else {
            return Err(Error::gazetteer(
                source.name,
                row.line,
                format!("unknown successor code {code}"),
            ));
        };
        let Some(current) = divisions.get(successor) else {
            continue;
        };
        let division = Division {
            code: current.code.clone(),
            name: Cow::Borrowed(row.get(0)),
            short: row.get(1).to_owned(),
            level: level(source.name, &row, 2)?,
            parent: current.parent,
            successor: Some(successor),
        };
        divisions.push(division);
    }
    Ok(())
}

impl Table {
    /// Parses the embedded tables and `extra` user rows (same columns as
    /// `places.tsv`, no header; a user row replaces the embedded row with
    /// the same code).
    pub(crate) fn new(extra: &[String]) -> Result<Self, Error> {
        let source = gazetteer::PLACES;
        let embedded = gazetteer::parse(source.name, source.text, PLACE_COLUMNS)?;
        let mut rows: Vec<(&str, Row<'_>)> = embedded
            .iter()
            .map(|row| (source.name, row.clone()))
            .collect();
        for text in extra {
            for row in gazetteer::parse_extra("extra places", text, PLACE_COLUMNS)? {
                rows.push(("extra places", row));
            }
        }

        let mut divisions: Vec<Division> = Vec::with_capacity(rows.len());
        let mut by_code: HashMap<&str, usize> = HashMap::with_capacity(rows.len());
        let mut parents: Vec<&str> = Vec::with_capacity(rows.len());
        for (index, (file, row)) in rows.iter().enumerate() {
            // The first rows are the embedded ones: their text lives as
            // long as the program and is borrowed; a user row's is copied.
            let cell = |column| match embedded.get(index) {
                Some(row) => Cow::Borrowed(row.get(column)),
                None => Cow::Owned(row.get(column).to_owned()),
            };
            let code = row.get(0);
            if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Error::gazetteer(
                    file,
                    row.line,
                    format!("code {code:?} is not 6 digits"),
                ));
            }
            if row.get(1).is_empty() {
                return Err(Error::gazetteer(file, row.line, "name is empty"));
            }
            let division = Division {
                code: cell(0),
                name: cell(1),
                short: row.get(2).to_owned(),
                level: level(file, row, 3)?,
                parent: None,
                successor: None,
            };
            // A user row replaces the row with its code, else the one with
            // its name (to correct a code).
            let existing = by_code.get(code).copied().or_else(|| {
                (*file != source.name)
                    .then(|| divisions.iter().position(|d| d.name == division.name))
                    .flatten()
            });
            match existing {
                Some(index) if *file == source.name => {
                    return Err(Error::gazetteer(
                        file,
                        row.line,
                        format!("code {code} repeats row {index}"),
                    ));
                }
                Some(index) => {
                    by_code.insert(code, index);
                    if let (Some(slot), Some(parent)) =
                        (divisions.get_mut(index), parents.get_mut(index))
                    {
                        *slot = division;
                        *parent = row.get(4);
                    }
                }
                None => {
                    by_code.insert(code, divisions.len());
                    divisions.push(division);
                    parents.push(row.get(4));
                }
            }
        }
        for (index, parent) in parents.iter().enumerate() {
            if parent.is_empty() {
                continue;
            }
            let Some(&parent_index) = by_code.get(parent) else {
                let line = rows.get(index).map_or(0, |(_, row)| row.line);
                return Err(Error::gazetteer(
                    source.name,
                    line,
                    format!("unknown parent code {parent}"),
                ));
            };
            if let Some(division) = divisions.get_mut(index) {
                division.parent = Some(parent_index);
            }
        }

        add_former(&mut divisions, &by_code)?;

        // Keys borrow from `divisions` and the embedded stop list, so only
        // the patterns themselves allocate.
        let mut patterns: Vec<Pattern> = Vec::with_capacity(divisions.len() * 2);
        let mut by_text: HashMap<&str, usize> = HashMap::with_capacity(divisions.len() * 2);
        let mut slot = |patterns: &mut Vec<Pattern>, text| {
            *by_text.entry(text).or_insert_with(|| {
                patterns.push(Pattern {
                    text: String::from(text),
                    chars: text.chars().count(),
                    ..Pattern::default()
                });
                patterns.len() - 1
            })
        };
        for (index, division) in divisions.iter().enumerate() {
            let full = slot(&mut patterns, &division.name);
            if let Some(p) = patterns.get_mut(full) {
                p.readings.push(Reading::Full(index));
            }
            // A one-character short form (京, 沪) is never matched.
            for form in division.short.split(',').filter(|f| f.chars().count() >= 2) {
                let short = slot(&mut patterns, form);
                if let Some(p) = patterns.get_mut(short) {
                    p.readings.push(Reading::Short(index));
                }
            }
        }
        let stop_source = gazetteer::PLACE_STOPWORDS;
        for row in gazetteer::parse(stop_source.name, stop_source.text, 2)? {
            let kind = row.get(1);
            let index = slot(&mut patterns, row.get(0));
            let Some(p) = patterns.get_mut(index) else {
                continue;
            };
            match kind {
                "block" => p.block = true,
                "context" => p.context = true,
                "free" if p.readings.iter().any(|r| matches!(r, Reading::Short(_))) => {
                    p.free = true;
                }
                "free" => {
                    return Err(Error::gazetteer(
                        stop_source.name,
                        row.line,
                        format!("{:?} is no short form in places.tsv", row.get(0)),
                    ));
                }
                _ => {
                    return Err(Error::gazetteer(
                        stop_source.name,
                        row.line,
                        format!("kind must be block, context or free, not {kind:?}"),
                    ));
                }
            }
        }
        let mut table = Table {
            divisions,
            patterns,
            names: Vec::new(),
            cues: Cues::new()?,
        };
        // A former name shares its successor's names (successors are
        // current rows, listed before every former one).
        let mut names: Vec<Option<Arc<PlaceNames>>> = Vec::with_capacity(table.divisions.len());
        for index in 0..table.divisions.len() {
            let current = table.current(index);
            let shared = match names.get(current) {
                Some(successor) if current != index => successor.clone(),
                _ => table.division(current).zip(table.province_of(current)).map(
                    |(division, province)| {
                        Arc::new(PlaceNames {
                            name: division.name.clone(),
                            code: division.code.clone(),
                            province: province.name.clone(),
                        })
                    },
                ),
            };
            names.push(shared);
        }
        table.names = names;
        Ok(table)
    }

    pub(crate) fn division(&self, index: usize) -> Option<&Division> {
        self.divisions.get(index)
    }

    /// The division a mention of `index` stands for: its successor for a
    /// former name, else itself.
    pub(crate) fn current(&self, index: usize) -> usize {
        self.divisions
            .get(index)
            .and_then(|d| d.successor)
            .unwrap_or(index)
    }

    /// Whether `index` is a former name.
    pub(crate) fn is_former(&self, index: usize) -> bool {
        self.divisions
            .get(index)
            .is_some_and(|d| d.successor.is_some())
    }

    /// The province a division belongs to (itself for a province).
    pub(crate) fn province_of(&self, mut index: usize) -> Option<&Division> {
        // Parent chains are at most three long; the bound guards against a
        // cycle in user rows.
        for _ in 0..4 {
            let division = self.divisions.get(index)?;
            match division.parent {
                None => return Some(division),
                Some(parent) => index = parent,
            }
        }
        None
    }

    /// The strict ancestors of `index`, nearest first (at most four, as
    /// for [`Table::is_ancestor`]).
    pub(crate) fn ancestors(&self, index: usize) -> impl Iterator<Item = usize> + '_ {
        std::iter::successors(self.divisions.get(index).and_then(|d| d.parent), |&i| {
            self.divisions.get(i).and_then(|d| d.parent)
        })
        .take(4)
    }

    /// Whether `ancestor` is a strict ancestor of `index`.
    pub(crate) fn is_ancestor(&self, ancestor: usize, mut index: usize) -> bool {
        for _ in 0..4 {
            match self.divisions.get(index).and_then(|d| d.parent) {
                Some(parent) if parent == ancestor => return true,
                Some(parent) => index = parent,
                None => return false,
            }
        }
        false
    }
}
