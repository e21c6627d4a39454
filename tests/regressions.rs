//! Named regressions: inputs that crashed, timed out, ran slow or broke an
//! invariant, each with what broke and where it was found (the fuzz
//! targets in `fuzz/`, `benches/growth.rs` under `perf`, or the properties
//! in `tests/invariance.rs`).
//!
//! A timeout's test checks the result at a size a debug build reads in
//! about a second; how the time grows is watched by `benches/scaling.rs`.
//! Tests that fail on the current code are ignored with the reason, to be
//! un-ignored by the change that fixes them.

use std::sync::LazyLock;

use zhengce::{Document, Extractor, Kinds, PartialDate, YearRole};

mod common;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

fn extract(text: &str) -> Document {
    let doc = EXTRACTOR.extract(text);
    common::assert_spans_exact(text, &doc);
    doc
}

/// Found by: the `extract` fuzz target, a timeout on its 256 KiB
/// `speaker_chain` seed (13 s in the fuzzing build), and the `document`
/// target, slow units made of untitled speakers repeated.
///
/// What broke: each untitled mention looks back through every earlier
/// expert for a titled namesake (`rules/experts/mod.rs`, the `rfind` over
/// `found`), so n mentions cost n² — 4 MiB of 张三表示， took 342 s.
#[test]
fn untitled_speakers_each_search_every_earlier_one() {
    let text = "吴伟透露，周伟介绍，黄伟指出，赵伟表示，".repeat(1000);
    let doc = extract(&text);
    assert_eq!(doc.experts.len(), 4000);
    for expert in &doc.experts {
        assert!(
            ["吴伟", "周伟", "黄伟", "赵伟"].contains(&expert.name.as_str()),
            "{expert:?}"
        );
        assert!(expert.titles.is_empty(), "{expert:?}");
    }
}

/// Found by: profiling a 1 MiB slow unit of the `document` fuzz target.
///
/// What broke: each speaker's organization is compared with every agency
/// in the text (`rules/experts/affiliation.rs`, `of_org`), so n titled
/// speakers of an agency cost n²: 工信部副部长张三表示， repeated to 2.6 MB
/// took 71 s in a release build.
#[test]
fn titled_speakers_of_an_agency_each_scan_every_agency() {
    let text = "工信部副部长张三表示，".repeat(2000);
    let doc = extract(&text);
    assert_eq!(doc.experts.len(), 2000);
    for expert in &doc.experts {
        assert_eq!(expert.name, "张三");
        assert_eq!(expert.titles, ["工信部副部长"]);
        assert_eq!(expert.affiliation.as_deref(), Some("工业和信息化部"));
    }
}

/// Found by: `perf` on the article corpus at 12 MiB (the 16 MiB document
/// took 46× the 1 MiB one; issue 10's agencies pass figures).
///
/// What broke: to see whether a post follows a body with an unlisted
/// suffix, the agencies pass also hashes the whole rest of the text as one
/// candidate post (`rules/agencies/unlisted.rs`, `post_at`), so every such
/// body costs the length of the text after it.
#[test]
fn an_unlisted_body_reads_only_the_words_after_it() {
    let tail = "会议强调，要推动产业高质量发展。".repeat(2000);
    let text = format!("闵行区科学技术和经济委员会主任王立新表示，{tail}");
    let doc = extract(&text);
    let names: Vec<&str> = doc.agencies.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["闵行区科学技术和经济委员会"]);
}

/// Found by: the `extract` fuzz target, a slow unit (7 s in the fuzzing
/// build) on its 256 KiB seed of 表示 repeated; 0.7 MiB/s in a release
/// build against 7 MiB/s for articles.
///
/// What broke: nothing in the output; every speech verb starts a speaker
/// and quote search that finds nothing. The text has no record.
#[test]
fn speech_verbs_alone_make_no_record() {
    let text = "表示".repeat(20_000);
    let doc = extract(&text);
    assert_eq!(doc, Document::default());
}

/// Found by: the `numeral` fuzz target
/// (`30011111111111111111111111111111111111111111111111111111111111111111100多`,
/// and the same with 余, 十几 and a decimal).
///
/// What broke: a vague amount adds the place of its last digit to the
/// number (300多 → 300–400, 十几 → 11–19), and past 2⁵³ the sum rounds back
/// to the number, so the range is empty: value == max
/// (`numeral.rs`, `range` and `vague`).
#[test]
fn a_vague_amount_beyond_float_precision_is_no_empty_range() {
    for text in [
        "到2025年，全市高新技术企业达到10000000000000001多家。",
        "到2025年，全市产值达到10000000000000001余亿元。",
    ] {
        let doc = extract(text);
        for goal in &doc.goals {
            if let Some(max) = goal.max {
                assert!(max > goal.value, "{text}: {goal:?}");
            }
        }
    }
}

