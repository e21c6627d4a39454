//! [`Extractor`]: built once, shared, run on many texts.

use std::sync::Arc;

use crate::gazetteer;
use crate::normalize::{Converter, Normalized};
use crate::rules::{self, Context};
use crate::{Agency, Document, Error, Expert, Goal, PartialDate, Place, Plan, Span, TargetYear};

/// Finds plans, agencies, places, target years, goals and experts in Chinese
/// policy texts.
///
/// Building one parses the embedded gazetteers and compiles every rule (about
/// 17 ms); extracting is then cheap. Build it once and share it:
/// it is `Send + Sync`, and `Clone` only bumps a reference count.
///
/// ```
/// let extractor = zhengce::Extractor::new();
/// let doc = extractor.extract("工信部印发《关于推进制造业数字化转型的实施意见》。");
/// assert_eq!(doc.agencies[0].name, "工业和信息化部");
/// ```
#[derive(Debug, Clone)]
pub struct Extractor {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    converter: Converter,
    reference: Option<PartialDate>,
    kinds: Kinds,
    places: rules::places::Rules,
    agencies: rules::agencies::Rules,
    dates: rules::dates::Rules,
    plans: rules::plans::Rules,
    years: rules::years::Rules,
    goals: rules::goals::Rules,
    experts: rules::experts::Rules,
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

impl Extractor {
    /// An extractor on the embedded gazetteers, with no reference date.
    pub fn new() -> Self {
        Builder::default()
            .build()
            .expect("the embedded gazetteers parse: tests/gazetteers.rs checks every row")
    }

    /// A builder for a reference date or extra gazetteer rows.
    pub fn builder() -> Builder {
        Builder::default()
    }

    /// Extracts every record from `text`. Never fails, never panics.
    pub fn extract(&self, text: &str) -> Document {
        let inner = &*self.inner;
        let normalized = Normalized::new(text, &inner.converter);
        let mut doc = Document::default();
        let mut cx = Context {
            text: normalized.text(),
            reference: inner.reference,
        };
        let run = inner.kinds.with_prerequisites();
        if run.contains(Kinds::PLACES) {
            inner.places.run(&cx, &mut doc);
        }
        if run.contains(Kinds::AGENCIES) {
            inner.agencies.run(&cx, &mut doc);
        }
        doc.published = inner.dates.published(&cx);
        cx.reference = doc.published.or(inner.reference);
        if run.contains(Kinds::PLANS) {
            inner.plans.run(&cx, &mut doc);
        }
        if run.contains(Kinds::TARGET_YEARS) {
            inner.years.run(&cx, &mut doc);
        }
        if run.contains(Kinds::GOALS) {
            inner.goals.run(&cx, &mut doc);
        }
        if run.contains(Kinds::EXPERTS) {
            inner.experts.run(&cx, &mut doc);
        }
        finish(text, &normalized, &mut doc);
        doc
    }

    /// The simplified-script form of `s`, character for character, as used
    /// for every name in a [`Document`].
    pub fn simplify(&self, s: &str) -> String {
        self.inner.converter.simplify_str(s)
    }
}

/// Builds an [`Extractor`] with a reference date or extra gazetteer rows.
///
/// ```
/// let extractor = zhengce::Extractor::builder()
///     .reference_date("2023-06-08".parse::<zhengce::PartialDate>()?)
///     .build()?;
/// # Ok::<(), zhengce::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Builder {
    reference: Option<PartialDate>,
    kinds: Option<Kinds>,
    places: Vec<String>,
    agencies: Vec<String>,
}

impl Builder {
    /// The date relative expressions (今年, 明年, 5月31日) resolve against when
    /// the text does not state its own date. Extraction never reads the clock.
    ///
    /// Takes a [`PartialDate`] or a `chrono::NaiveDate`:
    ///
    /// ```
    /// let date = chrono::NaiveDate::from_ymd_opt(2023, 6, 8).expect("a real day");
    /// let extractor = zhengce::Extractor::builder().reference_date(date).build()?;
    /// # Ok::<(), zhengce::Error>(())
    /// ```
    pub fn reference_date(mut self, date: impl Into<PartialDate>) -> Self {
        self.reference = Some(date.into());
        self
    }

    /// Which record kinds to extract (default: all). The passes a kind
    /// needs run too, and their records are kept: plans need agencies and
    /// places, goals need target years, experts need agencies.
    ///
    /// ```
    /// use zhengce::{Extractor, Kinds};
    /// let places_only = Extractor::builder().kinds(Kinds::PLACES).build()?;
    /// assert!(places_only.extract("工信部印发通知").agencies.is_empty());
    /// # Ok::<(), zhengce::Error>(())
    /// ```
    pub fn kinds(mut self, kinds: Kinds) -> Self {
        self.kinds = Some(kinds);
        self
    }

