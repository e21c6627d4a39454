//! Small tests on the text around a number: a year leading its clause, the
//! starting value of a change, a count of the items just listed.

use super::Recent;
use crate::Document;
use crate::Span;
use crate::lexicon::Table;
use crate::lexicon::cues::Cues;
use crate::passes::Context;
use crate::text::date::{leading_year, year_value};

/// The year the unit starting at `at` opens with (`2024年,`, `2024年全国…`)
/// when it is no target year found by the years pass (`2025年底前` is one).
pub(super) fn lead_year(doc: &Document, text: &str, at: usize) -> Option<i32> {
    let head = text.get(at..)?;
    let head = head.trim_start();
    let len = leading_year(head)?;
    let year = year_value(head.get(..len)?)?;
    let rest = head.get(len..)?;
    if !rest.starts_with('年') || rest.starts_with("年底前") || rest.starts_with("年前") {
        return None;
    }
    let offset = at + (text.get(at..).map_or(0, |t| t.len() - t.trim_start().len()));
    let years = &doc.target_years;
    let hi = years.partition_point(|y| y.span.start <= offset + len);
    if years
        .get(..hi)
        .and_then(|ys| ys.last())
        .is_some_and(|y| offset <= y.span.end)
    {
        return None;
    }
    Some(year)
}

/// Whether a number starts a change (`由5000亿元增加到…`, `从3天压缩至…`,
/// `由目前的30%提升到…`).
pub(super) fn is_from_value(left: &str, right: &str) -> bool {
    super::subject::starting_point(left).is_some()
        && right.char_indices().take(6).any(|(i, c)| {
            matches!(c, '到' | '至') || right.get(i..).is_some_and(|r| r.starts_with('降'))
        })
}

/// Whether a small number counts the items of the list just before it
/// (`港口、产业、城市三个方面`, `甲市和乙市两个都市圈`): the items are the
/// list, no target.
pub(super) fn counts_list(left: &str, number: &str, value: f64) -> bool {
    if !(2.0..=10.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    if number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // 发布《甲》《乙》两份文件: titles in a row are the items.
    if left.ends_with('》') {
        let items = 1 + left.matches("》《").count() + left.matches("》、《").count();
        return items >= 2 && items as f64 == value;
    }
    if !left.ends_with(is_cjk_noun_end) {
        return false;
    }
    let items = 1
        + left.matches('、').count()
        + usize::from(
            left.rsplit('、')
                .next()
                .is_some_and(|last| last.contains(['和', '与', '及'])),
        );
    items >= 2 && items as f64 == value
}

/// A character a listed noun may end with (not a verb ending or a mark).
fn is_cjk_noun_end(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) && !matches!(c, '的' | '了' | '和' | '与' | '及')
}

/// Whether the last relative time word of `sentence` (the sentence up to
/// the number) dates an aim (`今年底前培育企业超过1500家`,
/// `提出今年全省新增学位10万个`): a forward cue by itself, even when no
/// reference date resolves its year. `今年以来`, `今年前三季度`, `去年底`,
/// `截至今年底` and `年内逾200家企业完成技改` are no aims.
///
/// The answer depends on the sentence's start, the word and the end of the
/// number's clause only: `last` keeps the last answer, as the numbers of
/// one clause after the same word ask the same.
pub(super) fn relative_aim(
    cx: &Context<'_>,
    sentence: Span,
    clause_end: usize,
    last: &mut Recent<(usize, Span, usize), bool, 1>,
) -> bool {
    let words = &cx.lexicon.time_words;
    let Some(hit) = cx
        .hits
        .starting_within(Table::Time, sentence)
        .iter()
        .filter(|h| h.span().end <= sentence.end && words.get(h.row()).is_some_and(|w| w.aim))
        .max_by_key(|h| (h.span().end, h.span().len()))
    else {
        return false;
    };
    last.get((sentence.start, hit.span(), clause_end), || {
        word_aims(cx, sentence.start, hit.span(), clause_end)
    })
}

/// Whether the relative time word at `word`, in the sentence starting at
/// `sentence_start`, dates an aim in the clause ending at `clause_end`.
fn word_aims(cx: &Context<'_>, sentence_start: usize, word: Span, clause_end: usize) -> bool {
    let text = cx.text;
    let before = text.get(sentence_start..word.start).unwrap_or("");
    let word_text = text.get(word.start..word.end).unwrap_or_default();
    let prev = before.chars().next_back();
    let attached = prev.is_some_and(|c| {
        c == '截'
            || (!word_text.starts_with(['今', '明'])
                && (c.is_ascii_digit()
                    || "零〇一二两三四五六七八九十几数半多余去上前当同该每历近本年度今明"
                        .contains(c)))
    });
    if attached {
        return false;
    }
    // The rest of the sentence up to the number and the rest of its
    // clause stand side by side in the text: one slice, no copy.
    let after = Span::new(word.end, clause_end.max(word.end));
    crate::passes::time::aims(cx, before, word_text, after)
}

