//! The passes: one module per record kind. Each builds its rules once and
//! adds its records to a [`Draft`] for every text.
//!
//! A pass declares the record kinds it reads from earlier passes and the
//! kinds it writes ([`Pass::reads`], [`Pass::writes`]); [`Schedule`] derives
//! from those declarations which passes a set of requested kinds needs and
//! in which order they run. No pass calls another: what one needs of
//! another's work it reads from the draft, and every link or retraction
//! between records of different kinds happens afterwards, in
//! [`crate::resolve`], whose links declare their reads and writes too.
//!
//! While passes run, every span is in normalized-text coordinates and
//! `surface` is empty; the extractor maps spans back to the input and fills
//! `surface` once resolution is done.

use std::fmt;

use crate::layout::Layout;
use crate::lexicon::{Hits, Lexicon};
use crate::resolve::Link;
use crate::text::segment::Segments;
use crate::{Document, Error, Kinds, PartialDate, Span};

pub(crate) mod agencies;
pub(crate) mod amounts;
pub(crate) mod experts;
pub(crate) mod goals;
pub(crate) mod incentives;
pub(crate) mod numbers;
pub(crate) mod places;
pub(crate) mod plans;
pub(crate) mod time;
pub(crate) mod years;

/// What every pass reads besides the records found so far.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Context<'a> {
    /// The normalized text (see [`crate::text::normalize`]).
    pub(crate) text: &'a str,
    /// Its marks and numerals.
    pub(crate) segments: &'a Segments,
    /// Its layout: the document's date, its signature block.
    pub(crate) layout: &'a Layout,
    /// The date relative expressions (今年, 5月31日) resolve against: the
    /// document's own date when found, else the builder's reference date.
    pub(crate) reference: Option<PartialDate>,
    /// Every table and its typed rows.
    pub(crate) lexicon: &'a Lexicon,
    /// The lexicon's occurrences in `text`.
    pub(crate) hits: &'a Hits,
}

/// The records found so far, and what passes leave for [`crate::resolve`].
#[derive(Debug, Default)]
pub(crate) struct Draft {
    /// The records, in normalized coordinates.
    pub(crate) doc: Document,
    /// Where the experts pass read a personal name: no place lies inside one.
    pub(crate) names: Vec<Span>,
    /// Where the incentives pass read a benefit (its condition and its
    /// amount): no goal lies inside one.
    pub(crate) benefits: Vec<Span>,
    /// Plan titles the text ties to records of other kinds (a document
    /// number after its plan's title), for the links to check.
    pub(crate) ties: Vec<Tie>,
    /// Where the plans pass read a title, short name or alias repeating a
    /// plan it listed (`《方案》` after `《某某监测方案》`), and that plan's
    /// index in `doc.plans`, in text order: what a record tied to the
    /// repeat refers to.
    pub(crate) repeats: Vec<(Span, usize)>,
}

/// The plan titles the text ties to the record at `span`, best first: a
/// link keeps the first that names a plan found.
#[derive(Debug, Clone)]
pub(crate) struct Tie {
    /// The record's span (normalized coordinates).
    pub(crate) span: Span,
    /// The titles, as the plans pass writes them.
    pub(crate) titles: Vec<String>,
}

/// Adds a pass's records to their list in the draft: moved in whole when
/// the list is empty, as it is for the pass that alone writes the kind, so
/// that a long text's records are never held twice.
pub(crate) fn add<T>(list: &mut Vec<T>, mut found: Vec<T>) {
    if list.is_empty() {
        *list = found;
    } else {
        list.append(&mut found);
    }
}

