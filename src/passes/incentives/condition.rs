//! What earns a benefit: the condition read before its grant point, and
//! what a benefit says, to know it again.

use super::Word;
use crate::Span;
use crate::text::chars;
use crate::text::segment::{Mark, Segments, is_numeral};

/// The longest condition kept, in characters other than blanks and
/// numerals (its tail, nearest the grant): a number is as long written
/// 10亿元 as 十亿元, so the same condition keeps the same words whichever
/// way its numbers are spelled.
pub(super) const MAX_CONDITION: usize = 60;

/// Words trimmed from the end of a condition.
const TRAILING: [&str; 15] = [
    ",",
    "的",
    "分别",
    "均",
    "可",
    "按照",
    "按",
    "一次性",
    "为",
    ":",
    "再",
    "将",
    "最高",
    "最多",
    "每家",
];

/// Words trimmed from the start of a condition.
const LEADING: [&str; 3] = [",", "对", "凡"];

/// What a benefit says, to know it again: the text from its grant point to
/// its amount (`每人每月1309元`), and the last
/// [`REPEAT_TAIL`] characters of its condition. A page carrying its body
/// twice (a print copy run together under the page) states each benefit
/// once; two benefits alike in amount but for different holders
/// (`对甲…给予20万元奖励;对乙…给予20万元奖励`) stay two.
pub(super) fn repeats(
    text: &str,
    grant: usize,
    end: usize,
    condition: Option<&str>,
) -> (String, String) {
    let said = text.get(grant..end).unwrap_or_default().to_owned();
    let condition = condition.unwrap_or_default();
    let skip = condition.chars().count().saturating_sub(REPEAT_TAIL);
    let tail = condition.chars().skip(skip).collect();
    (said, tail)
}

/// How many characters of a condition tell two benefits apart.
const REPEAT_TAIL: usize = 12;

/// Where the condition of a benefit granted at `grant` starts, never
/// before the end of an earlier grant word of the sentence: after a 对
/// opening a clause (`对…的企业,给予…`); else at the start of the grant
/// point's clause, or of the clause before when nothing but fillers stands
/// before the grant point in its own (`…的港澳青年企业,分别给予…`).
pub(super) fn start(
    text: &str,
    segments: &Segments,
    sentence: Span,
    words: &[Word],
    grant: usize,
) -> usize {
    let clause = segments
        .start_of(text, grant, Mark::CLAUSE)
        .max(sentence.start);
    let floor = words
        .iter()
        .filter(|w| w.benefit.role.grants() && w.span.end <= clause)
        .map(|w| w.span.end)
        .next_back()
        .unwrap_or(sentence.start)
        .max(sentence.start);
    let mut at = clause;
    let own = text.get(clause..grant).unwrap_or_default();
    if read(own).is_none() && clause > floor {
        at = segments
            .start_of(text, clause.saturating_sub(1), Mark::CLAUSE)
            .max(floor);
    }
    // 对…的企业,给予: the condition opens at 对 even a clause further back.
    let head = text.get(floor..grant).unwrap_or_default();
    // Blanks before 对 (an indent) do not hide where the clause opens.
    let opens = |i: usize| {
        head.get(..i).is_some_and(|b| {
            let b = b.trim_end_matches(chars::is_blank);
            b.is_empty() || b.ends_with([',', ';', ':', '。', '、'])
        })
    };
    if let Some(i) = head
        .rmatch_indices('对')
        .map(|(i, _)| i)
        .find(|&i| opens(i))
    {
        at = at.min(floor + i);
    }
    at
}

/// Where the text `n` characters after `at` ends, at most at `limit`.
pub(super) fn chars_after(text: &str, at: usize, n: usize, limit: usize) -> usize {
    text.get(at..limit)
        .unwrap_or_default()
        .char_indices()
        .nth(n)
        .map_or(limit, |(i, _)| at + i)
}

/// The condition's text, trimmed, its tail kept when it runs long.
pub(super) fn read(raw: &str) -> Option<String> {
    let mut s = raw.trim();
    loop {
        let before = s;
        for w in TRAILING {
            s = s.strip_suffix(w).unwrap_or(s);
        }
        for w in LEADING {
            s = s.strip_prefix(w).unwrap_or(s);
        }
        // A list marker opening the clause: 一、, 1., (一), (1).
        let marker = s
            .char_indices()
            .take_while(|&(_, c)| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
            .last()
            .map(|(i, c)| i + c.len_utf8());
        if let Some(m) = marker {
            if let Some(rest) = s.get(m..).and_then(|r| r.strip_prefix(['、', '.'])) {
                s = rest;
            }
        }
        if let Some(rest) = s.strip_prefix('(') {
            if let Some(close) = rest.find(')').filter(|&i| i <= 6) {
                s = rest.get(close + 1..).unwrap_or(s);
            }
        }
        s = s.trim();
        if s == before {
            break;
        }
    }
    if s.is_empty() {
        return None;
    }
    let count = s.chars().filter(|&c| counts(c)).count();
    // The tail opens right after the last counted character dropped, so
    // numerals between it and the first one kept stay with the tail.
    let s = match count.checked_sub(MAX_CONDITION) {
        Some(skip) if skip > 0 => s
            .char_indices()
            .filter(|&(_, c)| counts(c))
            .nth(skip - 1)
            .and_then(|(i, c)| s.get(i + c.len_utf8()..))
            .unwrap_or(s),
        _ => s,
    };
    Some(s.chars().filter(|c| !c.is_whitespace()).collect())
}

/// Whether `c` counts toward [`MAX_CONDITION`]: neither a blank (dropped
/// from the text kept) nor a numeral, Arabic or Chinese.
fn counts(c: char) -> bool {
    !(c.is_whitespace() || is_numeral(c))
}
