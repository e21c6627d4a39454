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
//! most often, else the first named. Its own sentence may override that
//! (see [`in_sentence`]): in a roundup, 内蒙古自治区党委、自治区人民政府 is
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

use std::collections::HashMap;

use crate::lexicon::tsv as gazetteer;
use crate::{Agency, Error, Place, PlaceLevel};

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
        let name = place.name.as_str();
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
    words: Vec<String>,
}

impl Stops {
    pub(crate) fn new() -> Result<Self, Error> {
        let source = gazetteer::LEVEL_PREFIX_STOPWORDS;
        let mut stops = Stops {
            before: Vec::new(),
            words: Vec::new(),
        };
        for row in gazetteer::parse(source.name, source.text, 2)? {
            let text = row.get(0);
            let mut chars = text.chars();
            match (row.get(1), chars.next(), chars.next()) {
                ("before", Some(c), None) => stops.before.push(c),
                ("word", Some(_), Some(_)) => stops.words.push(text.to_owned()),
                _ => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        "expected one character of kind before, or a word of kind word",
                    ));
                }
            }
        }
        Ok(stops)
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
                    .is_some_and(|c| "省市区县旗州盟".contains(c))
            {
                return None;
            }
        }
        // 自治区 and 自治州 end no ordinary word.
        if prefix != Prefix::Region
            && !head.ends_with("自治州")
            && self.words.iter().any(|w| head.ends_with(w.as_str()))
        {
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
    /// Its written full name, when the parent once stands before it.
    qualified: Option<String>,
}

/// The governing place of each prefix: its index in `places` and its name
/// as the document writes it in full (北京市朝阳区 when the text once puts
/// the parent before it, else 朝阳区).
#[derive(Debug, Default)]
pub(crate) struct Governors {
    chosen: HashMap<Prefix, (usize, String)>,
}

impl Governors {
    /// `title_end` is where the document's first line ends; `has_body`
    /// says whether the text names a body of a place (by name); `qualified`
    /// gives a place's written full name (see [`qualifier`]).
    pub(crate) fn new(
        places: &[Place],
        title_end: usize,
        has_body: impl Fn(&str) -> bool,
        qualified: impl Fn(usize) -> Option<String>,
    ) -> Self {
        let mut tally: HashMap<&str, Tally> = HashMap::new();
        for (i, place) in places.iter().enumerate() {
            let entry = tally.entry(place.name.as_str()).or_insert(Tally {
                in_title: false,
                has_body: has_body(&place.name),
                mentions: 0,
                first: i,
                qualified: None,
            });
            entry.in_title |= place.span.end <= title_end;
            entry.mentions += 1;
            if entry.qualified.is_none() {
                entry.qualified = qualified(i);
            }
        }
        let mut chosen = HashMap::new();
        for prefix in ALL {
            let best = tally
                .iter()
                .filter(|(_, t)| t.in_title || t.has_body || t.mentions >= 2)
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
                let written = t.qualified.clone().unwrap_or_else(|| (*name).to_owned());
                chosen.insert(prefix, (t.first, written));
            }
        }
        Governors { chosen }
    }

    /// The governing place for `prefix`: index into `places` and written name.
    pub(crate) fn get(&self, prefix: Prefix) -> Option<(usize, &str)> {
        self.chosen
            .get(&prefix)
            .map(|(index, name)| (*index, name.as_str()))
    }
}

/// How far back (bytes of normalized text) a prefix looks for a place of
/// its own sentence: a long sentence of a roundup.
const SENTENCE_BYTES: usize = 400;

/// What ends a sentence: a place before it does not govern a prefix after.
const SENTENCE_ENDS: &[char] = &['。', '!', '?', ';', '！', '？', '\n'];

/// Words joining two bodies of a list: 内蒙古自治区党委、自治区人民政府.
const LIST_JOINERS: &[&str] = &["、", "和", "及", "以及", "与", "会同", "联合"];

/// What ends a clause: 杭州市此前已有类似做法,市财政局… leaves the
/// prefix to the document's governing place.
const CLAUSE_ENDS: &[char] = &[',', ':', '，', '：'];

/// The place a prefix at byte `start` stands for when its own sentence
/// says so, overriding the document's governing place `governor`:
///
/// - the prefix continues a list of bodies whose last one is of a fitting
///   place (内蒙古自治区党委、自治区人民政府: the region just named);
/// - else the nearest fitting place earlier in the same clause (江苏省要求
///   省财政厅…), or earlier in the sentence when the text names one of its
///   bodies there (江苏省财政厅印发通知,省发展改革委…);
/// - but not when the governing place is named in that sentence too (in a
///   text about 湖州市, 湖州市财政局与嘉兴市财政局签约,市政府… stays 湖州市).
///
/// With no governing place only a body counts (报省人民政府备案 after
/// 参照河北省做法 in a national notice means every province).
/// `bodies` are the place + suffix bodies found, in text order.
pub(crate) fn in_sentence(
    text: &str,
    places: &[Place],
    bodies: &[Agency],
    start: usize,
    prefix: Prefix,
    governor: Option<usize>,
) -> Option<usize> {
    let governor_name = governor
        .and_then(|g| places.get(g))
        .map(|p| p.name.as_str());
    // (index, in the same clause) of the nearest fitting place.
    let mut nearest = None;
    let mut same_clause = true;
    let mut governor_in_sentence = false;
    // Text between the place looked at and `start` has been checked for a
    // sentence end up to here; each byte is checked once.
    let mut checked = start;
    for i in (0..places.partition_point(|p| p.span.end <= start)).rev() {
        let place = places.get(i)?;
        if place.span.end + SENTENCE_BYTES < start {
            break;
        }
        let from = place.span.end.min(checked);
        let gap = text.get(from..checked)?;
        if gap.contains(SENTENCE_ENDS) {
            break;
        }
        same_clause &= !gap.contains(CLAUSE_ENDS);
        checked = place.span.start.min(checked);
        if nearest.is_none() && prefix.fits(place) {
            nearest = Some((i, same_clause));
        }
        governor_in_sentence |= Some(place.name.as_str()) == governor_name;
    }
    let (chosen, in_clause) = nearest?;
    let place = places.get(chosen)?;
    let body = bodies.iter().find(|b| b.span.contains(place.span));
    let listed = body.is_some_and(|b| {
        text.get(b.span.end..start)
            .is_some_and(|gap| LIST_JOINERS.contains(&gap))
    });
    let near = if governor.is_some() {
        in_clause || body.is_some()
    } else {
        body.is_some()
    };
    (listed || (near && !governor_in_sentence)).then_some(chosen)
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
        PlaceLevel::Province if parent.name.ends_with('市') => 2,
        _ => return None,
    };
    let same = parent.code.get(..shared).is_some()
        && parent.code.get(..shared) == place.code.get(..shared);
    same.then_some(parent)
}
