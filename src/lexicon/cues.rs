//! Goal cue words (`gazetteers/goal_cues.tsv`): the words that say a
//! sentence states a target, reports a fact or forecasts, found through the
//! lexicon automaton ([`super::Table::Cue`]), and the word lists the goals
//! and years passes read around a number; and the benefit words
//! (`gazetteers/incentives.tsv`, [`super::Table::Benefit`]) the incentives
//! pass reads around a sum.

use super::{Hits, Table};
use crate::lexicon::tsv::{self as gazetteer, Source};
use crate::{Error, IncentiveKind, Span};

/// What a cue word says about the numbers near it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Cue {
    /// A target is stated: 力争, 确保, 目标, 计划, 将, 要.
    Forward,
    /// A word that contains a cue but is none (主要 holds 要).
    None,
    /// What is or was: 同比, 已, 累计, 截至, 去年.
    Statistic,
    /// Someone's forecast, not a commitment: 预计, 有望.
    Forecast,
    /// A numbered slogan, no quantity: 四个全面, 两个市场.
    Slogan,
    /// A change against last year (比去年, 较上年): a fact unless the
    /// sentence speaks of this year or later.
    Comparison,
}

#[derive(Debug, Clone)]
pub(crate) struct Cues {
    /// The automaton's cue words ([`Table::Cue`] rows) and what each says.
    pub(crate) words: Vec<String>,
    kinds: Vec<Cue>,
    /// Verbs after which the number counts the noun that follows.
    pub(crate) verbs: WordList,
    /// Words stripped from the start of a subject.
    pub(crate) leads: WordList,
    /// Modals and adverbs that never end a subject (`力争`, `将`).
    pub(crate) trails: WordList,
    /// Modals that make a clause say what will be done (将, 力争, 计划).
    pub(crate) modals: WordList,
    /// Nouns counting the measures of a plan rather than a target.
    pub(crate) measures: Vec<String>,
    /// Verbs of change ending a subject (`能耗下降18%` → 能耗).
    pub(crate) changes: WordList,
    /// Verbs between an actor and what it measures (`市财政安排专项资金`).
    pub(crate) splits: WordList,
    /// Ratios that stand without a unit (`PUE低于1.3`).
    pub(crate) ratios: Vec<String>,
    /// Heading words of a plan's goal and task sections.
    pub(crate) sections_goal: WordList,
    /// Heading words of a plan's background sections.
    pub(crate) sections_background: WordList,
    /// Genre words ending a document's own title.
    pub(crate) genres: Vec<String>,
    /// Nouns a sum right before qualifies (`超百亿元企业`): a threshold.
    pub(crate) holders: Vec<String>,
    /// Words of a subsidy beside a sum (`给予最高1000万元补贴`): a rate or cap.
    pub(crate) subsidies: WordList,
    /// Words saying a thing is done (已建成, 截至): a deadline before them
    /// dates history, even when no reference date tells the year is gone.
    pub(crate) pasts: WordList,
    /// Counting nouns a subject may end with (游客人次, 车辆): after a bare
    /// 万 or 亿 they complete the unit (12亿 → 12亿人次).
    pub(crate) counters: Vec<String>,
    /// Nouns ending like a counter that count nothing (国家, 机器人).
    pub(crate) noncounters: Vec<String>,
    /// Personal pronouns (我们, 他们): a speaker acting, never what is measured.
    pub(crate) pronouns: WordList,
    /// Budget verbs (安排, 供应): a sum they govern is an aim.
    pub(crate) allocations: Vec<String>,
    /// Adverbs of aim before a target verb (初步, 基本): a year before
    /// them dates an aim (`2024年初步建成`).
    pub(crate) aims: Vec<String>,
    /// Verbs of reporting and adopting that 了 makes a fact (出台了, 选取了).
    pub(crate) perfects: Vec<String>,
}

