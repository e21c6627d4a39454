//! The word lists the experts pass reads, parsed once from the embedded
//! gazetteers: speech verbs ([`super::Table::SpeechVerb`]), surnames, and
//! the job titles and cue words of `job_titles.tsv` and `expert_cues.tsv`.
//!
//! The words a speaker's clause is read by — job words, the ends of
//! organization names, leads, tails, honorifics, the words after a mention,
//! the openings of interview headings — are surfaces of the lexicon
//! automaton ([`super::Table::ExpertWord`], rows = [`Lexicon::words`]
//! indices), each with the [`Class`]es of its rows. The pass asks [`Words`]
//! for the longest word of some classes ending or starting at a position,
//! so no lookup cuts a string from the text to search it again. The other
//! lists (common words that are no names, given-name stand-ins, labels) are
//! checked against a name or head already cut.

use std::collections::{HashMap, HashSet};

use crate::lexicon::cues::WordList;
use crate::lexicon::tsv::{self as gazetteer, Source};
use crate::text::chars::is_han;
use crate::{Error, Span};

mod words;

pub(crate) use words::Words;

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

/// What a word read by position may be, as bits; one word may be several
/// (主任 is a post and an honorific, 处 an organization's end and a
/// division's).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Class(u16);

impl Class {
    /// A position in an organization (局长): `job_titles.tsv` kind `post`.
    pub(crate) const POST: Class = Class(1);
    /// A standalone description (教授): kind `role`.
    pub(crate) const ROLE: Class = Class(1 << 1);
    /// How an organization's name ends (中心, 研究院): `org_suffix`.
    pub(crate) const ORG_SUFFIX: Class = Class(1 << 2);
    /// How an internal division ends (处, 科): `division`.
    pub(crate) const DIVISION: Class = Class(1 << 3);
    /// A word between organization and job (常务, 首席): `modifier`.
    pub(crate) const MODIFIER: Class = Class(1 << 4);
    /// A phrase opening a clause (此前, 据悉): `lead`.
    pub(crate) const LEAD: Class = Class(1 << 5);
    /// A word between a name and its verb (曾, 再次; every lead too):
    /// `tail`.
    pub(crate) const TAIL: Class = Class(1 << 6);
    /// A title written after a name (教授): `honorific`.
    pub(crate) const HONORIFIC: Class = Class(1 << 7);
    /// A word after a name mentioned without a verb (出席, 一行):
    /// `mention_end`.
    pub(crate) const MENTION_END: Class = Class(1 << 8);
    /// The opening of an interview heading (——, 专访): `interview`.
    pub(crate) const INTERVIEW: Class = Class(1 << 9);

    /// Any job word.
    pub(crate) const JOB: Class = Class(Self::POST.0 | Self::ROLE.0);
    /// What may end a title: a job word or an organization's name.
    pub(crate) const TITLE_END: Class = Class(Self::JOB.0 | Self::ORG_SUFFIX.0);

    /// Both sets of classes.
    pub(crate) const fn or(self, other: Class) -> Class {
        Class(self.0 | other.0)
    }

    /// Whether the two sets share a class.
    pub(crate) const fn meets(self, other: Class) -> bool {
        self.0 & other.0 != 0
    }
}

/// The experts pass's word lists.
#[derive(Debug, Clone)]
pub(crate) struct Lexicon {
    /// Speech verbs and their look-alikes ([`super::Table::SpeechVerb`]
    /// rows): the word, and whether it is a speech verb.
    pub(crate) verb_words: Vec<(String, bool)>,
    /// The rows of `verb_words` whose speaker stands between an opening 在
    /// and the verb (在王五看来): no speech verb anywhere else.
    pub(crate) frame_verbs: HashSet<usize>,
    /// The rows of `verb_words` that report words only right before a
    /// comma (王五提出，…; 提出三点要求 reports nothing).
    pub(crate) comma_verbs: HashSet<usize>,
    /// The words read by position ([`super::Table::ExpertWord`] rows), each
    /// once, with every class its rows give it.
    pub(crate) words: Vec<(String, Class)>,
    /// Single-character surnames, sorted.
    singles: Vec<char>,
    /// Surnames that are also numerals or common words (万, 和): a name only
    /// between a job word and a verb; sorted.
    weak: Vec<char>,
    compounds: HashSet<String>,
    not_names: HashSet<String>,
    /// Countries and their sides that speak in the news (伊朗, 巴方).
    states: HashSet<String>,
    /// Given-name stand-ins (女士, 某): the person is not named.
    not_given: Vec<String>,
    /// Function words and honorifics (的, 在, 同志) that a long name without
    /// a surname never contains.
    not_in_names: Vec<String>,
    /// Characters of names in transcription (巴, 特, 尔): a long name without
    /// a surname is made of them only; sorted.
    translit: Vec<char>,
    not_outlets: HashSet<String>,
    /// How a reporter's title ends (记者, 主持人).
    pub(crate) reporters: Vec<String>,
    /// Turn heads that name nobody (问, 答).
    pub(crate) labels: Vec<String>,
    /// How a turn head that names nobody ends (记者, 主持人).
    pub(crate) label_ends: Vec<String>,
    /// Labels run into an interview heading (记者, 问).
    pub(crate) heading_ends: Vec<String>,
    /// What opens a cue naming an event (在, 出席).
    pub(crate) event_opens: Vec<String>,
    /// What ends a cue naming an event (期间, 上).
    pub(crate) event_ends: Vec<String>,
    /// Words before a title's organization that are no part of it (时任,
    /// 原); longest first.
    pub(crate) title_opens: Vec<String>,
    /// Characters trimmed off a title's end between posts (兼, 、).
    pub(crate) joints: Vec<char>,
    /// Words before a leading post that leave its body unchanged (常务,
    /// 代理); longest first.
    pub(crate) post_modifiers: Vec<String>,
    /// Posts whose first character also ends the body's name when the two
    /// are written as one (财政部长 is 财政部 and 部长).
    pub(crate) shared_heads: WordList,
    /// Verbs no title holds (召开, 举行): a clause run into the words
    /// before a name.
    pub(crate) not_in_titles: Vec<String>,
}

