//! Reading a speaker off the clause before a speech verb: the cues between
//! the name and the verb (对《证券日报》记者, 4月1日在…上, 此前), the name, and
//! the title chain before it.
//!
//! Every look-up is by position: job words, organization endings, leads and
//! tails are the lexicon's hits inside the clause ([`Words`]), the 、 that
//! split a title chain are the segments' marks. A clause is at most
//! [`LOOK_BACK`] bytes, at most [`MAX_CUES`] cues are stripped off its end,
//! and a name is read from its last six characters, so one reading costs
//! the same however long the text.

use std::cell::OnceCell;

use crate::lexicon::experts::{Class, JobKind, Lexicon, Words};
use crate::text::chars::{is_han, is_speaker_break};
use crate::text::segment::{Mark, Segments};
use crate::{Agency, Place, Span};

use super::cues::{Cues, DOTS};

/// How far back from a verb a speaker's clause may start, in bytes (about
/// 80 CJK characters: longer titles are not written). A clause mark further
/// back is not looked for: the clause starts there.
pub(super) const LOOK_BACK: usize = 240;

/// How many cues may stand between a name and its verb (对记者 + 在…上 +
/// 3月1日 + 再次 …); a seventh is left in place, so the name is not found.
const MAX_CUES: usize = 6;

/// The longest surname-and-post name read alone in a clause, in
/// characters (a compound surname and a post of five: 欧阳常务副市长).
const MAX_POST_NAME_CHARS: usize = 7;

/// How many times leads are stripped off a clause's start (据悉 + 3月1日 +
/// 在…上 + 同时); a fifth stays at the start of the title.
const MAX_LEADS: usize = 4;

/// How many job words and modifiers are peeled off one title's end to find
/// its organization (局长兼党组书记, 常务副总经理); past four, what is left
/// counts as the organization.
const MAX_PEELS: usize = 4;

/// Characters that end the clause before a speaker: a title never crosses
/// them. Parentheses are not among them: 哈尔滨工业大学(深圳) is one title.
/// The shared speaker marks and the ellipsis.
pub(super) fn is_clause_break(c: char) -> bool {
    is_speaker_break(c) || c == '…'
}

/// A speaker found before a verb; offsets are absolute in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Speaker {
    pub(super) name: String,
    pub(super) titles: Vec<String>,
    /// Each title's organization part, in order (job words removed).
    pub(super) orgs: Vec<Org>,
    pub(super) outlet: Option<String>,
    /// Titles and name.
    pub(super) span: Span,
    /// The name alone.
    pub(super) name_span: Span,
}

impl Speaker {
    /// A name read alone, with no title, organization or outlet.
    fn bare(name: &str, name_span: Span) -> Self {
        Speaker {
            name: name.to_owned(),
            titles: Vec::new(),
            orgs: Vec::new(),
            outlet: None,
            span: name_span,
            name_span,
        }
    }
}

/// The organization part of one title.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Org {
    pub(super) text: String,
    /// Absolute, in the normalized text.
    pub(super) span: Span,
    /// Whether the job word after it is only a role (专家) and the text does
    /// not end like an organization (资深人工智能专家): no affiliation.
    pub(super) role_only: bool,
    /// The rest of the title after the organization (副市长, 党委书记).
    pub(super) post: String,
}

/// Spans earlier passes claimed, sorted by start, with the running maximum
/// of their ends so that an overlap test is one binary search. Built on
/// the first test: a text with no speech verb and no turn head never asks,
/// and a list of a hundred thousand places would cost a copy and a sort.
#[derive(Debug)]
pub(super) struct Taken<'d> {
    agencies: &'d [Agency],
    places: &'d [Place],
    index: OnceCell<Claimed>,
}

/// The agencies' and places' spans, each with the running maximum end.
#[derive(Debug)]
struct Claimed {
    agencies: Vec<(Span, usize)>,
    places: Vec<(Span, usize)>,
}

