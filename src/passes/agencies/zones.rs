//! Development-zone committees by their general form: a zone name ending in
//! a zone word (开发区, 高新区, 新区, 自贸区, 园区, 示范区, 实验区...) followed
//! at once by 管委会 or 管理委员会: 包头稀土高新技术产业开发区管理委员会, 成都高新区管委会,
//! 某某新区管委会. The record is named as written with 管委会 spelled out. A
//! 合作区 may be run by an 执行委员会 instead (某某深度合作区执行委员会), and
//! keeps that word.
//!
//! The zone name runs back from the zone word over CJK characters to a
//! punctuation mark, a particle (由, 和, 各...) or a time opener (今年以来). When a place lies in that
//! run the name starts at the place (支持成都高新区管委会 → 成都高新区...), and
//! the place gives the committee's region and level; a province written
//! before its own city joins the span but not the name (四川成都高新区管委会 →
//! 成都高新区管理委员会), as for other local bodies. Without a place the
//! name must be short (two to eight characters before the zone word), lose a
//! leading verb (支持西咸新区管委会 → 西咸新区...) and hold a proper name:
//! one made only of generic words (产业园区管委会, 市高新区管委会) names no
//! zone. Longer runs are left out, since nothing marks where the name begins.
//!
//! A quoted part (某市“数智谷”产业园区管委会) belongs to the name when a place
//! stands before the quote; a quoted name without a place is left out.
//!
//! Not committees: 党工委 or any other word between zone and 管委会; a
//! zone word alone (高新区管委会, 各开发区管委会: no name).
//!
//! The rule is triggered by the lexicon's committee hits
//! (`gazetteers/zone_committees.tsv`); the zone words, particles, openers
//! and lead verbs are in `gazetteers/zone_words.tsv`. A zone name runs back
//! at most [`MAX_RUN`] characters from its zone word, and a quoted part
//! inside it at most [`MAX_QUOTE`]; a run reaching the limit is unbounded
//! and names a zone only through a place inside it.

use std::ops::RangeInclusive;

use super::level_of;
use crate::lexicon::Table as Lexicon;
use crate::lexicon::agencies::{CommitteeWord, Zones};
use crate::passes::Context;
use crate::{Agency, AgencyLevel, Place, PlaceLevel, Span};

/// Longest run scanned back from the zone word, in characters.
pub(super) const MAX_RUN: usize = 16;
/// Longest quoted part inside a zone name, in characters.
pub(super) const MAX_QUOTE: usize = 12;
/// Shortest and longest zone name before the zone word when no place marks its start.
const NAME_CHARS: RangeInclusive<usize> = 2..=8;

/// A committee found in the text.
#[derive(Debug)]
struct Committee {
    span: Span,
    name: String,
    /// Index into `places` of the last place inside the zone name.
    place: Option<usize>,
}

/// The zone committees of the text that no body in `bodies` (sorted by
/// start) overlaps and that are not in the table of central bodies
/// (苏州工业园区管委会 has its official name there), in text order.
pub(super) fn find(cx: &Context<'_>, places: &[Place], bodies: &[Agency]) -> Vec<Agency> {
    // reach[k]: the furthest end among the first k bodies, so that one
    // binary search tells whether any body overlaps a span.
    let mut reach = Vec::with_capacity(bodies.len() + 1);
    reach.push(0);
    for body in bodies {
        let furthest = reach.last().copied().unwrap_or(0).max(body.span.end);
        reach.push(furthest);
    }
    let overlaps_body = |span: Span| {
        let k = bodies.partition_point(|b| b.span.start < span.end);
        reach.get(k).is_some_and(|&end| end > span.start)
    };
    let zones = &cx.lexicon.zones;
    let mut found = Vec::new();
    // Committees come in the order of their words, so an earlier one
    // overlaps a later one exactly when it ends after the later one starts.
    let mut committees_end = 0;
    for hit in cx.hits.of(Lexicon::Committee) {
        let Some(word) = zones.committees.get(hit.row()) else {
            continue;
        };
        let Some(zone) = committee(cx.text, zones, places, hit.span().start, word) else {
            continue;
        };
        if cx
            .hits
            .longest_at(Lexicon::Agency, zone.span.start)
            .is_some()
            || overlaps_body(zone.span)
            || committees_end > zone.span.start
        {
            continue;
        }
        committees_end = committees_end.max(zone.span.end);
        let place = zone.place.and_then(|i| places.get(i));
        found.push(Agency {
            name: zone.name,
            surface: String::new(),
            span: zone.span,
            level: place.map_or(AgencyLevel::Prefectural, |p| level_of(p.level)),
            region: place.map(|p| p.name().to_string()),
            parent: None,
        });
    }
    found
}

