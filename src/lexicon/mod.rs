//! The lexicon: every word list zhengce reads, and one automaton over all
//! their surfaces, run once per document.
//!
//! Each table (places, central bodies, local suffixes, speech verbs, goal
//! cues, …) registers the surfaces that name its rows. One surface may
//! belong to several tables (发改委 is a central alias and a local suffix
//! alias). [`Lexicon::scan`] runs the automaton once over the normalized
//! text and sorts every occurrence into its tables: a [`Hits`] per document,
//! from which each pass reads the hits of the tables it needs by position —
//! the longest suffix starting right after a place, the speech verbs of the
//! text in leftmost-longest order, the cues inside one sentence.
//!
//! Why overlapping occurrences rather than one leftmost-longest pass: the
//! tables nest (深圳市 inside 深圳市工业和信息化局, 发展和改革委员会 inside
//! 国家发展和改革委员会), and each pass wants the leftmost-longest reading
//! of *its* tables, not of all of them together. Leftmost-longest over a
//! table and a window is computed from the overlapping occurrences
//! ([`Hits::leftmost_longest`]) and equals a leftmost-longest automaton run
//! over that window alone.
//!
//! Why a character-wise double-array automaton (daachorse) rather than a
//! byte automaton: the surfaces are CJK, three bytes a character; walking
//! characters takes a third of the transitions, and the double array builds
//! in a few milliseconds where a byte DFA of this size takes tens.

pub(crate) mod agencies;
pub(crate) mod cues;
pub(crate) mod experts;
pub(crate) mod places;
pub(crate) mod tsv;
pub(crate) mod units;

use std::collections::HashMap;

use daachorse::CharwiseDoubleArrayAhoCorasick;

use crate::text::segment::seek;
use crate::{Error, Span};

/// The tables whose surfaces the automaton holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Table {
    /// Place names, short forms and the words that hide them
    /// ([`places::Table::patterns`] index).
    Place,
    /// Central bodies and zone committees by name or alias
    /// ([`agencies::Table::patterns`] index of [`Lexicon::central`]).
    Agency,
    /// Local body suffixes and their aliases
    /// ([`agencies::Table::patterns`] index of [`Lexicon::suffixes`]).
    Suffix,
    /// Goal cue words ([`cues::Cues::words`] index).
    Cue,
    /// Ratios that stand without a unit, PUE ([`cues::Cues::ratios`] index).
    Ratio,
    /// Speech verbs and look-alikes ([`experts::Lexicon::verb_words`] index).
    SpeechVerb,
    /// Relative time words ([`Lexicon::time_words`] index).
    Time,
    /// Committee words after a zone name, 管委会
    /// ([`agencies::Zones::committees`] index).
    Committee,
    /// Job words and the cue words the experts pass reads by position
    /// ([`experts::Lexicon::words`] index).
    ExpertWord,
    /// Benefit words: rewards, subsidies, grant verbs
    /// ([`cues::Benefits::words`] index).
    Benefit,
}

/// How many [`Table`]s there are.
const TABLES: usize = 10;

impl Table {
    const fn index(self) -> usize {
        self as usize
    }
}

/// An automaton value with this bit set names its pattern's one entry
/// itself: the table's index in the four bits below it, the row in the
/// [`ROW_BITS`] below those. Most surfaces belong to one table row, and
/// their hits are filed without a look into [`Entries`]. Any other value
/// is the pattern's id there.
const SINGLE: u32 = 1 << 31;

/// The bits of a [`SINGLE`] value that hold the row.
const ROW_BITS: u32 = 27;

// Every table's index fits the bits between the row and [`SINGLE`].
const _: () = assert!(TABLES <= 1 << (31 - ROW_BITS));

/// The value the automaton reports for pattern `id` with `entries`.
fn automaton_value(id: u32, entries: &[(Table, u32)]) -> u32 {
    match entries {
        [(table, row)] if *row < 1 << ROW_BITS => SINGLE | (table.index() as u32) << ROW_BITS | row,
        _ => id,
    }
}

