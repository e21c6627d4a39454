//! Reading a speaker off the clause before a speech verb: the cues between
//! the name and the verb (对《证券日报》记者, 4月1日在…上, 此前), the name, and
//! the title chain before it.

use regex::Regex;

use crate::Span;
use crate::lexicon::experts::{JobKind, Lexicon};
use crate::text::chars::is_han;

/// How far back from a verb a speaker's clause may start, in bytes (about
/// 80 CJK characters: longer titles are not written).
pub(super) const LOOK_BACK: usize = 240;

/// Characters that end the clause before a speaker: a title never crosses
/// them. Parentheses are not among them: 哈尔滨工业大学(深圳) is one title.
pub(super) fn is_clause_break(c: char) -> bool {
    matches!(
        c,
        ',' | '，'
            | '。'
            | ';'
            | '；'
            | ':'
            | '：'
            | '!'
            | '！'
            | '?'
            | '？'
            | '“'
            | '”'
            | '"'
            | '「'
            | '」'
            | '『'
            | '』'
            | '\n'
            | '|'
            | '*'
            | '#'
            | '>'
            | '…'
    )
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

/// The organization part of one title.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Org {
    pub(super) text: String,
    /// Absolute, in the normalized text.
    pub(super) span: Span,
    /// Whether the job word after it is only a role (专家), so the text must
    /// look like an organization on its own.
    pub(super) role_only: bool,
    /// The rest of the title after the organization (副市长, 党委书记).
    pub(super) post: String,
}

/// The cue patterns, each anchored at the clause end and tried in order
/// (the specific ones before the catch-all 在…上).
#[derive(Debug, Clone)]
pub(super) struct Cues {
    tail: Vec<Regex>,
    lead: Regex,
    dotted: Regex,
}

impl Cues {
    pub(super) fn new() -> Self {
        // Every outlet cue may open with 在 and name its outlet in 《》 or
        // bare, followed by 记者 / 记者的: 在回答《经济参考报》记者提问时,
        // 回答记者的提问时, 在对新华社记者介绍时, 向本报记者; a medium word may
        // follow the 《》 (《财经》杂志记者).
        let tail = [
            // 在接受《证券日报》记者采访时 / 接受第一财经专访时 / 在接受采访时
            r"(?x)
              在? 接受了?
              (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,16}?) )?
              的? (?:记者|媒体)? 的? (?:独家|书面|专访|联合|视频|电话)?
              (?:采访|专访) (?:时|中|期间)? $",
            // 在回答《经济参考报》记者提问时 / 回答第一财经记者的提问时 / 答记者问时
            r"(?x)
              在? (?: 回答 (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,16}?) )?
                  的? (?:记者|媒体)? 的? (?:提问|问题|关切) | 答记者问 ) (?:时|中)? $",
            // 对《证券日报》记者 / 在对新华社记者介绍情况时 / 对记者 (a generic
            // outlet is dropped later); the optional tail is a short verb
            // phrase ending in 时, never a clause mark
            r"(?x)
              在? 对 (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,12}?) )
              的? (?:记者)? (?: [^,。、《》\s]{1,6}? 时 )? $",
            // 向《经济日报》记者 / 在向记者介绍时
            r"(?x)
              在? 向 (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,12}?) )? 的? 记者
              (?: [^,。、《》\s]{1,6}? 时 )? $",
            // 在《人民日报》撰文 (the paper is where they wrote, not an interviewer)
            r"(?x) 在 《[^》]{1,30}》 上? (?:撰文|发文|刊文|撰稿|发表文章|发表署名文章)? $",
            // 就这一问题 / 就数据流通情况
            r"(?x) 就 [^,。、就]{1,24}? (?:问题|情况|事宜|话题|一事|方面) $",
            // 在2025赛迪论坛上 / 在国新办发布会上 / 在调研时; no 在 inside, so
            // the innermost 在 is the cue's start
            r"(?x)
              (?:在|出席|参加|做客) [^,。、在]{1,40}? (?:上|时|中|期间|之际|现场) $",
            // 3月27日 / 2025年4月1日上午
            r"(?x)
              (?:[0-9]{4}年)? [0-9]{1,2}月 [0-9]{1,2}日 (?:上午|下午|晚间|晚上|晚)? $",
        ]
        .into_iter()
        .map(|p| Regex::new(p).expect("cue patterns are constant and tested"))
        .collect();
        let lead = Regex::new(
            r"(?x)
              ^ (?:
                  # 2025年4月1日上午 / 3月31日
                  (?: [0-9]{4}年 (?: [0-9]{1,2}月 (?:[0-9]{1,2}日)? )? | [0-9]{1,2}月 (?:[0-9]{1,2}日)? )
                  (?:上午|下午|晚间|晚上|晚)?
                  # a parenthetical before the clause: a byline or note
                | \( [^()]{0,40} \)
                  # an event before the name: 在昨天召开的座谈会上王五表示
                | 在 [^,。、在]{1,40}? (?:上|中|期间|之际|时)
                  # an interview heading: ——访国家能源局司长李创军 / 专访…
                | [—–-]{1,3} \s* (?:专访|访|对话)?
                | (?:专访|对话)
              )",
        )
        .expect("the lead pattern is constant and tested");
        // A minority or foreign name with a middle dot, whose first part may
        // still carry the end of a title (教授阿不都·热合曼).
        let dotted = Regex::new(
            r"(?x) (?P<name> \p{Han}{1,6} [·•‧] \p{Han}{1,10} (?: [·•‧] \p{Han}{1,10} )? ) $",
        )
        .expect("the dotted-name pattern is constant and tested");
        Cues { tail, lead, dotted }
    }
}

