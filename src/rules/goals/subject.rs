//! The subject of a goal: the shortest noun phrase naming what is measured.
//!
//! It stands before the number (`全市智能算力规模突破100EFLOPS` →
//! 智能算力规模) unless the number counts the noun after it: after a verb
//! (`培育100个示范应用场景` → 示范应用场景), after a conjunction in a list
//! (`…与500个示范案例` → 示范案例), before 的 (`规模1000亿元的人工智能基金群` →
//! 人工智能基金群), or when nothing is left before it (`实现60%以上新增算力…`).

use super::cues::Cues;

/// Characters that end a noun phrase to the right of the number.
fn ends_right(c: char) -> bool {
    matches!(
        c,
        '与' | '和' | '及' | '、' | '并' | '等' | '(' | '“' | '”' | '《'
    ) || c.is_ascii_digit()
}

/// Words that join list items; a subject never ends with one.
const CONJUNCTIONS: [&str; 6] = ["与", "和", "及", "、", "并", "以及"];

/// Attribute nouns between a verb and its number (设立规模1000亿元的基金):
/// they measure the noun on the right.
const ATTRIBUTES: [&str; 5] = ["总规模", "规模", "总额", "总量", "面积"];

/// The subject from the clause text `left` (before the comparator or number)
/// and `right` (after the unit and comparator). The flag says the subject was
/// taken from the right.
pub(crate) fn subject(cues: &Cues, left: &str, right: &str) -> (Option<String>, bool) {
    // A list item stops at 、 (建成工厂500家、智能车间3000个 → 智能车间); a
    // trailing 、 is kept, as it says the noun comes after the number.
    let left = match left.trim_end_matches('、').rfind('、') {
        Some(i) => left.get(i + '、'.len_utf8()..).unwrap_or(left),
        None => left,
    };
    let left_np = strip_leads(cues, left);
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
    let take_right = verb_before || joined || modifies || left_np.chars().count() < 2;
    if take_right {
        if let Some(np) = right_np(cues, right) {
            return (Some(np), true);
        }
    }
    let np = strip_verbs(cues, left_np);
    let np = after_split(cues, np);
    let np = np.trim_end_matches(['的', '为', '是', '在']);
    let np = strip_change(cues, np);
    if np.chars().count() >= 2 && cues.ending_verb(np).is_none() && !joined {
        (Some(np.to_owned()), false)
    } else {
        (None, false)
    }
}

/// Time expressions and lead words at the start of `s`.
fn strip_leads<'a>(cues: &Cues, mut s: &'a str) -> &'a str {
    loop {
        let before = s;
        s = s.trim_start_matches(['到', '至', ' ']);
        let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 4 {
            if let Some(rest) = s.get(4..).and_then(|r| r.strip_prefix('年')) {
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
        if let Some(lead) = cues.leads.iter().find(|w| s.starts_with(w.as_str())) {
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
    match cues.verbs.iter().find(|v| s.starts_with(v.as_str())) {
        Some(v) => {
            let rest = s.get(v.len()..).unwrap_or("");
            if rest.chars().count() >= 2 { rest } else { s }
        }
        None => s,
    }
}

/// What an actor arranges: the text after the last split verb
/// (`市财政安排专项资金` → 专项资金), when two characters or more remain.
fn after_split<'a>(cues: &Cues, s: &'a str) -> &'a str {
    let cut = cues
        .splits
        .iter()
        .filter_map(|v| s.rfind(v.as_str()).map(|i| i + v.len()))
        .max();
    match cut.and_then(|i| s.get(i..)) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => s,
    }
}

/// A verb of change at the end (`单位GDP能耗下降` → 单位GDP能耗), when two
/// characters or more remain.
fn strip_change<'a>(cues: &Cues, s: &'a str) -> &'a str {
    match cues.changes.iter().find_map(|c| s.strip_suffix(c.as_str())) {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => s,
    }
}

/// The noun phrase to the right: up to a list break or a split verb taking
/// an object of its own (`企业提供诊断服务` → 企业), after its last 的. Only
/// split verbs cut: most verbs double as nouns (服务平台, 建设项目).
fn right_np(cues: &Cues, right: &str) -> Option<String> {
    let mut end = right
        .char_indices()
        .find(|&(_, c)| ends_right(c))
        .map_or(right.len(), |(i, _)| i);
    let head = right.get(..end)?;
    // The subject keeps two characters at least (6 bytes of CJK).
    for verb in &cues.splits {
        for (at, _) in head.match_indices(verb.as_str()) {
            let object = head.get(at + verb.len()..).unwrap_or("");
            if at < end && at >= 6 && object.chars().count() >= 2 {
                end = at;
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
    (np.chars().count() >= 2).then(|| np.to_owned())
}