/// The table index and row a [`SINGLE`] value names; `None` for a
/// pattern's id, whose entries [`Entries`] holds.
fn single_entry(value: u32) -> Option<(usize, u32)> {
    (value & SINGLE != 0).then(|| {
        let table = (value & !SINGLE) >> ROW_BITS;
        (table as usize, value & ((1 << ROW_BITS) - 1))
    })
}

/// Bytes of text per hit of each table, a little under what a sample of
/// 378 policy pages shows (experts' words such as 和 and 部 hit every ten
/// characters or so, places, suffixes and goal cues every sixty to
/// eighty): a text's busiest hit lists are sized from its length once,
/// rather than grown by doubling. Zero for the tables that hit too rarely
/// to size ahead. A text unlike the sample only leaves some of the
/// reserved room untouched.
const BYTES_PER_HIT: [usize; TABLES] = [160, 0, 200, 200, 0, 0, 0, 0, 30, 0];

/// Spare room in a list of hits that [`Lexicon::scan`] leaves in place:
/// more goes back to the allocator once the scan is done.
const SLACK_KEPT: usize = 4096;

/// One occurrence of a table surface in the normalized text: 12 bytes, so
/// that the hits of a long text stay a fraction of its size (a 200 MB
/// page holds some ten million). Its start is split in a low word and a
/// high half-word, which reach 256 TiB; its length fits a half-word, as
/// no table takes a surface longer than [`MAX_SURFACE_BYTES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    /// Where it starts in the normalized text: the low 32 bits.
    start: u32,
    /// The bits of the start above the low 32.
    start_high: u16,
    /// Its length in bytes.
    len: u16,
    /// The row it names, as its table numbers them.
    row: u32,
}

/// The longest surface a table may give the automaton, in bytes: a
/// longer one is left out (no place, body or cue word comes near).
const MAX_SURFACE_BYTES: usize = u16::MAX as usize;

impl Hit {
    fn new(span: Span, row: u32) -> Self {
        let start = span.start as u64;
        Hit {
            start: (start & u64::from(u32::MAX)) as u32,
            start_high: u16::try_from(start >> 32).unwrap_or(u16::MAX),
            len: u16::try_from(span.len()).unwrap_or(u16::MAX),
            row,
        }
    }

    /// Where it stands in the normalized text.
    pub(crate) fn span(&self) -> Span {
        let start = (u64::from(self.start_high) << 32 | u64::from(self.start)) as usize;
        Span::new(start, start + usize::from(self.len))
    }

    /// The row it names, as its table numbers them.
    pub(crate) fn row(&self) -> usize {
        self.row as usize
    }
}

/// Every table's occurrences in one text, each sorted by start and, at one
/// start, longest first.
#[derive(Debug, Clone, Default)]
pub(crate) struct Hits {
    tables: [Vec<Hit>; TABLES],
}

impl Hits {
    /// Every occurrence of `table`'s surfaces, by start, longest first.
    pub(crate) fn of(&self, table: Table) -> &[Hit] {
        self.tables.get(table.index()).map_or(&[], Vec::as_slice)
    }

    /// The occurrences of `table` starting at byte `start`, longest first.
    pub(crate) fn starting_at(&self, table: Table, start: usize) -> &[Hit] {
        self.starting_within(table, Span::new(start, start.saturating_add(1)))
    }

    /// The occurrences of `table` starting inside `window`, by start: two
    /// binary searches, so a caller looking at one sentence never walks
    /// the hits of the text before it.
    pub(crate) fn starting_within(&self, table: Table, window: Span) -> &[Hit] {
        let all = self.of(table);
        let from = all.partition_point(|h| h.span().start < window.start);
        let to = all.partition_point(|h| h.span().start < window.end);
        all.get(from..to.max(from)).unwrap_or_default()
    }

    /// The longest occurrence of `table` starting at byte `start`.
    pub(crate) fn longest_at(&self, table: Table, start: usize) -> Option<Hit> {
        self.starting_at(table, start).first().copied()
    }