/// Finds the speaker whose clause is `text[start..end]` (`end` is where the
/// verb starts).
pub(super) fn read(
    text: &str,
    start: usize,
    end: usize,
    lexicon: &Lexicon,
    cues: &Cues,
    taken: &Taken,
) -> Option<Speaker> {
    let clause = text.get(start..end)?;
    // Each stripped cue gives one more place the name may end; the most
    // stripped is tried first, the others when it yields no name (对外经济
    // 贸易大学教授张三 only looks like a 对-cue).
    let mut ends = vec![(clause.len(), None::<String>)];
    let mut outlet = None;
    let mut rest = clause;
    for _ in 0..6 {
        let Some((cut, found)) = strip_tail(rest, lexicon, cues) else {
            break;
        };
        rest = rest.get(..cut)?;
        outlet = outlet.or(found);
        ends.push((cut, outlet.clone()));
    }
    ends.into_iter().rev().find_map(|(cut, outlet)| {
        let s = clause.get(..cut)?;
        let mut speaker = name_and_titles(s, start, lexicon, cues, taken).or_else(|| {
            // A title after the name: 清华大学李华教授.
            let honorific = lexicon
                .honorifics
                .iter()
                .find(|h| s.ends_with(h.as_str()))?;
            let mut speaker = name_and_titles(
                s.get(..s.len() - honorific.len())?,
                start,
                lexicon,
                cues,
                taken,
            )?;
            speaker.titles.push(honorific.clone());
            speaker.span.end = start + cut;
            Some(speaker)
        })?;
        speaker.outlet = outlet;
        Some(speaker)
    })
}

/// Spans earlier passes claimed, sorted by start, with the running maximum
/// of their ends so that an overlap test is one binary search.
#[derive(Debug, Default)]
pub(super) struct Taken {
    agencies: Vec<(Span, usize)>,
    places: Vec<(Span, usize)>,
}

impl Taken {
    pub(super) fn new(
        agencies: impl Iterator<Item = Span>,
        places: impl Iterator<Item = Span>,
    ) -> Self {
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
        Taken {
            agencies: index(agencies.collect()),
            places: index(places.collect()),
        }
    }

    fn hits(spans: &[(Span, usize)], span: Span) -> bool {
        let before_end = spans.partition_point(|(s, _)| s.start < span.end);
        before_end
            .checked_sub(1)
            .and_then(|i| spans.get(i))
            .is_some_and(|&(_, max_end)| max_end > span.start)
    }
}

/// Removes one cue from the end of `s`: the new end and the outlet named.
fn strip_tail(s: &str, lexicon: &Lexicon, cues: &Cues) -> Option<(usize, Option<String>)> {
    for re in &cues.tail {
        if let Some(caps) = re.captures(s) {
            let whole = caps.get(0)?;
            let outlet = caps
                .name("book")
                .or_else(|| caps.name("bare"))
                .map(|m| m.as_str().to_owned())
                .filter(|o| lexicon.is_outlet(o));
            return Some((whole.start(), outlet));
        }
    }
    lexicon
        .tails
        .iter()
        .find(|tail| s.len() > tail.len() && s.ends_with(tail.as_str()))
        .map(|tail| (s.len() - tail.len(), None))
}

