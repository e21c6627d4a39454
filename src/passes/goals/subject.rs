//! The subject of a goal: the shortest noun phrase naming what is measured.
//!
//! It stands before the number (`全市智能算力规模突破100EFLOPS` →
//! 智能算力规模) unless the number counts the noun after it: after a verb
//! (`培育100个示范应用场景` → 示范应用场景), after a conjunction in a list
//! (`…与500个示范案例` → 示范案例), before 的 (`规模1000亿元的人工智能基金群` →
//! 人工智能基金群), or when nothing is left before it (`实现60%以上新增算力…`).
//!
//! A subject starts after the last time phrase before the number
//! (`提出到2026年培育数据服务企业500家` → 数据服务企业; `力争年底前开通…`),
//! after 把 (`将把专项贷款额度由…` → 专项贷款额度), never ends with a modal or
//! adverb (`产值力争突破` → 产值, `装机将超过` → 装机), and drops asides in
//! brackets and quotation marks (`优良(Ⅰ~Ⅲ类)水质断面比例` → 优良水质断面比例).
//! The object of a verb counts even when it is a nominalized verb itself
//! (`完成老旧小区改造1500个` → 老旧小区改造, `完成改造500个` → 改造); a split
//! verb before the number looks right (`将安排20亿元产业引导资金` →
//! 产业引导资金). A Latin token opens a noun on the right (`500个6G试验基站`
//! → 6G试验基站), and a field before the head noun is left out
//! (`10家以上6G领域专精特新企业` → 专精特新企业).

use std::borrow::Cow;

use crate::lexicon::cues::{Cues, WordList};
use crate::text::chars::{rfind_word, word_positions};
use crate::text::date::{leading_year, trailing_year};

/// Characters that end a noun phrase to the right of the number.
fn ends_right(c: char) -> bool {
    matches!(
        c,
        '与' | '和' | '及' | '、' | '并' | '等' | '(' | '“' | '”' | '《'
    ) || c.is_ascii_digit()
}

/// Words that join list items; a subject never ends with one.
const CONJUNCTIONS: [&str; 6] = ["与", "和", "及", "、", "并", "以及"];

/// Words closing a field before the head noun (`人工智能领域企业` → 企业).
const DOMAINS: [&str; 2] = ["领域", "方面"];

/// Nouns of outcome that a clause achieves, never what a number measures.
const OUTCOMES: [&str; 7] = ["突破", "进展", "成效", "成果", "跨越", "飞跃", "提升"];

/// Attribute nouns between a verb and its number (设立规模1000亿元的基金):
/// they measure the noun on the right.
const ATTRIBUTES: [&str; 5] = ["总规模", "规模", "总额", "总量", "面积"];