    /// The longest occurrence of `table` starting at `start` and ending at
    /// or before `limit`.
    pub(crate) fn longest_within(&self, table: Table, start: usize, limit: usize) -> Option<Hit> {
        self.starting_at(table, start)
            .iter()
            .find(|h| h.span().end <= limit)
            .copied()
    }

    /// The leftmost-longest occurrences of `table` lying inside `window`:
    /// what a leftmost-longest automaton of that table finds in the window.
    pub(crate) fn leftmost_longest(
        &self,
        table: Table,
        window: Span,
    ) -> impl Iterator<Item = Hit> + '_ {
        self.leftmost_longest_kept(table, window, None)
    }

    /// [`Hits::leftmost_longest`], the first hit of the window sought from
    /// `place` when one is given: the place of that hit among the table's,
    /// kept from the last window asked about. A caller asking about
    /// windows that start in increasing order (the sentences of a text, one
    /// number after the other) finds it a few steps on, where a binary
    /// search through the text's hits cost most of reading a window.
    pub(crate) fn leftmost_longest_kept(
        &self,
        table: Table,
        window: Span,
        place: Option<&mut usize>,
    ) -> impl Iterator<Item = Hit> + '_ {
        let mut next = window.start;
        // Hits come by start: the window's end is met on the way, with no
        // second binary search (a window holds a few hits, a text thousands).
        let all = self.of(table);
        let from = match place {
            Some(place) => seek(all, |h| h.span().start, place, window.start),
            None => all.partition_point(|h| h.span().start < window.start),
        };
        all.get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |h| h.span().start < window.end)
            .filter(move |h| {
                if h.span().start < next || h.span().end > window.end {
                    return false;
                }
                next = h.span().end;
                true
            })
            .copied()
    }
}

/// Every table and the automaton over their surfaces.
#[derive(Clone)]
pub(crate) struct Lexicon {
    automaton: CharwiseDoubleArrayAhoCorasick<u32>,
    /// For each automaton pattern, its `(table, row)` entries.
    entries: Entries,
    /// Administrative divisions.
    pub(crate) places: places::Table,
    /// Central bodies and zone committees.
    pub(crate) central: agencies::Table<agencies::Central>,
    /// Local body suffixes.
    pub(crate) suffixes: agencies::Table<agencies::Suffix>,
    /// The words zone committees are read by.
    pub(crate) zones: agencies::Zones,
    /// Goal cue words and the word lists read around numbers.
    pub(crate) cues: cues::Cues,
    /// The experts pass's word lists.
    pub(crate) experts: experts::Lexicon,
    /// Units and their conversions.
    pub(crate) units: units::Units,
    /// Relative time words (今年, 年底前, 未来).
    pub(crate) time_words: Vec<TimeWord>,
    /// Verbs that, after a modal, state what a year is to see done (建成).
    pub(crate) aim_verbs: Vec<String>,
    /// Benefit words (奖励, 补贴, 给予).
    pub(crate) benefits: cues::Benefits,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("patterns", &self.entries.patterns())
            .finish_non_exhaustive()
    }
}

/// A relative time word (`gazetteers/time_words.tsv`).
#[derive(Debug, Clone)]
pub(crate) struct TimeWord {
    /// The word (今年底前).
    pub(crate) word: String,
    /// Whether it states an aim by itself before a target verb and number.
    pub(crate) aim: bool,
}

/// Collects the surfaces of every table before the automaton is built.
struct Surfaces<'a> {
    /// The pattern id of each surface.
    ids: HashMap<&'a str, u32>,
    /// The surface of each pattern id.
    patterns: Vec<&'a str>,
    /// Every `(pattern id, table, row)` added, in the order added.
    added: Vec<(u32, Table, u32)>,
}

impl<'a> Surfaces<'a> {
    fn with_capacity(surfaces: usize) -> Self {
        Surfaces {
            ids: HashMap::with_capacity(surfaces),
            patterns: Vec::with_capacity(surfaces),
            added: Vec::with_capacity(surfaces),
        }
    }

