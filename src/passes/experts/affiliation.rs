//! Which organization a speaker speaks for, from the organization part of
//! the first title that names one.
//!
//! - An agency found by the agencies pass that starts the organization part,
//!   or starts right after places leading it, gives its canonical name:
//!   工信部原副部长 → 工业和信息化部; 山西省太原市工信局局长 → 太原市工业和信息化局
//!   (a province written before a city's body adds nothing to its name, nor
//!   the country before a central one: 中国国务院总理 → 国务院).
//! - When the organization goes on after the agency with a body of its own
//!   (…院/所/中心/司, the `org_suffix` rows) the whole text is the
//!   affiliation (自然资源部信息中心); after an internal division (…处/科/室,
//!   the `division` rows) the agency's name stays (经信委人工智能处 →
//!   上海市经济和信息化委员会).
//! - A title that is only places and a leading post of a place
//!   (`gazetteers/leader_posts.tsv`) speaks for that place's people's
//!   government or Party committee: 吴忠市副市长 → 吴忠市人民政府, 银川市兴庆区区长
//!   → 兴庆区人民政府 (the last, most specific place), 宁夏回族自治区副主席 →
//!   宁夏回族自治区人民政府, 吴忠市市委书记 → 中共吴忠市委员会. The post must fit the
//!   place (市长 after a 市, 主席 only after an autonomous region), so 某某区市长
//!   gives nothing of the kind.
//! - Otherwise the organization text itself, unless it is only a description
//!   before a role word (资深人工智能专家 has no affiliation).
//! - A role that names its body whole (全国政协委员, 全国人大代表, 广东省人大代表)
//!   leaves no organization part: the agency starting the titles (after
//!   places leading them) is the affiliation (中国人民政治协商会议全国委员会).

use std::collections::HashMap;

use super::speaker::{Org, Speaker};
use crate::lexicon::experts::{Lexicon, Words};
use crate::lexicon::tsv as gazetteer;
use crate::passes::places::government_of;
use crate::{Agency, AgencyLevel, Error, Place, Span};

/// Which body a leading post heads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Body {
    /// The people's government (市长 → X人民政府).
    Government,
    /// The Party committee (市委书记 → 中共X委员会).
    Party,
}

/// The country's names, which may stand before a central body in a title
/// (中国国务院总理) without being part of its name.
const COUNTRY: [&str; 2] = ["中国", "我国"];

/// How many modifiers may stand before a leading post (原常务副市长); past
/// four the post is not recognized.
const MAX_POST_MODIFIERS: usize = 4;

/// The leading posts of places, from `gazetteers/leader_posts.tsv`.
#[derive(Debug, Clone)]
pub(super) struct Leaders {
    /// Post → (body, how the place's name must end).
    posts: HashMap<String, (Body, String)>,
}

impl Leaders {
    pub(super) fn new() -> Result<Self, Error> {
        let source = gazetteer::LEADER_POSTS;
        let mut posts = HashMap::new();
        for row in gazetteer::parse(source.name, source.text, 3)? {
            let body = match row.get(1) {
                "government" => Body::Government,
                "party" => Body::Party,
                _ => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        "body must be government or party",
                    ));
                }
            };
            posts.insert(row.get(0).to_owned(), (body, row.get(2).to_owned()));
        }
        Ok(Leaders { posts })
    }

    /// The body a place's post heads (副市长 after 吴忠市 → 吴忠市人民政府).
    fn body_of(&self, lexicon: &Lexicon, place: &Place, post: &str) -> Option<String> {
        let mut post = post;
        for _ in 0..MAX_POST_MODIFIERS {
            match lexicon
                .post_modifiers
                .iter()
                .find_map(|m| post.strip_prefix(m.as_str()))
            {
                Some(rest) => post = rest,
                None => break,
            }
        }
        let (body, place_end) = self.posts.get(post)?;
        if !place.name().ends_with(place_end.as_str()) {
            return None;
        }
        Some(match body {
            Body::Government => government_of(place),
            Body::Party => format!("中共{}委员会", place.name()),
        })
    }
}

/// Earlier passes' records, and the text's experts words.
pub(super) struct Found<'a> {
    text: &'a str,
    agencies: &'a [Agency],
    /// Indices into `agencies`, by start (ties in document order).
    by_start: Vec<usize>,
    /// In document order.
    places: &'a [Place],
    words: Words<'a>,
}