/// The subject from the clause text `left` (before the comparator or number)
/// and `right` (after the unit and comparator). The flag says the subject was
/// taken from the right.
pub(crate) fn subject(
    cues: &Cues,
    left: &str,
    right: &str,
    counted: bool,
) -> (Option<String>, bool) {
    // 每个县(市、区)至少建有: an aside goes first, as its 、 lists no items.
    let unaside = drop_asides(left);
    let left: &str = &unaside;
    // 我们将再投入: a speaker acting names nothing measured; what follows
    // the number may.
    let speaker = cues.pronouns.last_end_in(left);
    let left = speaker.and_then(|i| left.get(i..)).unwrap_or(left);
    let acting = speaker.is_some() && cues.trails.prefix_of(left).is_some();
    // A list item stops at 、 (建成工厂500家、智能车间3000个 → 智能车间); a
    // trailing 、 is kept, as it says the noun comes after the number.
    // rfind_word compares a first byte, where the standard library's
    // search for one character stops at every byte its last one shares
    // with most Han characters.
    let left = match rfind_word(left.trim_end_matches('、'), "、") {
        Some(i) => left.get(i + '、'.len_utf8()..).unwrap_or(left),
        None => left,
    };
    let left = after_time(left);
    let left = match rfind_word(left, "把") {
        Some(i) => left.get(i + '把'.len_utf8()..).unwrap_or(left),
        None => left,
    };
    let left = left.trim_end_matches(['由', '从']);
    let left_np = strip_trails(cues, strip_leads(cues, left));
    let mut verb_before = cues.ending_verb(left_np).is_some();
    let mut bare = left_np;
    for attr in ATTRIBUTES {
        if let Some(rest) = bare.strip_suffix(attr) {
            if cues.ending_verb(rest).is_some() {
                verb_before = true;
                bare = rest;
            }
        }
    }
    let joined = CONJUNCTIONS.iter().any(|c| left.ends_with(c));
    let modifies = right.starts_with('的');
    // 每个县至少办好1所优质普通高中: a classifier counts the noun after it.
    let noun_next = counted && starts_with_noun(cues, right);
    let take_right = verb_before || joined || modifies || noun_next || left_np.chars().count() < 2;
    if take_right {
        if let Some(np) = right_np(cues, right) {
            return (Some(np), true);
        }
    }
    // 新建改建城市道路: verbs may come in a row.
    let np = strip_verbs(cues, strip_verbs(cues, left_np));
    let np = after_modal_verb(cues, np);
    // What follows a verb is its object, a noun even when it ends like a
    // verb (完成老旧小区改造 → 老旧小区改造).
    let object = np.len() < left_np.len();
    let np = after_split(cues, np);
    // 赤字率按4%安排: 按 leads the value, not the subject.
    let np = np
        .strip_suffix("按照")
        .or_else(|| np.strip_suffix('按'))
        .unwrap_or(np);
    // 预期目标定为7.5%: the verb that sets the value goes with its 为.
    let np = ["确定为", "设定为", "定为", "定在"]
        .iter()
        .find_map(|v| np.strip_suffix(v))
        .unwrap_or(np);
    let np = np.trim_end_matches(['的', '为', '是', '在']);
    // 销售额年均增长: a rate adverb left before the change verb goes too.
    let np = strip_trails(cues, strip_from(strip_baseline(strip_change(cues, np))));
    let np = strip_trails(cues, strip_year(strip_trails(cues, np)));
    // 我们将再投入: the speaker's verb phrase, no object of a known verb.
    if acting && !object {
        let np = right_np(cues, right).filter(|_| starts_with_noun(cues, right));
        return (np, true);
    }
    if np.chars().count() >= 2 && (object || cues.ending_verb(np).is_none()) && !joined {
        (Some(clean(np)), false)
    } else {
        (None, false)
    }
}

/// The object of the first verb in a clause without a number
/// (`各地已建成质量服务基地` → 质量服务基地): the subject a later clause of
/// the sentence leaves implicit (`…,今年将再建设50个`).
pub(crate) fn object(cues: &Cues, clause: &str) -> Option<String> {
    let (at, verb) = clause.char_indices().find_map(|(i, _)| {
        let rest = clause.get(i..)?;
        cues.verbs.prefix_of(rest).map(|v| (i, v.len()))
    })?;
    let np = clause.get(at + verb..)?;
    let np = strip_trails(cues, np.trim_end_matches(['的', '。']));
    // 装机规模不断实现新突破,将超过…: an outcome is no measure; the topic
    // before the verb is.
    let np = if OUTCOMES.iter().any(|o| np.ends_with(o)) {
        strip_trails(cues, strip_leads(cues, clause.get(..at)?))
    } else {
        np
    };
    (np.chars().count() >= 2 && !np.contains(|c: char| c.is_ascii_digit())).then(|| clean(np))
}

/// The text after the last time phrase: a year (`到2026年`, `2025年底前`), a
/// relative year (`今年`, `明年`, `每年`, `未来三年`) or the year's end
/// (`年底前`, `年内`).
fn after_time(s: &str) -> &str {
    let mut cut = 0;
    // Whether a 末 or 期 stands in `s` (see below), noted on the one walk.
    let mut period = false;
    for (i, c) in s.char_indices() {
        if c != '年' {
            period |= matches!(c, '末' | '期');
            continue;
        }
        let before = s.get(..i).unwrap_or("");
        let after = s.get(i + c.len_utf8()..).unwrap_or("");
        let year = trailing_year(before);
        let numeral = before
            .trim_end_matches(|c: char| "一二两三四五六七八九十".contains(c) || c.is_ascii_digit());
        let relative = ["今", "明", "每", "全", "当"]
            .iter()
            .any(|w| before.ends_with(w))
            || (numeral.len() < before.len()
                && (numeral.ends_with("未来") || numeral.ends_with("今后")));
        let ends =
            ["底", "末", "内"].iter().any(|w| after.starts_with(w)) && !before.ends_with('青');
        // 比2020年下降: the base year of a comparison is no time phrase.
        let baseline = year.is_some_and(|len| {
            before
                .get(..before.len() - len)
                .is_some_and(|b| b.ends_with(['比', '较']))
        });
        if (year.is_some() && !baseline) || relative || ends {
            let mut end = i + c.len_utf8();
            for tail in ["底", "末", "内", "以前", "之前", "前", "起"] {
                if s.get(end..).is_some_and(|r| r.starts_with(tail)) {
                    end += tail.len();
                }
            }
            cut = end;
        }
    }
    // 十四五时期末, “十四五”期间: a plan period named by number (each word
    // holds 末 or 期, which most phrases lack).
    if period {
        for word in ["时期末", "期末", "五”末", "五末", "期间"] {
            if let Some(i) = rfind_word(s, word) {
                cut = cut.max(i + word.len());
            }
        }
    }
    match s.get(cut..) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => s,
    }
}

