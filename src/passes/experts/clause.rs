//! Where a speaker's clause begins: after the last clause mark before the
//! verb, except quotation marks that do not end a clause: a short quoted
//! event name inside a cue (在“2024中国-东盟博览会”期间指出) and a short
//! quoted part inside an organization name (四川绵阳“科技城”新区管委会主任).
//!
//! The marks come from the document's [`Segments`], looked up by binary
//! search no further back than [`speaker::LOOK_BACK`] bytes.

use super::speaker::{self, is_clause_break};
use crate::lexicon::experts::Lexicon;
use crate::text::chars::{ceil_boundary, is_han};
use crate::text::segment::{Mark, Segments};

/// How long a quoted part inside a title may be, in characters: a slogan or
/// project name (“东数西算”, “一带一路”), never a sentence.
const MAX_QUOTED_IN_TITLE: usize = 12;

/// How long the part of a name before its quoted part may be, in
/// characters.
const MAX_LEAD_IN_TITLE: usize = 10;

/// How long a quoted event name in a cue may be, in characters.
const MAX_QUOTED_EVENT: usize = 30;

/// How many characters may follow a quoted event name before the verb (the
/// cue's last word, perhaps a lead or an adverb: 上表示, 期间再次指出, or a
/// kind of meeting before it: 专家座谈会上).
const MAX_AFTER_EVENT: usize = 8;

/// How many quoted names one clause may skip; past them the clause starts
/// at the last one's opening mark.
const MAX_QUOTED_NAMES: usize = 3;

/// The quotation marks of a clause's text.
pub(super) struct Marks<'a> {
    pub(super) text: &'a str,
    pub(super) segments: &'a Segments,
    pub(super) lexicon: &'a Lexicon,
}

impl Marks<'_> {
    /// Where the clause before `verb_start` begins: after the last clause
    /// mark within [`speaker::LOOK_BACK`] bytes. A quoted name that is no
    /// clause mark (see the module doc) is skipped: the search goes on
    /// before its opening mark.
    pub(super) fn clause_start(&self, verb_start: usize) -> usize {
        let text = self.text;
        let from = ceil_boundary(text, verb_start.saturating_sub(speaker::LOOK_BACK));
        let mut end = verb_start;
        for _ in 0..MAX_QUOTED_NAMES {
            let Some((at, mark)) = self.last_break(from, end) else {
                return from;
            };
            let after = at + mark.len_utf8();
            let head = text.get(from..end).unwrap_or_default();
            let rest = text.get(after..verb_start).unwrap_or_default();
            let close = at - from;
            match self
                .quoted_name_start(head, close, mark, rest)
                .or_else(|| quoted_in_title(head, close, mark))
            {
                Some(open) => end = from + open,
                None => return after,
            }
        }
        end
    }

    /// The last clause mark in `text[floor..end]`, and which it is: a
    /// speaker mark of the segments (single quotes are none here) or an
    /// ellipsis, which the segments do not record.
    fn last_break(&self, floor: usize, end: usize) -> Option<(usize, char)> {
        let text = self.text;
        let mut upto = end;
        let mark = loop {
            let found = self.segments.prev(upto, Mark::SPEAKER, floor);
            match found.and_then(|at| text.get(at..)?.chars().next().map(|c| (at, c))) {
                Some((at, '‘' | '’')) => upto = at,
                other => break other,
            }
        };
        let after = mark.map_or(floor, |(at, c)| at + c.len_utf8());
        let ellipsis = text.get(after..end)?.rfind('…');
        match ellipsis {
            Some(i) => Some((after + i, '…')),
            None => mark.filter(|&(_, c)| is_clause_break(c)),
        }
    }

    /// When the mark at `close` in `head` closes a short quoted name
    /// followed by a cue's last word (`rest`, up to the verb), where its
    /// opening mark is.
    fn quoted_name_start(&self, head: &str, close: usize, mark: char, rest: &str) -> Option<usize> {
        let lexicon = self.lexicon;
        let opening = opening_of(mark)?;
        // The event word may follow a kind of meeting (“…”专家座谈会上).
        if !lexicon.event_ends.iter().any(|w| rest.contains(w.as_str()))
            || rest.chars().count() > MAX_AFTER_EVENT
        {
            return None;
        }
        let inside = head.get(..close)?;
        let open = inside.rfind(opening)?;
        let name = inside.get(open + opening.len_utf8()..)?;
        let short = (1..=MAX_QUOTED_EVENT).contains(&name.chars().count());
        // The quoted name is a cue's object: 在, 出席 or 参加 opens it.
        let cue_before = inside.get(..open).is_some_and(|b| {
            let b = b.rsplit(is_clause_break).next().unwrap_or(b);
            lexicon.event_opens.iter().any(|w| b.contains(w.as_str()))
        });
        // A colon inside the quoted name splits a forum's name from its
        // theme (“某某论坛:2025年经济形势分析会”); no other clause mark may.
        let breaks = name
            .chars()
            .any(|c| is_clause_break(c) && !matches!(c, ':' | '：'));
        (short && !breaks && cue_before).then_some(open)
    }
}

/// The opening mark matching a closing one.
fn opening_of(mark: char) -> Option<char> {
    match mark {
        '”' => Some('“'),
        '」' => Some('「'),
        '』' => Some('『'),
        '"' => Some('"'),
        _ => None,
    }
}

/// When the mark at `close` in `head` closes a short quoted part glued to
/// Chinese text on both sides (庆阳“东数西算”产业园区), where its opening mark
/// is: such a part is inside a name, while a quotation or a quoted term
/// stands after a verb or a clause mark (表示:“…” / 坚持“两个毫不动摇”,).
fn quoted_in_title(head: &str, close: usize, mark: char) -> Option<usize> {
    let opening = opening_of(mark)?;
    let next = head.get(close + mark.len_utf8()..)?.chars().next()?;
    let inside = head.get(..close)?;
    let open = inside.rfind(opening)?;
    let quoted = inside.get(open + opening.len_utf8()..)?;
    let head_part = inside.get(..open)?;
    let before = head_part.chars().next_back()?;
    // What leads the quoted part is the name's start, a place or two
    // (庆阳“东数西算”, 四川绵阳“科技城”), not a clause of its own.
    let lead = head_part
        .rsplit(is_clause_break)
        .next()
        .unwrap_or(head_part);
    let glued = is_han(before) && is_han(next) && lead.chars().count() <= MAX_LEAD_IN_TITLE;
    let short = (1..=MAX_QUOTED_IN_TITLE).contains(&quoted.chars().count());
    (glued && short && !quoted.contains(is_clause_break)).then_some(open)
}