    fn add(&mut self, surface: &'a str, table: Table, row: usize) {
        let Ok(row) = u32::try_from(row) else { return };
        if surface.is_empty() || surface.len() > MAX_SURFACE_BYTES {
            return;
        }
        let next = u32::try_from(self.patterns.len()).unwrap_or(u32::MAX);
        let id = *self.ids.entry(surface).or_insert(next);
        if id == next {
            self.patterns.push(surface);
        }
        self.added.push((id, table, row));
    }

    /// The patterns, and each one's entries, in the order they were
    /// added, each once.
    fn into_parts(self) -> (Vec<&'a str>, Entries) {
        let mut added = self.added;
        // Stable: a pattern's entries keep the order they were added in.
        added.sort_by_key(|&(id, _, _)| id);
        let mut entries = Entries {
            starts: Vec::with_capacity(self.patterns.len() + 1),
            list: Vec::with_capacity(added.len()),
        };
        let mut current = None;
        for (id, table, row) in added {
            if current != Some(id) {
                current = Some(id);
                entries.starts.push(entries.list.len());
            }
            let group = entries.starts.last().copied().unwrap_or(0);
            let seen = entries
                .list
                .get(group..)
                .is_some_and(|group| group.contains(&(table, row)));
            if !seen {
                entries.list.push((table, row));
            }
        }
        entries.starts.push(entries.list.len());
        (self.patterns, entries)
    }
}

/// The `(table, row)` entries of every automaton pattern, in one list:
/// pattern `i`'s are `list[starts[i]..starts[i + 1]]`.
#[derive(Debug, Clone)]
struct Entries {
    starts: Vec<usize>,
    list: Vec<(Table, u32)>,
}

impl Entries {
    /// How many patterns there are.
    fn patterns(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// The entries of pattern `id`.
    fn of(&self, id: u32) -> &[(Table, u32)] {
        let id = id as usize;
        match (self.starts.get(id), self.starts.get(id + 1)) {
            (Some(&from), Some(&to)) => self.list.get(from..to).unwrap_or_default(),
            _ => &[],
        }
    }
}

impl Lexicon {
    /// Parses every embedded table plus the user's extra place and agency
    /// rows, and builds the automaton.
    pub(crate) fn new(extra_places: &[String], extra_agencies: &[String]) -> Result<Self, Error> {
        let places = places::Table::new(extra_places)?;
        let central = agencies::central(extra_agencies)?;
        let suffixes = agencies::suffixes()?;
        let zones = agencies::Zones::new()?;
        let cues = cues::Cues::new(tsv::GOAL_CUES)?;
        let experts = experts::Lexicon::new()?;
        let units = units::Units::new(tsv::UNITS)?;
        let benefits = cues::Benefits::new(tsv::INCENTIVES)?;
        let time_words = tsv::parse(tsv::TIME_WORDS.name, tsv::TIME_WORDS.text, 3)?
            .iter()
            .map(|row| match row.get(2) {
                "yes" | "no" => Ok(TimeWord {
                    word: row.get(0).to_owned(),
                    aim: row.get(2) == "yes",
                }),
                _ => Err(Error::gazetteer(
                    tsv::TIME_WORDS.name,
                    row.line,
                    "aim is yes or no",
                )),
            })
            .collect::<Result<Vec<_>, _>>()?;
        let aim_verbs = tsv::parse(tsv::AIM_VERBS.name, tsv::AIM_VERBS.text, 1)?
            .iter()
            .map(|row| row.get(0).to_owned())
            .collect();

        // Sized for the tables that hold most surfaces, so the map is not
        // rehashed a dozen times as it grows.
        let mut surfaces = Surfaces::with_capacity(
            places.patterns.len() + central.patterns.len() + suffixes.patterns.len(),
        );
        for (row, pattern) in places.patterns.iter().enumerate() {
            surfaces.add(&pattern.text, Table::Place, row);
        }
        for (row, (text, _)) in central.patterns.iter().enumerate() {
            surfaces.add(text, Table::Agency, row);
        }
        for (row, (text, _)) in suffixes.patterns.iter().enumerate() {
            surfaces.add(text, Table::Suffix, row);
        }
        for (row, word) in cues.words.iter().enumerate() {
            surfaces.add(word, Table::Cue, row);
        }
        for (row, word) in cues.ratios.iter().enumerate() {
            surfaces.add(word, Table::Ratio, row);
        }
        for (row, (word, _)) in experts.verb_words.iter().enumerate() {
            surfaces.add(word, Table::SpeechVerb, row);
        }
        for (row, time) in time_words.iter().enumerate() {
            surfaces.add(&time.word, Table::Time, row);
        }
        for (row, committee) in zones.committees.iter().enumerate() {
            surfaces.add(committee.word, Table::Committee, row);
        }
        for (row, (word, _)) in experts.words.iter().enumerate() {
            surfaces.add(word, Table::ExpertWord, row);
        }
        for (row, word) in benefits.words.iter().enumerate() {
            surfaces.add(word, Table::Benefit, row);
        }
        let (patterns, entries) = surfaces.into_parts();
        let automaton = CharwiseDoubleArrayAhoCorasick::with_values(
            patterns
                .iter()
                .zip(0u32..)
                .map(|(&p, id)| (p, automaton_value(id, entries.of(id)))),
        )
        .map_err(|e| Error::gazetteer("lexicon", 0, e.to_string()))?;
        Ok(Lexicon {
            automaton,
            entries,
            places,
            central,
            suffixes,
            zones,
            cues,
            experts,
            units,
            time_words,
            aim_verbs,
            benefits,
        })
    }

