//! Bodies named by a bare level prefix: 市财政局, 经省政府同意, 自治区党委,
//! 区发展改革委, 县委. Official documents and local news name their own
//! government's bodies this way once the place is known; the mention stands
//! for the body of the place of that level that governs the document.
//!
//! The prefix is 自治区 or 省 (a province-level place whose name ends so),
//! 市 (a place ending in 市: prefecture, municipality or county-level city),
//! 州 or 自治州 (an autonomous prefecture: 州委、州政府 in a 凉山州 text),
//! or 区, 县, 旗 (a county-level place ending so). It must be followed at once
//! by a known suffix (财政局, 政府, 委, 党委...). The governing place is the
//! fitting place the document names in its first line (title or issuer),
//! else one whose own bodies it names (湖州市人民政府), else the one it names
//! most often, else the first named; a county named only often governs a
//! county-level prefix only where no city or province governs the document
//! (区政府 on a 广州市 page is any district's). Its own sentence may override that
//! (see [`Finder::in_sentence`]): in a roundup, 内蒙古自治区党委、自治区人民政府 is
//! Inner Mongolia's government whatever region the text names first. A place named once in passing, with no
//! body, governs nothing: a national notice that cites 河北省 once and says
//! 报省人民政府备案 means every province. With no governing place the
//! mention is left out, never guessed.
//!
//! Not a prefix: a level character that ends a word or a list (城市, 社区,
//! 新区政府, 红旗, 各省、市, 省市两级, 全县, 区县, 地级市, 直辖市: see
//! `gazetteers/level_prefix_stopwords.tsv`), one inside or right after a
//! place name (广西区党委 is left alone), and 市场 (市场监管总局 is central:
//! no suffix starts with 场).
//!
//! A prefix is looked for only where the lexicon found a suffix: right
//! before each suffix hit, so the rule costs nothing where no body is
//! named. Its own sentence is read at most [`SENTENCE_BYTES`] back.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::{Rules, Written, body, suffix_after};
use crate::lexicon::Table as Lexicon;
use crate::lexicon::tsv as gazetteer;
use crate::passes::Context;
use crate::text::segment::Mark;
use crate::{Agency, Error, Place, PlaceLevel, Span};

/// The level a bare prefix names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Prefix {
    /// 自治区: an autonomous region.
    Region,
    /// 省: a province.
    Province,
    /// 市: any city.
    City,
    /// 州 or 自治州: an autonomous prefecture.
    Prefecture,
    /// 区: a district.
    District,
    /// 县: a county.
    County,
    /// 旗: a banner.
    Banner,
}

impl Prefix {
    /// Whether `place` is a place this prefix may stand for.
    fn fits(self, place: &Place) -> bool {
        let name = place.name();
        match self {
            Prefix::Region => place.level == PlaceLevel::Province && name.ends_with("自治区"),
            Prefix::Province => place.level == PlaceLevel::Province && name.ends_with('省'),
            Prefix::City => name.ends_with('市'),
            Prefix::Prefecture => place.level == PlaceLevel::Prefecture && name.ends_with('州'),
            Prefix::District => place.level == PlaceLevel::County && name.ends_with('区'),
            Prefix::County => place.level == PlaceLevel::County && name.ends_with('县'),
            Prefix::Banner => place.level == PlaceLevel::County && name.ends_with('旗'),
        }
    }
}

const ALL: [Prefix; 7] = [
    Prefix::Region,
    Prefix::Province,
    Prefix::City,
    Prefix::Prefecture,
    Prefix::District,
    Prefix::County,
    Prefix::Banner,
];

/// What keeps a level character from being a prefix.
#[derive(Debug, Clone)]
pub(crate) struct Stops {
    before: Vec<char>,
    /// The stop words, looked up by the last few characters before a
    /// suffix: a set, as the list is long and every suffix hit asks.
    words: HashSet<&'static str>,
    /// How many characters the stop words have, each length once, sorted.
    lengths: Vec<usize>,
    /// The level characters (省, 市, 盟): a second item of a list of levels.
    levels: Vec<char>,
}