/// The object after a modal and its verb (`两地将共同实施重大项目` →
/// 重大项目, `全区力争集聚龙头企业` → 龙头企业), when two characters or more
/// remain; adverbs may stand between (共同, 再, 进一步).
fn after_modal_verb<'a>(cues: &Cues, s: &'a str) -> &'a str {
    let Some(after) = cues.modals.last_end_in(s) else {
        return s;
    };
    let mut rest = s.get(after..).unwrap_or("");
    while let Some(r) = cues
        .trails
        .prefix_of(rest)
        .and_then(|w| rest.strip_prefix(w))
    {
        rest = r;
    }
    match cues
        .verbs
        .prefix_of(rest)
        .and_then(|v| rest.strip_prefix(v))
    {
        Some(object) if object.chars().count() >= 2 => object,
        _ => s,
    }
}

/// Modals and adverbs at the end (`产值力争` → 产值, `装机将` → 装机).
fn strip_trails<'a>(cues: &Cues, mut s: &'a str) -> &'a str {
    while let Some(rest) = cues
        .trails
        .suffix_of(s)
        .and_then(|w| s.strip_suffix(w))
        .filter(|r| r.chars().count() >= 2)
    {
        s = rest;
    }
    s
}

/// `left` without bracketed asides (`县(市、区)` → 县); text before an
/// unopened `)` lay inside an aside opened before the clause.
fn drop_asides(left: &str) -> Cow<'_, str> {
    // Most clauses hold no bracket: no copy.
    if !left.bytes().any(|b| matches!(b, b'(' | b')')) {
        return Cow::Borrowed(left);
    }
    let mut out = String::with_capacity(left.len());
    let mut depth = 0usize;
    for c in left.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => out.clear(),
            ')' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    Cow::Owned(out)
}

/// The subject without bracketed asides and quotation marks.
fn clean(np: &str) -> String {
    // Most subjects hold no bracket or quotation mark: one copy. The
    // marks checked for are ASCII or open with byte 0xE2 or 0xE3 (“”‘’ and
    // 【】), which no Han character of the basic block does.
    if !np
        .bytes()
        .any(|b| matches!(b, b'(' | b')' | b'[' | b']' | b'"' | b'\'' | 0xE2 | 0xE3))
    {
        return np.to_owned();
    }
    let mut out = String::with_capacity(np.len());
    let mut depth = 0usize;
    for c in np.chars() {
        match c {
            '(' | '[' | '【' => depth += 1,
            ')' | ']' | '】' => depth = depth.saturating_sub(1),
            '“' | '”' | '‘' | '’' | '"' | '\'' => {}
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Time expressions and lead words at the start of `s`.
fn strip_leads<'a>(cues: &Cues, mut s: &'a str) -> &'a str {
    loop {
        let before = s;
        s = s.trim_start_matches(['到', '至', ' ']);
        if let Some(len) = leading_year(s) {
            if let Some(rest) = s.get(len..).and_then(|r| r.strip_prefix('年')) {
                s = rest;
            }
        }
        for word in [
            "今年", "明年", "年底", "年末", "底", "末", "以前", "之前", "前",
        ] {
            if let Some(rest) = s.strip_prefix(word) {
                s = rest;
            }
        }
        if let Some(lead) = cues.leads.prefix_of(s) {
            s = s.get(lead.len()..).unwrap_or("");
        }
        if s == before {
            return s;
        }
    }
}

/// Verbs at the start of a noun phrase, when a phrase of two or more
/// characters stays.
fn strip_verbs<'a>(cues: &Cues, s: &'a str) -> &'a str {
    // Adverbs may lead the verb (重点引进…, 联合实施…).
    let mut t = s;
    while let Some(r) = cues.trails.prefix_of(t).and_then(|w| t.strip_prefix(w)) {
        t = r;
    }
    // 降低存款准备金率0.5个百分点: a verb of change before its noun goes too.
    match cues
        .verbs
        .prefix_of(t)
        .or_else(|| cues.changes.prefix_of(t))
    {
        Some(v) => {
            let rest = t.get(v.len()..).unwrap_or("");
            if rest.chars().count() >= 2 { rest } else { s }
        }
        None => s,
    }
}

