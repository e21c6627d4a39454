//! Properties that hold for any input: no panic, exact spans, shift
//! invariance, the same names for traditional and simplified copies, and
//! the same records of a kind whatever other kinds are asked for.

use proptest::prelude::*;
use std::sync::LazyLock;

use zhengce::{Document, Extractor, Kinds};

mod common;

/// Built once: building per case would dominate the run time.
static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// One extractor per record kind, each asked for that kind alone.
static BY_KIND: LazyLock<Vec<(Kinds, Extractor)>> = LazyLock::new(|| {
    Kinds::EACH
        .iter()
        .map(|&kind| {
            let extractor = Extractor::builder().kinds(kind).build().expect("builds");
            (kind, extractor)
        })
        .collect()
});

/// Pieces of policy-news text, clean and messy, to build inputs from.
const FRAGMENTS: &[&str] = &[
    "工信部",
    "國家發展改革委",
    "上海市发展改革委",
    "深圳市",
    "深圳",
    "北京市人民政府",
    "印发",
    "印發",
    "《",
    "》",
    "〈",
    "〉",
    "关于",
    "行动方案",
    "(2023—2025年)",
    "（2025 年 —2027 年）",
    "到2025年",
    "，",
    ",",
    "。",
    "、",
    "：",
    "“",
    "”",
    "「",
    "」",
    "突破",
    "100EFLOPS",
    "１０００亿元",
    "三千五百万",
    "百分之三十",
    "3~5个",
    "超过80%",
    "表示",
    "認為",
    "局长",
    "教授",
    "李刚",
    "王",
    "業(yè)",
    "發(fā)",
    "(AI)",
    " ",
    "\u{3000}",
    "\n",
    "\t",
    "十四五",
    "力争",
    "以下简称",
    "数百家",
    "9999999999999999999999",
    "1.5万亿",
    "?",
    "\u{feff}",
    "ａｂｃ",
    "2023-06-08 08:08:21",
    "来源:",
    "对《证券日报》记者表示",
    "副主任",
    "天津市人民政府办公厅",
    "国家数据局综合司",
];

fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..80).prop_map(|v| v.concat())
}

/// Every span, in order, for the shift test.
fn spans(doc: &Document) -> Vec<(usize, usize)> {
    doc.spans()
        .into_iter()
        .map(|(_, s, _)| (s.start, s.end))
        .collect()
}

/// Simplified → traditional, inverted from the crate's own table, so that a
/// converted copy must normalize back to the same names.
fn to_traditional(text: &str) -> String {
    use std::collections::HashMap;
    static S2T: LazyLock<HashMap<char, char>> = LazyLock::new(|| {
        let mut map = HashMap::new();
        for line in include_str!("../gazetteers/t2s.tsv").lines() {
            let mut cols = line.split('\t');
            if let (Some(t), Some(s)) = (cols.next(), cols.next()) {
                let (mut t, mut s) = (t.chars(), s.chars());
                if let (Some(t), None, Some(s), None) = (t.next(), t.next(), s.next(), s.next()) {
                    map.entry(s).or_insert(t);
                }
            }
        }
        map
    });
    text.chars().map(|c| *S2T.get(&c).unwrap_or(&c)).collect()
}

fn names(doc: &Document) -> Vec<String> {
    let mut out = Vec::new();
    out.extend(
        doc.plans
            .iter()
            .map(|r| format!("plan {} {:?} {:?}", r.title, r.kind, r.issuers)),
    );
    out.extend(doc.agencies.iter().map(|r| format!("agency {}", r.name)));
    out.extend(
        doc.places
            .iter()
            .map(|r| format!("place {} {}", r.name(), r.code())),
    );
    out.extend(
        doc.target_years
            .iter()
            .map(|r| format!("year {} {:?}", r.year, r.role)),
    );
    out.extend(doc.goals.iter().map(|r| {
        format!(
            "goal {:?} {} {} {:?}",
            r.subject, r.value, r.unit, r.deadline
        )
    }));
    out.extend(
        doc.experts
            .iter()
            .map(|r| format!("expert {} {:?} {:?}", r.name, r.titles, r.affiliation)),
    );
    out
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256)
}

proptest! {
    // 256 cases by default; PROPTEST_CASES=20000 for a deeper run.
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_string_is_safe(text in any::<String>()) {
        let doc = zhengce::extract(&text);
        common::assert_spans_exact(&text, &doc);
    }

    #[test]
    fn policy_like_text_has_exact_spans(text in fragments()) {
        let doc = zhengce::extract(&text);
        common::assert_spans_exact(&text, &doc);
    }

    // The paragraph goes below a headline: a text's first line is its
    // headline, read by rules of its own (部长谈民生：… heads no turn), so
    // a paragraph put above a text's first line would change what it is.
    #[test]
    fn a_prefix_shifts_every_span(text in fragments()) {
        const HEADLINE: &str = "某市新闻\n";
        const PREFIX: &str = "以下为正文。\n\n";
        let plain = zhengce::extract(&format!("{HEADLINE}{text}"));
        let prefixed = zhengce::extract(&format!("{HEADLINE}{PREFIX}{text}"));
        let by = |at: usize| if at >= HEADLINE.len() { at + PREFIX.len() } else { at };
        let shifted: Vec<_> = spans(&plain).into_iter().map(|(s, e)| (by(s), by(e))).collect();
        prop_assert_eq!(spans(&prefixed), shifted);
    }

    #[test]
    fn traditional_copy_gives_the_same_names(text in fragments()) {
        let simplified = EXTRACTOR.simplify(&text);
        let traditional = to_traditional(&simplified);
        prop_assert_eq!(names(&EXTRACTOR.extract(&simplified)), names(&EXTRACTOR.extract(&traditional)));
    }

    #[test]
    fn one_kind_alone_gives_the_records_of_all_kinds(text in fragments()) {
        let all = serde_json::to_value(EXTRACTOR.extract(&text)).expect("serializes");
        for (kind, extractor) in BY_KIND.iter() {
            let alone = serde_json::to_value(extractor.extract(&text)).expect("serializes");
            for name in kind.names() {
                prop_assert_eq!(&alone[name], &all[name], "{}", name);
            }
        }
    }
}
