//! One readable snapshot per fixture in `tests/corpus/`: the document's
//! `Display`, a line per record, `[start, end] surface ⇒ normalized value`.

use zhengce::{Extractor, PartialDate};

#[test]
fn corpus_snapshots() {
    // Fixtures without a stated date resolve relative dates against this one.
    let reference: PartialDate = "2025-06-30".parse().expect("valid date");
    let extractor = Extractor::builder()
        .reference_date(reference)
        .build()
        .expect("builds");
    insta::glob!("corpus/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let doc = extractor.extract(&text);
        insta::assert_snapshot!(doc.to_string());
    });
}
