//! Central bodies (`gazetteers/agencies.tsv` plus user rows) and local
//! suffixes (`gazetteers/agency_suffixes.tsv`), each with the patterns that
//! name them.

use std::collections::HashMap;

use crate::lexicon::cues::WordList;
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
            // A Party organ's alias is written after 委 too: 区委统战部,
            // 市委政法委 (统战部 alone follows the full place name).
            if name.starts_with('委')
                && !alias.is_empty()
                && !alias.starts_with('委')
                && tail.is_none()
            {
                push_pattern(&mut table, &mut seen, &format!("委{alias}"), index, false);
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

/// A set of characters, looked up by binary search.
#[derive(Debug, Clone, Default)]
pub(crate) struct CharSet(Vec<char>);

impl CharSet {
    fn insert(&mut self, c: char) {
        if let Err(at) = self.0.binary_search(&c) {
            self.0.insert(at, c);
        }
    }

    pub(crate) fn contains(&self, c: char) -> bool {
        self.0.binary_search(&c).is_ok()
    }

    /// How many characters the set holds.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.0.len()
    }

    /// The last characters of `words`.
    fn last_of(words: &[&str]) -> Self {
        let mut set = CharSet::default();
        for c in words.iter().filter_map(|w| w.chars().next_back()) {
            set.insert(c);
        }
        set
    }
}

