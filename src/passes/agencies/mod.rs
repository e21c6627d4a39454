//! agencies: mentions of government and Party bodies under their canonical
//! full names.
//!
//! Four kinds of mention, in this order of precedence:
//!
//! 1. Local bodies: a place found by the places pass, followed at once by a
//!    suffix from `gazetteers/agency_suffixes.tsv`. The record spans place and
//!    suffix and is named full place + full suffix: 上海市发展改革委 →
//!    上海市发展和改革委员会, 深圳市工信局 → 深圳市工业和信息化局, 北京市政府 →
//!    北京市人民政府, 广东省委 / 中共广东省委 → 中共广东省委员会 (Party organs
//!    take 中共, and a written 中共 joins the span; 某某旗旗委 and 某某自治区党委
//!    too). The 厅 forms (工信厅)
//!    count only after a province-level name. An alias shared with a central
//!    body (发改委, 国资委, 卫健委) is local when a place precedes it.
//!    A county-level body keeps the parent the text writes right before the
//!    county (北京市朝阳区人民政府, 西安市长安区财政局), since county names
//!    repeat across the country; 朝阳区人民政府 alone stays as written. A
//!    province written before its own city joins the span, not the name
//!    (河北省张家口市发改委 → 张家口市发展和改革委员会 over the whole mention).
//! 2. Bare level prefix + suffix (see [`bare`]): 市财政局, 经省政府同意,
//!    自治区党委, 区发展改革委, 县委 name the body of the document's governing
//!    place of that level (the one in its first line, else the most named):
//!    in a text about 湖州市, 市住建局 → 湖州市住房和城乡建设局. The span is the
//!    written mention. No fitting place, no record. Not 各省、市, 省市两级,
//!    城市管理局, 全县, 新区政府, 市场监管总局.
//! 3. Central bodies and zone committees from `gazetteers/agencies.tsv`, by
//!    name or alias: 工信部 → 工业和信息化部, 国新办 → 国务院新闻办公室,
//!    国家发展改革委 → 国家发展和改革委员会, 中关村管委会 →
//!    中关村科技园区管理委员会. Not when 省/市/县/区/州/各 stands right before
//!    (市发改委, 各省国资委 are the second kind or nothing).
//!    Other zone committees by their general form (see [`zones`]): a zone
//!    name ending in 开发区, 高新区, 新区, 自贸区, 园区, 示范区... and then
//!    管委会 / 管理委员会 (a 合作区 also 执行委员会), named as written with
//!    管理委员会 (某某高新区管委会 → 某某高新区管理委员会), ranked by the place
//!    inside it, else prefectural. A name of generic words only
//!    (产业园区管委会) is none; a quoted part counts after a place.
//! 4. Departments: right after a central body, a short run of CJK text
//!    ending in 司, 局, 厅 or 办公室 (国家数据局综合司, 商务部市场运行和消费促进司,
//!    国务院国资委规划发展局). The record covers body and department; its
//!    name is the department as written after the body's written name, its
//!    `parent` the body's canonical name. The run stops at the first such
//!    ending, so 综合司司长 gives 综合司; runs holding function words or verbs
//!    (工信部近日印发, 商务部加快布局) are no department, and a run ending in
//!    an institute (生态环境部环境规划院副院长) leaves the ministry alone.
//!
//! 5. Local bodies whose suffix is not in the table (see [`unlisted`]): a
//!    place and a short run ending in 委员会/局/厅/办公室/办, before a post or
//!    an issuing verb or after 由/会同: 闵行区科学技术和经济委员会主任 →
//!    闵行区科学技术和经济委员会, named as written with the place in full.
//!
//! Not agencies: a bare place (深圳印发《…》 is left to the plans pass);
//! a body's name inside a meeting's (国务院常务会议, 中央财经委员会第五次会议);
//! halves of ordinary words (公安部门 / 科技部门: any such department;
//! 建设部署; 深圳市委托; 中央行政 is no 央行; 省委金融委员会 is no 金融委);
//! companies, universities, media (新华社 and 央视 are not in the table);
//! vague 有关部门, or 市政府 / 省发改委 in a text naming no city or province.
//!
//! For later passes: every record's span covers exactly the mention (place
//! and suffix together), and `doc.agencies` is in document order when this
//! pass ends, so [`agency_ending_at`] (the body right before 印发) and
//! [`agencies_within`] (bodies inside a title or clause) are binary
//! searches. `crate::passes::places::government_of` names a place's
//! government for a place standing as issuer.

