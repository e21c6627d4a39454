//! Transcripts: press conferences and Q&A interviews, where a person is
//! introduced once with a title and then speaks in turns headed by a name
//! and a colon.
//!
//! Accepted:
//! - 省统计局副局长赵一凡出席发布会并答记者问。… / 赵一凡：今年全省经济稳中有进。
//!   (a turn after a line start or a sentence end; titles from the introduction)
//! - 出席发布会的有：市发展改革委主任钱明、市财政局局长孙立。… 钱明：…
//! - 省统计局副局长赵一凡：… (a head that introduces its speaker; not a reporter)
//! - ■■全国政协委员，某馆馆长王五： then paragraphs (bullets before a head of a
//!   round-up; a comma between two posts only in a head that ends its line)
//! - ——访省能源局局长周海涛 … 周海涛：… and 问：… 答：… (答 is the interviewee
//!   named in a 访/专访/对话 heading, when the text names exactly one)
//!
//! Rejected:
//! - 记者：… / 主持人：… / 问：… / 地址：… (labels: only a name introduced
//!   earlier with a title heads a turn)
//! - 部长谈民生：稳就业… in the first line of a text of several lines, or on
//!   a line of its own whose words after the colon are short and end no
//!   sentence (a headline, or a subheading of a round-up: there a head
//!   introducing its speaker must name an organization)
//! - 赵一凡：… with no titled 赵一凡 before it (a heading or a list item)
//! - 新华社记者王五：… (reporters ask); 办公室主任张三 … 张三：0551-1234567 (fewer
//!   than four Chinese characters of words)
//!
//! A turn has no speech verb (`verb` is `None`: the colon is no word of the
//! text); its words run to the line end or to the next turn, or, when the
//! head stands on a line of its own (round-ups of several officials:
//! 国家发展改革委主任 郑明：, then paragraphs of his words), over the
//! paragraphs after it up to the next turn or label, at most
//! [`TURN_REACH`] bytes.
//!
//! Heads are looked for only before the colons the segments recorded, at
//! most [`HEAD_REACH`] bytes back; interview headings only where the
//! lexicon found their opening (——, –, 专访, 对话), reading at most
//! [`INTERVIEW_REACH`] bytes.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use super::cues::DOTS;
use super::speaker::{Reader, Speaker};
use super::{interview, turn_head};
use crate::Span;
use crate::lexicon::experts::{Class, Lexicon};
use crate::lexicon::{Hits, Table};
use crate::pattern::Windowed;
use crate::text::chars::{ceil_boundary, floor_boundary, is_han};
use crate::text::segment::Mark;
use crate::text::segment::is_numeral;

/// How far before its colon a turn's head may start, in bytes: a head is
/// at most 41 characters, and an indent before it a few spaces. A longer
/// run before a colon heads no turn.
const HEAD_REACH: usize = 256;

/// How far an interview heading is read from its opening, in bytes: three
/// dashes, 专访, and the 60 characters of the person named. Past it the
/// heading is cut.
const INTERVIEW_REACH: usize = 320;

/// How far after its colon a head's line must end, in bytes, for the line
/// to read as a headline when no sentence ends in it (部长谈民生：稳就业
/// 促消费 保供应): 40 characters. A turn's words run longer or end a
/// sentence.
const HEADLINE_REACH: usize = 120;

/// How many characters of an interview heading name the interviewee.
const MAX_WHO: usize = 60;

/// How many Chinese characters a turn's words need: fewer is a phone
/// number or a date after a name.
const MIN_TURN_HAN: usize = 4;

/// How far a turn's words run over the paragraphs after a head that ends
/// its line, in bytes (an answer of several paragraphs); past it they are
/// cut at a line end.
const TURN_REACH: usize = 3000;

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

/// The bullets a round-up sets before a turn head (■■, ●, ◆).
const BULLETS: &[char] = &['■', '□', '●', '○', '◆', '◇', '▲', '△', '★', '☆', '◎'];

/// Where the bullets and blanks before a head starting at `at` start, so
/// that the turn before it does not end with them.
fn bullet_start(text: &str, at: usize) -> usize {
    let before = text.get(..at).unwrap_or("");
    let kept = before
        .trim_end_matches(|c: char| BULLETS.contains(&c) || matches!(c, ' ' | '\t' | '\u{3000}'));
    if kept.len() < at
        && before
            .get(kept.len()..)
            .is_some_and(|run| run.contains(BULLETS))
    {
        kept.len()
    } else {
        at
    }
}