/// Found by: `tests/adversarial.rs`, 局长张三表示 repeated with no comma.
///
/// What broke: the second speaker's title chain runs back over the first
/// speaker and verb: titles ["局长张三表示局长"], affiliation "局长张三表示",
/// and the two experts' spans overlap.
#[test]
fn a_title_never_spans_an_earlier_speaker() {
    let doc = extract("局长张三表示局长张三表示局长张三表示");
    assert_eq!(doc.experts.len(), 3);
    for expert in &doc.experts {
        assert_eq!(expert.titles, ["局长"], "{expert:?}");
        assert_eq!(expert.surface, "局长张三");
    }
}

/// Found by: issue 10.
///
/// What broke: without the agencies pass the goals pass keeps a statistic
/// that a named agency publishes, so `kinds(GOALS)` gives a goal that
/// `Kinds::ALL` does not. Minimal: 国家计划委员会5吨.
#[test]
fn goals_alone_are_the_goals_among_all_kinds() {
    let goals_only = Extractor::builder()
        .kinds(Kinds::GOALS)
        .build()
        .expect("the embedded gazetteers build");
    for text in [
        "国家计划委员会发布数据,全国粮食产量达到6.5亿吨",
        "国家计划委员会5吨",
    ] {
        assert_eq!(
            goals_only.extract(text).goals,
            extract(text).goals,
            "{text}"
        );
    }
}

/// Found by: `tests/invariance.rs`, a neutral prefix.
///
/// What broke: a leading U+FEFF (byte-order mark) is kept in the text the
/// rules read: before an untitled speaker there is no expert, before a
/// title it becomes part of the title and the affiliation.
#[test]
fn a_byte_order_mark_is_no_part_of_a_name() {
    let doc = extract("\u{feff}张三表示，要打牢基础。");
    assert_eq!(doc.experts.len(), 1);
    assert_eq!(doc.experts[0].name, "张三");

    let doc =
        extract("\u{feff}国家信息中心研究员方晓在接受《经济参考报》记者采访时表示，要把基础打牢。");
    assert_eq!(doc.experts.len(), 1);
    assert_eq!(doc.experts[0].titles, ["国家信息中心研究员"]);
    assert_eq!(doc.experts[0].affiliation.as_deref(), Some("国家信息中心"));
    assert_eq!(doc.experts[0].span.start, "\u{feff}".len());
}

/// Found by: `tests/invariance.rs`, a neutral prefix.
///
/// What broke: a bare 市人民政府 is resolved against the places of the
/// first line, and a leading blank line makes the first line empty.
#[test]
fn a_leading_blank_line_keeps_the_title_line() {
    for text in [
        "《南昌市管理办法》经市人民政府审议通过",
        "\n\n《南昌市管理办法》经市人民政府审议通过",
    ] {
        let doc = extract(text);
        let names: Vec<&str> = doc.agencies.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["南昌市人民政府"], "{text:?}");
    }
}

/// Found by: issue 10 and `tests/invariance.rs`, the Chinese-numeral copy.
///
/// What broke: years and dates written in Chinese numerals are not read at
/// all, and an amount in Chinese numerals before 万元 gives no goal, while
/// the Arabic copies give a target year, an issue date and a goal.
#[test]
fn chinese_numerals_are_read_like_arabic_ones() {
    let doc = extract("到二〇二七年，产业规模突破八百亿元。");
    let years: Vec<_> = doc.target_years.iter().map(|y| (y.year, y.role)).collect();
    assert_eq!(years, [(2027, YearRole::Deadline)]);
    assert_eq!(doc.goals.len(), 1);
    assert_eq!(doc.goals[0].deadline, Some(2027));

    let doc = extract("设立规模三千五百万元的引导基金。");
    assert_eq!(doc.goals.len(), 1);
    let base = doc.goals[0].base.as_ref().expect("万元 converts to CNY");
    assert_eq!((base.value, base.unit.as_str()), (3.5e7, "CNY"));

    let doc = extract("二〇二四年五月三十一日，工信部印发《关于推进制造业数字化转型的实施意见》。");
    assert_eq!(doc.plans.len(), 1);
    assert_eq!(doc.plans[0].issued, PartialDate::day(2024, 5, 31));
}

/// Found by: the `document` fuzz target (a numeral run thousands of digits
/// long in a document built from repeated clauses).
///
/// What broke: the value of a year in Chinese digits was summed digit by
/// digit without a bound, so ten or more digits before 年 overflowed (a
/// panic with overflow checks on, a wrong value without); the years pass
/// kept its own copy of the same sum. Now one checked reader serves both,
/// and a run too long to be a year is none.
#[test]
fn a_year_of_endless_chinese_digits_is_no_year() {
    let digits = "二〇二五一二三四五六七八九".repeat(4);
    for text in [
        format!("{digits}年,全省算力规模达到100EFLOPS。"),
        format!("到{digits}年底前建成50个园区。"),
        format!("《某某规划({digits}—{digits}年)》"),
    ] {
        let doc = extract(&text);
        assert!(
            doc.target_years.is_empty(),
            "{text}: {:?}",
            doc.target_years
        );
        assert!(doc.published.is_none(), "{text}");
    }
}
