//! Time words the years and goals passes both read: whether a relative
//! time word (今年, 年内, 全年) dates an aim, whether a part of a year
//! follows a year (前三季度, 1-8月), and the short clause read after a time
//! word.

use crate::Span;
use crate::lexicon::Lexicon;
use crate::lexicon::cues::Seen;
use crate::passes::Context;
use crate::text::chars::{is_blank, is_clause_end};
use crate::text::segment::is_numeral;

/// How far after a year its clause is read for a cue, in characters.
pub(crate) const CUE_REACH: usize = 30;

/// The clause that `after` opens, at most [`CUE_REACH`] characters: a
/// prefix of `after`, borrowed (read once per year and time word, so a
/// copy would cost an allocation for each).
pub(crate) fn clause_after(after: &str) -> &str {
    let end = after
        .char_indices()
        .enumerate()
        .find(|&(n, (_, c))| n == CUE_REACH || is_clause_end(c))
        .map_or(after.len(), |(_, (i, _))| i);
    after.get(..end).unwrap_or(after)
}

/// Whether a relative time word (今年, 年内, 全年…) between `before` and
/// `after` dates an aim: the clause after it holds a number and no
/// statistic or forecast cue, and a modal governs it (`力争全年…达到`,
/// `今年将…`) or a target verb stands before the number (`今年全省新增学位
/// 10万个`, `年内渗透率提高到60%`). `年内逾200家企业完成技改` has its verb
/// after the number: a report; `全年完成投资…` needs a modal (`力争全年`).
pub(crate) fn aims(cx: &Context<'_>, before: &str, word: &str, after: Span) -> bool {
    let lexicon = cx.lexicon;
    let cues = &lexicon.cues;
    let (at, after) = past_comma(cx.text, after);
    let clause = clause_after(after);
    let seen = cues_in(cx, at, clause);
    if seen.statistic || seen.forecast || starts_with_count(after) {
        return false;
    }
    let Some(digit) = first_quantity(lexicon, clause) else {
        return false;
    };
    let head = clause.get(..digit).unwrap_or("");
    let lead = tail_chars(before, 8);
    let lead = match lead.char_indices().rev().find(|&(_, c)| is_clause_end(c)) {
        Some((i, c)) => lead.get(i + c.len_utf8()..).unwrap_or(""),
        None => lead,
    };
    let modal = |s: &str| cues.modals.occurs_in(s);
    let verb = cues.verbs.occurs_in(head) || cues.changes.occurs_in(head);
    // 全年完成投资… is how a year's review reports: 全年 needs a modal.
    let whole_year = word == "全年";
    (seen.forward && modal(clause)) || modal(lead) || (verb && !whole_year)
}

/// The text of `after` and where it starts, past a comma opening it (a
/// time word standing as a topic governs the clause after its comma).
pub(crate) fn past_comma(text: &str, after: Span) -> (usize, &str) {
    let s = text.get(after.start..after.end).unwrap_or("");
    match s.strip_prefix(',') {
        Some(rest) => (after.start + 1, rest),
        None => (after.start, s),
    }
}

/// The goal cues in `clause`, the slice of the text starting at byte `at`:
/// read from the document's hits, which hold every occurrence a scan of
/// the clause alone would find (see [`crate::lexicon`]).
pub(crate) fn cues_in(cx: &Context<'_>, at: usize, clause: &str) -> Seen {
    let window = Span::new(at, at + clause.len());
    cx.lexicon.cues.seen(cx.text, cx.hits, window, &[], None)
}

/// Where the first number of a quantity stands in `clause`: an Arabic
/// number other than a year (2025年, the 2023 of 2023—2025年), or a Chinese
/// numeral with a unit right after it (二十亿元, 五十家, 五个; not the 两 of
/// 两个都市圈, 十四五 or 二〇二五年, which name no amount; see
/// [`counts_alone`]). A number right after 等 counts the items just listed
/// (`商务部、工业和信息化部等4部门`, `等十七部门`): it names who acts, no
/// amount, in either spelling.
pub(crate) fn first_quantity(lexicon: &Lexicon, clause: &str) -> Option<usize> {
    let mut run: Option<usize> = None;
    let mut year_end = 0;
    let cut = clause.chars().count() >= CUE_REACH;
    for (i, c) in clause.char_indices() {
        if i < year_end {
            continue;
        }
        if c.is_ascii_digit() {
            match clause.get(i..).and_then(|rest| year_len(rest, cut)) {
                Some(len) => {
                    year_end = i + len;
                    continue;
                }
                None if counts_listed(clause, i) => {
                    let rest = clause.get(i..).unwrap_or_default();
                    year_end = i + rest.len()
                        - rest
                            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                            .len();
                    continue;
                }
                None => return Some(i),
            }
        }
        if is_numeral(c) {
            run.get_or_insert(i);
            continue;
        }
        if let Some(start) = run.take() {
            let counts = clause.get(start..i).is_some_and(counts_alone);
            if counts && lexicon.units.at(clause, i).is_some() && !counts_listed(clause, start) {
                return Some(start);
            }
        }
    }
    None
}

