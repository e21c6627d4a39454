//! Transcripts: press conferences and Q&A interviews, where a person is
//! introduced once with a title and then speaks in turns headed by a name
//! and a colon.
//!
//! Accepted:
//! - 省统计局副局长赵一凡出席发布会并答记者问。… / 赵一凡：今年全省经济稳中有进。
//!   (a turn after a line start or a sentence end; titles from the introduction)
//! - 出席发布会的有：市发展改革委主任钱明、市财政局局长孙立。… 钱明：…
//! - 省统计局副局长赵一凡：… (a head that introduces its speaker; not a reporter)
//! - ——访省能源局局长周海涛 … 周海涛：… and 问：… 答：… (答 is the interviewee
//!   named in a 访/专访/对话 heading, when the text names exactly one)
//!
//! Rejected:
//! - 记者：… / 主持人：… / 问：… / 地址：… (labels: only a name introduced
//!   earlier with a title heads a turn)
//! - 赵一凡：… with no titled 赵一凡 before it (a heading or a list item)
//! - 新华社记者王五：… (reporters ask); 办公室主任张三 … 张三：0551-1234567 (fewer
//!   than four Chinese characters of words)
//!
//! A turn has no speech verb (`verb` is `None`: the colon is no word of the
//! text); its words run to the line end or to the next turn.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use super::speaker::{self, Cues, Speaker, Taken};
use crate::Span;
use crate::lexicon::experts::Lexicon;
use crate::lexicon::{Hits, Table};
use crate::text::chars::is_han;

/// One turn: who speaks (as introduced), where the turn names them, what
/// they say.
#[derive(Debug, Clone)]
pub(super) struct Turn {
    pub(super) speaker: Speaker,
    /// The turn's head (宣昌能, 答, 省统计局副局长赵一凡).
    pub(super) span: Span,
    /// The name in the head (none for 答).
    pub(super) name_span: Option<Span>,
    pub(super) quote: Option<String>,
}

#[derive(Debug, Clone)]
pub(super) struct Transcript {
    head: Regex,
    interview: Regex,
}

/// A head found: its text, span and where its words start.
struct Head<'a> {
    text: &'a str,
    span: Span,
    words: usize,
}

impl Transcript {
    pub(super) fn new() -> Self {
        let head = Regex::new(
            r"(?xm)
              # a turn opens a line or follows a sentence end
              (?: ^ | [。！？!?] )
              [\t\x20\u{3000}]*
              # a name, a label, or a title chain and a name
              (?P<head> [\p{Han}、]{1,40} | [\p{Han}、]{1,30} [·•‧] \p{Han}{1,10} )
              [\t\x20\u{3000}]* [:：]",
        )
        .expect("the head pattern is constant and tested");
        // ——访国家能源局司长李创军 / 【专访】对话省长张三 / 专访某大学教授李四
        let interview = Regex::new(
            r"(?x)
              (?: [—–]{1,3} [\t\x20\u{3000}]* (?:专访|访|对话) | 专访 | 对话 )
              [\t\x20\u{3000}]*
              (?P<who> [^\s,，。;；:：!！?？“”「」()（）【】]{4,60} )",
        )
        .expect("the interview pattern is constant and tested");
        Transcript { head, interview }
    }