    /// Every occurrence of every surface in `text`, sorted into tables.
    pub(crate) fn scan(&self, text: &str) -> Hits {
        let mut hits = Hits::default();
        for (list, per) in hits.tables.iter_mut().zip(BYTES_PER_HIT) {
            if let Some(expected) = text.len().checked_div(per) {
                list.reserve(expected);
            }
        }
        for m in self.automaton.find_overlapping_iter(text) {
            let span = Span::new(m.start(), m.end());
            let value = m.value();
            if let Some((table, row)) = single_entry(value) {
                if let Some(list) = hits.tables.get_mut(table) {
                    insert_by_start(list, Hit::new(span, row));
                }
                continue;
            }
            for &(table, row) in self.entries.of(value) {
                if let Some(list) = hits.tables.get_mut(table.index()) {
                    insert_by_start(list, Hit::new(span, row));
                }
            }
        }
        // A long text's lists live through every pass: what the estimate
        // reserved beyond them goes back now (a short string's are left).
        for list in &mut hits.tables {
            if list.capacity() - list.len() > SLACK_KEPT {
                list.shrink_to_fit();
            }
        }
        hits
    }
}

/// Inserts `hit` into `list`, kept sorted by start and, at one start,
/// longest first. The automaton reports occurrences by end, so a new hit
/// moves back past at most the few that start inside the longest surface:
/// the insertion costs a bounded number of steps.
fn insert_by_start(list: &mut Vec<Hit>, hit: Hit) {
    let key = |h: &Hit| (h.span().start, std::cmp::Reverse(h.span().end));
    let mut at = list.len();
    while at > 0 && list.get(at - 1).is_some_and(|prev| key(prev) > key(&hit)) {
        at -= 1;
    }
    list.insert(at, hit);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::new(&[], &[]).expect("embedded tables build")
    }

    #[test]
    fn a_long_texts_hit_lists_keep_little_spare_room() {
        // 深圳市 gives place and suffix hits; the expert-word estimate
        // reserves more than this text gives.
        let text = "深圳市发布方案。".repeat(20_000);
        let hits = lexicon().scan(&text);
        for list in &hits.tables {
            assert!(
                list.capacity() - list.len() <= SLACK_KEPT,
                "{}",
                list.capacity()
            );
        }
        // 深圳市 and 深圳 at each of them.
        assert_eq!(hits.of(Table::Place).len(), 40_000);
    }