/// Whether a Chinese numeral before a unit names an amount: one of two
/// characters or more (二十, 一百), or a lone digit from 二 to 九 or 十
/// (五个, 十家), as 5个 and 10家 do in Arabic. A lone 一 or 两 is a
/// determiner or a pair (一批, 两个都市圈), a lone 零 or 〇 no count, and a
/// bare multiplier part of a word (千家万户).
fn counts_alone(numeral: &str) -> bool {
    let mut chars = numeral.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => "二三四五六七八九十".contains(c),
        (first, second) => first.is_some() && second.is_some(),
    }
}

/// Whether the number at `at` of `clause` stands right after 等 (blanks
/// aside), closing a list whose items it counts.
fn counts_listed(clause: &str, at: usize) -> bool {
    clause
        .get(..at)
        .is_some_and(|b| b.trim_end_matches(is_blank).ends_with('等'))
}

/// The length of the year or period in digits that `s` opens (`2025年`,
/// `2023—2025年`, `2024 年`), if it opens one. When the clause was `cut` at
/// [`CUE_REACH`] characters, a year the cut leaves unfinished (`2023—20`,
/// `2025` at the end) counts as one when it starts with 19 or 20: its
/// Chinese spelling (`二〇二三—二〇`) holds no quantity either.
fn year_len(s: &str, cut: bool) -> Option<usize> {
    let century = cut && (s.starts_with("19") || s.starts_with("20"));
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(s);
    if first != 4 {
        return None;
    }
    let rest = s.get(first..)?;
    if rest.is_empty() {
        return century.then_some(first);
    }
    let blank = rest.len() - rest.trim_start_matches(' ').len();
    if rest.get(blank..)?.starts_with('年') {
        return Some(first + blank);
    }
    let dash = rest.chars().next().filter(|c| "—–-~～至到".contains(*c))?;
    let second = first + dash.len_utf8();
    let tail = s.get(second..)?;
    let n = digits(tail);
    let end = second + n;
    if end == s.len() {
        return century.then_some(end);
    }
    (n == 4 && s.get(end..)?.starts_with('年')).then_some(end)
}

/// Whether a part of the year follows (`前三季度`, `1-8月`, `上半年`,
/// `一季度`), making the year a statistic's period.
pub(crate) fn starts_with_count(after: &str) -> bool {
    let rest = after.strip_prefix('前').unwrap_or(after);
    // 1-8月, 前10个月, 1至9月 count months; 年底前5G基站 names a thing.
    let digits = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let months = [
        "月", "个月", "季度", "-", "—", "–", "~", "～", "至", "到", "、",
    ];
    if (digits.len() < rest.len() && months.iter().any(|m| digits.starts_with(m)))
        || rest.starts_with("以来")
        || rest.starts_with("上半年")
        || rest.starts_with("下半年")
    {
        return true;
    }
    let numeral = rest
        .char_indices()
        .find(|&(_, c)| !"一二两三四五六七八九十".contains(c))
        .map_or(rest.len(), |(i, _)| i);
    numeral > 0
        && rest
            .get(numeral..)
            .is_some_and(|r| ["季度", "个月", "月"].iter().any(|w| r.starts_with(w)))
}

/// The last `n` characters of `s`.
pub(crate) fn tail_chars(s: &str, n: usize) -> &str {
    let start = s
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    s.get(start..).unwrap_or(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::testing::{LEXICON, Prepared};

    #[test]
    fn a_clauses_cues_from_the_documents_hits_are_those_of_the_clause_alone() {
        // Cue words cut by the clause's ends (预计 across its start, 同比增长
        // across its end), nested (目标 in 目标任务) and an office name.
        let texts = [
            "预计到2025年全市将建成50个充电站,同比增长20%。",
            "明年将再建设40个,目标任务是发展规划司提出的,力争年内完成。",
            "今年以来,全省已建成100个;到2027年,新增学位10万个。",
        ];
        let mut kinds_seen = Seen::default();
        for text in texts {
            let prepared = Prepared::new(text);
            let cx = prepared.context(None);
            for (at, _) in text.char_indices() {
                let clause = clause_after(text.get(at..).unwrap_or(""));
                let alone = LEXICON.scan(clause);
                let expected =
                    LEXICON
                        .cues
                        .seen(clause, &alone, Span::new(0, clause.len()), &[], None);
                assert_eq!(cues_in(&cx, at, clause), expected, "{clause:?} in {text:?}");
                kinds_seen.forward |= expected.forward;
                kinds_seen.statistic |= expected.statistic;
                kinds_seen.forecast |= expected.forecast;
            }
        }
        // The texts hold every kind of cue the years pass asks about.
        assert!(kinds_seen.forward && kinds_seen.statistic && kinds_seen.forecast);
    }

    #[test]
    fn clause_after_stops_at_a_clause_end_or_the_reach() {
        let long = "建".repeat(CUE_REACH + 5);
        let reach = "建".repeat(CUE_REACH);
        let rows: &[(&str, &str)] = &[
            ("将建成100个,其余", "将建成100个"),
            ("全省已建成。下一句", "全省已建成"),
            (",开头就是逗号", ""),
            ("", ""),
            ("没有标点", "没有标点"),
            (&long, &reach),
        ];
        for &(after, expected) in rows {
            assert_eq!(clause_after(after), expected, "after {after:?}");
        }
    }
}