/// The pattern of turn heads (see [`turn_head`]).
#[derive(Debug, Clone)]
pub(super) struct Transcript {
    head: Windowed,
}

/// A head found: its text, span and where its words start.
#[derive(Debug, Clone)]
pub(super) struct Head<'a> {
    pub(super) text: &'a str,
    span: Span,
    words: usize,
    /// The head read as a titled speaker's clause: read on first use, once
    /// for the names the text introduces and the turn it heads.
    read: OnceCell<Option<Speaker>>,
}

impl Head<'_> {
    /// The speaker the head's text names with titles, if any. A head
    /// holding no job word, organization ending or honorific has no title,
    /// and is not read.
    fn titled_speaker(&self, reader: &Reader<'_>) -> Option<&Speaker> {
        self.read
            .get_or_init(|| {
                let titled = Class::TITLE_END.or(Class::HONORIFIC);
                reader
                    .words
                    .holds(titled, self.span)
                    .then(|| reader.read(self.span.start, self.span.end))
                    .flatten()
                    .filter(|s| !s.titles.is_empty())
            })
            .as_ref()
    }
}

impl Transcript {
    pub(super) fn new() -> Self {
        let head = Windowed::new(turn_head::PATTERN);
        Transcript { head }
    }

    /// Every turn head of the text: the name, label or titled name before
    /// a colon that opens a line or follows a sentence end.
    pub(super) fn heads<'t>(&self, reader: &Reader<'t>) -> Vec<Head<'t>> {
        let text = reader.text;
        reader
            .segments
            .within(Span::new(0, text.len()), Mark::COLON)
            .filter_map(|colon| self.head_before(text, colon))
            .collect()
    }

    /// The head ending at the colon at byte `colon`: the run before it back
    /// to a line start or a sentence end, read by the head pattern (by hand
    /// where [`turn_head`] is sure).
    fn head_before<'t>(&self, text: &'t str, colon: usize) -> Option<Head<'t>> {
        let floor = ceil_boundary(text, colon.saturating_sub(HEAD_REACH));
        let before = text.get(floor..colon)?;
        let mut anchor = (floor == 0).then_some(0);
        for (i, c) in before.char_indices().rev() {
            match c {
                '\n' => {
                    anchor = Some(floor + i + 1);
                    break;
                }
                '。' | '!' | '?' => {
                    anchor = Some(floor + i);
                    break;
                }
                // What a head or the blanks around it may hold.
                '\t' | ' ' | '、' | ',' | '(' | ')' | '（' | '）' => {}
                c if !c.is_ascii() && Mark::of(c).is_none() => {}
                _ => return None,
            }
        }
        let anchor = anchor?;
        let (span, words) = match turn_head::read(text, anchor, colon + 1) {
            Ok(read) => {
                let read = read?;
                (read.head, read.end)
            }
            Err(turn_head::Unsure) => {
                let found = self.head.at(text, Span::new(anchor, colon + 1))?;
                (found.group("head")?, found.span().end)
            }
        };
        let head = text.get(span.start..span.end)?;
        if !head_fits(head) {
            return None;
        }
        // A comma joins two posts only in a head standing on a line of its
        // own (全国政协委员,某馆馆长王五：); elsewhere it is a clause break.
        // Only the blanks after the colon are read (each colon has its own).
        if head.contains(',') {
            // Nor does a head so joined hold a number other than an ordinal
            // (第一人民医院): 达到一百五十家,局长王五： is a clause run into a
            // head, as 达到150家 would be.
            if holds_quantity(head) {
                return None;
            }
            let mut after = text.get(colon..)?.chars().skip(1);
            let line_end = after
                .find(|&c| c == '\n' || !c.is_whitespace())
                .is_none_or(|c| c == '\n');
            if !line_end {
                return None;
            }
        }
        Some(Head {
            text: head,
            span,
            words,
            read: OnceCell::new(),
        })
    }

    /// The turns of `heads` whose speaker was introduced before them
    /// (`intros`, see [`super::mention`]) or in an interview heading.
    pub(super) fn turns(
        &self,
        reader: &Reader<'_>,
        hits: &Hits,
        heads: &[Head<'_>],
        intros: &HashMap<String, (usize, Speaker)>,
    ) -> Vec<Turn> {
        let text = reader.text;
        let interviewees = self.interviewees(reader);
        // The first line of a text of several lines is its headline.
        let first = reader.segments.first_line(text);
        let headline_end = if first.end < text.trim_end().len() {
            first.end
        } else {
            0
        };
        let speakers = Speakers {
            reader,
            hits,
            intros,
            headline_end,
            // 答 is the interviewee only when the text names one.
            answerer: match interviewees.as_slice() {
                [one] => Some(one),
                _ => None,
            },
            interviewees: interviewees
                .iter()
                .map(|entry| (entry.1.name.as_str(), entry))
                .collect(),
        };
        let who: Vec<_> = heads.iter().map(|h| speakers.of(h)).collect();
        // Each turn's words end at the line end or where the next turn (or
        // a label such as 记者：) begins.
        let mut stops = vec![text.len(); heads.len()];
        let mut next = text.len();
        for (i, head) in heads.iter().enumerate().rev() {
            if let Some(stop) = stops.get_mut(i) {
                *stop = next;
            }
            if is_label(reader.lexicon, head.text) || who.get(i).is_some_and(Option::is_some) {
                next = bullet_start(text, head.span.start);
            }
        }
        let mut turns = Vec::new();
        for ((head, who), stop) in heads.iter().zip(who).zip(stops) {
            let Some((speaker, span, name_span)) = who else {
                continue;
            };
            let stop = stop.max(head.words);
            let Some(quote) = words(reader, head.words, stop) else {
                continue;
            };
            turns.push(Turn {
                speaker,
                span,
                name_span,
                quote: Some(quote),
            });
        }
        turns
    }

    /// People named in an interview heading (——访…司长李创军), each once,
    /// with where the heading ends.
    fn interviewees(&self, reader: &Reader<'_>) -> Vec<(usize, Speaker)> {
        let text = reader.text;
        let mut found: Vec<(usize, Speaker)> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        // Headings never overlap: one is looked for after the last ends.
        let mut searched = 0;
        for start in reader.words.starts_of(Class::INTERVIEW) {
            if start < searched {
                continue;
            }
            let window = Span::new(start, floor_boundary(text, start + INTERVIEW_REACH));
            let Some(who) = interview::who(text, window) else {
                continue;
            };
            // The heading ends with its interviewee.
            let who = Span::new(who.start, char_end(text, who, MAX_WHO));
            searched = who.end.max(start + 1);
            let who_text = text.get(who.start..who.end).unwrap_or_default();
            // A label run into the heading when its line break was lost
            // (…司长李创军记者：).
            let end = reader
                .lexicon
                .heading_ends
                .iter()
                .find_map(|l| who_text.strip_suffix(l.as_str()))
                .map_or(who.end, |rest| who.start + rest.len());
            let Some(s) = reader.read(who.start, end) else {
                continue;
            };
            if s.titles.is_empty() || s.name_span.end != end || seen.contains(&s.name) {
                continue;
            }
            seen.insert(s.name.clone());
            found.push((end, s));
        }
        found
    }
}