/// A word list in its order (longest first), indexed by first and by last
/// character: the rules ask thousands of times a document which word of a
/// list a short phrase starts or ends with, and the index tests only the
/// words that open or close with that phrase's character. The phrases are
/// cut and trimmed from a clause (asides dropped, leads stripped), so they
/// are looked up as strings, not through the lexicon's hits by position as
/// the experts' words are ([`super::experts::Words`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct WordList {
    list: Vec<String>,
    /// Each word's first character and its place in `list`, sorted.
    by_first: Vec<(char, usize)>,
    /// Each word's last character and its place in `list`, sorted.
    by_last: Vec<(char, usize)>,
    /// One bit per value of a first character's low [`FILTER_BITS`] bits:
    /// a character whose bit is clear opens no word, and is passed without
    /// a search.
    firsts: [u64; FILTER_WORDS],
    /// The same for a last character: most phrases end with a character
    /// that ends no word.
    lasts: [u64; FILTER_WORDS],
    /// The length of the longest word, in bytes.
    longest: usize,
    /// Whether a word may overlap itself (its start is its end, as in
    /// 研究研究): then [`WordList::occurrences`] finds more than a
    /// search for each word in turn.
    overlapping: bool,
}

/// How many low bits of a character [`WordList::firsts`] and
/// [`WordList::lasts`] tell apart: eleven, so that Han characters share a
/// bit ten at a time, and a list of a few hundred words leaves most bits
/// clear (with the low byte alone, as before, a long list of verbs set
/// most of them and the filter passed most characters).
const FILTER_BITS: u32 = 11;

/// The `u64` words of a character filter of a [`WordList`].
const FILTER_WORDS: usize = 1 << (FILTER_BITS - 6);

/// The bit of `c` in [`WordList::firsts`] or [`WordList::lasts`]: its
/// word, and its mask there.
fn first_bit(c: char) -> (usize, u64) {
    let low = u32::from(c) & ((1 << FILTER_BITS) - 1);
    ((low / 64) as usize, 1 << (low % 64))
}

impl WordList {
    pub(crate) fn new(list: Vec<String>) -> Self {
        let index = |edge: fn(&str) -> Option<char>| {
            let mut index: Vec<(char, usize)> = list
                .iter()
                .enumerate()
                .filter_map(|(i, w)| Some((edge(w)?, i)))
                .collect();
            index.sort_unstable();
            index
        };
        let bits = |edge: fn(&str) -> Option<char>| {
            let mut bits = [0u64; FILTER_WORDS];
            for c in list.iter().filter_map(|w| edge(w)) {
                let (word, bit) = first_bit(c);
                if let Some(w) = bits.get_mut(word) {
                    *w |= bit;
                }
            }
            bits
        };
        WordList {
            firsts: bits(|w| w.chars().next()),
            lasts: bits(|w| w.chars().next_back()),
            longest: list.iter().map(String::len).max().unwrap_or(0),
            overlapping: list.iter().any(|w| {
                w.char_indices()
                    .skip(1)
                    .any(|(i, _)| w.get(i..).is_some_and(|end| w.starts_with(end)))
            }),
            by_first: index(|w| w.chars().next()),
            by_last: index(|w| w.chars().next_back()),
            list,
        }
    }

    /// The first word of the list that `s` starts with.
    pub(crate) fn prefix_of(&self, s: &str) -> Option<&str> {
        self.prefix_index_of(s)
            .and_then(|i| self.list.get(i))
            .map(String::as_str)
    }

    /// Where in the list the first word that `s` starts with stands: for a
    /// caller keeping something beside each word.
    pub(crate) fn prefix_index_of(&self, s: &str) -> Option<usize> {
        let first = s.chars().next()?;
        let (word, bit) = first_bit(first);
        if self.firsts.get(word).is_none_or(|w| w & bit == 0) {
            return None;
        }
        self.indexed_with_edge(&self.by_first, first)
            .find(|(_, w)| s.starts_with(w))
            .map(|(i, _)| i)
    }

