//! Transcripts: press conferences and Q&A interviews, where a person is
//! introduced once with a title and then speaks in turns headed by a name
//! and a colon.
//!
//! Accepted:
//! - 省统计局副局长赵一凡出席发布会并答记者问。… / 赵一凡：今年全省经济稳中有进。
//!   (a turn after a line start or a sentence end; titles from the introduction)
//! - 出席发布会的有：市发展改革委主任钱明、市财政局局长孙立。… 钱明：…
//! - ——访省能源局局长周海涛 … 周海涛：… and 问：… 答：… (答 is the interviewee
//!   named in a 访/专访/对话 heading, when the text names exactly one)
//!
//! Rejected:
//! - 记者：… / 主持人：… / 问：… / 地址：… (labels: only a name introduced
//!   earlier with a title heads a turn)
//! - 赵一凡：… with no titled 赵一凡 before it (a heading or a list item)
//!
//! A turn has no speech verb (`verb` is `None`: the colon is no word of the
//! text); its words run to the line end or to the next turn.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use super::lexicon::{Lexicon, is_han};
use super::speaker::{self, Cues, Speaker, Taken};
use crate::Span;

/// One turn: who speaks (as introduced), where the turn names them, what
/// they say.
#[derive(Debug, Clone)]
pub(super) struct Turn {
    pub(super) speaker: Speaker,
    /// The turn's head (宣昌能 or 答).
    pub(super) span: Span,
    /// The head when it is the name (not 答).
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
              (?P<head> \p{Han}{1,12} | \p{Han}{1,6} [·•‧] \p{Han}{1,10} )
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
        let intros = introductions(text, &heads, lexicon, cues, taken);
        // 答 is the interviewee only when the text names one.
        let answerer = match interviewees.as_slice() {
            [one] => Some(one),
            _ => None,
        };
        let speaks = |head: &Head<'_>| -> Option<(&Speaker, bool)> {
            let before = |at: usize| at < head.span.start;
            if head.text == "答" {
                return answerer
                    .filter(|(at, _)| before(*at))
                    .map(|(_, s)| (s, false));
            }
            intros
                .get(head.text)
                .filter(|(at, _)| before(*at))
                .map(|(_, s)| s)
                .or_else(|| {
                    interviewees
                        .iter()
                        .find(|(at, s)| s.name == head.text && before(*at))
                        .map(|(_, s)| s)
                })
                .map(|s| (s, true))
        };
        let mut turns = Vec::new();
        for (i, head) in heads.iter().enumerate() {
            let Some((speaker, named)) = speaks(head) else {
                continue;
            };
            // The words end at the line end or where the next turn (or a
            // label such as 记者：) begins.
            let next = heads
                .iter()
                .skip(i + 1)
                .find(|h| is_label(h.text) || speaks(h).is_some())
                .map_or(text.len(), |h| h.span.start);
            let line_end = text
                .get(head.words..)
                .and_then(|rest| rest.find('\n'))
                .map_or(text.len(), |n| head.words + n);
            let quote = text
                .get(head.words..next.min(line_end))
                .map(|q| q.trim().to_owned())
                .filter(|q| !q.is_empty());
            turns.push(Turn {
                speaker: speaker.clone(),
                span: head.span,
                name_span: named.then_some(head.span),
                quote,
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

/// Each head name's first mention with a title before it (副行长宣昌能出席,
/// 副局长丛林、…), with where that mention ends.
fn introductions(
    text: &str,
    heads: &[Head<'_>],
    lexicon: &Lexicon,
    cues: &Cues,
    taken: &Taken,
) -> HashMap<String, (usize, Speaker)> {
    let mut intros = HashMap::new();
    let mut names: Vec<&str> = heads
        .iter()
        .map(|h| h.text)
        .filter(|h| {
            let n = h.chars().count();
            !is_label(h) && (n <= 4 || h.contains(['·', '•', '‧'])) && n >= 2
        })
        .collect();
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
        if intros.contains_key(name) || !ends_mention(text, m.end(), lexicon) {
            continue;
        }
        let start = super::clause_start(text, m.end());
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
fn ends_mention(text: &str, end: usize, lexicon: &Lexicon) -> bool {
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
                || lexicon.verbs.find(rest).is_some_and(|v| v.start() == 0)
        }
    }
}
