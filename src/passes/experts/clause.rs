//! Where a speaker's clause begins: after the last clause mark before the
//! verb, except quotation marks that do not end a clause: a short quoted
//! event name inside a cue (在“2024中国-东盟博览会”期间指出) and a short
//! quoted part inside an organization name (四川绵阳“科技城”新区管委会主任).

use super::speaker::{self, is_clause_break};
use crate::text::chars::is_han;

/// How long a quoted part inside a title may be, in characters: a slogan or
/// project name (“东数西算”, “一带一路”), never a sentence.
const MAX_QUOTED_IN_TITLE: usize = 12;

/// How long the part of a name before its quoted part may be, in
/// characters.
const MAX_LEAD_IN_TITLE: usize = 10;

/// Where the clause before `verb_start` begins: after the last clause mark
/// within [`speaker::LOOK_BACK`] bytes. A quoted name that is no clause mark
/// (see the module doc) is skipped: the search goes on before its opening
/// mark.
pub(super) fn clause_start(text: &str, verb_start: usize) -> usize {
    let mut from = verb_start.saturating_sub(speaker::LOOK_BACK);
    while from < verb_start && !text.is_char_boundary(from) {
        from += 1;
    }
    let Some(window) = text.get(from..verb_start) else {
        return from;
    };
    let mut end = window.len();
    // At most two quoted names in one clause.
    for _ in 0..3 {
        let Some(head) = window.get(..end) else { break };
        let Some((at, mark)) = head.char_indices().rev().find(|&(_, c)| is_clause_break(c)) else {
            return from;
        };
        let after = at + mark.len_utf8();
        let rest = window.get(after..).unwrap_or_default();
        match quoted_name_start(head, at, mark, rest).or_else(|| quoted_in_title(head, at, mark)) {
            Some(open) => end = open,
            None => return from + after,
        }
    }
    from + end
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

/// When the mark at `close` in `head` closes a short quoted name followed by
/// a cue's last word (`rest`, up to the verb), where its opening mark is.
fn quoted_name_start(head: &str, close: usize, mark: char, rest: &str) -> Option<usize> {
    const CUE_ENDS: [&str; 7] = ["期间", "之际", "现场", "上", "时", "中", "开幕式上"];
    let opening = opening_of(mark)?;
    // The cue's last word, then perhaps a lead or adverb (上表示, 期间再次指出):
    // a few characters, no clause mark.
    if !CUE_ENDS.iter().any(|w| rest.starts_with(w)) || rest.chars().count() > 8 {
        return None;
    }
    let inside = head.get(..close)?;
    let open = inside.rfind(opening)?;
    let name = inside.get(open + opening.len_utf8()..)?;
    let short = (1..=30).contains(&name.chars().count());
    // The quoted name is a cue's object: 在, 出席 or 参加 opens it.
    let cue_before = inside.get(..open).is_some_and(|b| {
        let b = b.rsplit(is_clause_break).next().unwrap_or(b);
        ["在", "出席", "参加", "举办的", "召开的"]
            .iter()
            .any(|w| b.contains(w))
    });
    (short && !name.contains(is_clause_break) && cue_before).then_some(open)
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
