//! The record kinds, declared once.
//!
//! [`records!`] lists every kind of record a [`Document`] holds: its flag in
//! [`Kinds`], its list in the document and its record type. From that one
//! list come [`Kinds`] and its constants, the mapping of every record's span
//! back to the input, the filtering of a document to the kinds asked for,
//! and the readable one-line-per-record form of a document (its `Display`),
//! which the snapshot tests print. A new kind is one line here, its record
//! type in `document.rs` and its pass in `passes/`.

use std::fmt;

use crate::text::normalize::Normalized;
use crate::{Agency, Document, Expert, Goal, Incentive, Number, Place, Plan, Span, TargetYear};

/// What every record type offers the pipeline.
pub(crate) trait Record: fmt::Display {
    /// Where the record stands (normalized coordinates while passes run,
    /// input coordinates after [`Kinds::locate`]).
    fn span(&self) -> Span;
    /// Sets the span in the input and the surface it covers.
    fn locate(&mut self, span: Span, surface: &str);
    /// Moves the span `by` bytes on: from a window's coordinates to its
    /// text's.
    fn shift(&mut self, by: usize);
}

macro_rules! records {
    ($( $(#[$doc:meta])* $flag:ident => $list:ident : $ty:ty, )*) => {
        /// A set of record kinds, combined with `|`.
        ///
        /// ```
        /// use zhengce::Kinds;
        /// let kinds = Kinds::PLANS | Kinds::AGENCIES;
        /// assert!(kinds.contains(Kinds::PLANS));
        /// assert_eq!(kinds.names().collect::<Vec<_>>(), ["plans", "agencies"]);
        /// assert_eq!("goals".parse::<Kinds>().ok(), Some(Kinds::GOALS));
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub struct Kinds(u16);

        records!(@consts 0u32; $( $(#[$doc])* $flag )*);

        impl Kinds {
            /// No records: normalization only.
            pub const NONE: Kinds = Kinds(0);
            /// Every kind.
            pub const ALL: Kinds = Kinds(0 $( | Kinds::$flag.0 )*);
            /// Every kind, one at a time, in the order of [`Document`]'s lists.
            pub const EACH: &'static [Kinds] = &[$( Kinds::$flag ),*];

            /// The name of each kind in the set, as the JSON lists are named
            /// (`plans`, `target_years`, …).
            pub fn names(self) -> impl Iterator<Item = &'static str> {
                [$( (Kinds::$flag, stringify!($list)) ),*]
                    .into_iter()
                    .filter(move |(k, _)| self.contains(*k))
                    .map(|(_, name)| name)
            }

            /// Maps every record's span from normalized to input
            /// coordinates, fills `surface`, and puts each list in document
            /// order.
            pub(crate) fn locate(input: &str, normalized: &Normalized, doc: &mut Document) {
                $( locate_list(input, normalized, &mut doc.$list); )*
            }

            /// Appends every record of `part`, read from a window that starts
            /// `offset` bytes into the input, to `doc`, in input coordinates.
            pub(crate) fn append(doc: &mut Document, part: Document, offset: usize) {
                $(
                    doc.$list.extend(part.$list.into_iter().map(|mut record| {
                        record.shift(offset);
                        record
                    }));
                )*
            }

            /// Empties the lists of kinds outside `self`.
            pub(crate) fn keep(self, doc: &mut Document) {
                $( if !self.contains(Kinds::$flag) { doc.$list.clear(); } )*
            }
        }

        impl std::str::FromStr for Kinds {
            type Err = crate::Error;

            /// A kind by its list name (`goals`, `target_years`), or `all`.
            fn from_str(s: &str) -> Result<Kinds, crate::Error> {
                match s {
                    "all" => Ok(Kinds::ALL),
                    $( stringify!($list) => Ok(Kinds::$flag), )*
                    _ => Err(crate::Error::kind(s, Kinds::ALL.names())),
                }
            }
        }

        impl Document {
            /// Every record as (list name, span, surface), list by list,
            /// each list in its own order: what a caller checks spans with
            /// (`&text[span.start..span.end] == surface`).
            pub fn spans(&self) -> Vec<(&'static str, Span, &str)> {
                let mut all = Vec::new();
                $(
                    all.extend(
                        self.$list
                            .iter()
                            .map(|r| (stringify!($list), r.span, r.surface.as_str())),
                    );
                )*
                all
            }
        }

        impl fmt::Display for Document {
            /// One line per record, list by list: `[start, end] surface ⇒
            /// normalized fields`.
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self.published {
                    Some(date) => writeln!(f, "published: {date}")?,
                    None => writeln!(f, "published: -")?,
                }
                $(
                    writeln!(f, "{}:", stringify!($list))?;
                    for record in &self.$list {
                        writeln!(f, "  {record}")?;
                    }
                )*
                Ok(())
            }
        }

        $(
            impl Record for $ty {
                fn span(&self) -> Span {
                    self.span
                }
                fn locate(&mut self, span: Span, surface: &str) {
                    self.span = span;
                    surface.clone_into(&mut self.surface);
                }
                fn shift(&mut self, by: usize) {
                    self.span = Span::new(self.span.start + by, self.span.end + by);
                }
            }
        )*
    };
    (@consts $bit:expr; $(#[$doc:meta])* $flag:ident $($rest:tt)*) => {
        impl Kinds {
            $(#[$doc])*
            pub const $flag: Kinds = Kinds(1 << $bit);
        }
        records!(@consts $bit + 1; $($rest)*);
    };
    (@consts $bit:expr;) => {};
}

records! {
    /// [`Plan`] records.
    PLANS => plans: Plan,
    /// [`Agency`] records.
    AGENCIES => agencies: Agency,
    /// [`Place`] records.
    PLACES => places: Place,
    /// [`TargetYear`] records.
    TARGET_YEARS => target_years: TargetYear,
    /// [`Goal`] records.
    GOALS => goals: Goal,
    /// [`Expert`] records.
    EXPERTS => experts: Expert,
    /// [`Number`] records.
    NUMBERS => numbers: Number,
    /// [`Incentive`] records.
    INCENTIVES => incentives: Incentive,
}

impl Kinds {
    /// Whether every kind in `other` is in `self`.
    pub const fn contains(self, other: Kinds) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether `self` and `other` share a kind.
    pub const fn intersects(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    /// Both sets, in a const context (links are declared in a const table).
    pub(crate) const fn or(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    /// Whether the set is empty.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl std::ops::BitOr for Kinds {
    type Output = Kinds;

    fn bitor(self, rhs: Kinds) -> Kinds {
        Kinds(self.0 | rhs.0)
    }
}

impl std::ops::BitOrAssign for Kinds {
    fn bitor_assign(&mut self, rhs: Kinds) {
        self.0 |= rhs.0;
    }
}

/// Maps one list's spans back to the input. A record whose span does not
/// map onto character boundaries would be a bug in a pass; it is dropped
/// rather than allowed to panic, and debug builds assert.
fn locate_list<T: Record>(input: &str, normalized: &Normalized, records: &mut Vec<T>) {
    let mut near = 0;
    records.retain_mut(|record| {
        let mapped = normalized.to_original_near(record.span(), &mut near);
        match input.get(mapped.start..mapped.end) {
            Some(slice) => {
                record.locate(mapped, slice);
                true
            }
            None => {
                debug_assert!(
                    false,
                    "span {:?} maps off character boundaries",
                    record.span()
                );
                false
            }
        }
    });
    // Passes mostly write in document order: the check is one read of the
    // list, where a stable sort first allocates half the list as scratch.
    let key = |record: &T| {
        let span = record.span();
        (span.start, span.end)
    };
    if !records.is_sorted_by_key(key) {
        records.sort_by_key(key);
    }
}

/// `-` for a missing value in the readable form.
struct Opt<'a, T>(&'a Option<T>);

impl<T: fmt::Display> fmt::Display for Opt<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(v) => v.fmt(f),
            None => f.write_str("-"),
        }
    }
}

/// A span as `[start, end]`.
struct At(Span);

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "[{}, {}]", self.0.start, self.0.end)
    }
}

impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let period = self.period.map(|[a, b]| format!("{a}-{b}"));
        write!(
            f,
            "{} {} ⇒ {} | kind {} | period {} | issuers {:?} | issued {} | alias {} | region {} | number {}",
            At(self.span),
            self.surface,
            self.title,
            Opt(&self.kind),
            Opt(&period),
            self.issuers,
            Opt(&self.issued),
            Opt(&self.alias),
            Opt(&self.region),
            Opt(&self.number),
        )
    }
}

impl fmt::Display for Agency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ⇒ {} | {} | region {} | parent {}",
            At(self.span),
            self.surface,
            self.name,
            self.level.as_str(),
            Opt(&self.region),
            Opt(&self.parent),
        )
    }
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ⇒ {} | {} | {} | {}{}",
            At(self.span),
            self.surface,
            self.name(),
            self.level.as_str(),
            self.code(),
            self.province(),
            if self.former { " | former" } else { "" },
        )
    }
}

impl fmt::Display for TargetYear {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ⇒ {} {}",
            At(self.span),
            self.surface,
            self.year,
            self.role.as_str()
        )
    }
}

/// A value and its optional range end: `3` or `3~5 `.
fn amount(value: f64, max: Option<f64>) -> String {
    match max {
        Some(m) => format!("{value} ~{m} "),
        None => format!("{value} "),
    }
}

impl fmt::Display for Goal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let base = self
            .base
            .as_ref()
            .map(|b| format!("{:e} {}", b.value, b.unit));
        write!(
            f,
            "{} {} ⇒ {} {}{} | base {} | subject {} | deadline {}",
            At(self.span),
            self.surface,
            self.comparator.as_str(),
            amount(self.value, self.max),
            self.unit,
            Opt(&base),
            Opt(&self.subject),
            Opt(&self.deadline),
        )
    }
}

impl fmt::Display for Expert {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ⇒ {} | titles {:?} | affiliation {} | outlet {} | verb {} | quote {}",
            At(self.span),
            self.surface,
            self.name,
            self.titles,
            Opt(&self.affiliation),
            Opt(&self.outlet),
            Opt(&self.verb),
            Opt(&self.quote),
        )
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {} ⇒ {} | prefix {} | year {} | seq {} | issuer {} | plan {}",
            At(self.span),
            self.surface,
            self.number,
            self.prefix,
            self.year,
            Opt(&self.seq),
            Opt(&self.issuer),
            Opt(&self.plan),
        )
    }
}

impl fmt::Display for Incentive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let base = self
            .base
            .as_ref()
            .map(|b| format!("{:e} {}", b.value, b.unit));
        write!(
            f,
            "{} {} ⇒ {} {}{} | base {} | cap {} | condition {}",
            At(self.span),
            self.surface,
            self.kind.as_str(),
            amount(self.value, self.max),
            self.unit,
            Opt(&base),
            self.cap,
            Opt(&self.condition),
        )
    }
}
