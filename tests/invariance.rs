//! Invariance properties over real text: the fixtures in `tests/corpus/`,
//! mutated by inserting, deleting and duplicating clauses, so that the
//! inputs keep the shape of policy news while their layout varies.
//!
//! - spans are in bounds, on character boundaries, and slice to surfaces;
//! - a neutral prefix (blank lines, spaces, a byte-order mark) shifts every
//!   span by its length and changes nothing else;
//! - a traditional copy, a full-width-digit copy and a Chinese-numeral copy
//!   (3500万元 → 三千五百万元, 2025年 → 二〇二五年) give the same normalized
//!   records: every field but `span` and `surface`;
//! - the same input gives the same output, twice or from several threads;
//! - an extractor of one kind gives the same records of that kind as one of
//!   every kind.
//!
//! `PROPTEST_CASES` sets the number of cases (default 48, so that a debug
//! `cargo test` stays quick); `PROPTEST_CASES=2000` for a deeper run.
//! Properties the current code breaks are `#[ignore]`d with the reason and a
//! minimal input; `cargo test --test invariance -- --ignored` runs them.

use std::collections::HashMap;
use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::Value;
use zhengce::{Document, Extractor, Kinds, Span};

mod common;

static ALL: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// The fixtures, each split into clauses that keep their closing mark.
static FIXTURES: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus is part of the repository")
        .map(|e| e.expect("a readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| clauses(&std::fs::read_to_string(p).expect("fixtures are UTF-8")))
        .collect()
});

/// Every clause of every fixture: the material insertions draw from.
static POOL: LazyLock<Vec<String>> = LazyLock::new(|| FIXTURES.iter().flatten().cloned().collect());

/// `text` cut after each clause or line mark, marks kept, so that joining
/// the pieces gives `text` back.
fn clauses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if "。；！？，,;\n".contains(c) {
            let end = i + c.len_utf8();
            out.push(text[start..end].to_owned());
            start = end;
        }
    }
    if start < text.len() {
        out.push(text[start..].to_owned());
    }
    out
}

/// One change to a fixture's list of clauses.
#[derive(Debug, Clone)]
enum Edit {
    /// Put a clause from any fixture before clause `at`.
    Insert { at: Index, clause: Index },
    /// Remove clause `at`.
    Delete(Index),
    /// Repeat clause `at` right after itself.
    Duplicate(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<Index>(), any::<Index>()).prop_map(|(at, clause)| Edit::Insert { at, clause }),
        any::<Index>().prop_map(Edit::Delete),
        any::<Index>().prop_map(Edit::Duplicate),
    ]
}

/// A fixture, or a run of its clauses (shrinking prefers the run, which
/// makes failures short), with a few edits.
fn document() -> impl Strategy<Value = String> {
    let window = prop_oneof![(any::<Index>(), any::<Index>()).prop_map(Some), Just(None),];
    (any::<Index>(), window, prop::collection::vec(edit(), 0..6)).prop_map(
        |(fixture, window, edits)| {
            let mut doc = fixture.get(&FIXTURES).clone();
            if let Some((start, len)) = window
                && !doc.is_empty()
            {
                let start = start.index(doc.len());
                let len = 1 + len.index(doc.len() - start);
                doc = doc[start..start + len].to_vec();
            }
            for edit in edits {
                match edit {
                    Edit::Insert { at, clause } => {
                        doc.insert(at.index(doc.len() + 1), clause.get(&POOL).clone());
                    }
                    Edit::Delete(at) if !doc.is_empty() => {
                        doc.remove(at.index(doc.len()));
                    }
                    Edit::Duplicate(at) if !doc.is_empty() => {
                        let i = at.index(doc.len());
                        doc.insert(i, doc[i].clone());
                    }
                    Edit::Delete(_) | Edit::Duplicate(_) => {}
                }
            }
            doc.concat()
        },
    )
}

