//! Central bodies (`gazetteers/agencies.tsv` plus user rows) and local
//! suffixes (`gazetteers/agency_suffixes.tsv`), each with the patterns that
//! name them.

use std::collections::HashMap;

use crate::lexicon::tsv as gazetteer;
use crate::{AgencyLevel, Error};

/// A central body, or a development-zone committee.
#[derive(Debug, Clone)]
pub(crate) struct Central {
    pub(crate) name: String,
    pub(crate) level: AgencyLevel,
    /// For zone committees: the place whose government they report to.
    pub(crate) region: Option<String>,
}

/// What follows a place name in a local body's name.
#[derive(Debug, Clone)]
pub(crate) struct Suffix {
    /// The full suffix (发展和改革委员会).
    pub(crate) name: String,
    /// Only after a province-level name (the 厅 forms).
    pub(crate) provincial: bool,
    /// A Party organ (委员会, 委组织部): its canonical name starts with 中共.
    pub(crate) party: bool,
}

/// Patterns with the index of what each names.
#[derive(Debug, Clone)]
pub(crate) struct Table<T> {
    pub(crate) entries: Vec<T>,
    /// (pattern text, entry index), one per distinct text.
    pub(crate) patterns: Vec<(String, usize)>,
    /// Patterns that are an alias with its leading 省/市/县/区/州/盟 cut off
    /// (委 from 市委): valid only after a place written in full (深圳市委,
    /// not 深圳委托).
    pub(crate) after_full: Vec<bool>,
}

impl<T> Table<T> {
    /// An empty table with room for `rows` entries.
    fn with_capacity(rows: usize) -> Self {
        Table {
            entries: Vec::with_capacity(rows),
            patterns: Vec::new(),
            after_full: Vec::new(),
        }
    }
}

const AGENCY_COLUMNS: usize = 4;
const SUFFIX_COLUMNS: usize = 3;
const ZONE_KIND: &str = "开发区管理委员会";
const MUNICIPALITIES: [&str; 4] = ["北京市", "天津市", "上海市", "重庆市"];

fn push_pattern<T>(
    table: &mut Table<T>,
    seen: &mut HashMap<String, usize>,
    text: &str,
    entry: usize,
    after_full: bool,
) {
    if text.is_empty() {
        return;
    }
    match seen.get(text) {
        // A later row (a user row) takes the pattern over.
        Some(&slot) => {
            if let (Some(p), Some(flag)) =
                (table.patterns.get_mut(slot), table.after_full.get_mut(slot))
            {
                p.1 = entry;
                *flag = after_full;
            }
        }
        None => {
            seen.insert(text.to_owned(), table.patterns.len());
            table.patterns.push((text.to_owned(), entry));
            table.after_full.push(after_full);
        }
    }
}

/// Parses the central bodies and `extra` user rows (same columns, no header).
pub(crate) fn central(extra: &[String]) -> Result<Table<Central>, Error> {
    let source = gazetteer::AGENCIES;
    let mut rows = gazetteer::parse(source.name, source.text, AGENCY_COLUMNS)?;
    for text in extra {
        rows.extend(gazetteer::parse_extra(
            "extra agencies",
            text,
            AGENCY_COLUMNS,
        )?);
    }
    let mut table = Table::with_capacity(rows.len());
    let mut seen = HashMap::new();
    for row in rows {
        let name = row.get(0);
        if name.is_empty() {
            return Err(Error::gazetteer(source.name, row.line, "name is empty"));
        }
        let (level, region) = if row.get(2) == ZONE_KIND {
            // A zone committee ranks with the government it reports to.
            let region = row.get(3).trim_end_matches("人民政府").to_owned();
            let level = if MUNICIPALITIES.contains(&region.as_str()) || region.ends_with('省') {
                AgencyLevel::Provincial
            } else {
                AgencyLevel::Prefectural
            };
            (level, Some(region))
        } else {
            (AgencyLevel::Central, None)
        };
        let index = table.entries.len();
        table.entries.push(Central {
            name: name.to_owned(),
            level,
            region,
        });
        push_pattern(&mut table, &mut seen, name, index, false);
        for alias in row.get(1).split(',') {
            push_pattern(&mut table, &mut seen, alias, index, false);
        }
        // Committees are usually written 管委会.
        if let Some(stem) = name.strip_suffix("管理委员会") {
            push_pattern(
                &mut table,
                &mut seen,
                &format!("{stem}管委会"),
                index,
                false,
            );
        }
    }
    Ok(table)
}

/// Parses the local suffixes.
pub(crate) fn suffixes() -> Result<Table<Suffix>, Error> {
    let source = gazetteer::AGENCY_SUFFIXES;
    let rows = gazetteer::parse(source.name, source.text, SUFFIX_COLUMNS)?;
    let mut table = Table::with_capacity(rows.len());
    let mut seen = HashMap::new();
    for row in rows {
        let name = row.get(0);
        let level = row.get(2);
        if !matches!(level, "any" | "provincial" | "prefectural" | "county") {
            return Err(Error::gazetteer(
                source.name,
                row.line,
                format!("unknown level {level:?}"),
            ));
        }
        let index = table.entries.len();
        table.entries.push(Suffix {
            name: name.to_owned(),
            // 人民政府办公厅 is also used by sub-provincial cities (深圳市人民政府办公厅).
            provincial: level == "provincial" && name.ends_with('厅') && !name.ends_with("办公厅"),
            party: name.starts_with('委'),
        });
        push_pattern(&mut table, &mut seen, name, index, false);
        for alias in row.get(1).split(',') {
            // 市委, 省政府办公厅 follow a short place name; after the full
            // name (深圳市, which the places pass prefers) the rest remains.
            // (市场监管局 is no such form: its full name starts with 市 too.)
            let tail = alias
                .strip_prefix(['省', '市', '县', '区', '州', '盟', '旗'])
                .filter(|rest| !rest.is_empty() && alias.get(..3) != name.get(..3));
            push_pattern(&mut table, &mut seen, alias, index, false);
            if let Some(tail) = tail {
                push_pattern(&mut table, &mut seen, tail, index, true);
            }
        }
    }
    Ok(table)
}

/// The one character of `row`'s first field, for kinds that name single
/// characters.
pub(crate) fn one_char(source: gazetteer::Source, row: &gazetteer::Row<'_>) -> Result<char, Error> {
    let mut chars = row.get(0).chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(Error::gazetteer(
            source.name,
            row.line,
            format!("a {} row is one character", row.get(1)),
        )),
    }
}

/// The error for a row of a kind the file does not have.
pub(crate) fn unknown_kind(source: gazetteer::Source, row: &gazetteer::Row<'_>) -> Error {
    Error::gazetteer(
        source.name,
        row.line,
        format!("unknown kind {:?} (the header lists the kinds)", row.get(1)),
    )
}