impl<'d> Taken<'d> {
    pub(super) fn new(agencies: &'d [Agency], places: &'d [Place]) -> Self {
        Taken {
            agencies,
            places,
            index: OnceCell::new(),
        }
    }

    fn claimed(&self) -> &Claimed {
        fn index(mut spans: Vec<Span>) -> Vec<(Span, usize)> {
            spans.sort();
            let mut max_end = 0;
            spans
                .into_iter()
                .map(|span| {
                    max_end = max_end.max(span.end);
                    (span, max_end)
                })
                .collect()
        }
        self.index.get_or_init(|| Claimed {
            agencies: index(self.agencies.iter().map(|a| a.span).collect()),
            places: index(self.places.iter().map(|p| p.span).collect()),
        })
    }

    /// Whether `span` overlaps an agency.
    pub(super) fn agency(&self, span: Span) -> bool {
        Self::hits(&self.claimed().agencies, span)
    }

    /// Whether `span` overlaps a place.
    pub(super) fn place(&self, span: Span) -> bool {
        Self::hits(&self.claimed().places, span)
    }

    fn hits(spans: &[(Span, usize)], span: Span) -> bool {
        let before_end = spans.partition_point(|(s, _)| s.start < span.end);
        before_end
            .checked_sub(1)
            .and_then(|i| spans.get(i))
            .is_some_and(|&(_, max_end)| max_end > span.start)
    }
}

/// What reading a speaker needs of the document.
#[derive(Debug, Clone, Copy)]
pub(super) struct Reader<'a> {
    pub(super) text: &'a str,
    pub(super) segments: &'a Segments,
    pub(super) lexicon: &'a Lexicon,
    pub(super) cues: &'a Cues,
    pub(super) taken: &'a Taken<'a>,
    /// Every experts word of the text.
    pub(super) words: Words<'a>,
}

/// One clause being read: the reader with the words inside the clause.
struct Clause<'a> {
    reader: &'a Reader<'a>,
    words: Words<'a>,
    /// Whether the clause holds a middle dot at all.
    dotted: bool,
}

/// How the text before a name reads as a title, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum TitleRank {
    None,
    /// An organization named on its own (小米集团雷军).
    Org,
    /// A job word (局长, 教授).
    Job,
}

/// The name readings tried, in order: (characters, strict). A reading after
/// a job word wins over one after an organization only, which wins over a
/// bare name; then three characters before two and four. Names of 4 to 6
/// characters without a surname (苏和巴特尔, 阿尔斯楞) and weak surnames
/// (万立松) are strict: read only after a job word, and only when no
/// ordinary reading exists.
const READINGS: [(usize, bool); 8] = [
    (3, false),
    (2, false),
    (4, false),
    (3, true),
    (2, true),
    (4, true),
    (5, true),
    (6, true),
];

/// Where the name of a speaker's clause may end: the clause's end, then
/// the end left by each cue stripped off it (at most [`MAX_CUES`]), each
/// with the outlet named by the cues stripped so far. Read once a clause,
/// for every reading of it.
#[derive(Debug, Clone)]
pub(super) struct Cuts {
    start: usize,
    /// The clause end first, then each cut, further and further back.
    ends: Vec<(usize, Option<String>)>,
}