/// The document as JSON with every `span` and `surface` removed: what two
/// copies of one text in different scripts or numerals must agree on.
fn normalized(doc: &Document) -> Value {
    fn strip(value: &mut Value) {
        match value {
            Value::Object(map) => {
                map.remove("span");
                map.remove("surface");
                map.values_mut().for_each(strip);
            }
            Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(doc).expect("a document always serializes");
    strip(&mut value);
    value
}

/// `doc` with every span moved `by` bytes to the right.
fn shifted(doc: &Document, by: usize) -> Document {
    fn shift(span: &mut Span, by: usize) {
        *span = Span::new(span.start + by, span.end + by);
    }
    let mut doc = doc.clone();
    doc.plans.iter_mut().for_each(|r| shift(&mut r.span, by));
    doc.agencies.iter_mut().for_each(|r| shift(&mut r.span, by));
    doc.places.iter_mut().for_each(|r| shift(&mut r.span, by));
    doc.target_years
        .iter_mut()
        .for_each(|r| shift(&mut r.span, by));
    doc.goals.iter_mut().for_each(|r| shift(&mut r.span, by));
    doc.experts.iter_mut().for_each(|r| shift(&mut r.span, by));
    doc.numbers.iter_mut().for_each(|r| shift(&mut r.span, by));
    doc.incentives
        .iter_mut()
        .for_each(|r| shift(&mut r.span, by));
    doc
}

/// Simplified → traditional for every simplified character that exactly
/// one traditional character maps to (and that is itself no traditional
/// form), inverted from the crate's own table: the copy must simplify back
/// to the same text.
fn to_traditional(text: &str) -> String {
    static S2T: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
        let mut sources: HashMap<char, Vec<char>> = HashMap::new();
        let mut keys = std::collections::HashSet::new();
        for line in include_str!("../gazetteers/t2s.tsv").lines() {
            let mut cols = line.split('\t');
            let (Some(t), Some(s)) = (cols.next(), cols.next()) else {
                continue;
            };
            let (mut t, mut s) = (t.chars(), s.chars());
            if let (Some(t), None, Some(s), None) = (t.next(), t.next(), s.next(), s.next()) {
                keys.insert(t);
                sources.entry(s).or_default().push(t);
            }
        }
        sources
            .into_iter()
            .filter(|(s, ts)| ts.len() == 1 && !keys.contains(s) && ts[0] != *s)
            .map(|(s, ts)| (s, ts[0]))
            .collect()
    });
    text.chars().map(|c| *S2T.get(&c).unwrap_or(&c)).collect()
}

/// ASCII digits as full-width digits (2025 → ２０２５).
fn to_fullwidth_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(u32::from(c) - u32::from('0') + 0xFF10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

const CHINESE_DIGITS: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/// `n` read out in Chinese: 3500 → 三千五百, 105 → 一百零五, 12 → 十二,
/// 120000 → 十二万.
fn chinese_number(n: u64) -> String {
    fn section(n: u64, out: &mut String) {
        const PLACES: [(u64, char); 3] = [(1000, '千'), (100, '百'), (10, '十')];
        let mut zero = false;
        let mut rest = n;
        for (place, name) in PLACES {
            let digit = rest / place;
            rest %= place;
            if digit == 0 {
                zero |= !out.is_empty();
                continue;
            }
            if zero {
                out.push('零');
                zero = false;
            }
            // 十二, not 一十二, when the number opens with its tens.
            if !(place == 10 && digit == 1 && out.is_empty()) {
                out.push(CHINESE_DIGITS[digit as usize]);
            }
            out.push(name);
        }
        if rest > 0 {
            if zero {
                out.push('零');
            }
            out.push(CHINESE_DIGITS[rest as usize]);
        }
    }
    if n == 0 {
        return "零".to_owned();
    }
    let mut out = String::new();
    for (unit, name) in [(100_000_000, Some('亿')), (10_000, Some('万')), (1, None)] {
        let part = n / unit % 10_000;
        if part == 0 {
            continue;
        }
        if !out.is_empty() && part < 1000 {
            out.push('零');
        }
        let mut s = String::new();
        section(part, &mut s);
        // 一十万 reads 十万 only at the very start.
        if !out.is_empty() && s.starts_with('十') {
            out.push('一');
        }
        out.push_str(&s);
        out.extend(name);
    }
    out
}

/// Arabic numbers written in Chinese numerals where Chinese text does so:
/// a year before 年 digit by digit (2025年 → 二〇二五年, and the first year
/// of 2023—2025年), and a whole number before a Han character read out
/// (3500万元 → 三千五百万元, 30家 → 三十家, 5月31日 → 五月三十一日).
/// Decimals, percentages, grouped numbers, dates written with `-` and
/// numbers joined to Latin letters (5G, 100EFLOPS) stay.
fn to_chinese_numerals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        let digits: String = chars[start..i].iter().collect();
        let before = start.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i).copied();
        let joined =
            |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || ".,:/%-_".contains(c));
        let is_han = |c: Option<char>| c.is_some_and(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        // A year opening a period: 2023—2025年.
        let opens_period = digits.len() == 4
            && after.is_some_and(|c| "—–~至到".contains(c))
            && chars
                .get(i + 1..i + 6)
                .is_some_and(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年');
        // A comma joins digits only in a grouped number (1,200): after a
        // Han character it is a clause mark, as the full-width one.
        let grouped = before != Some(',')
            || start
                .checked_sub(2)
                .and_then(|j| chars.get(j))
                .is_some_and(char::is_ascii_digit);
        // A document number's serial (国发〔2019〕4号) is written in digits
        // by every issuing office: no copy of a real text spells it out.
        let serial = before.is_some_and(|c| "〕]".contains(c));
        if (joined(before) && grouped)
            || serial
            || (joined(after) && !opens_period)
            || (digits.len() > 1 && digits.starts_with('0'))
        {
            out.push_str(&digits);
        } else if digits.len() == 4 && (year_next(&chars, i) || opens_period) {
            out.extend(
                digits
                    .bytes()
                    .map(|b| CHINESE_DIGITS[usize::from(b - b'0')]),
            );
        } else if digits.len() <= 12 && is_han(next_written(&chars, i)) {
            out.push_str(&chinese_number(
                digits.parse().expect("at most 12 ASCII digits"),
            ));
        } else {
            out.push_str(&digits);
        }
    }
    out
}