mod bare;
mod departments;

#[cfg(test)]
mod tests;
mod unlisted;
mod zones;

use crate::lexicon::Table as Lexicon;
use crate::lexicon::agencies::{Central, Suffix, Table};
use crate::passes::Context;
use crate::{Agency, AgencyLevel, Document, Error, Place, PlaceLevel, Span};

/// What makes a body's name part of a meeting's name.
const MEETINGS: &[&str] = &["常务会议", "全体会议", "会议", "常委会会议"];

/// Whether `after` opens a numbered meeting of the body before it:
/// 中央财经委员会第五次会议, 全国人大常委会第十二次会议.
/// A suffix found after a place or prefix.
struct SuffixHit<'a> {
    entry: &'a Suffix,
    /// An alias with its level character cut off (委 from 市委).
    after_full: bool,
}

/// Where the mention of a body named after `places[first]` starts: back
/// over the places written right before it that contain it (河北省张家口市发改委
/// is 张家口市发展和改革委员会, written from 河北省), so that the span covers
/// what the text wrote.
fn written_from(places: &[Place], first: usize) -> usize {
    let mut k = first;
    while let (Some(k_before), Some(place)) = (k.checked_sub(1), places.get(k)) {
        let Some(parent) = places.get(k_before) else {
            break;
        };
        let contains = match (parent.level, place.level) {
            (PlaceLevel::Province, PlaceLevel::Prefecture | PlaceLevel::County) => {
                place.province == parent.name
            }
            (PlaceLevel::Prefecture, PlaceLevel::County) => {
                parent.code.get(..4).is_some() && parent.code.get(..4) == place.code.get(..4)
            }
            _ => false,
        };
        if parent.span.end != place.span.start || !contains {
            break;
        }
        k = k_before;
    }
    places.get(k).map_or(0, |p| p.span.start)
}

/// The suffix starting at byte `at`, unless it is the start of a word.
fn suffix_after<'a>(cx: &Context<'a>, at: usize) -> Option<(usize, SuffixHit<'a>)> {
    let text = cx.text;
    let suffixes = &cx.lexicon.suffixes;
    let hit = cx.hits.longest_at(Lexicon::Suffix, at)?;
    let (end, pattern) = (hit.span.end, hit.row);
    let entry = suffixes
        .patterns
        .get(pattern)
        .and_then(|&(_, entry)| suffixes.entries.get(entry))?;
    // A one-character suffix (委) that starts a word: 委托, 委派, 委员.
    let after = text.get(end..).unwrap_or("");
    if end - at <= '委'.len_utf8() && after.starts_with(NOT_AFTER_WEI) {
        return None;
    }
    let after_full = suffixes.after_full.get(pattern) == Some(&true);
    Some((end, SuffixHit { entry, after_full }))
}

/// The agency level of a place's bodies.
fn level_of(level: PlaceLevel) -> AgencyLevel {
    match level {
        PlaceLevel::Province => AgencyLevel::Provincial,
        PlaceLevel::Prefecture => AgencyLevel::Prefectural,
        PlaceLevel::County => AgencyLevel::County,
    }
}

fn numbered_meeting(after: &str) -> bool {
    let Some(rest) = after.strip_prefix('第') else {
        return false;
    };
    // A meeting ordinal and name are short; stop at the first punctuation.
    let head: String = rest
        .chars()
        .take(10)
        .take_while(|c| c.is_alphanumeric())
        .collect();
    head.contains("次") && head.contains("会议")
}

/// Characters that make a preceding 委 part of a word (委托, 委派, 委员).
const NOT_AFTER_WEI: &[char] = &['托', '派', '任', '员', '屈', '婉', '身', '实'];