impl Reader<'_> {
    /// Finds the speaker whose clause is `text[start..end]` (`end` is where
    /// the verb starts).
    pub(super) fn read(&self, start: usize, end: usize) -> Option<Speaker> {
        self.read_cuts(&self.cuts(start, end))
    }

    /// Strips the cues off the end of the clause `text[start..end]` (see
    /// [`Cuts`]).
    pub(super) fn cuts(&self, start: usize, end: usize) -> Cuts {
        let clause = self.clause(start, end, false);
        let mut ends = vec![(end, None::<String>)];
        let mut outlet = None;
        let mut rest = end;
        for _ in 0..MAX_CUES {
            let Some((cut, found)) = clause.strip_tail(start, rest) else {
                break;
            };
            rest = cut;
            outlet = outlet.or(found);
            ends.push((cut, outlet.clone()));
        }
        Cuts { start, ends }
    }

    fn clause(&self, start: usize, end: usize, dotted: bool) -> Clause<'_> {
        Clause {
            reader: self,
            words: self.words.within(Span::new(start, end)),
            dotted,
        }
    }

    /// Finds the speaker of the clause `cuts` were read from.
    pub(super) fn read_cuts(&self, cuts: &Cuts) -> Option<Speaker> {
        let start = cuts.start;
        let &(end, _) = cuts.ends.first()?;
        let clause_text = self.text.get(start..end)?;
        let clause = self.clause(start, end, clause_text.contains(DOTS));
        // Each stripped cue gives one more place the name may end; the most
        // stripped is tried first, the others when it yields no name (对外经济
        // 贸易大学教授张三 only looks like a 对-cue).
        cuts.ends.iter().rev().find_map(|(cut, outlet)| {
            let mut speaker = clause
                .name_and_titles(start, *cut)
                .or_else(|| clause.honorific_after_name(start, *cut))
                .or_else(|| clause.post_name(start, *cut))?;
            speaker.outlet.clone_from(outlet);
            Some(speaker)
        })
    }

    /// A name standing alone in the clause `cuts` were read from (after
    /// leads and cues) that `known` accepts: a name with a weak surname
    /// already reported with its titles (司长万立松指出,… 万立松认为,…),
    /// which read bare would be a numeral or a common word.
    pub(super) fn read_known(&self, cuts: &Cuts, known: impl Fn(&str) -> bool) -> Option<Speaker> {
        let start = cuts.start;
        let &(end, _) = cuts.ends.first()?;
        let clause = self.clause(start, end, false);
        cuts.ends.iter().find_map(|&(rest, _)| {
            let at = clause.strip_leads(start, rest);
            let name_span = Span::new(at, rest);
            let name = self.slice(name_span);
            (!name.is_empty() && known(name) && !self.taken.agency(name_span))
                .then(|| Speaker::bare(name, name_span))
        })
    }

    fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or_default()
    }
}