/// Goals and incentives with the amount as one base value where it
/// converts: a Chinese numeral may fold its multiplier into the number
/// (三千五百万 元) or leave it in the unit (三千五百 万元), and both name the
/// same amount.
fn by_amount(mut value: Value) -> Value {
    for list in ["goals", "incentives"] {
        let Some(Value::Array(records)) = value.get_mut(list) else {
            continue;
        };
        for record in records {
            let Value::Object(map) = record else { continue };
            if map.get("base").is_some_and(|b| !b.is_null()) {
                map.remove("value");
                map.remove("max");
                map.remove("unit");
            }
        }
    }
    value
}

/// Whether 年 follows position `i` of `chars`, blanks aside (2024 年).
fn year_next(chars: &[char], i: usize) -> bool {
    next_written(chars, i) == Some('年')
}

/// The first character at or after position `i` of `chars` that is not a
/// blank: a number is read out before a Han character whether or not a
/// blank stands between them (`0 条` as `0条`, `2024 年` as `2024年`).
fn next_written(chars: &[char], i: usize) -> Option<char> {
    chars.get(i..).and_then(|rest| {
        rest.iter()
            .copied()
            .find(|c| !matches!(c, ' ' | '\u{3000}'))
    })
}

/// `value` with the fields kept as written (plan titles, a number's plan,
/// goal subjects, incentive conditions, quotes) passed through `convert`, as a copy
/// of the text writes them.
fn titles_through(mut value: Value, convert: fn(&str) -> String) -> Value {
    for (list, field) in [
        ("plans", "title"),
        ("numbers", "plan"),
        ("goals", "subject"),
        ("incentives", "condition"),
        ("experts", "quote"),
    ] {
        let Some(Value::Array(records)) = value.get_mut(list) else {
            continue;
        };
        for record in records {
            if let Some(Value::String(title)) = record.get_mut(field) {
                *title = convert(title);
            }
        }
    }
    value
}

/// `s` with neither white space nor numerals: the words of a record's free
/// text, as a copy with its numbers in Chinese writes them too. Converting
/// a record's text cannot stand in for the record of the converted text:
/// the record drops the blanks and line breaks that decided whether a
/// number was read out (`第 1 0 条`, a number ending a turn before a blank
/// line), so only the words between the numbers are compared.
fn words(s: &str) -> String {
    s.chars()
        .filter(|&c| {
            !c.is_whitespace()
                && !c.is_ascii_digit()
                && !"〇零一二两三四五六七八九十百千万亿".contains(c)
        })
        .collect()
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(48)
}

