//! The records of one document that issuing clauses read, indexed once.

use super::clause::outermost;
use crate::layout::Signature;
use crate::{Agency, Place, Span};

/// The longest agency mention, in bytes (a place chain, a suffix and 中共).
const MAX_AGENCY_BYTES: usize = 120;

/// What one document offers every issuing clause, built once per run: its
/// agencies and places sorted by start, and its signature block.
pub(super) struct Records<'d> {
    pub(super) agencies: Vec<&'d Agency>,
    pub(super) places: Vec<&'d Place>,
    pub(super) signature: Option<Signature>,
    /// Where the first non-empty line ends: a title on it may be the
    /// document's own (`国务院办公厅关于印发《…》的通知`).
    pub(super) headline_end: usize,
}

impl<'d> Records<'d> {
    /// Agencies lying wholly inside `span`, outermost only, in text order.
    pub(super) fn agencies(&self, span: Span) -> Vec<&'d Agency> {
        let from = self.agencies.partition_point(|a| a.span.start < span.start);
        let inside = self
            .agencies
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|a| a.span.start < span.end)
            .filter(|a| span.contains(a.span))
            .copied()
            .collect();
        outermost(inside)
    }

    /// The outermost agency ending exactly at byte `end`.
    pub(super) fn ending_at(&self, end: usize) -> Option<&'d Agency> {
        // Agencies are sorted by start; the longest name is at most a few
        // dozen bytes, so the ones ending at `end` start shortly before it.
        let from = self
            .agencies
            .partition_point(|a| a.span.start + MAX_AGENCY_BYTES < end);
        self.agencies
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(|a| a.span.start < end)
            .find(|a| a.span.end == end)
            .copied()
    }

    /// Places lying wholly inside `span`, in text order.
    pub(super) fn places(&self, span: Span) -> impl Iterator<Item = &'d Place> + '_ {
        let from = self.places.partition_point(|p| p.span.start < span.start);
        self.places
            .get(from..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |p| p.span.start < span.end)
            .filter(move |p| span.contains(p.span))
            .copied()
    }
}
