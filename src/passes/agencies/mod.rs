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
//!    A body's general office written right after it is that office
//!    (某某区科技工业和信息化局办公室); a body's name before 网 (not 网站,
//!    网上, 网格) names a website (广东省政府网), no body.
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
//!    (市发改委, 各省国资委 are the second kind or nothing); a name without
//!    国家, 国务院 or another national mark (统计局, 医保局, 网信办, 工信部)
//!    neither right after a place (深圳统计局 is local).
//!    Coordination bodies of 国务院 by their general form (see
//!    [`coordination`]): 国务院农民工工作领导小组, named as written; a
//!    部际联席会议 is a meeting, and the 国务院 inside it no mention.
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
//! a body's name inside a meeting's (国务院常务会议, 中央财经委员会第五次会议,
//! 国务院…部际联席会议); classes of bodies (交通运输部门, 人力资源社会保障部门,
//! 国务院各部门办公厅); halves of ordinary words (公安部门 / 科技部门: any such department;
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
//!
//! # Limits
//!
//! Every rule reads a bounded stretch of text around a lexicon hit or a
//! place, so the pass is linear in the text:
//! - a department runs at most [`departments::MAX_CHARS`] characters after
//!   its body, a coordination body at most [`coordination::MAX_CHARS`]; a body with an unlisted suffix at most [`unlisted::MAX_RUN`]
//!   after its place; longer runs name no body;
//! - a zone name runs back at most [`zones::MAX_RUN`] characters from its
//!   zone word (a quoted part at most [`zones::MAX_QUOTE`]); past that,
//!   only a place inside the run marks where the name begins;
//! - a bare prefix looks back at most [`bare::SENTENCE_BYTES`] for a place
//!   of its own sentence; a place further back leaves it to the document's
//!   governing place;
//! - a numbered meeting's ordinal is read over at most
//!   [`central::MEETING_CHARS`] characters after 第.

mod bare;
mod central;
mod coordination;
mod departments;

#[cfg(test)]
mod tests;
mod unlisted;
mod zones;

use crate::lexicon::Table as Lexicon;
use crate::lexicon::agencies::{Cues, Suffix};
use crate::passes::Context;
use crate::{Agency, AgencyLevel, Document, Error, Place, PlaceLevel, Span};

/// The general office a local body may have (某某局办公室).
const OFFICE: &str = "办公室";

/// A suffix found after a place or prefix.
struct SuffixHit<'a> {
    entry: &'a Suffix,
    /// An alias with its level character cut off (委 from 市委).
    after_full: bool,
}

/// A place's name as a body's name writes it: the parent the text puts
/// right before a county, then the place (北京市 + 朝阳区).
#[derive(Debug, Clone, Copy)]
struct Written<'a> {
    parent: Option<&'a str>,
    place: &'a str,
}

impl<'a> Written<'a> {
    /// `places[i]` with its qualifying parent (see [`bare::qualifier`]),
    /// and the index of the first place written.
    fn of(places: &'a [Place], i: usize) -> Option<(Self, usize)> {
        let place = places.get(i)?;
        Some(match bare::qualifier(places, i) {
            Some(parent) => (
                Written {
                    parent: Some(parent.name()),
                    place: place.name(),
                },
                i - 1,
            ),
            None => (
                Written {
                    parent: None,
                    place: place.name(),
                },
                i,
            ),
        })
    }

    /// The written name between `head` and `tail`.
    fn between(&self, head: &str, tail: &str) -> String {
        let parent = self.parent.unwrap_or("");
        let mut name =
            String::with_capacity(head.len() + parent.len() + self.place.len() + tail.len());
        for part in [head, parent, self.place, tail] {
            name.push_str(part);
        }
        name
    }
}