impl Clause<'_> {
    fn text(&self) -> &str {
        self.reader.text
    }

    fn slice(&self, span: Span) -> &str {
        self.reader.slice(span)
    }

    /// Removes one cue from the end of `text[start..end]`: the new end and
    /// the outlet named.
    fn strip_tail(&self, start: usize, end: usize) -> Option<(usize, Option<String>)> {
        let s = self.text().get(start..end)?;
        for tail in &self.reader.cues.tails {
            if let Some((at, outlet)) = tail.strip(s) {
                let outlet = outlet
                    .filter(|o| self.reader.lexicon.is_outlet(o))
                    .map(str::to_owned);
                return Some((start + at, outlet));
            }
        }
        // A tail word, never the whole clause.
        self.words
            .ending_at(Class::TAIL, start + 1, end)
            .map(|(tail, _)| (tail.start, None))
    }

    /// The name ending at `end` and the titles before it, in the clause
    /// starting at `base`.
    fn name_and_titles(&self, base: usize, end: usize) -> Option<Speaker> {
        let s = self.text().get(base..end)?;
        let dotted = if self.dotted {
            self.reader
                .cues
                .dotted
                .captures(s)
                .and_then(|c| c.name("name"))
                .map(|m| Span::new(base + m.start(), base + m.end()))
        } else {
            None
        };
        let best = match dotted {
            Some(name) => self
                .dotted_name_start(base, name)
                .filter(|&(at, rank)| rank > TitleRank::None || self.strip_leads(base, at) == at),
            None => self.plain_name_start(base, end),
        };
        let (at, _) = best?;
        let name_span = Span::new(at, end);
        if dotted.is_some()
            && !self
                .reader
                .lexicon
                .is_dotted_name(&self.words, name_span, self.slice(name_span))
        {
            return None;
        }
        let prefix = Span::new(self.title_floor(self.strip_leads(base, at), at), at);
        let titles = self.title_chain(prefix);
        let orgs = self.organizations(&titles);
        let title_start = titles.first().map_or(at, |t| t.start);
        Some(Speaker {
            name: self.slice(name_span).to_owned(),
            // Names and titles hold no whitespace (an indent or a space left
            // between two Latin words).
            titles: titles.iter().map(|&t| squeeze(self.slice(t))).collect(),
            orgs,
            outlet: None,
            span: Span::new(title_start, end),
            name_span,
        })
    }

    /// A title written after the name (清华大学李华教授, 王五副部长): the
    /// honorific ending at `end`, with a modifier before it (副, 常务) as
    /// part of it, and the name and titles before that.
    fn honorific_after_name(&self, base: usize, end: usize) -> Option<Speaker> {
        let (honorific, _) = self.words.ending_at(Class::HONORIFIC, base, end)?;
        let from = self
            .words
            .modifier_start(Span::new(base, honorific.start))
            .unwrap_or(honorific.start);
        let mut speaker = self.name_and_titles(base, from)?;
        speaker
            .titles
            .push(squeeze(self.slice(Span::new(from, end))));
        speaker.span.end = end;
        Some(speaker)
    }

    /// A surname and a post written as one name, alone in its clause once
    /// leads are gone (熊副部长还强调, 丁董事长表示): read as that name with
    /// no title, so that it is linked to the person of that surname named
    /// in full with that post, or dropped (see [`super::mention::PostName`]).
    /// Three characters (李总理) already read as a name; this is for the
    /// longer posts (副部长, 董事长) a name never holds.
    fn post_name(&self, base: usize, end: usize) -> Option<Speaker> {
        let at = self.strip_leads(base, end);
        let name_span = Span::new(at, end);
        let name = self.text().get(at..end)?;
        if name.chars().count() > MAX_POST_NAME_CHARS {
            return None;
        }
        let cut = at + self.reader.lexicon.surname_len(name)?;
        let (post, _) = self
            .words
            .ending_at(Class::JOB.or(Class::HONORIFIC), cut, end)?;
        if post.start != cut || self.reader.taken.agency(name_span) {
            return None;
        }
        Some(Speaker::bare(name, name_span))
    }

    /// Where a name without a middle dot ending at `end` starts, and how the
    /// text before it reads (see [`READINGS`]). So 工业局局长孙东 is 孙东
    /// after 局长, not 长孙东 after 工业局局.
    fn plain_name_start(&self, base: usize, end: usize) -> Option<(usize, TitleRank)> {
        let reader = self.reader;
        let lexicon = reader.lexicon;
        let s = self.text().get(base..end)?;
        // starts[k] is where a (k+1)-character name would begin.
        let mut starts = [None; 6];
        for (slot, (i, _)) in starts.iter_mut().zip(s.char_indices().rev()) {
            *slot = Some(base + i);
        }
        // Where the title before each reading starts, once leads are gone.
        let mut prefixes = [None; 6];
        let mut prefix_of = |k: usize, at: usize| -> usize {
            match prefixes.get(k).copied().flatten() {
                Some(p) => p,
                None => {
                    let p = self.strip_leads(base, at);
                    if let Some(slot) = prefixes.get_mut(k) {
                        *slot = Some(p);
                    }
                    p
                }
            }
        };
        let mut best: Option<(usize, TitleRank)> = None;
        for (chars, strict) in READINGS {
            if strict && best.is_some() {
                break;
            }
            let Some(at) = starts.get(chars - 1).copied().flatten() else {
                continue;
            };
            let name_span = Span::new(at, end);
            let name = self.slice(name_span);
            let reads = if !strict {
                lexicon.is_name(name)
            } else if self
                .words
                .job_suffix(Span::new(prefix_of(chars - 1, at), at))
                .is_none()
            {
                false
            } else {
                lexicon.is_titled_name(&self.words, name_span, name)
                    || (chars >= 3 && lexicon.is_long_name(&self.words, name_span, name))
            };
            if !reads || reader.taken.agency(name_span) {
                continue;
            }
            let in_place = reader.taken.place(name_span);
            if strict && in_place {
                continue;
            }
            let prefix = Span::new(prefix_of(chars - 1, at), at);
            let rank = self.title_rank(prefix);
            // A bare place name (苏州表示) is no person; after a title the
            // places pass may have read a name as a county (董事长江华).
            let bare_place = prefix.is_empty() && in_place;
            if !(rank > TitleRank::None || prefix.is_empty()) || bare_place {
                continue;
            }
            if best.is_none_or(|(_, was)| rank > was) {
                best = Some((at, rank));
            }
        }
        best
    }

    /// Where a dotted name at `name` really starts: after the last job word
    /// that ends inside its first part, else after any lead phrase (据悉)
    /// opening it.
    fn dotted_name_start(&self, base: usize, name: Span) -> Option<(usize, TitleRank)> {
        let dot = self.slice(name).find(DOTS)? + name.start;
        let first = self.text().get(name.start..dot)?;
        let cut = first
            .char_indices()
            .rev()
            .map(|(i, _)| name.start + i)
            .filter(|&i| i > name.start)
            .find(|&i| self.words.job_suffix(Span::new(base, i)).is_some());
        match cut {
            Some(i) => Some((i, TitleRank::Job)),
            None => {
                let start = self.strip_leads(name.start, dot);
                Some((start, self.title_rank(Span::new(base, start))))
            }
        }
    }

    fn title_rank(&self, span: Span) -> TitleRank {
        if self.words.job_suffix(span).is_some() {
            TitleRank::Job
        } else if self.words.looks_like_org(span) {
            TitleRank::Org
        } else {
            TitleRank::None
        }
    }

    /// Whether the text at `span` ends like an organization name, before a
    /// parenthesized part closing it if any (某某党校(某某学院)).
    fn ends_like_org(&self, span: Span) -> bool {
        if self.words.looks_like_org(span) {
            return true;
        }
        let s = self.slice(span);
        let Some(inner) = s.strip_suffix([')', '）']) else {
            return false;
        };
        inner.rfind(['(', '（']).is_some_and(|open| {
            self.words
                .looks_like_org(Span::new(span.start, span.start + open))
        })
    }

    /// Whether the text at `span` ends like a title: a job word, or an
    /// organization named on its own (小米集团雷军).
    fn is_title(&self, span: Span) -> bool {
        self.words.job_suffix(span).is_some() || self.words.looks_like_org(span)
    }

    /// Where `text[from..end]` starts without the time and adverb phrases
    /// that open a clause (此前, 3月31日, 同时, 据).
    fn strip_leads(&self, from: usize, end: usize) -> usize {
        let mut at = from;
        for _ in 0..MAX_LEADS {
            let before = at;
            // A paragraph indent (full-width spaces) is no part of a title.
            let rest = self.text().get(at..end).unwrap_or_default().trim_start();
            at = end - rest.len();
            if let Some(len) = self.reader.cues.lead_len(rest) {
                at += len;
            }
            if let Some(lead) = self.words.starting_at(Class::LEAD, at, end) {
                at = lead.end;
            }
            if at == before {
                break;
            }
        }
        at
    }

    /// Where the titles before a name at `at` may start, from `from` on:
    /// after the last 的, which closes a clause describing the person
    /// (会见来华访问的某国总理王五, 出席…活动的某某部部长王五), unless only a
    /// bare post follows it (某办分管日常工作的副主任: the body stays) or
    /// the 的 stands inside a 《》 title (《关于…的通知》起草组组长).
    fn title_floor(&self, from: usize, at: usize) -> usize {
        let Some(before) = self.text().get(from..at) else {
            return from;
        };
        before
            .rfind('的')
            .filter(|&i| !before.get(i..).is_some_and(|rest| rest.contains('》')))
            .map(|i| from + i + '的'.len_utf8())
            .filter(|&f| {
                self.words
                    .starting_at(Class::JOB.or(Class::MODIFIER), f, at)
                    .is_none()
            })
            .unwrap_or(from)
    }

    /// The titles in `prefix` before a name: its pieces split at 、 (or at
    /// a comma, which only a turn head standing on its own line keeps in a
    /// prefix: 全国政协委员,某馆馆长王五：), walking left while each piece
    /// ends with a job word.
    fn title_chain(&self, prefix: Span) -> Vec<Span> {
        let mut titles = Vec::new();
        let mut end = prefix.end;
        loop {
            let mark = self
                .reader
                .segments
                .prev(end, Mark::ENUMERATION, prefix.start)
                .max(self.reader.segments.prev(end, Mark::COMMA, prefix.start));
            let start = mark.map_or(prefix.start, |at| {
                at + self
                    .text()
                    .get(at..)
                    .and_then(|s| s.chars().next())
                    .map_or(1, char::len_utf8)
            });
            let piece = Span::new(start, end);
            let text = self.slice(piece);
            let verb = || {
                self.reader
                    .lexicon
                    .not_in_titles
                    .iter()
                    .any(|w| text.contains(w.as_str()))
            };
            if piece.is_empty() || !self.is_title(piece) || !text.chars().any(is_han) || verb() {
                break;
            }
            titles.push(piece);
            match mark {
                Some(at) => end = at,
                None => break,
            }
        }
        titles.reverse();
        titles
    }

    /// The organization part of each title that has one.
    fn organizations(&self, titles: &[Span]) -> Vec<Org> {
        let lexicon = self.reader.lexicon;
        let mut orgs = Vec::new();
        for &title in titles {
            // Peel job words and their modifiers off the end (局长兼党组书记,
            // 原副部长, 常务董事); a piece with none is an organization named on
            // its own.
            let mut end = title.end;
            let mut kind = None;
            for _ in 0..MAX_PEELS {
                let piece = self.slice(Span::new(title.start, end));
                let trimmed = piece.trim_end_matches(lexicon.joints.as_slice());
                let trimmed = Span::new(title.start, title.start + trimmed.len());
                if let Some(at) = self.words.modifier_start(trimmed) {
                    end = at;
                    continue;
                }
                match self.words.job_suffix(trimmed) {
                    Some((at, k)) => {
                        kind = kind.or(Some(k));
                        end = at;
                    }
                    None => {
                        end = trimmed.end;
                        break;
                    }
                }
            }
            // 财政部长, 公安局长: the post's first character ends the body's
            // name too (财政部, 公安局), unless the name already ends in it.
            let post = Span::new(end, title.end);
            let shared = lexicon
                .shared_heads
                .prefix_of(self.slice(post))
                .and_then(|h| h.chars().next())
                .filter(|&c| !self.slice(Span::new(title.start, end)).ends_with(c));
            let end = end + shared.map_or(0, char::len_utf8);
            let org = self.slice(Span::new(title.start, end));
            let (skip, org) = lexicon
                .title_opens
                .iter()
                .find_map(|p| org.strip_prefix(p.as_str()).map(|rest| (p.len(), rest)))
                .unwrap_or((0, org));
            if org.chars().filter(|c| is_han(*c)).count() < 2 {
                continue;
            }
            let from = title.start + skip;
            let span = Span::new(from, from + org.len());
            orgs.push(Org {
                text: squeeze(org),
                span,
                role_only: kind == Some(JobKind::Role) && !self.ends_like_org(span),
                post: squeeze(self.slice(post)),
            });
        }
        orgs
    }
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
}
