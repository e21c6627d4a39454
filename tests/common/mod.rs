//! Helpers shared by the integration tests.

use zhengce::{Document, Span};

/// Every record of `doc` as (list name, span, surface), list by list, each
/// list in its own order.
pub(crate) fn records(doc: &Document) -> Vec<(&'static str, Span, &str)> {
    let mut all = Vec::new();
    all.extend(
        doc.plans
            .iter()
            .map(|r| ("plans", r.span, r.surface.as_str())),
    );
    all.extend(
        doc.agencies
            .iter()
            .map(|r| ("agencies", r.span, r.surface.as_str())),
    );
    all.extend(
        doc.places
            .iter()
            .map(|r| ("places", r.span, r.surface.as_str())),
    );
    all.extend(
        doc.target_years
            .iter()
            .map(|r| ("target_years", r.span, r.surface.as_str())),
    );
    all.extend(
        doc.goals
            .iter()
            .map(|r| ("goals", r.span, r.surface.as_str())),
    );
    all.extend(
        doc.experts
            .iter()
            .map(|r| ("experts", r.span, r.surface.as_str())),
    );
    all.extend(
        doc.numbers
            .iter()
            .map(|r| ("numbers", r.span, r.surface.as_str())),
    );
    all.extend(
        doc.incentives
            .iter()
            .map(|r| ("incentives", r.span, r.surface.as_str())),
    );
    all
}

/// Every record's span slices `text` to exactly its surface.
pub(crate) fn assert_spans_exact(text: &str, doc: &Document) {
    for (list, span, surface) in records(doc) {
        assert!(span.start <= span.end, "{list} {span:?}");
        assert_eq!(
            text.get(span.start..span.end),
            Some(surface),
            "{list} {span:?} in {text:?}"
        );
    }
}
