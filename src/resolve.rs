//! Links and retractions between records of different kinds, in one place.
//!
//! Passes never change another pass's records. What one kind of record says
//! about another is applied here, after every pass has run, by [`Link`]s
//! that declare what they read and write, so that the schedule can pull in
//! what a requested kind depends on.
//!
//! - places inside names: a personal name the experts pass read
//!   (首席经济学家花长春认为) names no place, so a place record lying
//!   wholly inside it (长春) goes.

use crate::Kinds;
use crate::passes::Draft;

/// One link between record kinds.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Link {
    /// The kinds it reads.
    pub(crate) reads: Kinds,
    /// The kinds whose records it changes or retracts.
    pub(crate) writes: Kinds,
    apply: fn(&mut Draft),
}

/// Every link, in the order they apply.
pub(crate) const LINKS: &[Link] = &[
    // Places inside personal names.
    Link {
        reads: Kinds::EXPERTS,
        writes: Kinds::PLACES,
        apply: places_in_names,
    },
];

/// Applies the links at `indices` of [`LINKS`], in order.
pub(crate) fn apply(indices: &[usize], draft: &mut Draft) {
    for link in indices.iter().filter_map(|&i| LINKS.get(i)) {
        (link.apply)(draft);
    }
}

/// Place records lying wholly inside a personal name go.
fn places_in_names(draft: &mut Draft) {
    let names = &mut draft.names;
    if names.is_empty() {
        return;
    }
    names.sort();
    draft.doc.places.retain(|p| {
        // Names never overlap, so only the last one starting at or before
        // the place can hold it.
        let i = names.partition_point(|n| n.start <= p.span.start);
        i.checked_sub(1)
            .and_then(|i| names.get(i))
            .is_none_or(|n| p.span.end > n.end)
    });
}