/// What an actor arranges: the text after the last split verb
/// (`市财政安排专项资金` → 专项资金), when two characters or more remain.
fn after_split<'a>(cues: &Cues, s: &'a str) -> &'a str {
    let cut = cues.splits.last_end_in(s);
    match cut.and_then(|i| s.get(i..)) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => s,
    }
}

/// A verb of change at the end (`单位GDP能耗下降` → 单位GDP能耗), when two
/// characters or more remain.
fn strip_change<'a>(cues: &Cues, s: &'a str) -> &'a str {
    match cues.changes.suffix_of(s).and_then(|c| s.strip_suffix(c)) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => s,
    }
}

/// Whether `right` opens with a noun: a CJK character that starts no
/// comparator tail, modal, adverb or verb (`1所优质普通高中`, not `1万个,`
/// or `100家企业将…` where the noun comes after a modal).
fn starts_with_noun(cues: &Cues, right: &str) -> bool {
    let Some(c) = right.chars().next() else {
        return false;
    };
    let word = |list: &WordList| list.prefix_of(right).is_some();
    ('\u{4e00}'..='\u{9fff}').contains(&c)
        && !matches!(
            c,
            '的' | '以' | '左' | '上' | '等' | '和' | '与' | '及' | '或' | '之'
        )
        && !word(&cues.modals)
        && !word(&cues.trails)
        && !word(&cues.verbs)
        && !word(&cues.changes)
}

/// The subject without a year at its end (`发电量2027年将达…` → 发电量),
/// when two characters or more remain.
fn strip_year(s: &str) -> &str {
    let Some(rest) = s.strip_suffix('年') else {
        return s;
    };
    let kept = rest.trim_end_matches(|c: char| c.is_ascii_digit());
    if rest.len() - kept.len() != 4 || kept.chars().count() < 2 {
        return s;
    }
    // 规模达到2022年的2倍: the year is a comparison's base, its verb goes too.
    match ["达到", "相当于", "为", "是"]
        .iter()
        .find_map(|w| kept.strip_suffix(w))
    {
        Some(np) if np.chars().count() >= 2 => np,
        _ => kept,
    }
}

/// The subject without the base year of a comparison at its end
/// (`二氧化碳排放比2020年` → 二氧化碳排放, `能耗较上年`).
fn strip_baseline(s: &str) -> &str {
    let Some(at) = s.rfind(['比', '较']) else {
        return s;
    };
    let rest = s.get(at + '比'.len_utf8()..).unwrap_or("");
    let year = rest.trim_start_matches(|c: char| c.is_ascii_digit());
    let dated = (year.len() + 4 == rest.len() && year.starts_with('年'))
        || ["上年", "去年", "基期"].iter().any(|w| rest.starts_with(w));
    let kept = s.get(..at).unwrap_or("");
    if dated && year.chars().count() <= 3 && kept.chars().count() >= 2 {
        kept
    } else {
        s
    }
}

/// `s` without a starting point it ends with (see [`starting_point`]):
/// `劳动生产率从人均8.7万元提高到12万元` leaves 劳动生产率从人 before 12万元
/// → 劳动生产率; `灌溉率将由目前的31.6%提升到40%` → 灌溉率将. Not when less
/// than two characters would be left.
fn strip_from(s: &str) -> &str {
    match starting_point(s).and_then(|at| s.get(..at)) {
        Some(kept) if kept.chars().count() >= 2 => kept,
        _ => s,
    }
}

/// Where the starting point of a change that `s` ends with opens: a 从 or
/// 由 followed by at most three characters (从, 由目前的, 从人均) before the
/// number the change starts from. `None` when the 从 or 由 is part of a
/// word (由于, 从事, 自由, 服从).
pub(super) fn starting_point(s: &str) -> Option<usize> {
    const AFTER_CHARS: usize = 3;
    const WORDS_AFTER: [char; 9] = ['于', '此', '事', '业', '而', '严', '快', '重', '中'];
    const WORDS_BEFORE: [char; 7] = ['自', '理', '经', '缘', '服', '听', '遵'];
    let tail = s
        .char_indices()
        .rev()
        .nth(AFTER_CHARS)
        .map_or(0, |(i, _)| i);
    let at = tail + s.get(tail..)?.rfind(['从', '由'])?;
    let rest = s.get(at + '从'.len_utf8()..)?;
    let in_word = rest.starts_with(WORDS_AFTER) || s.get(..at)?.ends_with(WORDS_BEFORE);
    (!in_word).then_some(at)
}