/// Characters that make a preceding short 部 alias part of a word.
const NOT_AFTER_BU: &[char] = &['门', '署', '分', '位', '件', '落', '队', '际', '属'];

/// The agencies pass.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    stops: bare::Stops,
    zones: zones::Zones,
    unlisted: unlisted::Unlisted,
}

/// The agency whose span ends exactly at byte `end` of the normalized text,
/// e.g. the issuer right before 印发. `doc.agencies` is in document order
/// while passes run, so this is a binary search.
#[allow(dead_code, reason = "for the plans and experts passes")]
pub(crate) fn agency_ending_at(doc: &Document, end: usize) -> Option<&Agency> {
    let index = doc.agencies.partition_point(|a| a.span.end < end);
    doc.agencies.get(index).filter(|a| a.span.end == end)
}

/// The agencies lying wholly inside `span` (a plan title, a clause).
#[allow(dead_code, reason = "for the plans and experts passes")]
pub(crate) fn agencies_within(doc: &Document, span: Span) -> impl Iterator<Item = &Agency> {
    let start = doc.agencies.partition_point(|a| a.span.start < span.start);
    doc.agencies
        .get(start..)
        .unwrap_or_default()
        .iter()
        .take_while(move |a| a.span.start < span.end)
        .filter(move |a| span.contains(a.span))
}

impl Rules {
    pub(crate) fn new() -> Result<Self, Error> {
        Ok(Rules {
            stops: bare::Stops::new()?,
            zones: zones::Zones::new()?,
            unlisted: unlisted::Unlisted::new()?,
        })
    }

    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) {
        let local = self.local(cx, doc);
        let hits: Vec<(Span, usize)> = cx
            .hits
            .leftmost_longest(Lexicon::Agency, Span::new(0, cx.text.len()))
            .map(|h| (h.span, h.row))
            .collect();
        let mut found = Vec::with_capacity(local.len() + hits.len());
        // Both lists are in text order: one cursor finds the local body a
        // central hit may overlap (发改委 in 上海市发改委).
        let mut next_local = local.iter().peekable();
        for (i, &(span, pattern)) in hits.iter().enumerate() {
            while next_local.next_if(|a| a.span.end <= span.start).is_some() {}
            if next_local.peek().is_some_and(|a| a.span.overlaps(span)) {
                continue;
            }
            let Some(mut agency) = central(&cx.lexicon.central, cx.text, span, pattern) else {
                continue;
            };
            if agency.level == AgencyLevel::Central {
                // A department ends before the next body begins
                // (工信部和国家能源局 is two bodies).
                let limit = hits
                    .get(i + 1)
                    .map_or(cx.text.len(), |(next, _)| next.start);
                if let Some(end) = departments::department_end(cx.text, span.end, limit) {
                    let written = cx.text.get(span.start..end).unwrap_or_default();
                    agency.parent = Some(std::mem::replace(&mut agency.name, written.to_owned()));
                    agency.span.end = end;
                }
            }
            found.push(agency);
        }
        found.extend(local);
        found.sort_by_key(|a| (a.span.start, a.span.end));
        doc.agencies.append(&mut found);
    }
}

/// The central body (or zone committee) a hit names, unless its context
/// shows the words mean something else.
fn central(table: &Table<Central>, text: &str, span: Span, pattern: usize) -> Option<Agency> {
    let before = text.get(..span.start).unwrap_or("");
    // 市发改委, 各省国资委: some local body, not the central one.
    if before.ends_with(['省', '市', '县', '区', '州', '各']) {
        return None;
    }
    let after = text.get(span.end..).unwrap_or("");
    // 国务院常务会议 names a meeting, not the body.
    if MEETINGS.iter().any(|m| after.starts_with(m)) || numbered_meeting(after) {
        return None;
    }
    let surface = text.get(span.start..span.end).unwrap_or("");
    // Short 部 aliases are also halves of ordinary words: 公安部门,
    // 科技部门 (any such department), 建设部署, 文化部分.
    if surface.chars().count() <= 3 && surface.ends_with('部') && after.starts_with(NOT_AFTER_BU) {
        return None;
    }
    // 金融委 inside 省委金融委员会: the text names a longer committee
    // that is not in the table.
    if surface.ends_with('委') && after.starts_with('员') {
        return None;
    }
    // 央行 inside 中央行政.
    if surface == "央行" && before.ends_with('中') {
        return None;
    }
    let body = table
        .patterns
        .get(pattern)
        .and_then(|&(_, entry)| table.entries.get(entry))?;
    Some(Agency {
        name: body.name.clone(),
        surface: String::new(),
        span,
        level: body.level,
        region: body.region.clone(),
        parent: None,
    })
}

