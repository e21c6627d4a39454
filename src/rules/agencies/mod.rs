//! agencies: mentions of government and Party bodies under their canonical
//! full names.
//!
//! Three kinds of mention, in this order of precedence:
//!
//! 1. Local bodies: a place found by the places pass, followed at once by a
//!    suffix from `gazetteers/agency_suffixes.tsv`. The record spans place and
//!    suffix and is named full place + full suffix: 上海市发展改革委 →
//!    上海市发展和改革委员会, 深圳市工信局 → 深圳市工业和信息化局, 北京市政府 →
//!    北京市人民政府, 广东省委 / 中共广东省委 → 中共广东省委员会 (Party organs
//!    take 中共, and a written 中共 joins the span). The 厅 forms (工信厅)
//!    count only after a province-level name. An alias shared with a central
//!    body (发改委, 国资委, 卫健委) is local when a place precedes it.
//! 2. Central bodies and zone committees from `gazetteers/agencies.tsv`, by
//!    name or alias: 工信部 → 工业和信息化部, 国新办 → 国务院新闻办公室,
//!    国家发展改革委 → 国家发展和改革委员会, 中关村管委会 →
//!    中关村科技园区管理委员会. Not when 省/市/县/区/州/各 stands right before
//!    (市发改委, 各省国资委 name no particular body).
//!    A place followed within a few characters by a zone and 管委会 /
//!    管理委员会 (成都市高新区管委会) is a zone committee named as written,
//!    unless the zone is in the table.
//! 3. Departments: right after a central body, a short run of CJK text
//!    ending in 司, 局, 厅 or 办公室 (国家数据局综合司, 商务部市场运行和消费促进司,
//!    国务院国资委规划发展局). The record covers body and department; its
//!    name is the department as written after the body's written name, its
//!    `parent` the body's canonical name. The run stops at the first such
//!    ending, so 综合司司长 gives 综合司; runs holding function words or verbs
//!    (工信部近日印发, 商务部加快布局) are no department.
//!
//! Not agencies: a bare place (深圳印发《…》 is left to the plans pass);
//! a body's name inside a meeting's (国务院常务会议, 中央财经委员会第五次会议);
//! halves of ordinary words (公安部门 / 科技部门: any such department;
//! 建设部署; 深圳市委托; 中央行政 is no 央行; 省委金融委员会 is no 金融委);
//! companies, universities, media (新华社 and 央视 are not in the table);
//! vague 有关部门, or 市政府 / 省发改委 without a place.
//!
//! For later passes: every record's span covers exactly the mention (place
//! and suffix together), and `doc.agencies` is in document order when this
//! pass ends, so [`agency_ending_at`] (the body right before 印发) and
//! [`agencies_within`] (bodies inside a title or clause) are binary
//! searches. `crate::rules::places::government_of` names a place's
//! government for a place standing as issuer.

mod departments;
mod table;
#[cfg(test)]
mod tests;
mod zones;

use crate::gazetteer::trie::Trie;
use crate::rules::Context;
use crate::{Agency, AgencyLevel, Document, Error, Place, PlaceLevel, Span};

use table::{Central, Suffix, Table};

/// What makes a body's name part of a meeting's name.
const MEETINGS: &[&str] = &["常务会议", "全体会议", "会议", "常委会会议"];