impl Stops {
    /// The stop list, and `levels`, the level characters.
    pub(crate) fn new(levels: &[char]) -> Result<Self, Error> {
        let source = gazetteer::LEVEL_PREFIX_STOPWORDS;
        let mut stops = Stops {
            before: Vec::new(),
            words: HashSet::new(),
            lengths: Vec::new(),
            levels: levels.to_vec(),
        };
        for row in gazetteer::parse(source.name, source.text, 2)? {
            let text = row.get(0);
            let mut chars = text.chars();
            match (row.get(1), chars.next(), chars.next()) {
                ("before", Some(c), None) => stops.before.push(c),
                ("word", Some(_), Some(_)) => {
                    stops.words.insert(text);
                    stops.lengths.push(text.chars().count());
                }
                _ => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        "expected one character of kind before, or a word of kind word",
                    ));
                }
            }
        }
        stops.lengths.sort_unstable();
        stops.lengths.dedup();
        Ok(stops)
    }

    /// Whether `head` ends with a stop word.
    fn ends_with_word(&self, head: &str) -> bool {
        let Some(&longest) = self.lengths.last() else {
            return false;
        };
        head.char_indices()
            .rev()
            .take(longest)
            .zip(1..)
            .any(|((i, _), chars)| {
                self.lengths.contains(&chars)
                    && head.get(i..).is_some_and(|tail| self.words.contains(tail))
            })
    }

    /// The prefix whose level character ends at byte `end` of `text`, with
    /// the byte where the prefix starts, unless the character belongs to a
    /// word or list there.
    pub(crate) fn prefix_ending_at(&self, text: &str, end: usize) -> Option<(usize, Prefix)> {
        let head = text.get(..end)?;
        let (start, prefix) = if let Some(rest) = head.strip_suffix("自治区") {
            (rest.len(), Prefix::Region)
        } else if let Some(rest) = head.strip_suffix("自治州") {
            (rest.len(), Prefix::Prefecture)
        } else {
            let c = head.chars().next_back()?;
            let prefix = match c {
                '省' => Prefix::Province,
                '市' => Prefix::City,
                '州' => Prefix::Prefecture,
                '区' => Prefix::District,
                '县' => Prefix::County,
                '旗' => Prefix::Banner,
                _ => return None,
            };
            (end - c.len_utf8(), prefix)
        };
        let before = head.get(..start)?;
        if let Some(c) = before.chars().next_back() {
            if self.before.contains(&c) {
                return None;
            }
            // 区、县人民政府: the second item of a list of levels.
            if c == '、'
                && before
                    .strip_suffix('、')
                    .and_then(|b| b.chars().next_back())
                    .is_some_and(|c| self.levels.contains(&c))
            {
                return None;
            }
        }
        // 自治区 and 自治州 end no ordinary word.
        if prefix != Prefix::Region && !head.ends_with("自治州") && self.ends_with_word(head) {
            return None;
        }
        Some((start, prefix))
    }
}

/// What the document says about one place.
#[derive(Debug)]
struct Tally {
    /// Named in the first line (title, or issuer of an official document).
    in_title: bool,
    /// The text names one of its bodies (湖州市财政局).
    has_body: bool,
    mentions: usize,
    /// Index of its first mention.
    first: usize,
    /// The first mention written after its parent (see [`qualifier`]):
    /// (parent index, place index).
    qualified: Option<(usize, usize)>,
}

/// The governing place of each prefix: its index in `places` and its name
/// as the document writes it in full (北京市朝阳区 when the text once puts
/// the parent before it, else 朝阳区).
#[derive(Debug, Default)]
pub(crate) struct Governors<'p> {
    chosen: HashMap<Prefix, (usize, Written<'p>)>,
}