/// Where the first `most` characters of `span` end.
fn char_end(text: &str, span: Span, most: usize) -> usize {
    text.get(span.start..span.end)
        .and_then(|s| s.char_indices().nth(most))
        .map_or(span.end, |(i, _)| span.start + i)
}

/// Whether `s` holds a Chinese numeral that is no ordinal (not after 第).
fn holds_quantity(s: &str) -> bool {
    let mut prev = None;
    let mut ordinal = false;
    for c in s.chars() {
        if is_numeral(c) {
            match prev {
                Some('第') => ordinal = true,
                Some(p) if is_numeral(p) => {}
                _ => ordinal = false,
            }
            if !ordinal {
                return true;
            }
        }
        prev = Some(c);
    }
    false
}

/// A turn's words from byte `from` (right after its colon): the rest of
/// the line, or, when the head ends its line (国家发展改革委主任 郑明：), the
/// paragraphs after it up to `stop` (the next turn or label), at most
/// [`TURN_REACH`] bytes and cut at a line end, run on as one text. `None` when they hold fewer
/// than [`MIN_TURN_HAN`] Chinese characters.
fn words(reader: &Reader<'_>, from: usize, stop: usize) -> Option<String> {
    let text = reader.text;
    // Chinese numerals count as the digits they stand for: a date line
    // (二〇二五年二月十八日) holds no more words than 2025年2月18日.
    let han = |s: &str| s.chars().filter(|&c| is_han(c) && !is_numeral(c)).count();
    let line_end = reader.segments.next(from, Mark::LINE, stop).unwrap_or(stop);
    let line = text.get(from..line_end)?.trim();
    if han(line) >= MIN_TURN_HAN {
        return Some(line.to_owned());
    }
    if !line.is_empty() {
        return None;
    }
    let reach = floor_boundary(text, stop.min(from + TURN_REACH));
    let end = if reach < stop {
        // Cut at the last line end within reach.
        text.get(from..reach)?
            .rfind('\n')
            .map_or(reach, |i| from + i)
    } else {
        stop
    };
    // The paragraphs run on as one text, as quoted words do.
    let paragraphs: String = text.get(from..end)?.lines().map(str::trim).collect();
    (han(&paragraphs) >= MIN_TURN_HAN).then_some(paragraphs)
}

