//! Records read back: JSON round trips, equality and hashing, dates.

use std::collections::HashSet;
use std::path::PathBuf;

use zhengce::{Document, Extractor, PartialDate};

fn fixtures() -> Vec<PathBuf> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("tests/corpus exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_fixture_reads_back_from_its_json() {
    let extractor = Extractor::builder()
        .reference_date("2024-06-01".parse::<PartialDate>().expect("valid"))
        .build()
        .expect("builds");
    let files = fixtures();
    assert!(files.len() >= 10, "the corpus is there");
    let mut records = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("UTF-8 fixture");
        let mut doc = extractor.extract(&text);
        doc.id = file.file_stem().map(|s| s.to_string_lossy().into_owned());
        records += doc.plans.len() + doc.goals.len() + doc.experts.len();
        let json = serde_json::to_string(&doc).expect("serializes");
        let back: Document = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, doc, "{}", file.display());
    }
    assert!(records > 0, "the fixtures have records to round-trip");
}

#[test]
fn lists_missing_from_the_json_read_as_empty() {
    let doc: Document = serde_json::from_str(r#"{"id": "x", "plans": []}"#).expect("reads");
    assert_eq!(doc.id.as_deref(), Some("x"));
    assert!(doc.goals.is_empty() && doc.numbers.is_empty());
    assert_eq!(doc.published, None);
}

#[test]
fn malformed_records_are_errors() {
    for json in [
        r#"{"published": "2025-02-30"}"#,
        r#"{"places": [{"name": "深圳市", "span": [1, 2, 3]}]}"#,
        r#"{"agencies": [{"name": "x", "surface": "x", "span": [0, 1], "level": "national", "region": null, "parent": null}]}"#,
    ] {
        assert!(serde_json::from_str::<Document>(json).is_err(), "{json}");
    }
}

#[test]
fn records_without_floats_hash() {
    let doc = Extractor::new().extract("工信部印发《算力基础设施高质量发展行动计划》。");
    let mut agencies: HashSet<_> = doc.agencies.iter().cloned().collect();
    let first = doc.agencies[0].clone();
    assert!(
        !agencies.insert(first.clone()),
        "an equal record is already in"
    );
    let mut moved = first;
    moved.span = zhengce::Span::new(moved.span.start + 1, moved.span.end + 1);
    assert!(
        agencies.insert(moved),
        "a record elsewhere is another record"
    );
    let plans: HashSet<_> = doc.plans.iter().chain(&doc.plans).collect();
    assert_eq!(plans.len(), 1);
}

#[test]
fn a_chrono_date_is_a_reference_date() {
    let day = chrono::NaiveDate::from_ymd_opt(2024, 2, 29).expect("a leap day");
    let date = PartialDate::from(day);
    assert_eq!(date.to_string(), "2024-02-29");
    let text = "到明年底，全市数据中心机架规模达到10万架。";
    let from_chrono = Extractor::builder()
        .reference_date(day)
        .build()
        .expect("builds");
    let from_str = Extractor::builder()
        .reference_date("2024-02-29".parse::<PartialDate>().expect("valid"))
        .build()
        .expect("builds");
    let doc = from_chrono.extract(text);
    assert_eq!(
        doc.goals[0].deadline,
        Some(2025),
        "明年 resolved against the date"
    );
    assert_eq!(doc, from_str.extract(text));
}

#[test]
fn impossible_dates_say_they_do_not_exist() {
    for s in ["2025-02-30", "2023-02-29", "2025-13", "2025-04-31"] {
        let err = s.parse::<PartialDate>().expect_err(s).to_string();
        assert!(err.contains("does not exist"), "{s}: {err}");
        assert!(err.contains(s), "{s}: {err}");
    }
    let err = "2025/02/01"
        .parse::<PartialDate>()
        .expect_err("bad shape")
        .to_string();
    assert!(err.contains("YYYY-MM-DD"), "{err}");
}