/// The name at the end of `s` and the titles before it; `base` is the
/// offset of `s` in the text.
fn name_and_titles(
    s: &str,
    base: usize,
    lexicon: &Lexicon,
    cues: &Cues,
    taken: &Taken,
) -> Option<Speaker> {
    let span_of = |from: usize, to: usize| Span::new(base + from, base + to);
    // (name start, how the prefix reads as a title); a reading after a job
    // word wins over one after an organization only, which wins over a bare
    // name; then three characters before two and four. So 工业局局长孙东
    // is 孙东 after 局长, not 长孙东 after 工业局局.
    let mut best: Option<(usize, TitleRank)> = None;
    if let Some(m) = cues.dotted.captures(s).and_then(|c| c.name("name")) {
        best = dotted_name_start(s, m.start(), m.end(), lexicon, cues).filter(|&(at, rank)| {
            rank > TitleRank::None
                || s.get(..at)
                    .is_some_and(|p| strip_leads(p, lexicon, cues).is_empty())
        });
    } else {
        let starts: Vec<usize> = s.char_indices().rev().take(6).map(|(i, _)| i).collect();
        // starts[k] is where a (k+1)-character name would begin. Names of 4
        // to 6 characters without a surname (苏和巴特尔, 阿尔斯楞) and weak
        // surnames (万立松) are read only after a job word, and only when no
        // ordinary reading exists.
        for (chars, strict) in [
            (3, false),
            (2, false),
            (4, false),
            (3, true),
            (2, true),
            (4, true),
            (5, true),
            (6, true),
        ] {
            if strict && best.is_some() {
                break;
            }
            let Some(&at) = starts.get(chars - 1) else {
                continue;
            };
            let Some(name) = s.get(at..) else { continue };
            let prefix = strip_leads(s.get(..at)?, lexicon, cues);
            let reads = if !strict {
                lexicon.is_name(name)
            } else if lexicon.job_suffix(prefix).is_none() {
                false
            } else {
                lexicon.is_titled_name(name) || (chars >= 4 && lexicon.is_long_name(name))
            };
            if !reads || Taken::hits(&taken.agencies, span_of(at, s.len())) {
                continue;
            }
            if strict && Taken::hits(&taken.places, span_of(at, s.len())) {
                continue;
            }
            let rank = title_rank(prefix, lexicon);
            // A bare place name (苏州表示) is no person; after a title the
            // places pass may have read a name as a county (董事长江华).
            let bare_place = prefix.is_empty() && Taken::hits(&taken.places, span_of(at, s.len()));
            if !(rank > TitleRank::None || prefix.is_empty()) || bare_place {
                continue;
            }
            if best.is_none_or(|(_, was)| rank > was) {
                best = Some((at, rank));
            }
        }
    }
    let (at, _) = best?;
    let name = s.get(at..)?.to_owned();
    let prefix = strip_leads(s.get(..at)?, lexicon, cues);
    let prefix_start = at - prefix.len();
    let (titles, first_start) = title_chain(prefix, lexicon);
    let orgs = organizations(&titles, prefix_start, base, lexicon);
    let title_start = if titles.is_empty() {
        at
    } else {
        prefix_start + first_start
    };
    Some(Speaker {
        name,
        // Names and titles hold no whitespace (an indent or a space left
        // between two Latin words).
        titles: titles.into_iter().map(|(_, t)| squeeze(t)).collect(),
        orgs,
        outlet: None,
        span: Span::new(base + title_start, base + s.len()),
        name_span: span_of(at, s.len()),
    })
}

/// Where a dotted name really starts: after the last job word that ends
/// inside its first part, else after any lead phrase (据悉) opening it.
fn dotted_name_start(
    s: &str,
    start: usize,
    end: usize,
    lexicon: &Lexicon,
    cues: &Cues,
) -> Option<(usize, TitleRank)> {
    let dot = s.get(start..end)?.find(['·', '•', '‧'])? + start;
    let cut = s
        .char_indices()
        .map(|(i, _)| i)
        .filter(|&i| i > start && i < dot)
        .rev()
        .find(|&i| s.get(..i).is_some_and(|p| lexicon.job_suffix(p).is_some()));
    match cut {
        Some(i) => Some((i, TitleRank::Job)),
        None => {
            let first = s.get(start..dot)?;
            let start = dot - strip_leads(first, lexicon, cues).len();
            Some((start, title_rank(s.get(..start)?, lexicon)))
        }
    }
}