impl<'p> Governors<'p> {
    /// `title_end` is where the document's first line ends; `with_body`
    /// holds the names of the places whose bodies the text names.
    pub(crate) fn new(places: &'p [Place], title_end: usize, with_body: &HashSet<&str>) -> Self {
        let mut tally: HashMap<&str, Tally> = HashMap::new();
        for (i, place) in places.iter().enumerate() {
            let entry = tally.entry(place.name()).or_insert_with(|| Tally {
                in_title: false,
                has_body: with_body.contains(place.name()),
                mentions: 0,
                first: i,
                qualified: None,
            });
            entry.in_title |= place.span.end <= title_end;
            entry.mentions += 1;
            if entry.qualified.is_none() && qualifier(places, i).is_some() {
                entry.qualified = Some((i - 1, i));
            }
        }
        // A county-level prefix (区政府, 县委) names a county's body in that
        // county's own document: one naming the county in its first line or
        // naming its bodies. A county only named often (a list, an address)
        // governs nothing where a city or province does (区政府 in a city's
        // page means any district's).
        let higher_governs = tally.values().any(|t| {
            (t.in_title || t.has_body)
                && places
                    .get(t.first)
                    .is_some_and(|p| p.level != PlaceLevel::County)
        });
        let mut chosen = HashMap::new();
        for prefix in ALL {
            let county = matches!(prefix, Prefix::District | Prefix::County | Prefix::Banner);
            let best = tally
                .iter()
                .filter(|(_, t)| {
                    t.in_title || t.has_body || (t.mentions >= 2 && !(county && higher_governs))
                })
                .filter(|(_, t)| places.get(t.first).is_some_and(|p| prefix.fits(p)))
                .max_by_key(|(_, t)| {
                    (
                        t.in_title,
                        t.has_body,
                        t.mentions,
                        std::cmp::Reverse(t.first),
                    )
                });
            if let Some((name, t)) = best {
                let written = match t.qualified {
                    Some((parent, place)) => Written {
                        parent: places.get(parent).map(|p| p.name()),
                        place: places.get(place).map_or(*name, |p| p.name()),
                    },
                    None => Written {
                        parent: None,
                        place: name,
                    },
                };
                chosen.insert(prefix, (t.first, written));
            }
        }
        Governors { chosen }
    }

    /// The governing place for `prefix`: index into `places` and written name.
    pub(crate) fn get(&self, prefix: Prefix) -> Option<(usize, Written<'p>)> {
        self.chosen.get(&prefix).copied()
    }
}

/// How far back (bytes of normalized text) a prefix looks for a place of
/// its own sentence: a long sentence of a roundup. A place further back,
/// or before a sentence end, leaves the prefix to the governing place.
pub(super) const SENTENCE_BYTES: usize = 400;

/// What ends a sentence: a place before it does not govern a prefix after.
const SENTENCE_ENDS: Mark = Mark::SENTENCE.or(Mark::SEMICOLON);

/// What ends a clause: 杭州市此前已有类似做法,市财政局… leaves the
/// prefix to the document's governing place.
const CLAUSE_ENDS: Mark = Mark::COMMA.or(Mark::COLON);

/// The place + suffix bodies by where they start, to find the first body
/// (in the order found) that holds a place.
struct Holders<'b> {
    bodies: &'b [Agency],
    /// (start, index into `bodies`), sorted.
    by_start: Vec<(usize, usize)>,
    /// The longest body span: a body starting further back ends before.
    longest: usize,
}

impl<'b> Holders<'b> {
    fn new(bodies: &'b [Agency]) -> Self {
        let mut by_start: Vec<(usize, usize)> = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| (b.span.start, i))
            .collect();
        by_start.sort_unstable();
        let longest = bodies
            .iter()
            .map(|b| b.span.end - b.span.start)
            .max()
            .unwrap_or(0);
        Holders {
            bodies,
            by_start,
            longest,
        }
    }

    /// The first body holding `span`. A body is a few places and a suffix
    /// long, so only the few starting within `longest` before it are read.
    fn of(&self, span: Span) -> Option<&'b Agency> {
        let k = self.by_start.partition_point(|&(s, _)| s <= span.start);
        self.by_start
            .get(..k)?
            .iter()
            .rev()
            .take_while(|&&(s, _)| s + self.longest >= span.end)
            .filter_map(|&(_, i)| self.bodies.get(i).map(|b| (i, b)))
            .filter(|(_, b)| b.span.contains(span))
            .min_by_key(|&(i, _)| i)
            .map(|(_, b)| b)
    }
}

