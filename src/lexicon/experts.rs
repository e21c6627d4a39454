//! The word lists the experts pass reads: speech verbs (found through the
//! lexicon automaton, [`super::Table::SpeechVerb`]), job titles, surnames
//! and cue words, parsed once from the embedded gazetteers.

use std::collections::{HashMap, HashSet};

use crate::Error;
use crate::lexicon::tsv::{self as gazetteer, Source};
use crate::text::chars::is_han;

/// What a job word says about the text before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum JobKind {
    /// A position inside an organization (局长, 董事长): what precedes it is
    /// that organization.
    Post,
    /// A standalone description (专家, 教授): what precedes it is an
    /// organization only when it ends like one.
    Role,
}

#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Speech verbs and their look-alikes ([`super::Table::SpeechVerb`]
    /// rows): the word, and whether it is a speech verb.
    pub(crate) verb_words: Vec<(String, bool)>,
    singles: HashSet<char>,
    /// Surnames that are also numerals or common words (万, 和): a name only
    /// between a job word and a verb.
    weak: HashSet<char>,
    compounds: HashSet<String>,
    jobs: HashMap<String, JobKind>,
    org_suffixes: HashSet<String>,
    /// How an internal division of a body ends (处, 科, 室): no organization
    /// of its own.
    divisions: HashSet<String>,
    not_names: HashSet<String>,
    /// Given-name stand-ins (女士, 某): the person is not named.
    not_given: Vec<String>,
    /// Function words and honorifics (的, 在, 同志) that a long name without
    /// a surname never contains.
    not_in_names: Vec<String>,
    /// Characters of names in transcription (巴, 特, 尔): a long name without
    /// a surname is made of them only.
    translit: HashSet<char>,
    /// Phrases that open a clause; longest first, so that 据了解 is tried
    /// before 据.
    pub(crate) leads: Vec<String>,
    /// Phrases between a name and its verb (the leads too); longest first.
    pub(crate) tails: Vec<String>,
    /// Titles written after a name (张三教授); longest first.
    pub(crate) honorifics: Vec<String>,
    not_outlets: HashSet<String>,
    /// Words before a job word that are no part of the organization (常务,
    /// 首席, 资深); longest first.
    modifiers: Vec<String>,
}

/// The longest job word, organization suffix or lead phrase, in characters;
/// suffix look-ups never look further back than this.
const MAX_WORD_CHARS: usize = 10;

fn rows(source: Source) -> Result<Vec<(usize, &'static str, &'static str)>, Error> {
    Ok(gazetteer::parse(source.name, source.text, 2)?
        .into_iter()
        .map(|row| (row.line, row.get(0), row.get(1)))
        .collect())
}