/// The spans of the agencies found, sorted, overlaps merged.
pub(super) fn masks(doc: &Document) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = doc
        .agencies
        .iter()
        .map(|a| (a.span.start, a.span.end))
        .collect();
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (s, e) in spans {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Whether a sum qualifies the noun right after it (`年营收超百亿元企业10家`,
/// `产值10亿元以上的企业`, `GDP超万亿元城市`): a threshold naming which
/// holders count, not a target. `right` starts after the unit and any
/// comparator; a fund (`规模1000亿元的基金`) is no holder.
pub(super) fn threshold(cues: &Cues, right: &str) -> bool {
    let noun = right.strip_prefix('的').unwrap_or(right);
    let head: &str = noun
        .char_indices()
        .find(|&(_, c)| !is_cjk_noun_end(c) && c != '的')
        .map_or(noun, |(i, _)| noun.get(..i).unwrap_or(noun));
    let starts = |s: &str| cues.holders.iter().any(|h| s.starts_with(h.as_str()));
    // 超10亿元的制造业企业: after 的 the noun phrase may end with the holder.
    starts(noun)
        || (right.starts_with('的')
            && !head.contains('的')
            && cues.holders.iter().any(|h| head.ends_with(h.as_str())))
}

/// Whether a sum is a subsidy rate or cap (`给予最高1000万元补贴`,
/// `一次性奖励50万元`, `最高可获500万元资助`): a policy parameter, not a
/// target. `left` ends before the comparator, `right` starts after the unit
/// and comparator, `capped` says the comparator caps the sum (最高, 不超过).
pub(super) fn subsidy(cues: &Cues, left: &str, right: &str, capped: bool) -> bool {
    let mut left = left;
    while let Some(rest) = FILLERS.iter().find_map(|f| left.strip_suffix(f)) {
        left = rest;
    }
    let words = &cues.subsidies;
    let next = right.strip_prefix('的').unwrap_or(right);
    let after_word = words.suffix_of(left).is_some();
    let before_word = words.iter().any(|w| {
        next.strip_prefix(w.as_str())
            .is_some_and(|rest| !rest.starts_with(FUNDS))
    });
    // A word after the sum and a cap each need a word in the clause too,
    // both together do not: the search through the clause, the dearest
    // test, is made only when it decides.
    after_word
        || match (before_word, capped) {
            (true, true) => true,
            (false, false) => false,
            _ => words.occurs_in(left),
        }
}

/// Words between a subsidy verb and its sum (`给予一次性`, `奖励每家`).
const FILLERS: [&str; 6] = ["一次性", "每家", "每个", "每项", "分别", "可获"];

/// Nouns after a subsidy word that make it a fund (`奖励资金`), not a rate.
const FUNDS: [char; 3] = ['资', '基', '经'];

/// Whether a quantity names a numbered slogan: one listed in the cues
/// (`四个全面`, `两个市场`, `八项规定`), or a Chinese numeral opening a
/// short quotation (`“五位一体”`, `“三个努力建成”`).
pub(super) fn slogan(cx: &Context<'_>, number: &str, start: usize) -> bool {
    if cx.lexicon.cues.slogan_at(cx.hits, start) {
        return true;
    }
    let chinese = number.starts_with(|c: char| !c.is_ascii_digit());
    let before = cx.text.get(..start).unwrap_or_default();
    let quoted = before.ends_with(['“', '"']);
    let closed = || {
        cx.text
            .get(start..)
            .unwrap_or_default()
            .chars()
            .take(SLOGAN_CHARS)
            .any(|c| matches!(c, '”' | '"'))
    };
    chinese && quoted && closed()
}

/// The longest quoted slogan read, in characters.
const SLOGAN_CHARS: usize = 8;

/// Whether a number stands in a frame that sets it apart from any aim: an
/// exception (`除9项基本指标外`) or the term of a comparison
/// (`与按24项全指标监测相比`).
pub(super) fn framed(left: &str, right: &str) -> bool {
    // The clause after the number is the shorter: it is searched first.
    let except = right.contains('外') && left.contains('除');
    // One search for 相 rules out most clauses before the word searches.
    let compared = right.contains('相')
        && ["相比", "相较"].iter().any(|w| right.contains(w))
        && ['与', '同', '跟'].iter().any(|w| left.contains(*w));
    except || compared
}

/// Whether the clause reports something done: a target or change verb
/// followed by 了 (`均制定出台了`, `选取了`, `增长了`). `为了`, `除了` are
/// none: no verb stands before their 了.
pub(super) fn perfective(cues: &Cues, clause: &str) -> bool {
    clause.match_indices('了').any(|(i, _)| {
        let before = clause.get(..i).unwrap_or_default();
        cues.verbs.suffix_of(before).is_some()
            || cues.changes.suffix_of(before).is_some()
            || cues.perfects.iter().any(|v| before.ends_with(v.as_str()))
    })
}