    /// The turns of `text` whose speaker was introduced before them.
    pub(super) fn turns(
        &self,
        text: &str,
        hits: &Hits,
        lexicon: &Lexicon,
        cues: &Cues,
        taken: &Taken,
    ) -> Vec<Turn> {
        let heads: Vec<Head<'_>> = self
            .head
            .captures_iter(text)
            .filter_map(|c| {
                let h = c.name("head")?;
                Some(Head {
                    text: h.as_str(),
                    span: Span::new(h.start(), h.end()),
                    words: c.get(0)?.end(),
                })
            })
            .collect();
        if heads.is_empty() {
            return Vec::new();
        }
        let interviewees = self.interviewees(text, lexicon, cues, taken);
        let names = heads
            .iter()
            .map(|h| h.text)
            .filter(|h| {
                let n = h.chars().count();
                !is_label(h) && (n <= 4 || h.contains(['·', '•', '‧'])) && n >= 2
            })
            .collect();
        let intros = introductions(text, hits, names, lexicon, cues, taken);
        // 答 is the interviewee only when the text names one.
        let answerer = match interviewees.as_slice() {
            [one] => Some(one),
            _ => None,
        };
        let speaks = |head: &Head<'_>| -> Option<(Speaker, Span, Option<Span>)> {
            let before = |at: usize| at < head.span.start;
            if head.text == "答" {
                return answerer
                    .filter(|(at, _)| before(*at))
                    .map(|(_, s)| (s.clone(), head.span, None));
            }
            let introduced = intros
                .get(head.text)
                .filter(|(at, _)| before(*at))
                .map(|(_, s)| s)
                .or_else(|| {
                    interviewees
                        .iter()
                        .find(|(at, s)| s.name == head.text && before(*at))
                        .map(|(_, s)| s)
                });
            if let Some(s) = introduced {
                return Some((s.clone(), head.span, Some(head.span)));
            }
            // A head that introduces its speaker itself: 国家发展改革委副主任李四：
            // (but 教授阿不都·热合曼表示： is a report the verb pass reads).
            let verb_ends = hits
                .leftmost_longest(Table::SpeechVerb, head.span)
                .any(|v| {
                    v.span.end == head.span.end
                        && lexicon
                            .verb_words
                            .get(v.row)
                            .is_some_and(|(_, speech)| *speech)
                });
            if verb_ends {
                return None;
            }
            let s = speaker::read(text, head.span.start, head.span.end, lexicon, cues, taken)?;
            let reporter = s.titles.iter().any(|t| {
                ["记者", "主持人", "编辑", "通讯员"]
                    .iter()
                    .any(|l| t.ends_with(l))
            });
            (!s.titles.is_empty() && !reporter && s.name_span.end == head.span.end).then(|| {
                let (span, name_span) = (s.span, s.name_span);
                (s, span, Some(name_span))
            })
        };
        let speakers: Vec<_> = heads.iter().map(speaks).collect();
        // Each turn's words end at the line end or where the next turn (or
        // a label such as 记者：) begins.
        let mut stops = vec![text.len(); heads.len()];
        let mut next = text.len();
        for (i, head) in heads.iter().enumerate().rev() {
            if let Some(stop) = stops.get_mut(i) {
                *stop = next;
            }
            if is_label(head.text) || speakers.get(i).is_some_and(Option::is_some) {
                next = head.span.start;
            }
        }
        let mut turns = Vec::new();
        for ((head, who), stop) in heads.iter().zip(speakers).zip(stops) {
            let Some((speaker, span, name_span)) = who else {
                continue;
            };
            let line_end = text
                .get(head.words..)
                .and_then(|rest| rest.find('\n'))
                .map_or(text.len(), |n| head.words + n);
            let quote = text
                .get(head.words..stop.min(line_end))
                .map(|q| q.trim().to_owned())
                .unwrap_or_default();
            // Words, not a phone number or a date after a name.
            if quote.chars().filter(|&c| is_han(c)).count() < 4 {
                continue;
            }
            turns.push(Turn {
                speaker,
                span,
                name_span,
                quote: Some(quote),
            });
        }
        turns
    }

    /// People named in an interview heading (——访…司长李创军), each with
    /// where the heading ends.
    fn interviewees(
        &self,
        text: &str,
        lexicon: &Lexicon,
        cues: &Cues,
        taken: &Taken,
    ) -> Vec<(usize, Speaker)> {
        let mut found: Vec<(usize, Speaker)> = Vec::new();
        for c in self.interview.captures_iter(text) {
            let Some(who) = c.name("who") else { continue };
            // A label run into the heading when its line break was lost
            // (…司长李创军记者：).
            let end = ["记者", "主持人", "问"]
                .iter()
                .find_map(|l| who.as_str().strip_suffix(l))
                .map_or(who.end(), |rest| who.start() + rest.len());
            let Some(s) = speaker::read(text, who.start(), end, lexicon, cues, taken) else {
                continue;
            };
            if s.titles.is_empty() || s.name_span.end != end {
                continue;
            }
            if !found.iter().any(|(_, f)| f.name == s.name) {
                found.push((end, s));
            }
        }
        found
    }
}

/// Labels that head a turn but name nobody.
fn is_label(head: &str) -> bool {
    matches!(head, "问" | "答" | "提问")
        || ["记者", "主持人", "主持"].iter().any(|l| head.ends_with(l))
}

/// Each name's first mention with a title before it (副行长宣昌能出席,
/// 副局长丛林、…), with where that mention ends.
pub(super) fn introductions(
    text: &str,
    hits: &Hits,
    mut names: Vec<&str>,
    lexicon: &Lexicon,
    cues: &Cues,
    taken: &Taken,
) -> HashMap<String, (usize, Speaker)> {
    let mut intros = HashMap::new();
    names.sort_unstable();
    names.dedup();
    if names.is_empty() {
        return intros;
    }
    let Ok(ac) = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
    else {
        return intros;
    };
    for m in ac.find_iter(text) {
        let Some(&name) = names.get(m.pattern().as_usize()) else {
            continue;
        };
        if intros.contains_key(name) || !ends_mention(text, m.end(), hits) {
            continue;
        }
        let start = super::clause::clause_start(text, m.end());
        let Some(s) = speaker::read(text, start, m.end(), lexicon, cues, taken) else {
            continue;
        };
        if s.name == name && !s.titles.is_empty() && s.name_span.end == m.end() {
            intros.insert(name.to_owned(), (m.end(), s));
        }
    }
    intros
}

/// Whether a name mention may end at `end`: the name is not the start of a
/// longer one (李明 in 李明亮), so what follows is a clause mark, a space,
/// the text's end, a speech verb or a word that follows a person in a
/// presser's introduction.
fn ends_mention(text: &str, end: usize, hits: &Hits) -> bool {
    const NEXT: [&str; 16] = [
        "出席", "主持", "参加", "回答", "答", "介绍", "等", "和", "与", "及", "在", "就", "对",
        "接受", "一行", "记者",
    ];
    let Some(rest) = text.get(end..) else {
        return false;
    };
    match rest.chars().next() {
        None => true,
        // A clause mark, 、, a space or an opening parenthesis.
        Some(c) if !is_han(c) => true,
        Some(_) => {
            NEXT.iter().any(|w| rest.starts_with(w))
                || hits.longest_at(Table::SpeechVerb, end).is_some()
        }
    }
}