/// The longest word of any list, in characters; every suffix look-up
/// looks at most this far back.
const MAX_WORD_CHARS: usize = 10;

/// [`MAX_WORD_CHARS`] in bytes, at most four a character.
const MAX_WORD_BYTES: usize = 4 * MAX_WORD_CHARS;

fn rows(source: Source) -> Result<Vec<(usize, &'static str, &'static str)>, Error> {
    Ok(gazetteer::parse(source.name, source.text, 2)?
        .into_iter()
        .map(|row| (row.line, row.get(0), row.get(1)))
        .collect())
}

/// The words read by position, as they are collected.
#[derive(Default)]
struct Positional {
    index: HashMap<String, usize>,
    words: Vec<(String, Class)>,
}

impl Positional {
    fn add(&mut self, word: &str, class: Class) {
        match self.index.get(word) {
            Some(&i) => {
                if let Some((_, c)) = self.words.get_mut(i) {
                    *c = c.or(class);
                }
            }
            None => {
                self.index.insert(word.to_owned(), self.words.len());
                self.words.push((word.to_owned(), class));
            }
        }
    }
}

/// The lists of `expert_cues.tsv` that are checked against a string.
#[derive(Default)]
struct Lists {
    not_names: HashSet<String>,
    states: HashSet<String>,
    not_outlets: HashSet<String>,
    not_given: Vec<String>,
    not_in_names: Vec<String>,
    translit: Vec<char>,
    reporters: Vec<String>,
    labels: Vec<String>,
    label_ends: Vec<String>,
    heading_ends: Vec<String>,
    event_opens: Vec<String>,
    event_ends: Vec<String>,
    title_opens: Vec<String>,
    joints: Vec<char>,
    post_modifiers: Vec<String>,
    shared_heads: Vec<String>,
    not_in_titles: Vec<String>,
}

