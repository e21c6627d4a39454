//! `docs/CONTRACT.md` describes exactly what the crate writes, and names
//! every field of the project's evaluation contract in `../shared`.

use std::collections::BTreeSet;
use std::path::Path;

use serde_json::Value;
use zhengce::Document;

/// Fields the crate writes beyond the evaluation contract, as `list.field`.
const EXTRAS: &[&str] = &["plans.number", "agencies.parent", "target_years.surface"];

/// The JSON example of a contract document: its ```jsonc block with the
/// `//` comments (those outside strings) removed.
fn example(markdown: &str) -> Value {
    let block = markdown
        .split("```jsonc")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("a ```jsonc block");
    let mut json = String::new();
    for line in block.lines() {
        let mut in_string = false;
        let mut prev = ' ';
        let mut end = line.len();
        for (i, c) in line.char_indices() {
            if c == '"' && prev != '\\' {
                in_string = !in_string;
            }
            if !in_string && c == '/' && prev == '/' {
                end = i - 1;
                break;
            }
            prev = c;
        }
        json.push_str(&line[..end]);
        json.push('\n');
    }
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("the example is JSON: {e}\n{json}"))
}

/// Every field name as `list.field` (and `list.base.value`), plus the top level.
fn fields(doc: &Value) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (key, value) in doc.as_object().expect("an object") {
        names.insert(key.clone());
        let Some(record) = value.as_array().and_then(|list| list.first()) else {
            continue;
        };
        for (field, inner) in record.as_object().expect("a record") {
            names.insert(format!("{key}.{field}"));
            for sub in inner.as_object().into_iter().flat_map(|o| o.keys()) {
                names.insert(format!("{key}.{field}.{sub}"));
            }
        }
    }
    names
}

fn ours() -> Value {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/CONTRACT.md");
    example(&std::fs::read_to_string(path).expect("docs/CONTRACT.md"))
}

#[test]
fn the_example_is_exactly_what_the_crate_writes() {
    let written = ours();
    let doc: Document = serde_json::from_value(written.clone()).expect("a Document");
    let back = serde_json::to_value(&doc).expect("serializes");
    assert_eq!(back, written, "docs/CONTRACT.md and the Document disagree");
    for list in [
        "plans",
        "agencies",
        "places",
        "target_years",
        "goals",
        "experts",
        "numbers",
        "incentives",
    ] {
        assert_eq!(
            written[list].as_array().map(Vec::len),
            Some(1),
            "{list} has one example"
        );
    }
}

#[test]
fn the_example_names_every_field_of_the_shared_contract() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/CONTRACT.md");
    let Ok(markdown) = std::fs::read_to_string(&shared) else {
        eprintln!("skipped: {} is absent", shared.display());
        return;
    };
    let theirs = fields(&example(&markdown));
    let ours = fields(&ours());
    let missing: Vec<_> = theirs.difference(&ours).collect();
    assert!(missing.is_empty(), "docs/CONTRACT.md lacks {missing:?}");
    let extra: BTreeSet<&str> = ours.difference(&theirs).map(String::as_str).collect();
    assert_eq!(
        extra,
        EXTRAS.iter().copied().collect(),
        "fields beyond the shared contract"
    );
}