    #[test]
    fn a_surface_of_one_row_names_it_in_its_value() {
        let value = automaton_value(7, &[(Table::ExpertWord, 300)]);
        assert_eq!(value & SINGLE, SINGLE);
        assert_eq!(single_entry(value), Some((Table::ExpertWord.index(), 300)));
        // Two rows, or a row past the bits, leave the pattern's id.
        assert_eq!(
            automaton_value(7, &[(Table::Agency, 1), (Table::Suffix, 2)]),
            7
        );
        assert_eq!(automaton_value(7, &[(Table::Place, 1 << ROW_BITS)]), 7);
        assert_eq!(single_entry(7), None);
        // 发改委 is a central alias and a suffix alias: both tables hit.
        let lexicon = lexicon();
        let hits = lexicon.scan("发改委");
        assert!(!hits.of(Table::Agency).is_empty() && !hits.of(Table::Suffix).is_empty());
    }

    #[test]
    #[cfg(target_pointer_width = "64")]
    fn hits_keep_spans_past_four_gigabytes_in_twelve_bytes() {
        assert_eq!(std::mem::size_of::<Hit>(), 12);
        let far = (5usize << 32) + 7;
        for span in [
            Span::new(0, 3),
            Span::new(far, far + 9),
            Span::new(u32::MAX as usize, u32::MAX as usize + 6),
        ] {
            let hit = Hit::new(span, 42);
            assert_eq!((hit.span(), hit.row()), (span, 42));
        }
        // A surface too long for a hit never reaches the automaton.
        let long = "长".repeat(MAX_SURFACE_BYTES / 3 + 1);
        let mut surfaces = Surfaces::with_capacity(1);
        surfaces.add(&long, Table::Place, 0);
        assert!(surfaces.patterns.is_empty());
    }

    #[test]
    fn overlapping_hits_sorted_by_start_longest_first() {
        let lexicon = lexicon();
        let text = "深圳市发展和改革委员会";
        let hits = lexicon.scan(text);
        let places: Vec<&str> = hits
            .of(Table::Place)
            .iter()
            .map(|h| &text[h.span().start..h.span().end])
            .collect();
        assert_eq!(places.first(), Some(&"深圳市"));
        assert!(places.contains(&"深圳"));
        let suffix = hits
            .longest_at(Table::Suffix, "深圳市".len())
            .expect("suffix");
        assert_eq!(
            &text[suffix.span().start..suffix.span().end],
            "发展和改革委员会"
        );
    }

    #[test]
    fn leftmost_longest_equals_a_window_scan() {
        let lexicon = lexicon();
        let text = "北京市场和上海市";
        let hits = lexicon.scan(text);
        let whole: Vec<&str> = hits
            .leftmost_longest(Table::Place, Span::new(0, text.len()))
            .map(|h| &text[h.span().start..h.span().end])
            .collect();
        assert_eq!(whole, ["北京市", "上海市"]);
        // A window cutting 北京市 in two sees only what lies inside it.
        let window: Vec<&str> = hits
            .leftmost_longest(Table::Place, Span::new(0, "北京".len()))
            .map(|h| &text[h.span().start..h.span().end])
            .collect();
        assert_eq!(window, ["北京"]);
    }

    #[test]
    fn starting_within_keeps_the_hits_that_start_inside() {
        let lexicon = lexicon();
        let text = "北京市和上海市和广州市";
        let hits = lexicon.scan(text);
        let starts = |window: Span| -> Vec<&str> {
            hits.starting_within(Table::Place, window)
                .iter()
                .map(|h| &text[h.span().start..h.span().end])
                .collect()
        };
        let second = text.find("上海").expect("in text");
        // 上海市 and 上海 start inside even where they run past the end.
        assert_eq!(starts(Span::new(second, second + 3)), ["上海市", "上海"]);
        assert_eq!(starts(Span::new(0, 1)), ["北京市", "北京"]);
        assert!(starts(Span::new(1, second)).is_empty());
        assert!(starts(Span::new(second, second)).is_empty());
        assert!(starts(Span::new(text.len(), text.len() + 9)).is_empty());
    }
}