/// What the rule reads of one document; the governing places and the
/// index of bodies are worked out when the first prefix needs them.
struct Finder<'a> {
    cx: Context<'a>,
    rules: &'a Rules,
    places: &'a [Place],
    /// The place + suffix bodies, in the order found.
    named: &'a [Agency],
    governing: OnceCell<Governors<'a>>,
    holders: OnceCell<Holders<'a>>,
}

/// Bodies named by a bare level prefix (市财政局), resolved against the
/// document's governing place of that level. `named` are the place +
/// suffix bodies found, in the order found.
pub(super) fn find<'a>(
    cx: &Context<'a>,
    rules: &'a Rules,
    places: &'a [Place],
    named: &'a [Agency],
) -> Vec<Agency> {
    let finder = Finder {
        cx: *cx,
        rules,
        places,
        named,
        governing: OnceCell::new(),
        holders: OnceCell::new(),
    };
    let mut found: Vec<Agency> = Vec::new();
    let mut previous = None;
    for hit in cx.hits.of(Lexicon::Suffix) {
        // The prefix ends where the suffix starts; one look per start, and
        // none inside the body just found.
        let end = hit.span().start;
        if previous.replace(end) == Some(end) || found.last().is_some_and(|b| end <= b.span.end) {
            continue;
        }
        if let Some(agency) = finder.body_at(end) {
            found.push(agency);
        }
    }
    found
}

impl<'a> Finder<'a> {
    fn governors(&self) -> &Governors<'a> {
        self.governing.get_or_init(|| {
            let text = self.cx.text;
            let title_end = self.cx.segments.first_line(text).end;
            let with_body: HashSet<&str> = self
                .named
                .iter()
                .filter_map(|a| a.region.as_deref())
                .collect();
            Governors::new(self.places, title_end, &with_body)
        })
    }

    /// The body whose prefix ends (and suffix starts) at byte `end`.
    fn body_at(&self, end: usize) -> Option<Agency> {
        let (cx, cues, places) = (&self.cx, &self.rules.cues, self.places);
        let (start, prefix) = self.rules.stops.prefix_ending_at(cx.text, end)?;
        // Inside or right after a place: the place + suffix rule's case.
        let near = places.partition_point(|p| p.span.end < start);
        if places.get(near).is_some_and(|p| p.span.start <= start) {
            return None;
        }
        let (suffix_end, suffix) = suffix_after(cx, cues, end)?;
        if super::names_site(cues, cx.text, suffix_end) {
            return None;
        }
        // 市县委, 市区委: a list of levels before an alias that holds its
        // own level character (县委). 市场监管局 is a suffix of its own.
        let written_suffix = cx.text.get(end..suffix_end).unwrap_or("");
        if written_suffix.starts_with(cues.levels.as_slice())
            && !cues
                .level_words
                .iter()
                .any(|w| written_suffix.starts_with(w))
        {
            return None;
        }
        let governor = self.governors().get(prefix);
        let local = self.in_sentence(start, prefix, governor.map(|(i, _)| i));
        let same =
            |i: usize, g: usize| places.get(i).map(|p| p.name()) == places.get(g).map(|p| p.name());
        let (index, written) = match (local, governor) {
            // The governor keeps the parent the text once wrote before it.
            (Some(i), Some((g, written))) if same(i, g) => (g, written),
            (Some(i), _) => (i, Written::of(places, i)?.0),
            (None, Some((i, written))) => (i, written),
            (None, None) => return None,
        };
        let place = places.get(index)?;
        if suffix.entry.provincial && place.level != PlaceLevel::Province {
            return None;
        }
        Some(body(
            cx.text,
            start,
            suffix_end,
            written,
            place,
            suffix.entry,
        ))
    }

    /// The place a prefix at byte `start` stands for when its own sentence
    /// says so, overriding the document's governing place `governor`:
    ///
    /// - the prefix continues a list of bodies whose last one is of a
    ///   fitting place (内蒙古自治区党委、自治区人民政府: the region just named);
    /// - else the nearest fitting place earlier in the same clause (江苏省要求
    ///   省财政厅…), or earlier in the sentence when the text names one of
    ///   its bodies there (江苏省财政厅印发通知,省发展改革委…);
    /// - but not when the governing place is named in that sentence too (in
    ///   a text about 湖州市, 湖州市财政局与嘉兴市财政局签约,市政府… stays 湖州市).
    ///
    /// With no governing place only a body counts (报省人民政府备案 after
    /// 参照河北省做法 in a national notice means every province). The
    /// sentence is read at most [`SENTENCE_BYTES`] back.
    fn in_sentence(&self, start: usize, prefix: Prefix, governor: Option<usize>) -> Option<usize> {
        let places = self.places;
        let governor_name = governor.and_then(|g| places.get(g)).map(|p| p.name());
        let floor = start.saturating_sub(SENTENCE_BYTES);
        let sentence_end = self.cx.segments.prev(start, SENTENCE_ENDS, floor);
        let clause_end = self.cx.segments.prev(start, CLAUSE_ENDS, floor);
        // (index, in the same clause) of the nearest fitting place.
        let mut nearest = None;
        let mut governor_in_sentence = false;
        let before = places.partition_point(|p| p.span.end <= start);
        for (i, place) in places.get(..before)?.iter().enumerate().rev() {
            if place.span.end < floor || sentence_end.is_some_and(|e| e >= place.span.end) {
                break;
            }
            if nearest.is_none() && prefix.fits(place) {
                let same_clause = clause_end.is_none_or(|e| e < place.span.end);
                nearest = Some((i, same_clause));
            }
            governor_in_sentence |= Some(place.name()) == governor_name;
        }
        let (chosen, in_clause) = nearest?;
        let place = places.get(chosen)?;
        let body = self
            .holders
            .get_or_init(|| Holders::new(self.named))
            .of(place.span);
        let joiners = &self.rules.cues.list_joiners;
        let listed = body.is_some_and(|b| {
            self.cx
                .text
                .get(b.span.end..start)
                .is_some_and(|gap| joiners.contains(&gap))
        });
        let near = if governor.is_some() {
            in_clause || body.is_some()
        } else {
            body.is_some()
        };
        (listed || (near && !governor_in_sentence)).then_some(chosen)
    }
}