/// The noun phrase to the right: up to a list break or a split verb taking
/// an object of its own (`企业提供诊断服务` → 企业), after its last 的. Only
/// split verbs cut: most verbs double as nouns (服务平台, 建设项目).
fn right_np(cues: &Cues, right: &str) -> Option<String> {
    // 6G试验基站, AI实验室: a Latin token opening the noun is part of it
    // (a bare run of digits is the next number).
    let token = right.len()
        - right
            .trim_start_matches(|c: char| c.is_ascii_alphanumeric())
            .len();
    let lead = match right.get(..token) {
        Some(t) if t.contains(|c: char| c.is_ascii_alphabetic()) => token,
        _ => 0,
    };
    let mut end = right
        .char_indices()
        .skip_while(|&(i, _)| i < lead)
        .find(|&(_, c)| ends_right(c))
        .map_or(right.len(), |(i, _)| i);
    let head = right.get(..end)?;
    // The subject keeps two characters at least (6 bytes of CJK).
    let cuts = |at: usize, verb: &str| {
        let object = head.get(at + verb.len()..).unwrap_or("");
        at >= 6 && object.chars().count() >= 2
    };
    match cues.splits.occurrences(head) {
        // The first place one cuts: one walk of the phrase.
        Some(mut found) => {
            if let Some((at, _)) = found.find(|&(at, verb)| cuts(at, verb)) {
                end = end.min(at);
            }
        }
        None => {
            for verb in &cues.splits {
                for at in word_positions(head, verb) {
                    if at < end && cuts(at, verb) {
                        end = at;
                    }
                }
            }
        }
    }
    let np = right.get(..end)?.trim_start_matches('的');
    let np = match np.rfind('的') {
        Some(i)
            if np
                .get(i + '的'.len_utf8()..)
                .is_some_and(|t| t.chars().count() >= 2) =>
        {
            np.get(i + '的'.len_utf8()..)?
        }
        _ => np,
    };
    // 6G领域专精特新企业: the field names where, the head noun after it
    // what is counted.
    // 三个方面推进…: a field word opening the phrase is the counted noun.
    let field = DOMAINS
        .iter()
        .filter_map(|d| rfind_word(np, d).filter(|&i| i > 0).map(|i| i + d.len()))
        .max();
    let np = match field {
        Some(i) if np.get(i..).is_some_and(|t| t.chars().count() >= 2) => np.get(i..)?,
        _ => np,
    };
    // 90%以上的县(市、区): one character naming a unit of division.
    let listed = np.chars().count() == 1 && right.get(end..).is_some_and(|r| r.starts_with('('));
    (np.chars().count() >= 2 || listed).then(|| clean(np))
}

/// The most items a 分别 or 均 list is read with.
const MAX_LISTED: usize = 12;

/// The subjects a 分别 or 均 hands values out to: the items listed before
/// it, each with the measure the last one names when the others are
/// bare and of one width (`钢铁、水泥、化工能耗分别下降` → 钢铁能耗, 水泥能耗,
/// 化工能耗; `城镇和农村居民收入均增长` → 城镇居民收入, 农村居民收入). `left`
/// is the clause before the comparator; `None` unless it lists two items
/// or more before 分别 or 均 (not 年均, 人均, 平均).
pub(crate) fn listed(cues: &Cues, left: &str) -> Option<Vec<String>> {
    let by_each = rfind_word(left, "分别")
        .and_then(|i| Some((left.get(..i)?, left.get(i + "分别".len()..)?)));
    let (list, _) = by_each.or_else(|| {
        let (list, rest) = left.rsplit_once('均')?;
        (!list.ends_with(['年', '人', '平', '户'])).then_some((list, rest))
    })?;
    let unaside = drop_asides(list);
    let list = strip_leads(cues, after_time(&unaside));
    let items: Vec<&str> = list
        .split(['、', '和', '及', '与'])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if !(2..=MAX_LISTED).contains(&items.len()) {
        return None;
    }
    let (last, rest) = items.split_last()?;
    let width = rest.first()?.chars().count();
    // One bare item before the last tells no width unless it is a short
    // word (城镇和农村居民收入).
    let even = rest.iter().all(|i| i.chars().count() == width) && (rest.len() >= 2 || width <= 2);
    let tail: String = if even {
        last.chars().skip(width).collect()
    } else {
        String::new()
    };
    let subjects = rest
        .iter()
        .map(|item| clean(&format!("{item}{tail}")))
        .chain(std::iter::once(clean(last)))
        .collect();
    Some(subjects)
}