impl FromIterator<char> for CharSet {
    /// Sorts once: a set built from a text's names costs no more than
    /// sorting them.
    fn from_iter<I: IntoIterator<Item = char>>(chars: I) -> Self {
        let mut list: Vec<char> = chars.into_iter().collect();
        list.sort_unstable();
        list.dedup();
        CharSet(list)
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

/// The word lists the agencies pass reads around a mention
/// (`gazetteers/agency_cues.tsv`; its header says what each kind means).
#[derive(Debug, Clone, Default)]
pub(crate) struct Cues {
    /// After a central body: a meeting's name (常务会议).
    pub(crate) meetings: WordList,
    /// Before a central alias: a local body or none (市发改委, 各省国资委).
    pub(crate) local_marks: Vec<char>,
    /// Before a central alias: a foreign body (美国商务部, 欧洲央行).
    pub(crate) foreign_marks: WordList,
    /// Ordinary words a one-character suffix begins (委托).
    pub(crate) suffix_words: Vec<&'static str>,
    /// Ordinary words the last character of a short alias begins (部门).
    pub(crate) short_alias_words: WordList,
    /// Longer names the last character of any alias begins (委员, 部门).
    pub(crate) alias_words: WordList,
    /// Longer words the last character of an alias begins that leave it
    /// standing (部门户).
    pub(crate) keeps_alias: WordList,
    /// How a central name opens (国家, 国务院).
    pub(crate) national_marks: Vec<&'static str>,
    /// Central bodies that run coordination bodies (国务院).
    pub(crate) coordination_hosts: Vec<&'static str>,
    /// How a coordination body's name ends (领导小组).
    pub(crate) coordination_endings: Vec<&'static str>,
    /// How a meeting's name ends (联席会议).
    pub(crate) meeting_endings: Vec<&'static str>,
    /// Characters no coordination body's name holds.
    pub(crate) coordination_stops: CharSet,
    /// Words after a central body that make it a class of its units (各).
    pub(crate) class_marks: WordList,
    /// Words after a body's name that make it a website's name (网).
    pub(crate) site_words: Vec<&'static str>,
    /// Words starting like a site word that do not (网站, 网上, 网格).
    pub(crate) not_site: Vec<&'static str>,
    /// Longer words hiding an alias (中央行).
    pub(crate) hiding: Vec<&'static str>,
    /// What joins two bodies of a list (、, 和, 会同).
    pub(crate) list_joiners: Vec<&'static str>,
    /// The level characters (省, 市, 盟).
    pub(crate) levels: Vec<char>,
    /// Words starting with a level character that are no level (市场).
    pub(crate) level_words: Vec<&'static str>,
    /// How a department's name ends (司, 办公室).
    pub(crate) department_endings: Vec<&'static str>,
    /// Their last characters.
    pub(crate) department_ending_chars: CharSet,
    /// Characters opening the next item of a list (和, 与).
    pub(crate) next_item: Vec<char>,
    /// Characters no department's name holds.
    pub(crate) department_stops: CharSet,
    /// Words no department's name holds (印发, 布局).
    pub(crate) not_department: Vec<&'static str>,
    /// How a body with an unlisted suffix ends (委员会, 局).
    pub(crate) body_endings: Vec<&'static str>,
    /// Their last characters.
    pub(crate) body_ending_chars: CharSet,
    /// Verbs after a body that show it acts (印发).
    pub(crate) issuing_verbs: Vec<&'static str>,
    /// Words before a place that make it the actor (由, 会同).
    pub(crate) actor_marks: Vec<&'static str>,
    /// Characters no body's name holds.
    pub(crate) not_in_name: CharSet,
    /// Words naming something other than a body (公司, 村民).
    pub(crate) not_a_body: Vec<&'static str>,
}

impl Cues {
    /// Parses `gazetteers/agency_cues.tsv`.
    pub(crate) fn new() -> Result<Self, Error> {
        let source = gazetteer::AGENCY_CUES;
        let mut cues = Cues::default();
        let mut foreign_marks = Vec::new();
        // Word lists looked up by their first character (see `WordList`).
        let (mut meetings, mut class_marks) = (Vec::new(), Vec::new());
        let (mut short_alias_words, mut alias_words, mut keeps_alias) =
            (Vec::new(), Vec::new(), Vec::new());
        for row in gazetteer::parse(source.name, source.text, 2)? {
            let word = row.get(0);
            match row.get(1) {
                "meeting" => meetings.push(word.to_owned()),
                "local_mark" => cues.local_marks.push(one_char(source, &row)?),
                "foreign_mark" => foreign_marks.push(word.to_owned()),
                "suffix_word" => cues.suffix_words.push(word),
                "short_alias_word" => short_alias_words.push(word.to_owned()),
                "alias_word" => alias_words.push(word.to_owned()),
                "keeps_alias" => keeps_alias.push(word.to_owned()),
                "national_mark" => cues.national_marks.push(word),
                "coordination_host" => cues.coordination_hosts.push(word),
                "coordination_ending" => cues.coordination_endings.push(word),
                "meeting_ending" => cues.meeting_endings.push(word),
                "coordination_stop" => {
                    cues.coordination_stops.insert(one_char(source, &row)?);
                }
                "site_word" => cues.site_words.push(word),
                "class_mark" => class_marks.push(word.to_owned()),
                "not_site" => cues.not_site.push(word),
                "hides_alias" => cues.hiding.push(word),
                "list_joiner" => cues.list_joiners.push(word),
                "level" => cues.levels.push(one_char(source, &row)?),
                "level_word" => cues.level_words.push(word),
                "department_ending" => cues.department_endings.push(word),
                "next_item" => cues.next_item.push(one_char(source, &row)?),
                "department_stop" => cues.department_stops.insert(one_char(source, &row)?),
                "not_department" => cues.not_department.push(word),
                "body_ending" => cues.body_endings.push(word),
                "issuing_verb" => cues.issuing_verbs.push(word),
                "actor_mark" => cues.actor_marks.push(word),
                "not_in_name" => cues.not_in_name.insert(one_char(source, &row)?),
                "not_a_body" => cues.not_a_body.push(word),
                _ => return Err(unknown_kind(source, &row)),
            }
        }
        cues.department_ending_chars = CharSet::last_of(&cues.department_endings);
        cues.body_ending_chars = CharSet::last_of(&cues.body_endings);
        cues.foreign_marks = WordList::new(foreign_marks);
        cues.meetings = WordList::new(meetings);
        cues.class_marks = WordList::new(class_marks);
        cues.short_alias_words = WordList::new(short_alias_words);
        cues.alias_words = WordList::new(alias_words);
        cues.keeps_alias = WordList::new(keeps_alias);
        Ok(cues)
    }
}

/// One committee word after a zone name (`gazetteers/zone_committees.tsv`).
#[derive(Debug, Clone)]
pub(crate) struct CommitteeWord {
    /// As written: 管委会.
    pub(crate) word: &'static str,
    /// As the record's name spells it: 管理委员会.
    pub(crate) canonical: &'static str,
    /// The zone word the zone name must end in, if only one may.
    pub(crate) zone: Option<&'static str>,
}

/// The words the zone committee rule reads (`gazetteers/zone_words.tsv`,
/// `zone_committees.tsv`, `zone_generic_words.tsv`).
#[derive(Debug, Clone, Default)]
pub(crate) struct Zones {
    /// Committee words, one lexicon row each ([`super::Table::Committee`]).
    pub(crate) committees: Vec<CommitteeWord>,
    /// Zone words, longest first so that the longest one written is cut off.
    pub(crate) endings: Vec<&'static str>,
    /// Characters no zone name holds.
    pub(crate) stops: Vec<char>,
    /// Time and clause openers that end a run back like a particle.
    pub(crate) openers: Vec<&'static str>,
    /// Verbs that may open the run before a name without a place.
    pub(crate) lead_verbs: Vec<&'static str>,
    /// Words naming a kind of zone, longest first so that a name is cut
    /// into the longest words.
    pub(crate) generic: Vec<&'static str>,
}

impl Zones {
    /// Parses the three zone files.
    pub(crate) fn new() -> Result<Self, Error> {
        let mut zones = Zones::default();
        let source = gazetteer::ZONE_WORDS;
        for row in gazetteer::parse(source.name, source.text, 2)? {
            let word = row.get(0);
            match row.get(1) {
                "ending" => zones.endings.push(word),
                "stop" => zones.stops.push(one_char(source, &row)?),
                "opener" => zones.openers.push(word),
                "lead_verb" => zones.lead_verbs.push(word),
                _ => return Err(unknown_kind(source, &row)),
            }
        }
        zones.endings.sort_by_key(|w| std::cmp::Reverse(w.len()));

        let source = gazetteer::ZONE_COMMITTEES;
        zones.committees = gazetteer::parse(source.name, source.text, 3)?
            .into_iter()
            .map(|row| CommitteeWord {
                word: row.get(0),
                canonical: row.get(1),
                zone: Some(row.get(2)).filter(|z| *z != "-"),
            })
            .collect();

        let source = gazetteer::ZONE_GENERIC_WORDS;
        zones.generic = gazetteer::parse(source.name, source.text, 1)?
            .iter()
            .map(|row| row.get(0))
            .filter(|w| !w.is_empty())
            .collect();
        zones.generic.sort_by_key(|w| std::cmp::Reverse(w.len()));
        Ok(zones)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_from_characters_holds_each_once() {
        let firsts: CharSet = "王李王张欧".chars().collect();
        assert_eq!(firsts.len(), 4);
        for c in "王李张欧".chars() {
            assert!(firsts.contains(c), "{c}");
        }
        for c in "赵a 。".chars() {
            assert!(!firsts.contains(c), "{c}");
        }
        assert!(!CharSet::default().contains('王'));
    }
}