/// The place right before `places[i]` when it is that county's own parent
/// (北京市朝阳区, 西安市长安区): a county-level body keeps the parent the text
/// writes, since the county name alone may be shared (朝阳区 ×2).
pub(crate) fn qualifier(places: &[Place], i: usize) -> Option<&Place> {
    let place = places.get(i)?;
    let parent = places.get(i.checked_sub(1)?)?;
    if place.level != PlaceLevel::County || parent.span.end != place.span.start {
        return None;
    }
    // Codes share the parent's non-zero digits: 110105 under 110000 (a
    // municipality), 610116 under 610100 (a prefecture).
    let shared = match parent.level {
        PlaceLevel::Prefecture => 4,
        PlaceLevel::Province if parent.name().ends_with('市') => 2,
        _ => return None,
    };
    let same = parent.code().get(..shared).is_some()
        && parent.code().get(..shared) == place.code().get(..shared);
    same.then_some(parent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_words_end_a_head_as_a_walk_of_the_list_finds() {
        let stops = Stops::new(&['省', '市', '区', '县', '州', '旗']).expect("stop words parse");
        let source = gazetteer::LEVEL_PREFIX_STOPWORDS;
        let words: Vec<&str> = gazetteer::parse(source.name, source.text, 2)
            .expect("stop words parse")
            .iter()
            .filter(|row| row.get(1) == "word")
            .map(|row| row.get(0))
            .collect();
        assert!(words.len() > 10);
        // Each word alone, after text, and cut short by its first character.
        for word in &words {
            for head in [
                (*word).to_owned(),
                format!("推进{word}"),
                word.chars().skip(1).collect::<String>(),
            ] {
                let walk = words.iter().any(|w| head.ends_with(w));
                assert_eq!(stops.ends_with_word(&head), walk, "{head}");
            }
        }
        assert!(!stops.ends_with_word(""));
        assert!(!stops.ends_with_word("广州"));
    }
}
