//! What every fuzz target checks of a document, and the structure-aware
//! document builder of the `document` target.

use std::sync::LazyLock;

use zhengce::Extractor;

pub mod builder;

/// Built once per fuzzing process: building per input would dominate.
pub static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

/// Extracts `text` and panics (a crash for libFuzzer) unless every span
/// slices `text` to its record's surface, every list is in document order,
/// and the document serializes to a JSON object.
pub fn check(text: &str) {
    let doc = EXTRACTOR.extract(text);
    let mut last: Option<(&str, usize)> = None;
    for (list, span, surface) in doc.spans() {
        assert!(span.start <= span.end, "{list}: {span:?} is reversed");
        assert_eq!(
            text.get(span.start..span.end),
            Some(surface),
            "{list}: {span:?} does not slice the input to the surface"
        );
        if let Some((previous, start)) = last
            && previous == list
        {
            assert!(
                start <= span.start,
                "{list}: {span:?} is out of document order"
            );
        }
        last = Some((list, span.start));
    }
    let json = serde_json::to_string(&doc).expect("a document always serializes");
    let value: serde_json::Value =
        serde_json::from_str(&json).expect("serde_json reads its own output");
    assert!(value.is_object(), "the document is a JSON object");
}