impl Lexicon {
    /// Parses the embedded word lists.
    pub(crate) fn new() -> Result<Self, Error> {
        let mut verb_words = Vec::new();
        for (line, word, kind) in rows(gazetteer::SPEECH_VERBS)? {
            let speech = match kind {
                "speech" => true,
                "not" => false,
                _ => {
                    return Err(bad(
                        gazetteer::SPEECH_VERBS,
                        line,
                        "kind must be speech or not",
                    ));
                }
            };
            verb_words.push((word.to_owned(), speech));
        }

        let mut singles = HashSet::new();
        let mut weak = HashSet::new();
        let mut compounds = HashSet::new();
        for (line, surname, kind) in rows(gazetteer::SURNAMES)? {
            let mut chars = surname.chars();
            match (kind, chars.next(), chars.next(), chars.next()) {
                ("single", Some(c), None, _) => {
                    singles.insert(c);
                }
                ("weak", Some(c), None, _) => {
                    weak.insert(c);
                }
                ("compound", Some(_), Some(_), None) => {
                    compounds.insert(surname.to_owned());
                }
                _ => {
                    return Err(bad(
                        gazetteer::SURNAMES,
                        line,
                        "a single or weak surname has one character, a compound one two",
                    ));
                }
            }
        }

        let mut jobs = HashMap::new();
        for (line, word, kind) in rows(gazetteer::JOB_TITLES)? {
            let kind = match kind {
                "post" => JobKind::Post,
                "role" => JobKind::Role,
                _ => {
                    return Err(bad(
                        gazetteer::JOB_TITLES,
                        line,
                        "kind must be post or role",
                    ));
                }
            };
            check_length(gazetteer::JOB_TITLES, line, word)?;
            jobs.insert(word.to_owned(), kind);
        }

        let mut org_suffixes = HashSet::new();
        let mut divisions = HashSet::new();
        let mut not_in_names = Vec::new();
        let mut translit = HashSet::new();
        let mut not_names = HashSet::new();
        let mut not_given = Vec::new();
        let mut leads = Vec::new();
        let mut tails = Vec::new();
        let mut honorifics = Vec::new();
        let mut not_outlets = HashSet::new();
        let mut modifiers = Vec::new();
        for (line, word, kind) in rows(gazetteer::EXPERT_CUES)? {
            check_length(gazetteer::EXPERT_CUES, line, word)?;
            let set = match kind {
                "org_suffix" => &mut org_suffixes,
                "division" => &mut divisions,
                "not_name" => &mut not_names,
                "not_outlet" => &mut not_outlets,
                "lead" => {
                    leads.push(word.to_owned());
                    tails.push(word.to_owned());
                    continue;
                }
                "tail" => {
                    tails.push(word.to_owned());
                    continue;
                }
                "honorific" => {
                    honorifics.push(word.to_owned());
                    continue;
                }
                "not_given" => {
                    not_given.push(word.to_owned());
                    continue;
                }
                "translit" => {
                    let mut chars = word.chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => translit.insert(c),
                        _ => {
                            return Err(bad(
                                gazetteer::EXPERT_CUES,
                                line,
                                "a translit row is one character",
                            ));
                        }
                    };
                    continue;
                }
                "not_in_name" => {
                    not_in_names.push(word.to_owned());
                    continue;
                }
                "modifier" => {
                    modifiers.push(word.to_owned());
                    continue;
                }
                _ => {
                    return Err(bad(
                        gazetteer::EXPERT_CUES,
                        line,
                        "kind must be org_suffix, division, not_name, lead, tail, honorific, modifier, not_given, not_in_name, translit or not_outlet",
                    ));
                }
            };
            set.insert(word.to_owned());
        }
        for list in [&mut leads, &mut tails, &mut honorifics, &mut modifiers] {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }

        Ok(Lexicon {
            verb_words,
            singles,
            weak,
            compounds,
            jobs,
            org_suffixes,
            divisions,
            not_names,
            not_given,
            not_in_names,
            translit,
            leads,
            tails,
            honorifics,
            not_outlets,
            modifiers,
        })
    }

    /// Whether `name` reads as a Chinese personal name: a known surname and
    /// one or two given-name characters, and not a listed common word.
    pub(crate) fn is_name(&self, name: &str) -> bool {
        self.name_reading(name, false)
    }

    /// [`Self::is_name`] for a name right after a job word and right before
    /// a verb or cue: weak surnames count too (司长万立松指出), and the
    /// name must not hold a job or organization word (书记和市长表示).
    pub(crate) fn is_titled_name(&self, name: &str) -> bool {
        self.name_reading(name, true) && !self.holds_title_word(name)
    }

    /// Whether `name` may be a minority or transliterated name of 4 to 6
    /// characters written without a middle dot (苏和巴特尔, 阿尔斯楞); only
    /// read between a job word and a verb or cue, made only of transcription
    /// characters (so 率队调研, 千方百计 are no names) and holding no
    /// clause-opening or adverb phrase (日前, 多次, 随后).
    pub(crate) fn is_long_name(&self, name: &str) -> bool {
        let count = name.chars().count();
        (4..=6).contains(&count)
            && name.chars().all(|c| self.translit.contains(&c))
            && !self.tails.iter().any(|t| name.ends_with(t.as_str()))
            && !self.leads.iter().any(|l| name.starts_with(l.as_str()))
            && name.chars().all(is_han)
            && !self.not_names.contains(name)
            && !self.not_in_names.iter().any(|w| name.contains(w.as_str()))
            && !self.holds_title_word(name)
    }

    fn name_reading(&self, name: &str, titled: bool) -> bool {
        if self.not_names.contains(name)
            || self.not_given.iter().any(|g| name.ends_with(g.as_str()))
        {
            return false;
        }
        let chars: Vec<char> = name.chars().collect();
        let single = matches!(chars.as_slice(), [s, ..]
            if self.singles.contains(s) || (titled && self.weak.contains(s)))
            && (2..=3).contains(&chars.len());
        let compound = chars.len() >= 3
            && chars.len() <= 4
            && name
                .get(..chars.iter().take(2).map(|c| c.len_utf8()).sum::<usize>())
                .is_some_and(|s| self.compounds.contains(s));
        (single || compound) && chars.iter().all(|c| is_han(*c))
    }

    /// Whether some run of two or more characters inside `name` is a job
    /// word or an organization suffix (市长, 委员, 研究院).
    fn holds_title_word(&self, name: &str) -> bool {
        let starts: Vec<usize> = name.char_indices().map(|(i, _)| i).collect();
        starts.iter().any(|&from| {
            name.get(from..).is_some_and(|rest| {
                rest.char_indices()
                    .skip(2)
                    .map(|(i, _)| i)
                    .chain([rest.len()])
                    .any(|to| {
                        rest.get(..to).is_some_and(|w| {
                            w.chars().count() >= 2
                                && (self.jobs.contains_key(w) || self.org_suffixes.contains(w))
                        })
                    })
            })
        })
    }

    /// The job word `title` ends with (longest wins): its byte start in
    /// `title` and kind.
    pub(crate) fn job_suffix(&self, title: &str) -> Option<(usize, JobKind)> {
        longest_suffix(title, |s| self.jobs.get(s).copied())
    }

    /// Whether `org` ends like an organization name (中心, 研究院, 证券).
    /// The suffix alone (研究院) names no organization.
    pub(crate) fn looks_like_org(&self, org: &str) -> bool {
        longest_suffix(org, |s| self.org_suffixes.contains(s).then_some(()))
            .is_some_and(|(at, ())| at > 0)
    }

    /// What the text after an agency inside a title names: `Some(true)` an
    /// internal division (人工智能处), `Some(false)` a body of its own
    /// (环境规划院, 价格司), `None` neither. The longest ending decides, so
    /// 实验室 is a body and 综合室 a division.
    pub(crate) fn is_division(&self, rest: &str) -> Option<bool> {
        longest_suffix(rest, |s| {
            if self.divisions.contains(s) {
                Some(true)
            } else if self.org_suffixes.contains(s) {
                Some(false)
            } else {
                None
            }
        })
        .map(|(_, division)| division)
    }

    /// `s` without a modifier at its end (华为公司常务 → 华为公司).
    pub(crate) fn strip_modifier<'a>(&self, s: &'a str) -> Option<&'a str> {
        self.modifiers
            .iter()
            .find_map(|m| s.strip_suffix(m.as_str()))
    }

    /// Whether what follows 对/接受 names an outlet: not a generic word
    /// (记者, 此) and not a person (对王小明表示感谢).
    pub(crate) fn is_outlet(&self, outlet: &str) -> bool {
        !outlet.is_empty() && !self.not_outlets.contains(outlet) && !self.is_name(outlet)
    }
}

/// The longest suffix of `s` (at most [`MAX_WORD_CHARS`] characters) that
/// `find` accepts, with its byte start.
fn longest_suffix<T>(s: &str, find: impl Fn(&str) -> Option<T>) -> Option<(usize, T)> {
    let starts: Vec<usize> = s
        .char_indices()
        .rev()
        .take(MAX_WORD_CHARS)
        .map(|(i, _)| i)
        .collect();
    starts
        .into_iter()
        .rev()
        .find_map(|i| s.get(i..).and_then(&find).map(|t| (i, t)))
}

fn check_length(source: Source, line: usize, word: &str) -> Result<(), Error> {
    if word.is_empty() || word.chars().count() > MAX_WORD_CHARS {
        return Err(bad(source, line, "a word must have 1 to 10 characters"));
    }
    Ok(())
}

fn bad(source: Source, line: usize, message: &str) -> Error {
    Error::gazetteer(source.name, line, message.to_owned())
}