/// Where the mention of a body named after `places[first]` starts: back
/// over the places written right before it that contain it (河北省张家口市发改委
/// is 张家口市发展和改革委员会, written from 河北省), so that the span covers
/// what the text wrote. Containment goes down the levels, so the walk
/// takes at most two steps.
fn written_from(places: &[Place], first: usize) -> usize {
    let mut k = first;
    while let (Some(k_before), Some(place)) = (k.checked_sub(1), places.get(k)) {
        let Some(parent) = places.get(k_before) else {
            break;
        };
        let contains = match (parent.level, place.level) {
            (PlaceLevel::Province, PlaceLevel::Prefecture | PlaceLevel::County) => {
                place.province() == parent.name()
            }
            (PlaceLevel::Prefecture, PlaceLevel::County) => {
                parent.code().get(..4).is_some() && parent.code().get(..4) == place.code().get(..4)
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
fn suffix_after<'a>(cx: &Context<'a>, cues: &Cues, at: usize) -> Option<(usize, SuffixHit<'a>)> {
    let suffixes = &cx.lexicon.suffixes;
    let hit = cx.hits.longest_at(Lexicon::Suffix, at)?;
    let (end, pattern) = (hit.span().end, hit.row());
    let entry = suffixes
        .patterns
        .get(pattern)
        .and_then(|&(_, entry)| suffixes.entries.get(entry))?;
    // A one-character suffix (委) that starts a word: 委托, 委派, 委员.
    let from = cx.text.get(at..).unwrap_or("");
    if end - at <= '委'.len_utf8() && cues.suffix_words.iter().any(|w| from.starts_with(w)) {
        return None;
    }
    let after_full = suffixes.after_full.get(pattern) == Some(&true);
    Some((end, SuffixHit { entry, after_full }))
}

/// Whether the body name ending at byte `end` names a website (广东省政府网),
/// not the body's own site or a word (市政府网站, 政府网上办事).
fn names_site(cues: &Cues, text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or("");
    cues.site_words.iter().any(|w| after.starts_with(w))
        && !cues.not_site.iter().any(|w| after.starts_with(w))
}

/// The agency level of a place's bodies.
fn level_of(level: PlaceLevel) -> AgencyLevel {
    match level {
        PlaceLevel::Province => AgencyLevel::Provincial,
        PlaceLevel::Prefecture => AgencyLevel::Prefectural,
        PlaceLevel::County => AgencyLevel::County,
    }
}

/// The agencies pass.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    cues: Cues,
    stops: bare::Stops,
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
        let cues = Cues::new()?;
        Ok(Rules {
            stops: bare::Stops::new(&cues.levels)?,
            cues,
            unlisted: unlisted::Unlisted::new()?,
        })
    }

    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) {
        let local = self.local(cx, doc);
        let hits: Vec<(Span, usize)> = cx
            .hits
            .leftmost_longest(Lexicon::Agency, Span::new(0, cx.text.len()))
            .map(|h| (h.span(), h.row()))
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
            let Some(mut agency) =
                self.central(&cx.lexicon.central, cx.text, &doc.places, span, pattern)
            else {
                continue;
            };
            if agency.level == AgencyLevel::Central {
                let limit = hits
                    .get(i + 1)
                    .map_or(cx.text.len(), |(next, _)| next.start);
                // 国务院…领导小组 is a body of its own; 国务院…部际联席会议 a
                // meeting, no mention of its host.
                if self.cues.coordination_hosts.contains(&agency.name.as_str()) {
                    match coordination::after(cx.text, &self.cues, span.end, limit) {
                        Some(coordination::After::Meeting) => continue,
                        Some(coordination::After::Body(end)) => {
                            let written = cx.text.get(span.start..end).unwrap_or_default();
                            agency.name = written.to_owned();
                            agency.span.end = end;
                            found.push(agency);
                            continue;
                        }
                        None => {}
                    }
                }
                // A department ends before the next body begins
                // (工信部和国家能源局 is two bodies).
                if let Some(end) = departments::department_end(cx.text, &self.cues, span.end, limit)
                {
                    let written = cx.text.get(span.start..end).unwrap_or_default();
                    agency.parent = Some(std::mem::replace(&mut agency.name, written.to_owned()));
                    agency.span.end = end;
                }
            }
            found.push(agency);
        }
        found.extend(local);
        found.sort_by_key(|a| (a.span.start, a.span.end));
        super::add(&mut doc.agencies, found);
    }

    /// Place + suffix bodies, bare-prefix bodies and zone committees, in
    /// text order.
    fn local(&self, cx: &Context<'_>, doc: &Document) -> Vec<Agency> {
        let places = doc.places.as_slice();
        let mut found = Vec::new();
        for (i, place) in places.iter().enumerate() {
            let Some((end, suffix)) = suffix_after(cx, &self.cues, place.span.end) else {
                let limit = places.get(i + 1).map_or(cx.text.len(), |p| p.span.start);
                if let Some(agency) = self.unlisted(cx.text, places, i, limit) {
                    found.push(agency);
                }
                continue;
            };
            // 委 needs the level character written: 深圳市委, 凉山州委 (a short
            // form ending in it), never 深圳委.
            let written = cx.text.get(place.span.start..place.span.end).unwrap_or("");
            let ends_in_level = written.chars().next_back() == place.name().chars().next_back();
            if suffix.after_full && !ends_in_level {
                continue;
            }
            if suffix.entry.provincial && place.level != PlaceLevel::Province {
                continue;
            }
            if names_site(&self.cues, cx.text, end) {
                continue;
            }
            let Some((name, first)) = Written::of(places, i) else {
                continue;
            };
            let start = written_from(places, first);
            let mut agency = body(cx.text, start, end, name, place, suffix.entry);
            // The general office of a bureau (某某局办公室, signing a
            // document's 印发 line) is a body of its own.
            let office = cx.text.get(end..).is_some_and(|t| t.starts_with(OFFICE))
                && !suffix.entry.name.ends_with(OFFICE);
            if office {
                agency.name.push_str(OFFICE);
                agency.span.end += OFFICE.len();
            }
            found.push(agency);
        }
        let bare = bare::find(cx, self, places, &found);
        found.extend(bare);
        found.sort_by_key(|a| (a.span.start, a.span.end));
        let committees = zones::find(cx, places, &found);
        found.extend(committees);
        found.sort_by_key(|a| (a.span.start, a.span.end));
        found
    }

    /// A body whose suffix is not in the table, after `places[i]` (see
    /// [`unlisted`]), named full place + the run as written.
    fn unlisted(&self, text: &str, places: &[Place], i: usize, limit: usize) -> Option<Agency> {
        let place = places.get(i)?;
        let (written, first) = Written::of(places, i)?;
        let start = written_from(places, first);
        let end = self
            .unlisted
            .body_end(text, &self.cues, start, place.span.end, limit)?;
        let run = text.get(place.span.end..end)?;
        Some(Agency {
            name: written.between("", run),
            surface: String::new(),
            span: Span::new(start, end),
            level: level_of(place.level),
            region: Some(place.name().to_string()),
            parent: None,
        })
    }
}

/// A local body spanning `start..end`, named `written` place + suffix:
/// Party organs take 中共 (a written 中共 joins the span), the SAR
/// governments are 香港特别行政区政府, not 人民政府.
fn body(
    text: &str,
    mut start: usize,
    end: usize,
    written: Written<'_>,
    place: &Place,
    suffix: &Suffix,
) -> Agency {
    const PARTY: &str = "中共";
    if suffix.party && text.get(..start).is_some_and(|b| b.ends_with(PARTY)) {
        start -= PARTY.len();
    }
    let name = if suffix.party {
        written.between(PARTY, &suffix.name)
    } else if written.place.ends_with("特别行政区") && suffix.name.starts_with("人民政府")
    {
        written.between("", &suffix.name.replacen("人民政府", "政府", 1))
    } else {
        written.between("", &suffix.name)
    };
    Agency {
        name,
        surface: String::new(),
        span: Span::new(start, end),
        level: level_of(place.level),
        region: Some(place.name().to_string()),
        parent: None,
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
