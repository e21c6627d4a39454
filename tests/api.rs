//! The public contract: thread safety, spans, order, determinism, JSON shape.

mod common;

use common::assert_spans_exact;
use zhengce::{Document, Extractor, Kinds, PartialDate};

const TEXT: &str = "2025年3月，國家數據局印發《數字中國建設2025年行動方案》。\n\
到2025年底，全市智能算力規模突破100EFLOPS。";

#[test]
fn public_types_are_send_sync_unwind_safe() {
    fn assert_all<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    assert_all::<Extractor>();
    assert_all::<Document>();
    assert_all::<zhengce::Error>();
}

#[test]
fn extract_handles_degenerate_input() {
    let extractor = Extractor::new();
    for text in [
        "",
        " ",
        "\n\n",
        "《",
        "》《《",
        "\u{0}\u{1}\u{feff}",
        "９９９９９９９９９９９９９９９９９９９９９９",
    ] {
        let doc = extractor.extract(text);
        assert_spans_exact(text, &doc);
    }
}

#[test]
fn clones_share_and_agree_across_threads() {
    let extractor = Extractor::new();
    let expected = extractor.extract(TEXT);
    let handles: Vec<_> = (0..4)
        .map(|_| {
            let e = extractor.clone();
            std::thread::spawn(move || e.extract(TEXT))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().expect("no panic"), expected);
    }
}

#[test]
fn free_function_matches_default_extractor() {
    assert_eq!(zhengce::extract(TEXT), Extractor::new().extract(TEXT));
}

#[test]
fn reference_date_is_used_only_without_a_stated_date() {
    let date: PartialDate = "2023-06-08".parse().expect("valid date");
    let extractor = Extractor::builder()
        .reference_date(date)
        .build()
        .expect("builds");
    let doc = extractor.extract(TEXT);
    assert_eq!(
        doc.published, None,
        "the reference date is not the document's own date"
    );
}

#[test]
fn bad_extra_rows_are_errors_naming_the_line() {
    let err = Extractor::builder()
        .places("only one column\n")
        .build()
        .expect_err("bad row");
    assert!(err.to_string().contains("line 1"), "{err}");
}

#[test]
fn json_shape_follows_the_contract() {
    let mut doc = Extractor::new().extract(TEXT);
    doc.id = Some("t1".into());
    let json = serde_json::to_value(&doc).expect("serializes");
    const LISTS: [&str; 6] = [
        "plans",
        "agencies",
        "places",
        "target_years",
        "goals",
        "experts",
    ];
    for key in ["id", "published"].into_iter().chain(LISTS) {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    for list in LISTS {
        for item in json[list].as_array().expect("list") {
            let span = item["span"].as_array().expect("span is an array");
            assert_eq!(span.len(), 2, "{list} span {span:?}");
        }
    }
}

#[test]
fn lists_are_in_document_order() {
    let doc = Extractor::new().extract(TEXT);
    let all = doc.spans();
    for pair in all.windows(2) {
        let [(list_a, a, _), (list_b, b, _)] = pair else {
            continue;
        };
        if list_a == list_b {
            assert!(a.start <= b.start, "{list_a}: {a:?} before {b:?}");
        }
    }
}

#[test]
fn goals_alone_see_the_agencies_that_mask_their_cues() {
    // 计划 inside 国家计划委员会 is no forward cue: a goals-only extractor
    // used to skip the agencies pass and report this statistic as a goal.
    let text = "国家计划委员会发布数据,全国粮食产量达到6.5亿吨。";
    let goals_only = Extractor::builder()
        .kinds(Kinds::GOALS)
        .build()
        .expect("builds");
    assert_eq!(
        goals_only.extract(text).goals,
        Extractor::new().extract(text).goals
    );
    assert!(goals_only.extract(text).goals.is_empty());
}

#[test]
fn kinds_parse_by_list_name() {
    assert_eq!(
        "target_years".parse::<Kinds>().ok(),
        Some(Kinds::TARGET_YEARS)
    );
    assert_eq!("all".parse::<Kinds>().ok(), Some(Kinds::ALL));
    let err = "goal".parse::<Kinds>().expect_err("singular is no kind");
    assert!(err.to_string().contains("goals"), "{err}");
}