fn squeeze(s: &str) -> String {
    s.split_whitespace().collect()
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

fn title_rank(s: &str, lexicon: &Lexicon) -> TitleRank {
    if lexicon.job_suffix(s).is_some() {
        TitleRank::Job
    } else if lexicon.looks_like_org(s) {
        TitleRank::Org
    } else {
        TitleRank::None
    }
}

/// Whether `s` ends like a title: a job word, or an organization named on its
/// own (小米集团雷军).
fn is_title(s: &str, lexicon: &Lexicon) -> bool {
    lexicon.job_suffix(s).is_some() || lexicon.looks_like_org(s)
}

/// `s` without the time and adverb phrases that open a clause (此前, 3月31日,
/// 同时, 据).
fn strip_leads<'a>(mut s: &'a str, lexicon: &Lexicon, cues: &Cues) -> &'a str {
    for _ in 0..4 {
        let before = s.len();
        // A paragraph indent (full-width spaces) is no part of a title.
        s = s.trim_start();
        if let Some(m) = cues.lead.find(s) {
            s = s.get(m.end()..).unwrap_or(s);
        }
        if let Some(lead) = lexicon.leads.iter().find(|l| s.starts_with(l.as_str())) {
            s = s.get(lead.len()..).unwrap_or(s);
        }
        if s.len() == before {
            break;
        }
    }
    s
}

/// The titles before a name: the pieces of `prefix` split at 、, walking left
/// while each piece ends with a job word. Returns each title with its byte
/// start in `prefix`, and the chain's start.
fn title_chain<'a>(prefix: &'a str, lexicon: &Lexicon) -> (Vec<(usize, &'a str)>, usize) {
    let mut titles = Vec::new();
    let mut end = prefix.len();
    while let Some(piece_all) = prefix.get(..end) {
        let start = piece_all.rfind('、').map_or(0, |i| i + '、'.len_utf8());
        let Some(piece) = prefix.get(start..end) else {
            break;
        };
        if piece.is_empty() || !is_title(piece, lexicon) || !piece.chars().any(is_han) {
            break;
        }
        titles.push((start, piece));
        if start == 0 {
            break;
        }
        end = start - '、'.len_utf8();
    }
    titles.reverse();
    let first = titles.first().map_or(prefix.len(), |&(start, _)| start);
    (titles, first)
}

/// The organization part of each title that has one. Title starts are
/// relative to the prefix, which starts `prefix_start` after `base`.
fn organizations(
    titles: &[(usize, &str)],
    prefix_start: usize,
    base: usize,
    lexicon: &Lexicon,
) -> Vec<Org> {
    let mut orgs = Vec::new();
    for &(start, title) in titles {
        // Peel job words and their modifiers off the end (局长兼党组书记,
        // 原副部长, 常务董事); a piece with none is an organization named on
        // its own.
        let mut org = title;
        let mut kind = None;
        for _ in 0..4 {
            let trimmed = org.trim_end_matches(['原', '前', '兼', '及', '和', '、']);
            if let Some(rest) = lexicon.strip_modifier(trimmed) {
                org = rest;
                continue;
            }
            match lexicon.job_suffix(trimmed) {
                Some((at, k)) => {
                    kind = kind.or(Some(k));
                    org = trimmed.get(..at).unwrap_or_default();
                }
                None => {
                    org = trimmed;
                    break;
                }
            }
        }
        let org_lead = ["时任", "原任", "原", "现任"]
            .iter()
            .find_map(|p| org.strip_prefix(p).map(|rest| (p.len(), rest)));
        let (skip, org) = org_lead.unwrap_or((0, org));
        if org.chars().filter(|c| is_han(*c)).count() < 2 {
            continue;
        }
        let from = base + prefix_start + start + skip;
        // `org` is a prefix of the title after `skip` bytes.
        let post = title.get(skip + org.len()..).unwrap_or_default();
        orgs.push(Org {
            text: squeeze(org),
            span: Span::new(from, from + org.len()),
            role_only: kind == Some(JobKind::Role),
            post: squeeze(post),
        });
    }
    orgs
}