    /// Extra place rows in the format of `gazetteers/places.tsv`, without its
    /// header; they take precedence over embedded rows with the same name.
    pub fn places(mut self, rows: &str) -> Self {
        self.places.push(rows.to_owned());
        self
    }

    /// Extra central-agency rows in the format of `gazetteers/agencies.tsv`,
    /// without its header.
    pub fn agencies(mut self, rows: &str) -> Self {
        self.agencies.push(rows.to_owned());
        self
    }

    /// Parses the gazetteers and compiles the rules.
    pub fn build(self) -> Result<Extractor, Error> {
        let inner = Inner {
            converter: Converter::new(gazetteer::T2S)?,
            reference: self.reference,
            kinds: self.kinds.unwrap_or(Kinds::ALL),
            places: rules::places::Rules::new(&self.places)?,
            agencies: rules::agencies::Rules::new(&self.agencies)?,
            dates: rules::dates::Rules::new()?,
            plans: rules::plans::Rules::new()?,
            years: rules::years::Rules::new()?,
            goals: rules::goals::Rules::new()?,
            experts: rules::experts::Rules::new()?,
        };
        Ok(Extractor {
            inner: Arc::new(inner),
        })
    }
}

/// A set of record kinds, combined with `|`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Kinds(u8);

impl Kinds {
    /// No records: normalization only.
    pub const NONE: Kinds = Kinds(0);
    /// [`Place`] records.
    pub const PLACES: Kinds = Kinds(1);
    /// [`Agency`] records.
    pub const AGENCIES: Kinds = Kinds(1 << 1);
    /// [`Plan`] records.
    pub const PLANS: Kinds = Kinds(1 << 2);
    /// [`TargetYear`] records.
    pub const TARGET_YEARS: Kinds = Kinds(1 << 3);
    /// [`Goal`] records.
    pub const GOALS: Kinds = Kinds(1 << 4);
    /// [`Expert`] records.
    pub const EXPERTS: Kinds = Kinds(1 << 5);
    /// Every kind.
    pub const ALL: Kinds = Kinds((1 << 6) - 1);

    /// Whether every kind in `other` is in `self`.
    pub const fn contains(self, other: Kinds) -> bool {
        self.0 & other.0 == other.0
    }

    /// `self` plus the kinds its passes read.
    const fn with_prerequisites(self) -> Kinds {
        let mut k = self.0;
        if k & (Self::PLANS.0 | Self::EXPERTS.0) != 0 {
            k |= Self::AGENCIES.0;
        }
        if k & Self::AGENCIES.0 != 0 {
            k |= Self::PLACES.0;
        }
        if k & Self::GOALS.0 != 0 {
            k |= Self::TARGET_YEARS.0;
        }
        Kinds(k)
    }
}

impl std::ops::BitOr for Kinds {
    type Output = Kinds;

    fn bitor(self, rhs: Kinds) -> Kinds {
        Kinds(self.0 | rhs.0)
    }
}

/// What [`finish`] needs of every record type.
trait Located {
    fn span(&self) -> Span;
    fn locate(&mut self, span: Span, surface: &str);
}

macro_rules! located {
    ($($ty:ty),*) => {$(
        impl Located for $ty {
            fn span(&self) -> Span {
                self.span
            }
            fn locate(&mut self, span: Span, surface: &str) {
                self.span = span;
                surface.clone_into(&mut self.surface);
            }
        }
    )*};
}

located!(Plan, Agency, Place, TargetYear, Goal, Expert);

/// Maps every span back to the input, fills `surface`, and puts each list in
/// document order. A record whose span does not map onto character
/// boundaries would be a bug in a pass; it is dropped rather than allowed to
/// panic, and debug builds assert.
fn finish(input: &str, normalized: &Normalized, doc: &mut Document) {
    fn fix<T: Located>(input: &str, normalized: &Normalized, records: &mut Vec<T>) {
        records.retain_mut(|record| {
            let mapped = normalized.to_original(record.span());
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
        records.sort_by_key(|record| {
            let span = record.span();
            (span.start, span.end)
        });
    }
    fix(input, normalized, &mut doc.plans);
    fix(input, normalized, &mut doc.agencies);
    fix(input, normalized, &mut doc.places);
    fix(input, normalized, &mut doc.target_years);
    fix(input, normalized, &mut doc.goals);
    fix(input, normalized, &mut doc.experts);
}