/// Prefixes that hold no record and no line of text.
const NEUTRAL_PREFIXES: &[&str] = &[
    "\n",
    "\n\n",
    "\r\n",
    "  ",
    "\u{3000}\u{3000}",
    "\u{feff}",
    " \t\n",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn spans_slice_to_surfaces(text in document()) {
        common::assert_spans_exact(&text, &ALL.extract(&text));
    }

    #[test]
        fn a_neutral_prefix_only_shifts_spans(
        text in document(),
        prefix in prop::sample::select(NEUTRAL_PREFIXES),
    ) {
        let plain = ALL.extract(&text);
        let prefixed = ALL.extract(&format!("{prefix}{text}"));
        prop_assert_eq!(prefixed, shifted(&plain, prefix.len()));
    }

    #[test]
    fn a_traditional_copy_gives_the_same_records(text in document()) {
        let simplified = ALL.simplify(&text);
        let traditional = to_traditional(&simplified);
        prop_assert_eq!(
            normalized(&ALL.extract(&simplified)),
            normalized(&ALL.extract(&traditional)),
            "traditional copy: {}", traditional
        );
    }

    #[test]
    fn a_fullwidth_digit_copy_gives_the_same_records(text in document()) {
        let fullwidth = to_fullwidth_digits(&text);
        prop_assert_eq!(
            normalized(&ALL.extract(&text)),
            normalized(&ALL.extract(&fullwidth)),
            "full-width copy: {}", fullwidth
        );
    }

    #[test]
    fn a_chinese_numeral_copy_gives_the_same_records(text in document()) {
        let chinese = to_chinese_numerals(&text);
        // Free text (titles, subjects, conditions, quotes) is compared by its words.
        prop_assert_eq!(
            titles_through(by_amount(normalized(&ALL.extract(&text))), words),
            titles_through(by_amount(normalized(&ALL.extract(&chinese))), words),
            "Chinese-numeral copy: {}", chinese
        );
    }

    #[test]
    fn the_same_input_gives_the_same_output(text in document()) {
        let first = ALL.extract(&text);
        prop_assert_eq!(&ALL.extract(&text), &first);
        let threads: Vec<Document> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..4).map(|_| s.spawn(|| ALL.extract(&text))).collect();
            handles.into_iter().map(|h| h.join().expect("extraction never panics")).collect()
        });
        for doc in threads {
            prop_assert_eq!(&doc, &first);
        }
    }
}

/// One property per record kind: an extractor of that kind alone gives the
/// same list of it as an extractor of every kind.
macro_rules! one_kind {
    ($($(#[$attr:meta])* $test:ident: $kind:ident => $list:ident;)*) => {$(
        proptest! {
            #![proptest_config(ProptestConfig::with_cases(cases()))]
            $(#[$attr])*
            #[test]
            fn $test(text in document()) {
                static ONLY: LazyLock<Extractor> = LazyLock::new(|| {
                    Extractor::builder().kinds(Kinds::$kind).build().expect("the embedded gazetteers build")
                });
                prop_assert_eq!(&ONLY.extract(&text).$list, &ALL.extract(&text).$list);
            }
        }
    )*};
}

one_kind! {
    places_alone_are_the_same: PLACES => places;
    agencies_alone_are_the_same: AGENCIES => agencies;
    plans_alone_are_the_same: PLANS => plans;
    target_years_alone_are_the_same: TARGET_YEARS => target_years;
    goals_alone_are_the_same: GOALS => goals;
    experts_alone_are_the_same: EXPERTS => experts;
}

/// A fresh extractor reads every fixture as the shared one does.
#[test]
fn a_fresh_extractor_gives_the_same_output() {
    let fresh = Extractor::new();
    for fixture in FIXTURES.iter() {
        let text = fixture.concat();
        assert_eq!(fresh.extract(&text), ALL.extract(&text), "{text}");
    }
}

/// The converters the properties rely on.
#[test]
fn converters() {
    for (n, chinese) in [
        (0, "零"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (105, "一百零五"),
        (1010, "一千零一十"),
        (3500, "三千五百"),
        (120_000, "十二万"),
        (150_000, "十五万"),
        (1_005_000, "一百万五千"),
        (1_000_500, "一百万零五百"),
        (300_000_000, "三亿"),
    ] {
        assert_eq!(chinese_number(n), chinese, "{n}");
    }
    assert_eq!(
        to_chinese_numerals(
            "设立规模3500万元的基金，到2025年，(2023—2025年)，增长8.6%，5G基站21万个，2024-11-05，10月28日"
        ),
        "设立规模三千五百万元的基金，到二〇二五年，(二〇二三—二〇二五年)，增长8.6%，5G基站二十一万个，2024-11-05，十月二十八日"
    );
    // A blank before the Han character does not keep the digits.
    assert_eq!(
        to_chinese_numerals("第 1 0 条，30 家"),
        "第 1 零 条，三十 家"
    );
    assert_eq!(to_fullwidth_digits("到2025年"), "到２０２５年");
    let traditional = to_traditional("国家发展改革委印发");
    assert_ne!(traditional, "国家发展改革委印发");
    assert_eq!(ALL.simplify(&traditional), "国家发展改革委印发");
}