impl Lexicon {
    /// Parses the embedded word lists.
    pub(crate) fn new() -> Result<Self, Error> {
        let (verb_words, frame_verbs, comma_verbs) = speech_verbs()?;
        let Surnames {
            singles,
            weak,
            compounds,
        } = Surnames::new()?;
        let mut positional = Positional::default();
        for (line, word, kind) in rows(gazetteer::JOB_TITLES)? {
            let class = match kind {
                "post" => Class::POST,
                "role" => Class::ROLE,
                _ => {
                    return Err(bad(
                        gazetteer::JOB_TITLES,
                        line,
                        "kind must be post or role",
                    ));
                }
            };
            check_length(gazetteer::JOB_TITLES, line, word)?;
            positional.add(word, class);
        }
        let mut lists = Lists::default();
        for (line, word, kind) in rows(gazetteer::EXPERT_CUES)? {
            check_length(gazetteer::EXPERT_CUES, line, word)?;
            match positional_class(kind) {
                // Leads also stand between a name and its verb.
                Some(Class::LEAD) => positional.add(word, Class::LEAD.or(Class::TAIL)),
                Some(class) => positional.add(word, class),
                None => lists.add(kind, word, line)?,
            }
        }
        let Lists {
            not_names,
            states,
            not_outlets,
            not_given,
            not_in_names,
            mut translit,
            reporters,
            labels,
            label_ends,
            heading_ends,
            event_opens,
            event_ends,
            mut title_opens,
            joints,
            mut post_modifiers,
            shared_heads,
            not_in_titles,
        } = lists;
        for list in [&mut title_opens, &mut post_modifiers] {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        translit.sort_unstable();
        translit.dedup();
        Ok(Lexicon {
            verb_words,
            frame_verbs,
            comma_verbs,
            words: positional.words,
            singles,
            weak,
            compounds,
            not_names,
            states,
            not_given,
            not_in_names,
            translit,
            not_outlets,
            reporters,
            labels,
            label_ends,
            heading_ends,
            event_opens,
            event_ends,
            title_opens,
            joints,
            post_modifiers,
            shared_heads: WordList::new(shared_heads),
            not_in_titles,
        })
    }

    /// Whether `name` reads as a Chinese personal name: a known surname and
    /// one or two given-name characters, and not a listed common word.
    pub(crate) fn is_name(&self, name: &str) -> bool {
        self.name_reading(name, false)
    }

    /// [`Self::is_name`] for a name right after a job word and right before
    /// a verb or cue: weak surnames count too (司长万立松指出), and the
    /// name (at `span` of the text `words` reads) must not hold a job or
    /// organization word (书记和市长表示).
    pub(crate) fn is_titled_name(&self, words: &Words<'_>, span: Span, name: &str) -> bool {
        self.name_reading(name, true) && !words.holds_title_word(span)
    }

    /// Whether `name`, at `span`, may be a minority or transliterated name
    /// of 3 to 6 characters written without a middle dot (苏和巴特尔,
    /// 阿尔斯楞, 伯南克); only read between a job word and a verb or cue, made only
    /// of transcription characters (so 率队调研, 千方百计 are no names) and
    /// holding no clause-opening or adverb phrase (日前, 多次, 随后).
    pub(crate) fn is_long_name(&self, words: &Words<'_>, span: Span, name: &str) -> bool {
        let count = name.chars().count();
        (3..=6).contains(&count)
            && name
                .chars()
                .all(|c| self.translit.binary_search(&c).is_ok())
            && words.ending_at(Class::TAIL, span.start, span.end).is_none()
            && words
                .starting_at(Class::LEAD, span.start, span.end)
                .is_none()
            && name.chars().all(is_han)
            && !self.not_names.contains(name)
            && !self.holds_function_word(name)
            && !words.holds_title_word(span)
    }

    /// Whether `name`, at `span`, may be a name written with a middle dot
    /// (阿不都·热合曼, 马克·米利) once the title before it is cut off: it
    /// holds no function word or honorific (美国某某·某某基金会的, 协会对
    /// 某某·某某获奖 run a clause into the name) and does not end like an
    /// organization (某某·某某基金会).
    pub(crate) fn is_dotted_name(&self, words: &Words<'_>, span: Span, name: &str) -> bool {
        !self.holds_function_word(name)
            && words
                .ending_at(Class::ORG_SUFFIX, span.start, span.end)
                .is_none()
    }

    /// Whether `name` holds a function word or honorific no name holds (的,
    /// 在, 同志): a clause or a title run into it.
    fn holds_function_word(&self, name: &str) -> bool {
        self.not_in_names.iter().any(|w| name.contains(w.as_str()))
    }

    /// Whether `name` reads as a name only with a weak surname (万立松,
    /// 和建军): one that needs a title before it to be read.
    pub(crate) fn is_weak_name(&self, name: &str) -> bool {
        self.name_reading(name, true) && !self.name_reading(name, false)
    }

    fn name_reading(&self, name: &str, titled: bool) -> bool {
        let mut chars = name.chars();
        let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
            return false;
        };
        let count = 2 + chars.count();
        let surname = |set: &[char]| set.binary_search(&first).is_ok();
        let single =
            (surname(&self.singles) || (titled && surname(&self.weak))) && (2..=3).contains(&count);
        // A hash lookup, made only when no single surname reads the name.
        let compound = || {
            (3..=4).contains(&count)
                && name
                    .get(..first.len_utf8() + second.len_utf8())
                    .is_some_and(|s| self.compounds.contains(s))
        };
        (single || compound())
            && name.chars().all(is_han)
            && !self.not_names.contains(name)
            && !self.is_state(name)
            && !self.not_given.iter().any(|g| name.ends_with(g.as_str()))
    }

    /// Whether `name` is a state speaking (伊朗), or a state and the adverb
    /// after it (伊朗还表示 read as a three-character name).
    fn is_state(&self, name: &str) -> bool {
        self.states.contains(name)
            || name
                .char_indices()
                .next_back()
                .and_then(|(last, _)| name.get(..last))
                .is_some_and(|head| self.states.contains(head))
    }

    /// How many bytes of `name` its surname takes (李 of 李总理, 欧阳 of
    /// 欧阳部长), when it opens with one.
    pub(crate) fn surname_len(&self, name: &str) -> Option<usize> {
        let mut chars = name.chars();
        let first = chars.next()?;
        let two = first.len_utf8() + chars.next().map_or(0, char::len_utf8);
        if name.get(..two).is_some_and(|s| self.compounds.contains(s)) {
            return Some(two);
        }
        let single =
            self.singles.binary_search(&first).is_ok() || self.weak.binary_search(&first).is_ok();
        single.then_some(first.len_utf8())
    }