impl<'a> Found<'a> {
    /// Indexes the agencies by start; `places` must be sorted by start.
    pub(super) fn new(
        text: &'a str,
        agencies: &'a [Agency],
        places: &'a [Place],
        words: Words<'a>,
    ) -> Self {
        let mut by_start: Vec<usize> = (0..agencies.len()).collect();
        by_start.sort_by_key(|&i| agencies.get(i).map_or(0, |a| a.span.start));
        Found {
            text,
            agencies,
            by_start,
            places,
            words,
        }
    }

    /// The agencies starting at byte `start`, each with its index.
    fn agencies_at(&self, start: usize) -> impl Iterator<Item = (usize, &Agency)> + '_ {
        let starts = |i: &usize| self.agencies.get(*i).map_or(0, |a| a.span.start);
        let from = self.by_start.partition_point(|i| starts(i) < start);
        self.by_start
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(move |i| starts(i) == start)
            .filter_map(|&i| self.agencies.get(i).map(|a| (i, a)))
    }

    /// The text at `span`.
    fn text_of(&self, span: Span) -> Option<&'a str> {
        self.text.get(span.start..span.end)
    }

    /// Whether an agency starts at `span.start` or right after the places
    /// leading `span`, and ends inside it.
    fn holds_agency(&self, span: Span) -> bool {
        let run = self.place_run(span.start, span.end);
        std::iter::once(span.start)
            .chain(run.iter().map(|p| p.span.end))
            .any(|start| self.agencies_at(start).any(|(_, a)| a.span.end <= span.end))
    }

    /// The places written one after another from byte `start` on
    /// (河北省张家口市…), in order.
    fn place_run(&self, start: usize, end: usize) -> Vec<&Place> {
        let mut run: Vec<&Place> = Vec::new();
        let mut at = start;
        let mut index = self.places.partition_point(|p| p.span.start < start);
        while let Some(place) = self.places.get(index) {
            if place.span.start != at || place.span.end > end {
                break;
            }
            run.push(place);
            at = place.span.end;
            index += 1;
        }
        run
    }
}

/// The speaker's organization (see the module doc).
pub(super) fn of(
    speaker: &Speaker,
    found: &Found<'_>,
    lexicon: &Lexicon,
    leaders: &Leaders,
) -> Option<String> {
    speaker
        .orgs
        .iter()
        .find_map(|org| of_org(org, found, lexicon, leaders))
        .or_else(|| {
            // A role naming its body whole (全国政协委员, 全国人大代表,
            // 广东省人大代表) leaves no organization part: the body found
            // inside the titles is the affiliation.
            let titles = Span::new(speaker.span.start, speaker.name_span.start);
            let text = found.text_of(titles)?;
            let org = Org {
                text: text.to_owned(),
                span: titles,
                role_only: true,
                post: String::new(),
            };
            of_org(&org, found, lexicon, leaders).filter(|_| found.holds_agency(titles))
        })
}

fn of_org(org: &Org, found: &Found<'_>, lexicon: &Lexicon, leaders: &Leaders) -> Option<String> {
    let run = found.place_run(org.span.start, org.span.end);
    // An agency may start the organization part, or a local one may start
    // after places leading it; the longest wins, the last written of equals.
    // 中国国务院总理: the country before a central body adds nothing.
    let after_country = COUNTRY
        .iter()
        .find(|c| org.text.starts_with(**c))
        .map(|c| org.span.start + c.len());
    let after_places = run
        .iter()
        .map(|p| p.span.end)
        .filter(|&end| end != org.span.start);
    let agency = std::iter::once(org.span.start)
        .chain(after_places)
        .chain(after_country)
        .flat_map(|start| {
            let central = start == org.span.start || Some(start) == after_country;
            found
                .agencies_at(start)
                .filter(move |(_, a)| central || a.level != AgencyLevel::Central)
        })
        .filter(|(_, a)| a.span.end <= org.span.end)
        .max_by_key(|&(i, a)| (a.span.end - org.span.start, i))
        .map(|(_, a)| a);
    if let Some(agency) = agency {
        let rest = Span::new(agency.span.end, org.span.end);
        let own_body = !rest.is_empty() && found.words.is_division(rest) == Some(false);
        return Some(if own_body {
            org.text.clone()
        } else {
            agency.name.clone()
        });
    }
    let only_places = run.last().is_some_and(|p| p.span.end == org.span.end);
    if only_places {
        if let Some(body) = run
            .last()
            .and_then(|p| leaders.body_of(lexicon, p, &org.post))
        {
            return Some(body);
        }
    }
    (!org.role_only).then(|| org.text.clone())
}