impl Rules {
    /// Place + suffix bodies, bare-prefix bodies and zone committees, in
    /// text order.
    fn local(&self, cx: &Context<'_>, doc: &Document) -> Vec<Agency> {
        let places = doc.places.as_slice();
        let mut found = Vec::new();
        for (i, place) in places.iter().enumerate() {
            let qualifier = bare::qualifier(places, i);
            let Some((end, suffix)) = suffix_after(cx, place.span.end) else {
                let limit = places.get(i + 1).map_or(cx.text.len(), |p| p.span.start);
                if let Some(agency) = self.unlisted(cx.text, places, i, limit) {
                    found.push(agency);
                }
                continue;
            };
            // 委 needs the level character written: 深圳市委, 凉山州委 (a short
            // form ending in it), never 深圳委.
            let written = cx.text.get(place.span.start..place.span.end).unwrap_or("");
            let ends_in_level = written.chars().next_back() == place.name.chars().next_back();
            if suffix.after_full && !ends_in_level {
                continue;
            }
            if suffix.entry.provincial && place.level != PlaceLevel::Province {
                continue;
            }
            let (first, written) = match qualifier {
                Some(parent) => (i - 1, format!("{}{}", parent.name, place.name)),
                None => (i, place.name.clone()),
            };
            let start = written_from(places, first);
            found.push(self.body(cx.text, start, end, &written, place, suffix.entry));
        }
        let bare = self.bare(cx, places, &found);
        found.extend(bare);
        for zone in self.zones.committees(cx.text, places) {
            // A zone in the table (苏州工业园区管委会) has its official name there.
            if cx
                .hits
                .longest_at(Lexicon::Agency, zone.span.start)
                .is_some()
                || found.iter().any(|a| a.span.overlaps(zone.span))
            {
                continue;
            }
            let place = zone.place.and_then(|i| places.get(i));
            found.push(Agency {
                name: zone.name,
                surface: String::new(),
                span: zone.span,
                level: place.map_or(AgencyLevel::Prefectural, |p| level_of(p.level)),
                region: place.map(|p| p.name.clone()),
                parent: None,
            });
        }
        found.sort_by_key(|a| (a.span.start, a.span.end));
        found
    }

    /// A body whose suffix is not in the table, after `places[i]` (see
    /// [`unlisted`]), named full place + the run as written.
    fn unlisted(&self, text: &str, places: &[Place], i: usize, limit: usize) -> Option<Agency> {
        let place = places.get(i)?;
        let (first, written) = match bare::qualifier(places, i) {
            Some(parent) => (i - 1, format!("{}{}", parent.name, place.name)),
            None => (i, place.name.clone()),
        };
        let start = written_from(places, first);
        let end = self.unlisted.body_end(text, start, place.span.end, limit)?;
        let run = text.get(place.span.end..end)?;
        Some(Agency {
            name: format!("{written}{run}"),
            surface: String::new(),
            span: Span::new(start, end),
            level: level_of(place.level),
            region: Some(place.name.clone()),
            parent: None,
        })
    }

