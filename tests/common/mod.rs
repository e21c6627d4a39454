//! Helpers shared by the integration tests.

use zhengce::Document;

/// Every record's span slices `text` to exactly its surface.
pub(crate) fn assert_spans_exact(text: &str, doc: &Document) {
    for (list, span, surface) in doc.spans() {
        assert!(span.start <= span.end, "{list} {span:?}");
        assert_eq!(
            text.get(span.start..span.end),
            Some(surface),
            "{list} {span:?} in {text:?}"
        );
    }
}