/// One pass of the pipeline.
pub(crate) trait Pass:
    fmt::Debug + Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe
{
    /// The pass's name, for error messages.
    fn name(&self) -> &'static str;
    /// The record kinds it reads from other passes.
    fn reads(&self) -> Kinds;
    /// The record kinds it writes.
    fn writes(&self) -> Kinds;
    /// Adds its records to `draft`.
    fn run(&self, cx: &Context<'_>, draft: &mut Draft);
}

/// Which passes and links run for a set of requested kinds, in order.
#[derive(Debug, Clone)]
pub(crate) struct Schedule {
    /// Indices of the passes to run, each after every pass it reads from.
    pub(crate) passes: Vec<usize>,
    /// Indices of the links to apply, in their declared order.
    pub(crate) links: Vec<usize>,
}

impl Schedule {
    /// The passes and links `wanted` needs: those writing a wanted kind,
    /// then, until nothing changes, those writing a kind that a chosen one
    /// reads. A link that retracts records of a wanted kind (places inside
    /// names) pulls in the passes it reads, so that the records of a kind
    /// are the same whatever else is asked for.
    pub(crate) fn new(
        passes: &[Box<dyn Pass>],
        links: &[Link],
        wanted: Kinds,
    ) -> Result<Self, Error> {
        let mut needed = wanted;
        loop {
            let mut grown = needed;
            for pass in passes.iter().filter(|p| p.writes().intersects(needed)) {
                grown |= pass.reads();
            }
            for link in links.iter().filter(|l| l.writes.intersects(needed)) {
                grown |= link.reads;
            }
            if grown == needed {
                break;
            }
            needed = grown;
        }
        let chosen: Vec<usize> = (0..passes.len())
            .filter(|&i| passes.get(i).is_some_and(|p| p.writes().intersects(needed)))
            .collect();
        // Order: a pass runs once every chosen pass writing what it reads
        // has run.
        let mut order: Vec<usize> = Vec::with_capacity(chosen.len());
        let mut written = Kinds::NONE;
        while order.len() < chosen.len() {
            let ready = chosen.iter().copied().find(|i| {
                !order.contains(i)
                    && passes.get(*i).is_some_and(|p| {
                        let pending = chosen
                            .iter()
                            .filter(|j| !order.contains(j) && *j != i)
                            .filter_map(|j| passes.get(*j))
                            .any(|other| other.writes().intersects(p.reads()));
                        !pending
                    })
            });
            let Some(next) = ready else {
                let names: Vec<&str> = chosen
                    .iter()
                    .filter(|i| !order.contains(i))
                    .filter_map(|i| passes.get(*i).map(|p| p.name()))
                    .collect();
                return Err(Error::schedule(&names));
            };
            if let Some(p) = passes.get(next) {
                written |= p.writes();
            }
            order.push(next);
        }
        let links = (0..links.len())
            .filter(|&i| {
                links
                    .get(i)
                    .is_some_and(|l| l.writes.intersects(needed) && written.contains(l.reads))
            })
            .collect();
        Ok(Schedule {
            passes: order,
            links,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::add;

    #[test]
    fn records_move_into_an_empty_list_and_append_to_others() {
        let found = vec![1, 2, 3];
        let buffer = found.as_ptr();
        let mut list = Vec::new();
        add(&mut list, found);
        // Moved, not copied: the list holds the pass's own buffer.
        assert_eq!(list.as_ptr(), buffer);
        add(&mut list, vec![4]);
        assert_eq!(list, [1, 2, 3, 4]);
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! What the passes' unit tests share: one lexicon for the whole run.

    use std::sync::LazyLock;

    use super::Context;
    use crate::layout::Layout;
    use crate::lexicon::{Hits, Lexicon};
    use crate::text::segment::Segments;
    use crate::{Extractor, PartialDate};

    /// The embedded lexicon, built once for every unit test.
    pub(crate) static LEXICON: LazyLock<Lexicon> =
        LazyLock::new(|| Lexicon::new(&[], &[]).expect("the embedded tables build"));

    /// What a pass reads of one normalized text, for tests that run a pass
    /// alone.
    pub(crate) struct Prepared<'t> {
        text: &'t str,
        segments: Segments,
        hits: Hits,
        layout: Layout,
    }

    impl<'t> Prepared<'t> {
        /// Segments, lexicon hits and layout of the normalized `text`.
        pub(crate) fn new(text: &'t str) -> Self {
            static LAYOUT: LazyLock<crate::layout::Rules> =
                LazyLock::new(|| crate::layout::Rules::new().expect("layout rules build"));
            let segments = Segments::new(text);
            let layout = LAYOUT.read(text, &segments);
            Prepared {
                text,
                hits: LEXICON.scan(text),
                segments,
                layout,
            }
        }

        /// The context a pass runs in.
        pub(crate) fn context(&self, reference: Option<PartialDate>) -> Context<'_> {
            Context {
                text: self.text,
                segments: &self.segments,
                layout: &self.layout,
                reference,
                lexicon: &LEXICON,
                hits: &self.hits,
            }
        }
    }

    /// The embedded extractor, built once, with the given reference date:
    /// building one per table row would dominate a debug test run.
    pub(crate) fn extractor(reference: Option<&str>) -> Extractor {
        static BUILT: LazyLock<Extractor> = LazyLock::new(Extractor::new);
        match reference {
            Some(r) => BUILT.with_reference_date(r.parse::<PartialDate>().expect("test date")),
            None => BUILT.clone(),
        }
    }
}
