//! [`Extractor`]: built once, shared, run on many texts.

use std::sync::Arc;

use crate::lexicon::Lexicon;
use crate::lexicon::tsv as gazetteer;
use crate::passes::{self, Context, Draft, Pass, Schedule};
use crate::text::normalize::{Converter, Normalized};
use crate::text::segment::Segments;
use crate::{Document, Error, Kinds, PartialDate, resolve};

/// Finds plans, agencies, places, target years, goals and experts in Chinese
/// policy texts.
///
/// Building one parses the embedded gazetteers and compiles every rule (about
/// 13 ms on two cores, 16 ms on one); extracting is then cheap. Build it once
/// and share it:
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
    reference: Option<PartialDate>,
}

/// What every clone shares: the tables, the rules and the schedule.
#[derive(Debug)]
struct Inner {
    converter: Converter,
    lexicon: Lexicon,
    kinds: Kinds,
    layout: crate::layout::Rules,
    /// Every pass, in no particular order.
    passes: Vec<Box<dyn Pass>>,
    /// The passes and links `kinds` needs, in order.
    schedule: Schedule,
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
        let segments = Segments::new(normalized.text());
        let hits = inner.lexicon.scan(normalized.text());
        let layout = inner.layout.read(normalized.text(), &segments);
        let cx = Context {
            text: normalized.text(),
            segments: &segments,
            reference: layout.published.or(self.reference),
            lexicon: &inner.lexicon,
            hits: &hits,
            layout: &layout,
        };
        let mut draft = Draft::default();
        draft.doc.published = layout.published;
        for pass in inner
            .schedule
            .passes
            .iter()
            .filter_map(|&i| inner.passes.get(i))
        {
            pass.run(&cx, &mut draft);
        }
        resolve::apply(&inner.schedule.links, &mut draft);
        // The hits and segments of a long text are larger than its records:
        // they go before the records gain their surfaces.
        drop((hits, segments, layout));
        let mut doc = draft.doc;
        inner.kinds.keep(&mut doc);
        Kinds::locate(text, &normalized, &mut doc);
        doc
    }

    /// The same extractor with another reference date for relative dates
    /// (今年, 5月31日) in texts that state no date of their own. Cheap: the
    /// tables and rules are shared, nothing is rebuilt.
    ///
    /// ```
    /// let extractor = zhengce::Extractor::new();
    /// let dated = extractor.with_reference_date("2024-03-01".parse()?);
    /// let doc = dated.extract("今年底前建成50个充电站。");
    /// assert_eq!(doc.target_years[0].year, 2024);
    /// # Ok::<(), zhengce::Error>(())
    /// ```
    pub fn with_reference_date(&self, date: PartialDate) -> Extractor {
        Extractor {
            inner: Arc::clone(&self.inner),
            reference: Some(date),
        }
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
    /// needs run too (plans need agencies and places, goals need target
    /// years and agencies), but only the requested kinds are returned, and
    /// they are the same records an extractor of every kind returns.
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
    ///
    /// The lexicon and the passes that read its tables are built on the
    /// calling thread while a second thread compiles the rules that need
    /// none: the two halves share nothing, and on two cores building takes
    /// about four fifths of the time. Where no thread can be started, the
    /// calling thread builds both.
    pub fn build(self) -> Result<Extractor, Error> {
        let kinds = self.kinds.unwrap_or(Kinds::ALL);
        let (reading, apart) = std::thread::scope(|scope| {
            let other = std::thread::Builder::new()
                .name("zhengce-build".into())
                .spawn_scoped(scope, Apart::new);
            let reading = Lexicon::new(&self.places, &self.agencies)
                .and_then(|lexicon| Ok((Reading::new(&lexicon)?, lexicon)));
            let apart = match other {
                Ok(handle) => handle
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
                Err(_) => Apart::new(),
            };
            (reading, apart)
        });
        let ((read, lexicon), apart) = (reading?, apart?);
        let passes: Vec<Box<dyn Pass>> = vec![
            Box::new(apart.places),
            Box::new(apart.agencies),
            Box::new(apart.plans),
            Box::new(read.years),
            Box::new(read.goals),
            Box::new(read.experts),
            Box::new(apart.numbers),
            Box::new(read.incentives),
        ];
        let schedule = Schedule::new(&passes, resolve::LINKS, kinds)?;
        let inner = Inner {
            converter: apart.converter,
            lexicon,
            kinds,
            layout: apart.layout,
            passes,
            schedule,
        };
        Ok(Extractor {
            inner: Arc::new(inner),
            reference: self.reference,
        })
    }
}

/// The rules that read no table of the lexicon: built apart from it.
struct Apart {
    places: passes::places::Rules,
    agencies: passes::agencies::Rules,
    plans: passes::plans::Rules,
    numbers: passes::numbers::Rules,
    layout: crate::layout::Rules,
    converter: Converter,
}

impl Apart {
    fn new() -> Result<Self, Error> {
        Ok(Apart {
            places: passes::places::Rules::new(),
            agencies: passes::agencies::Rules::new()?,
            plans: passes::plans::Rules::new()?,
            numbers: passes::numbers::Rules::new()?,
            layout: crate::layout::Rules::new()?,
            converter: Converter::new(gazetteer::T2S)?,
        })
    }
}

/// The passes that take tables of the lexicon.
struct Reading {
    years: passes::years::Rules,
    goals: passes::goals::Rules,
    experts: passes::experts::Rules,
    incentives: passes::incentives::Rules,
}

impl Reading {
    fn new(lexicon: &Lexicon) -> Result<Self, Error> {
        Ok(Reading {
            years: passes::years::Rules::new(lexicon)?,
            goals: passes::goals::Rules::new(lexicon)?,
            experts: passes::experts::Rules::new(lexicon)?,
            incentives: passes::incentives::Rules::new(lexicon)?,
        })
    }
}