/// Whether `after` opens a numbered meeting of the body before it:
/// 中央财经委员会第五次会议, 全国人大常委会第十二次会议.
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
    central: Table<Central>,
    central_trie: Trie,
    suffixes: Table<Suffix>,
    suffix_trie: Trie,
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
    /// Builds the pass from the embedded gazetteer plus `extra` user rows.
    pub(crate) fn new(extra: &[String]) -> Result<Self, Error> {
        let central = table::central(extra)?;
        let suffixes = table::suffixes()?;
        // Leftmost-longest character tries, as for places: cheap to build.
        let central_trie = Trie::new(central.patterns.iter().map(|(text, _)| text.as_str()));
        let suffix_trie = Trie::new(suffixes.patterns.iter().map(|(text, _)| text.as_str()));
        Ok(Rules {
            central,
            central_trie,
            suffixes,
            suffix_trie,
        })
    }

    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) {
        let local = self.local(cx, doc);
        let hits: Vec<(Span, usize)> = self.central_trie.find_iter(cx.text).collect();
        let mut found = Vec::with_capacity(local.len() + hits.len());
        // Both lists are in text order: one cursor finds the local body a
        // central hit may overlap (发改委 in 上海市发改委).
        let mut next_local = local.iter().peekable();
        for (i, &(span, pattern)) in hits.iter().enumerate() {
            while next_local.next_if(|a| a.span.end <= span.start).is_some() {}
            if next_local.peek().is_some_and(|a| a.span.overlaps(span)) {
                continue;
            }
            let Some(mut agency) = self.central(cx.text, span, pattern) else {
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

    /// The central body (or zone committee) a hit names, unless its context
    /// shows the words mean something else.
    fn central(&self, text: &str, span: Span, pattern: usize) -> Option<Agency> {
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
        if surface.chars().count() <= 3
            && surface.ends_with('部')
            && after.starts_with(NOT_AFTER_BU)
        {
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
        let body = self
            .central
            .patterns
            .get(pattern)
            .and_then(|&(_, entry)| self.central.entries.get(entry))?;
        Some(Agency {
            name: body.name.clone(),
            surface: String::new(),
            span,
            level: body.level,
            region: body.region.clone(),
            parent: None,
        })
    }

    /// Place + suffix bodies, one per place that a suffix follows, and
    /// development-zone committees written after a place.
    fn local(&self, cx: &Context<'_>, doc: &Document) -> Vec<Agency> {
        let mut found = Vec::new();
        for (i, place) in doc.places.iter().enumerate() {
            let level = match place.level {
                PlaceLevel::Province => AgencyLevel::Provincial,
                PlaceLevel::Prefecture => AgencyLevel::Prefectural,
                PlaceLevel::County => AgencyLevel::County,
            };
            let next_place = doc
                .places
                .get(i + 1)
                .map_or(cx.text.len(), |p| p.span.start);
            let agency = match self.suffixed(cx.text, place) {
                Some((start, end, name)) => Some((start, end, name)),
                None => self.zone(cx.text, place, next_place),
            };
            if let Some((start, end, name)) = agency {
                found.push(Agency {
                    name,
                    surface: String::new(),
                    span: Span::new(start, end),
                    level,
                    region: Some(place.name.clone()),
                    parent: None,
                });
            }
        }
        found
    }

    /// Place + suffix (深圳市工信局): start, end and canonical name.
    fn suffixed(&self, text: &str, place: &Place) -> Option<(usize, usize, String)> {
        let (end, pattern) = self.suffix_trie.longest_at(text, place.span.end)?;
        let suffix = self
            .suffixes
            .patterns
            .get(pattern)
            .and_then(|&(_, entry)| self.suffixes.entries.get(entry))?;
        let written_in_full =
            text.get(place.span.start..place.span.end) == Some(place.name.as_str());
        if self.suffixes.after_full.get(pattern) == Some(&true) && !written_in_full {
            return None;
        }
        // A one-character suffix (委) that starts a word: 委托, 委派, 委员.
        let after = text.get(end..).unwrap_or("");
        if end - place.span.end <= '委'.len_utf8() && after.starts_with(NOT_AFTER_WEI) {
            return None;
        }
        if suffix.provincial && place.level != PlaceLevel::Province {
            return None;
        }
        let mut start = place.span.start;
        if suffix.party && text.get(..start).is_some_and(|b| b.ends_with("中共")) {
            start -= "中共".len();
        }
        let name = if suffix.party {
            format!("中共{}{}", place.name, suffix.name)
        } else if place.name.ends_with("特别行政区") && suffix.name.starts_with("人民政府")
        {
            // The SAR governments are 香港特别行政区政府, not 人民政府.
            format!(
                "{}{}",
                place.name,
                suffix.name.replacen("人民政府", "政府", 1)
            )
        } else {
            format!("{}{}", place.name, suffix.name)
        };
        Some((start, end, name))
    }

    /// A zone committee written after a place (成都高新区管委会): start, end
    /// and name as written with 管委会 spelled out. A zone in
    /// `agencies.tsv` (苏州工业园区管委会) is left to the central pass,
    /// which knows its official name.
    fn zone(&self, text: &str, place: &Place, next_place: usize) -> Option<(usize, usize, String)> {
        if self
            .central_trie
            .longest_at(text, place.span.start)
            .is_some()
        {
            return None;
        }
        let (middle, end) = zones::zone_end(text, place.span.end, next_place)?;
        let written = text.get(place.span.start..middle)?;
        Some((place.span.start, end, format!("{written}管理委员会")))
    }
}