    /// Whether what follows 对/接受 names an outlet: not a generic word
    /// (记者, 此) and not a person (对王小明表示感谢).
    pub(crate) fn is_outlet(&self, outlet: &str) -> bool {
        !outlet.is_empty() && !self.not_outlets.contains(outlet) && !self.is_name(outlet)
    }
}

/// The rows of `speech_verbs.tsv`: each word and whether it is a speech
/// verb; the rows of frame verbs (在王五看来), which are none elsewhere; and
/// the rows of verbs that are speech only before a comma (王五提出，…).
type SpeechVerbs = (Vec<(String, bool)>, HashSet<usize>, HashSet<usize>);

/// Reads `speech_verbs.tsv` (see [`SpeechVerbs`]).
fn speech_verbs() -> Result<SpeechVerbs, Error> {
    let mut verb_words = Vec::new();
    let mut frames = HashSet::new();
    let mut commas = HashSet::new();
    for (line, word, kind) in rows(gazetteer::SPEECH_VERBS)? {
        let speech = match kind {
            "speech" => true,
            "not" => false,
            "frame" => {
                frames.insert(verb_words.len());
                false
            }
            "comma" => {
                commas.insert(verb_words.len());
                false
            }
            _ => {
                return Err(bad(
                    gazetteer::SPEECH_VERBS,
                    line,
                    "kind must be speech, frame, comma or not",
                ));
            }
        };
        verb_words.push((word.to_owned(), speech));
    }
    Ok((verb_words, frames, commas))
}

/// The rows of `surnames.tsv`.
struct Surnames {
    /// Sorted.
    singles: Vec<char>,
    /// Sorted.
    weak: Vec<char>,
    compounds: HashSet<String>,
}

impl Surnames {
    fn new() -> Result<Self, Error> {
        let mut singles = Vec::new();
        let mut weak = Vec::new();
        let mut compounds = HashSet::new();
        for (line, surname, kind) in rows(gazetteer::SURNAMES)? {
            let mut chars = surname.chars();
            match (kind, chars.next(), chars.next(), chars.next()) {
                ("single", Some(c), None, _) => singles.push(c),
                ("weak", Some(c), None, _) => weak.push(c),
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
        for set in [&mut singles, &mut weak] {
            set.sort_unstable();
            set.dedup();
        }
        Ok(Surnames {
            singles,
            weak,
            compounds,
        })
    }
}

/// The class of a kind of `expert_cues.tsv` read by position.
fn positional_class(kind: &str) -> Option<Class> {
    Some(match kind {
        "org_suffix" => Class::ORG_SUFFIX,
        "division" => Class::DIVISION,
        "modifier" => Class::MODIFIER,
        "lead" => Class::LEAD,
        "tail" => Class::TAIL,
        "honorific" => Class::HONORIFIC,
        "mention_end" => Class::MENTION_END,
        "interview" => Class::INTERVIEW,
        _ => return None,
    })
}

impl Lists {
    fn add(&mut self, kind: &str, word: &str, line: usize) -> Result<(), Error> {
        let list = match kind {
            "not_name" => {
                self.not_names.insert(word.to_owned());
                return Ok(());
            }
            "state" => {
                self.states.insert(word.to_owned());
                return Ok(());
            }
            "not_outlet" => {
                self.not_outlets.insert(word.to_owned());
                return Ok(());
            }
            "translit" | "joint" => {
                let mut chars = word.chars();
                let (Some(c), None) = (chars.next(), chars.next()) else {
                    return Err(bad(
                        gazetteer::EXPERT_CUES,
                        line,
                        "a translit or joint row is one character",
                    ));
                };
                match kind {
                    "joint" => self.joints.push(c),
                    _ => self.translit.push(c),
                }
                return Ok(());
            }
            "not_given" => &mut self.not_given,
            "not_in_name" => &mut self.not_in_names,
            "reporter" => &mut self.reporters,
            "label" => &mut self.labels,
            "label_end" => &mut self.label_ends,
            "heading_end" => &mut self.heading_ends,
            "event_open" => &mut self.event_opens,
            "event_end" => &mut self.event_ends,
            "title_open" => &mut self.title_opens,
            "post_modifier" => &mut self.post_modifiers,
            "shared_head" => &mut self.shared_heads,
            "not_in_title" => &mut self.not_in_titles,
            _ => {
                return Err(bad(
                    gazetteer::EXPERT_CUES,
                    line,
                    "unknown kind: see the kinds listed in the file's header",
                ));
            }
        };
        list.push(word.to_owned());
        Ok(())
    }
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