/// Who may head a turn: people introduced earlier, the interviewees.
struct Speakers<'r> {
    reader: &'r Reader<'r>,
    hits: &'r Hits,
    intros: &'r HashMap<String, (usize, Speaker)>,
    /// Where the text's headline ends (0 for a text of one line).
    headline_end: usize,
    answerer: Option<&'r (usize, Speaker)>,
    interviewees: HashMap<&'r str, &'r (usize, Speaker)>,
}

impl Speakers<'_> {
    /// The speaker of the turn `head` heads, the turn's span and the name's.
    fn of(&self, head: &Head<'_>) -> Option<(Speaker, Span, Option<Span>)> {
        let before = |at: usize| at < head.span.start;
        if head.text == "答" {
            return self
                .answerer
                .filter(|(at, _)| before(*at))
                .map(|(_, s)| (s.clone(), head.span, None));
        }
        // 李四嘉宾： is 李四 as introduced, the title after the name aside.
        let name_span = honored_name(self.reader, head)
            .and_then(|name| self.intros.get_key_value(name))
            .filter(|(_, (at, _))| before(*at))
            .map(|(name, _)| Span::new(head.span.start, head.span.start + name.len()));
        let key = name_span
            .and_then(|n| self.reader.text.get(n.start..n.end))
            .unwrap_or(head.text);
        let introduced = self
            .intros
            .get(key)
            .filter(|(at, _)| before(*at))
            .or_else(|| {
                self.interviewees
                    .get(head.text)
                    .copied()
                    .filter(|(at, _)| before(*at))
            })
            .map(|(_, s)| s);
        if let Some(s) = introduced {
            // A person introduced above and named again over a headline-like
            // line (王五：淬炼青春 钢铁报国) heads a section about them, not
            // a turn.
            if self.reads_as_headline(head) {
                return None;
            }
            return Some((s.clone(), head.span, Some(name_span.unwrap_or(head.span))));
        }
        // A head that introduces its speaker itself: 国家发展改革委副主任李四：
        // (but 教授阿不都·热合曼表示： is a report the verb pass reads).
        let lexicon = self.reader.lexicon;
        let verb_ends = self
            .hits
            .leftmost_longest(Table::SpeechVerb, head.span)
            .any(|v| {
                v.span().end == head.span.end
                    && lexicon
                        .verb_words
                        .get(v.row())
                        .is_some_and(|(_, speech)| *speech)
            });
        if verb_ends {
            return None;
        }
        let s = head.titled_speaker(self.reader)?.clone();
        let reporter = s
            .titles
            .iter()
            .any(|t| lexicon.reporters.iter().any(|l| t.ends_with(l.as_str())));
        // A headline (部长谈民生：稳就业…) heads a turn only when its titles
        // name an organization (某某委副主任马晓东：…).
        let headline = (head.span.start < self.headline_end || self.reads_as_headline(head))
            && s.orgs.is_empty();
        (!s.titles.is_empty() && !reporter && !headline && s.name_span.end == head.span.end).then(
            || {
                let (span, name_span) = (s.span, s.name_span);
                (s, span, Some(name_span))
            },
        )
    }

    /// Whether the line of `head` reads as a headline: words follow its
    /// colon, end the line within [`HEADLINE_REACH`] and end no sentence.
    /// A head on a line of its own (the round-up form) or a turn that ends
    /// a sentence is none.
    fn reads_as_headline(&self, head: &Head<'_>) -> bool {
        let segments = self.reader.segments;
        let text = self.reader.text;
        let after = head.words;
        let line_end = match segments.next(after, Mark::LINE, after + HEADLINE_REACH) {
            Some(end) => end,
            // The text ends within reach: its last line.
            None if text.len() <= after + HEADLINE_REACH => text.len(),
            None => return false,
        };
        let words = text
            .get(after..line_end)
            .is_some_and(|w| !w.trim().is_empty());
        words && segments.next(after, Mark::STOP, line_end).is_none()
    }
}