    /// Whether any word of the list occurs in `s`: each character of `s`
    /// is looked up among the words that open with it, so a short phrase
    /// costs a few binary searches rather than a search for every word.
    pub(crate) fn occurs_in(&self, s: &str) -> bool {
        s.char_indices().any(|(i, c)| {
            let (word, bit) = first_bit(c);
            if self.firsts.get(word).is_none_or(|w| w & bit == 0) {
                return false;
            }
            let rest = s.get(i..).unwrap_or_default();
            self.with_edge(&self.by_first, c)
                .any(|w| rest.starts_with(w))
        })
    }

    /// Every occurrence of a word of the list in `s`, by where it starts
    /// (and in list order at one place): overlapping ones too. `None` when
    /// a word may overlap itself, where a search for each word in turn
    /// (`str::match_indices`) would skip some: the caller searches so.
    pub(crate) fn occurrences<'a>(
        &'a self,
        s: &'a str,
    ) -> Option<impl Iterator<Item = (usize, &'a str)> + 'a> {
        if self.overlapping {
            return None;
        }
        let found = s.char_indices().flat_map(move |(i, c)| {
            let (word, bit) = first_bit(c);
            let opens = self.firsts.get(word).is_some_and(|w| w & bit != 0);
            let rest = s.get(i..).unwrap_or_default();
            let words = opens.then(|| self.with_edge(&self.by_first, c));
            words
                .into_iter()
                .flatten()
                .filter(move |w| rest.starts_with(w))
                .map(move |w| (i, w))
        });
        Some(found)
    }

    /// Where the occurrence of a word of the list that ends last in `s`
    /// ends: one walk back from the end of `s`, which stops once no word
    /// starting further back could end later.
    pub(crate) fn last_end_in(&self, s: &str) -> Option<usize> {
        let mut best: Option<usize> = None;
        for (i, c) in s.char_indices().rev() {
            if best.is_some_and(|b| i + self.longest <= b) {
                break;
            }
            let (word, bit) = first_bit(c);
            if self.firsts.get(word).is_none_or(|w| w & bit == 0) {
                continue;
            }
            let rest = s.get(i..).unwrap_or_default();
            for w in self.with_edge(&self.by_first, c) {
                if rest.starts_with(w) {
                    best = best.max(Some(i + w.len()));
                }
            }
        }
        best
    }

    /// The first word of the list that `s` ends with.
    pub(crate) fn suffix_of(&self, s: &str) -> Option<&str> {
        self.suffix_index_of(s)
            .and_then(|i| self.list.get(i))
            .map(String::as_str)
    }

    /// Where in the list the first word that `s` ends with stands: for a
    /// caller keeping something beside each word.
    pub(crate) fn suffix_index_of(&self, s: &str) -> Option<usize> {
        let last = s.chars().next_back()?;
        let (word, bit) = first_bit(last);
        if self.lasts.get(word).is_none_or(|w| w & bit == 0) {
            return None;
        }
        self.indexed_with_edge(&self.by_last, last)
            .find(|(_, w)| s.ends_with(w))
            .map(|(i, _)| i)
    }

    /// The words whose edge in `index` is `c`, in list order.
    fn with_edge<'a>(
        &'a self,
        index: &'a [(char, usize)],
        c: char,
    ) -> impl Iterator<Item = &'a str> + 'a {
        self.indexed_with_edge(index, c).map(|(_, w)| w)
    }

    /// The words whose edge in `index` is `c`, in list order, with their
    /// places in the list.
    fn indexed_with_edge<'a>(
        &'a self,
        index: &'a [(char, usize)],
        c: char,
    ) -> impl Iterator<Item = (usize, &'a str)> + 'a {
        let from = index.partition_point(|&(e, _)| e < c);
        index
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |&&(e, _)| e == c)
            .filter_map(|&(_, i)| self.list.get(i).map(|w| (i, w.as_str())))
    }
}

impl std::ops::Deref for WordList {
    type Target = [String];
    fn deref(&self) -> &[String] {
        &self.list
    }
}