    /// Bodies named by a bare level prefix (市财政局), resolved against the
    /// document's governing place of that level (see [`bare`]).
    fn bare(&self, cx: &Context<'_>, places: &[Place], named: &[Agency]) -> Vec<Agency> {
        let title_end = cx.text.find('\n').unwrap_or(cx.text.len());
        let has_body = |place: &str| named.iter().any(|a| a.region.as_deref() == Some(place));
        let governors = bare::Governors::new(places, title_end, has_body, |i| {
            bare::qualifier(places, i)
                .zip(places.get(i))
                .map(|(parent, place)| format!("{}{}", parent.name, place.name))
        });
        let mut found = Vec::new();
        let mut after = 0;
        for (offset, c) in cx.text.char_indices() {
            let end = offset + c.len_utf8();
            if end <= after || !"省市区县旗州".contains(c) {
                continue;
            }
            let Some((start, prefix)) = self.stops.prefix_ending_at(cx.text, end) else {
                continue;
            };
            // Inside or right after a place: the place + suffix rule's case.
            let near = places.partition_point(|p| p.span.end < start);
            if places.get(near).is_some_and(|p| p.span.start <= start) {
                continue;
            }
            let Some((suffix_end, suffix)) = suffix_after(cx, end) else {
                continue;
            };
            // 市县委, 市区委: a list of levels before an alias that holds its
            // own level character (县委). 市场监管局 is a suffix of its own.
            let written_suffix = cx.text.get(end..suffix_end).unwrap_or("");
            if written_suffix.starts_with(['省', '市', '区', '县', '旗', '州', '盟'])
                && !written_suffix.starts_with("市场")
            {
                continue;
            }
            let governor = governors.get(prefix);
            let local = bare::in_sentence(
                cx.text,
                places,
                named,
                start,
                prefix,
                governor.map(|(i, _)| i),
            );
            let same = |i: usize, g: usize| {
                places.get(i).map(|p| &p.name) == places.get(g).map(|p| &p.name)
            };
            let (index, written) = match (local, governor) {
                // The governor keeps the parent the text once wrote before it.
                (Some(i), Some((g, written))) if same(i, g) => (g, written.to_owned()),
                (Some(i), _) => {
                    let Some(place) = places.get(i) else { continue };
                    let written = match bare::qualifier(places, i) {
                        Some(parent) => format!("{}{}", parent.name, place.name),
                        None => place.name.clone(),
                    };
                    (i, written)
                }
                (None, Some((i, written))) => (i, written.to_owned()),
                (None, None) => continue,
            };
            let Some(place) = places.get(index) else {
                continue;
            };
            if suffix.entry.provincial && place.level != PlaceLevel::Province {
                continue;
            }
            found.push(self.body(cx.text, start, suffix_end, &written, place, suffix.entry));
            after = suffix_end;
        }
        found
    }

    /// A local body spanning `start..end`, named `written` place + suffix:
    /// Party organs take 中共 (a written 中共 joins the span), the SAR
    /// governments are 香港特别行政区政府, not 人民政府.
    fn body(
        &self,
        text: &str,
        mut start: usize,
        end: usize,
        written: &str,
        place: &Place,
        suffix: &Suffix,
    ) -> Agency {
        if suffix.party && text.get(..start).is_some_and(|b| b.ends_with("中共")) {
            start -= "中共".len();
        }
        let name = if suffix.party {
            format!("中共{written}{}", suffix.name)
        } else if written.ends_with("特别行政区") && suffix.name.starts_with("人民政府") {
            format!("{written}{}", suffix.name.replacen("人民政府", "政府", 1))
        } else {
            format!("{written}{}", suffix.name)
        };
        Agency {
            name,
            surface: String::new(),
            span: Span::new(start, end),
            level: level_of(place.level),
            region: Some(place.name.clone()),
            parent: None,
        }
    }
}

impl crate::passes::Pass for Rules {
    fn name(&self) -> &'static str {
        "agencies"
    }

    fn reads(&self) -> crate::Kinds {
        crate::Kinds::PLACES
    }

    fn writes(&self) -> crate::Kinds {
        crate::Kinds::AGENCIES
    }

    fn run(&self, cx: &Context<'_>, draft: &mut crate::passes::Draft) {
        self.run(cx, &mut draft.doc);
    }
}