/// Labels that head a turn but name nobody.
fn is_label(lexicon: &Lexicon, head: &str) -> bool {
    lexicon.labels.iter().any(|l| l == head)
        || lexicon
            .label_ends
            .iter()
            .any(|l| head.ends_with(l.as_str()))
}

/// The names turn heads may carry: two to four characters, or a dotted
/// name; no label. A head of a name and a title written after it (李四嘉宾：,
/// 王五教授：) carries the name too.
pub(super) fn head_names<'t>(reader: &Reader<'t>, heads: &[Head<'t>]) -> Vec<&'t str> {
    let lexicon = reader.lexicon;
    let mut names = Vec::new();
    for h in heads {
        let n = h.text.chars().count();
        if is_label(lexicon, h.text) || n < 2 {
            continue;
        }
        if n <= 4 || h.text.contains(DOTS) {
            names.push(h.text);
        }
        if let Some(name) = honored_name(reader, h) {
            names.push(name);
        }
    }
    names
}

/// The name of a head that is a name and a title written after it (李四嘉宾,
/// 王五副部长): the name opens the head and only that title follows it.
fn honored_name<'t>(reader: &Reader<'t>, head: &Head<'_>) -> Option<&'t str> {
    let s = head.titled_speaker(reader)?;
    let head = head.span;
    let after_name = s.name_span.start == head.start
        && s.name_span.end < head.end
        && s.titles.len() == 1
        && s.span.end == head.end;
    after_name
        .then(|| reader.text.get(s.name_span.start..s.name_span.end))
        .flatten()
}

/// Whether a head's parts are short enough to be one: 40 characters alone,
/// or 30 before a name's middle dot and 10 after it, or 30 on each side of
/// the comma joining two posts.
fn head_fits(head: &str) -> bool {
    let fits = |part: &str, most: usize| (1..=most).contains(&part.chars().count());
    if let Some((posts, name)) = head.split_once(['·', '•', '‧']) {
        fits(posts, 30) && fits(name, 10)
    } else if let Some((first, second)) = head.split_once(',') {
        fits(first, 30) && fits(second, 30)
    } else {
        fits(head, 40)
    }
}

#[cfg(test)]
mod tests {
    use super::{char_end, head_fits};

    #[test]
    fn char_end_keeps_the_first_characters() {
        let text = "访问一二三四五";
        let span = crate::Span::new("访问".len(), text.len());
        assert_eq!(char_end(text, span, 2), "访问一二".len());
        assert_eq!(char_end(text, span, 5), text.len());
        assert_eq!(char_end(text, span, 9), text.len());
        assert_eq!(char_end(text, span, 0), span.start);
    }

    #[test]
    fn head_parts_have_their_lengths() {
        let han = |n: usize| "字".repeat(n);
        let rows = [
            (han(40), true),
            (han(41), false),
            (format!("{}·{}", han(30), han(10)), true),
            (format!("{}·{}", han(31), han(10)), false),
            (format!("{}•{}", han(30), han(11)), false),
            (format!("{},{}", han(30), han(30)), true),
            (format!("{},{}", han(30), han(31)), false),
            (format!("{},{}", han(31), han(1)), false),
            ("·名".to_owned(), false),
            ("局长,".to_owned(), false),
        ];
        for (head, fits) in rows {
            assert_eq!(head_fits(&head), fits, "{head}");
        }
    }
}