impl<'a> IntoIterator for &'a WordList {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;
    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

/// Which cues a window holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Seen {
    pub(crate) forward: bool,
    /// A statistic cue, a change against last year included.
    pub(crate) statistic: bool,
    pub(crate) forecast: bool,
    /// A statistic cue other than a change against last year.
    pub(crate) fact: bool,
}

impl Cues {
    pub(crate) fn new(source: Source) -> Result<Self, Error> {
        let mut words = Vec::new();
        let mut kinds = Vec::new();
        let mut verbs = Vec::new();
        let mut leads = Vec::new();
        let mut trails = Vec::new();
        let mut modals = Vec::new();
        let mut measures = Vec::new();
        let mut changes = Vec::new();
        let mut splits = Vec::new();
        let mut ratios = Vec::new();
        let mut sections_goal = Vec::new();
        let mut sections_background = Vec::new();
        let mut genres = Vec::new();
        let mut holders = Vec::new();
        let mut subsidies = Vec::new();
        let mut pasts = Vec::new();
        let mut counters = Vec::new();
        let mut noncounters = Vec::new();
        let mut pronouns = Vec::new();
        let mut allocations = Vec::new();
        let mut aims = Vec::new();
        let mut perfects = Vec::new();
        for row in gazetteer::parse(source.name, source.text, 2)? {
            let word = row.get(0).to_owned();
            let cue = match row.get(1) {
                "forward" => Cue::Forward,
                "none" => Cue::None,
                "statistic" => Cue::Statistic,
                "forecast" => Cue::Forecast,
                "slogan" => Cue::Slogan,
                "comparison" => Cue::Comparison,
                "verb" => {
                    verbs.push(word);
                    continue;
                }
                "lead" => {
                    leads.push(word);
                    continue;
                }
                "trail" => {
                    trails.push(word);
                    continue;
                }
                "modal" => {
                    modals.push(word);
                    continue;
                }
                "measure" => {
                    measures.push(word);
                    continue;
                }
                kind @ ("change" | "split" | "ratio" | "section" | "background" | "genre"
                | "holder" | "subsidy" | "past" | "counter" | "noncounter" | "pronoun"
                | "allocate" | "aim" | "perfect") => {
                    let list = match kind {
                        "allocate" => &mut allocations,
                        "aim" => &mut aims,
                        "perfect" => &mut perfects,
                        "past" => &mut pasts,
                        "counter" => &mut counters,
                        "noncounter" => &mut noncounters,
                        "pronoun" => &mut pronouns,
                        "change" => &mut changes,
                        "holder" => &mut holders,
                        "subsidy" => &mut subsidies,
                        "split" => &mut splits,
                        "ratio" => &mut ratios,
                        "section" => &mut sections_goal,
                        "background" => &mut sections_background,
                        _ => &mut genres,
                    };
                    list.push(word);
                    continue;
                }
                other => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        format!("unknown kind {other:?}"),
                    ));
                }
            };
            words.push(word);
            kinds.push(cue);
        }
        // Longest first, so that the longest verb or lead is the one removed.
        for list in [
            &mut verbs,
            &mut leads,
            &mut trails,
            &mut modals,
            &mut measures,
            &mut changes,
            &mut splits,
            &mut ratios,
            &mut holders,
            &mut subsidies,
            &mut pasts,
            &mut counters,
            &mut noncounters,
            &mut pronouns,
            &mut allocations,
            &mut aims,
            &mut perfects,
        ] {
            list.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        }
        Ok(Cues {
            words,
            kinds,
            verbs: WordList::new(verbs),
            leads: WordList::new(leads),
            trails: WordList::new(trails),
            modals: WordList::new(modals),
            measures,
            changes: WordList::new(changes),
            splits: WordList::new(splits),
            ratios,
            sections_goal: WordList::new(sections_goal),
            sections_background: WordList::new(sections_background),
            genres,
            holders,
            subsidies: WordList::new(subsidies),
            pasts: WordList::new(pasts),
            counters,
            noncounters,
            pronouns: WordList::new(pronouns),
            allocations,
            aims,
            perfects,
        })
    }

    /// The cues in `window` of `text` (leftmost-longest among the
    /// automaton's cue words lying inside it), leaving out those inside
    /// `masks` (sorted byte ranges of the text: agency names such as
    /// 发展规划司, whose 规划 states no plan) and word cues that head an
    /// office name inside the window (`规划司`, `计划处`). `place`, when
    /// given, keeps the place of the window's first hit for the next
    /// window (see [`Hits::leftmost_longest_kept`]).
    pub(crate) fn seen(
        &self,
        text: &str,
        hits: &Hits,
        window: Span,
        masks: &[(usize, usize)],
        place: Option<&mut usize>,
    ) -> Seen {
        let mut seen = Seen::default();
        for hit in hits.leftmost_longest_kept(Table::Cue, window, place) {
            let (start, end) = (hit.span().start, hit.span().end);
            let at = masks.partition_point(|&(_, e)| e <= start);
            if masks.get(at).is_some_and(|&(s, _)| s < end) {
                continue;
            }
            let word = text.get(start..end).unwrap_or("");
            let office = word.chars().count() >= 2
                && text
                    .get(end..window.end)
                    .is_some_and(|r| r.starts_with(OFFICE_SUFFIXES));
            if office {
                continue;
            }
            match self.kinds.get(hit.row()) {
                Some(Cue::Forward) => seen.forward = true,
                Some(Cue::Statistic) => {
                    seen.statistic = true;
                    seen.fact = true;
                }
                Some(Cue::Forecast) => seen.forecast = true,
                Some(Cue::Comparison) => seen.statistic = true,
                Some(Cue::None | Cue::Slogan) | None => {}
            }
        }
        seen
    }

    /// Whether a numbered slogan (四个全面) starts at byte `at`.
    pub(crate) fn slogan_at(&self, hits: &Hits, at: usize) -> bool {
        hits.starting_at(Table::Cue, at)
            .iter()
            .any(|h| self.kinds.get(h.row()) == Some(&Cue::Slogan))
    }

    /// The verb `s` ends with, if any.
    pub(crate) fn ending_verb(&self, s: &str) -> Option<&str> {
        self.verbs.suffix_of(s)
    }
}