/// Whether `stem` is made only of generic words (产业, 高新, 市...).
fn generic(zones: &Zones, mut stem: &str) -> bool {
    while !stem.is_empty() {
        let Some(word) = zones.generic.iter().find(|w| stem.starts_with(**w)) else {
            return false;
        };
        stem = stem.get(word.len()..).unwrap_or_default();
    }
    true
}

/// The committee whose committee word starts at byte `at`.
fn committee(
    text: &str,
    zones: &Zones,
    places: &[Place],
    at: usize,
    word: &CommitteeWord,
) -> Option<Committee> {
    let head = text.get(..at)?;
    let ending = zones.endings.iter().find(|e| head.ends_with(**e))?;
    if word.zone.is_some_and(|n| !ending.ends_with(n)) {
        return None;
    }
    let stem_end = at - ending.len();
    let (run_start, bounded, quote) = run(zones, head.get(..stem_end)?)?;
    // The places inside the run: a few at most, as the run is short.
    let first = places.partition_point(|p| p.span.start < run_start);
    let inside = places
        .get(first..)?
        .iter()
        .take_while(|p| p.span.end <= stem_end)
        .count();
    let (first_inside, last_inside) = match inside {
        0 => (None, None),
        n => (Some(first), Some(first + n - 1)),
    };
    // A quoted part names a zone only after a place.
    let place_before = |open: usize| {
        first_inside
            .and_then(|i| places.get(i))
            .is_some_and(|p| p.span.end <= open)
    };
    if quote.is_some_and(|open| !place_before(open)) {
        return None;
    }
    let (span_start, start, place) = match (first_inside, last_inside) {
        (Some(first), Some(last)) => {
            let start = name_start(places, first);
            (places.get(first)?.span.start, start, Some(last))
        }
        _ => {
            if !bounded {
                return None;
            }
            let run = text.get(run_start..stem_end)?;
            let lead = zones
                .lead_verbs
                .iter()
                .find(|v| run.starts_with(**v))
                .map_or(0, |v| v.len());
            let stem = run.get(lead..)?;
            if !NAME_CHARS.contains(&stem.chars().count()) || generic(zones, stem) {
                return None;
            }
            (run_start + lead, run_start + lead, None)
        }
    };
    let written = text.get(start..stem_end)?;
    let mut name = String::with_capacity(written.len() + ending.len() + word.canonical.len());
    for part in [written, ending, word.canonical] {
        name.push_str(part);
    }
    Some(Committee {
        span: Span::new(span_start, at + word.word.len()),
        name,
        place,
    })
}

/// Where the run before a zone word begins (scanning back from the end of
/// `head`), whether a punctuation mark or particle bounds it, and where its
/// quoted part opens, if it has one.
fn run(zones: &Zones, head: &str) -> Option<(usize, bool, Option<usize>)> {
    let mut start = head.len();
    let mut quote = None;
    let mut chars = head.char_indices().rev().peekable();
    let mut count = 0;
    while let Some((offset, c)) = chars.next() {
        if count >= MAX_RUN {
            return Some((start, false, quote));
        }
        count += 1;
        if c == '”' && quote.is_none() {
            // Skip to the opening mark; an unclosed or long quote ends the run.
            let mut open = None;
            for (inner, (o, q)) in chars.by_ref().enumerate() {
                if q == '“' {
                    open = Some(o);
                    break;
                }
                if inner >= MAX_QUOTE || !(is_cjk(q) || q.is_alphanumeric() || q == '+') {
                    break;
                }
            }
            let open = open?;
            quote = Some(open);
            start = open;
            continue;
        }
        let through = head.get(..offset + c.len_utf8()).unwrap_or_default();
        if !is_cjk(c)
            || zones.stops.contains(&c)
            || zones.openers.iter().any(|w| through.ends_with(w))
        {
            return Some((start, true, quote));
        }
        start = offset;
    }
    Some((start, true, quote))
}

/// Where a zone name starts when place `first` opens its run: past a
/// province written right before one of its own places (甘肃 in 甘肃兰州新区).
fn name_start(places: &[Place], first: usize) -> usize {
    let Some(place) = places.get(first) else {
        return 0;
    };
    match places.get(first + 1) {
        Some(next)
            if place.level == PlaceLevel::Province
                && next.level != PlaceLevel::Province
                && next.span.start == place.span.end
                && next.province() == place.name() =>
        {
            next.span.start
        }
        _ => place.span.start,
    }
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