/// Characters that end the name of an office: a cue word before one names
/// the office (发展规划司, 综合计划处), not an intention. Single-character
/// cues are exempt: 要办好 is a modal and its verb.
const OFFICE_SUFFIXES: [char; 7] = ['司', '局', '处', '科', '厅', '室', '院'];

/// What a benefit word (`gazetteers/incentives.tsv`) does around a sum.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// Names a benefit and marks where it is granted (奖励, 补贴, 贴息).
    Benefit,
    /// A verb that grants (给予, 予以).
    Grant,
    /// An amount per head or household follows (每人每月).
    Per,
    /// Names a kind only (支持, 配套).
    Noun,
    /// A fund's name holding a benefit word (奖励资金).
    Fund,
    /// A budget verb (安排, 设立): a sum after it is an allocation.
    Allocate,
}

impl Role {
    /// Whether the word marks where a benefit is granted.
    pub(crate) fn grants(self) -> bool {
        matches!(self, Role::Benefit | Role::Grant | Role::Per)
    }
}

/// One benefit word's kind and role.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Benefit {
    pub(crate) kind: IncentiveKind,
    pub(crate) role: Role,
}

/// The benefit words ([`Table::Benefit`] rows).
#[derive(Debug, Clone, Default)]
pub(crate) struct Benefits {
    /// The words, as the automaton holds them.
    pub(crate) words: Vec<String>,
    /// Each word's kind and role, by row.
    pub(crate) rows: Vec<Benefit>,
}

impl Benefits {
    pub(crate) fn new(source: Source) -> Result<Self, Error> {
        let mut table = Benefits::default();
        for row in gazetteer::parse(source.name, source.text, 3)? {
            let kind = match row.get(1) {
                "reward" => IncentiveKind::Reward,
                "subsidy" => IncentiveKind::Subsidy,
                "interest" => IncentiveKind::Interest,
                "rent" => IncentiveKind::Rent,
                "fee" => IncentiveKind::Fee,
                "tax" => IncentiveKind::Tax,
                "loan" => IncentiveKind::Loan,
                "other" => IncentiveKind::Other,
                other => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        format!("unknown kind {other:?}"),
                    ));
                }
            };
            let role = match row.get(2) {
                "benefit" => Role::Benefit,
                "grant" => Role::Grant,
                "per" => Role::Per,
                "noun" => Role::Noun,
                "fund" => Role::Fund,
                "allocate" => Role::Allocate,
                other => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        format!("unknown role {other:?}"),
                    ));
                }
            };
            table.words.push(row.get(0).to_owned());
            table.rows.push(Benefit { kind, role });
        }
        Ok(table)
    }

    /// The kind and role of the word at `row`.
    pub(crate) fn get(&self, row: usize) -> Option<Benefit> {
        self.rows.get(row).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn occurrences_are_every_match_of_every_word() {
        let list = |words: &[&str]| WordList::new(words.iter().map(|w| (*w).to_owned()).collect());
        // (name, words, phrase)
        let rows: &[(&str, &[&str], &str)] = &[
            ("none", &["安排", "提供"], "建设项目"),
            ("one", &["安排", "提供"], "财政安排资金"),
            ("both, twice", &["安排", "提供"], "安排资金提供服务再安排"),
            ("sharing a start", &["投入", "投入资金"], "投入资金"),
            ("empty phrase", &["安排"], ""),
        ];
        for (name, words, phrase) in rows {
            let words = list(words);
            let mut want: Vec<(usize, &str)> = words
                .iter()
                .flat_map(|w| phrase.match_indices(w.as_str()))
                .collect();
            want.sort_by_key(|&(i, w)| (i, words.iter().position(|x| x == w)));
            let got: Vec<(usize, &str)> = words.occurrences(phrase).expect(name).collect();
            assert_eq!(got, want, "{name}");
        }
        for overlapping in [&["研究研究"][..], &["AA", "安排"], &["啊啊"]] {
            assert!(list(overlapping).occurrences("研究研究研究").is_none());
        }
        assert!(list(&["研究", "AB"]).occurrences("研究").is_some());
    }

    #[test]
    fn words_find_what_a_walk_of_the_list_finds() {
        let cues = Cues::new(gazetteer::GOAL_CUES).expect("goal_cues.tsv parses");
        let phrases = [
            "力争到2025年建成",
            "将进一步推动新建改建城市道路",
            "全省计划完成投资",
            "单位GDP能耗下降",
            "产值力争",
            "新增",
            "",
            "达",
            "二、主要目标和重点任务",
        ];
        for words in [
            &cues.verbs,
            &cues.leads,
            &cues.trails,
            &cues.modals,
            &cues.changes,
            &cues.sections_goal,
            &cues.sections_background,
        ] {
            // Every phrase and every word, with every cut of it, so that
            // each word is tested as a prefix and suffix of something.
            let texts = phrases
                .iter()
                .map(|p| (*p).to_owned())
                .chain(words.iter().map(|w| format!("{w}建设项目")))
                .chain(words.iter().map(|w| format!("项目{w}")));
            for text in texts {
                for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
                    let (head, rest) = text.split_at(i);
                    let prefix = words
                        .iter()
                        .map(String::as_str)
                        .find(|w| rest.starts_with(w));
                    assert_eq!(words.prefix_of(rest), prefix, "{rest}");
                    let suffix = words.iter().map(String::as_str).find(|w| head.ends_with(w));
                    assert_eq!(words.suffix_of(head), suffix, "{head}");
                    let at = words.iter().position(|w| head.ends_with(w.as_str()));
                    assert_eq!(words.suffix_index_of(head), at, "{head}");
                    let occurs = words.iter().any(|w| rest.contains(w.as_str()));
                    assert_eq!(words.occurs_in(rest), occurs, "{rest}");
                }
            }
        }
    }

    #[test]
    fn words_keep_list_order_among_words_of_one_edge() {
        let words = WordList::new(vec!["建设".into(), "建".into(), "设".into()]);
        assert_eq!(words.prefix_of("建设项目"), Some("建设"));
        assert_eq!(words.prefix_of("建成"), Some("建"));
        assert_eq!(words.suffix_of("加快建设"), Some("建设"));
        assert_eq!(words.suffix_of("新设"), Some("设"));
        assert_eq!(words.prefix_of("项目"), None);
        assert_eq!(words.prefix_index_of("建成"), Some(1));
        assert_eq!(words.prefix_index_of("设立"), Some(2));
        assert_eq!(words.prefix_index_of(""), None);
        assert_eq!(words.suffix_of(""), None);
        assert!(words.occurs_in("新设项目"));
        assert!(!words.occurs_in("项目"));
        assert_eq!(words.len(), 3);
    }

    #[test]
    fn the_word_ending_last_is_found_walking_back() {
        let words = WordList::new(vec!["我们".into(), "我".into(), "他们自己".into()]);
        let rows: &[(&str, Option<usize>)] = &[
            ("", None),
            ("项目建设", None),
            ("我们将再投入", Some(6)),
            ("我们说我将", Some(12)),
            // A longer word starting further back ends later.
            ("他们自己们", Some(12)),
            ("他们我们", Some(12)),
            ("我", Some(3)),
        ];
        for &(s, end) in rows {
            assert_eq!(words.last_end_in(s), end, "{s}");
            // The same as the greatest end of any word's last occurrence.
            let by_search = words
                .iter()
                .filter_map(|w| s.rfind(w.as_str()).map(|i| i + w.len()))
                .max();
            assert_eq!(by_search, end, "{s}");
        }
    }

    /// Windows read with the place of their first hit kept from the last
    /// one read the cues a binary search for that hit reads, whether the
    /// next window starts further on, at the same place or behind.
    #[test]
    fn a_kept_place_reads_what_a_search_reads() {
        use proptest::prelude::*;
        let lexicon = crate::lexicon::Lexicon::new(&[], &[]).expect("embedded tables build");
        let pieces = proptest::collection::vec(
            proptest::sample::select(vec![
                "力争",
                "将",
                "同比",
                "已",
                "预计",
                "主要",
                "计划",
                "规划司",
                "比去年",
                "截至",
                "增长",
                "20%",
                "企业",
                ",",
                "。",
                "\n",
            ]),
            0..40,
        );
        let windows = proptest::collection::vec((0.0..1.0f64, 0.0..0.5f64), 1..12);
        let mut runner = proptest::test_runner::TestRunner::default();
        runner
            .run(&(pieces, windows), |(pieces, windows)| {
                let text = pieces.concat();
                let hits = lexicon.scan(&text);
                let bounds: Vec<usize> = text
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([text.len()])
                    .collect();
                let at = |f: f64| {
                    let i = (f * bounds.len() as f64) as usize;
                    bounds.get(i.min(bounds.len() - 1)).copied().unwrap_or(0)
                };
                // One agency name masked, as the goals pass masks them.
                let masks = [(at(0.3), at(0.4))];
                let mut place = 0;
                for (start, len) in windows {
                    let window = Span::new(at(start), at((start + len).min(1.0)).max(at(start)));
                    let cues = &lexicon.cues;
                    let searched = cues.seen(&text, &hits, window, &masks, None);
                    let kept = cues.seen(&text, &hits, window, &masks, Some(&mut place));
                    prop_assert_eq!(kept, searched, "{:?} in {}", window, text);
                }
                Ok(())
            })
            .expect("every window reads alike");
    }
}
