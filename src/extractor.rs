//! [`Extractor`]: built once, shared, run on many texts.

use std::collections::HashMap;
use std::sync::Arc;

use crate::lexicon::Lexicon;
use crate::lexicon::tsv as gazetteer;
use crate::passes::{self, Context, Draft, Pass, Schedule};
use crate::text::normalize::{Converter, Normalized};
use crate::text::window::windows;
use crate::{Document, Error, Kinds, PartialDate, Plan, Span, resolve};

/// The longest text read whole, in bytes (16 MiB): a longer one is read in
/// windows of at most this many bytes. Reading a window holds about three
/// times its size in layers (normalized copy, offset map, segments, hits)
/// besides the input and the records.
pub const WINDOW_BYTES: usize = 16 << 20;

/// Where a text read stands in the input.
#[derive(Debug, Clone, Copy)]
enum Window {
    /// The whole input, or the first window of a long one: read as a text
    /// of its own.
    Own,
    /// A later window, given the document's date read from the first.
    Later(Option<PartialDate>),
}

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
    ///
    /// A text of more than [`WINDOW_BYTES`] is read in windows of at most
    /// that many bytes, cut at blank lines where it has them, else at line
    /// breaks or sentence ends: a read's memory is then bounded by the
    /// window, not by the text. Each window is read as a text of its own,
    /// except that the document's date, and the reference for relative
    /// dates, are those of the first window, only the first has a headline,
    /// and a title named in several windows is listed once, with the
    /// issuers of every mention. Other links between records (a speaker
    /// named again without titles, a short name, a benefit stated twice and
    /// listed once, the province a bare `省政府` belongs to) stay inside a
    /// window.
    pub fn extract(&self, text: &str) -> Document {
        self.extract_in_windows(text, WINDOW_BYTES)
    }

    /// [`Extractor::extract`] with windows of at most `max` bytes.
    fn extract_in_windows(&self, text: &str, max: usize) -> Document {
        if text.len() <= max {
            return self.read(text, Window::Own);
        }
        let mut doc = Document::default();
        let mut plans = Plans::default();
        for (offset, window) in windows(text, max) {
            let place = if offset == 0 {
                Window::Own
            } else {
                Window::Later(doc.published)
            };
            let mut part = self.read(window, place);
            if offset == 0 {
                doc.published = part.published;
            }
            plans.merge(&mut doc.plans, &mut part.plans);
            Kinds::append(&mut doc, part, offset);
        }
        doc
    }

    /// Reads one text, or one window of a longer one.
    fn read(&self, text: &str, place: Window) -> Document {
        let inner = &*self.inner;
        let (normalized, segments) = Normalized::with_segments(text, &inner.converter);
        let hits = inner.lexicon.scan(normalized.text());
        let mut layout = inner.layout.read(normalized.text(), &segments);
        if let Window::Later(published) = place {
            layout.published = published;
            layout.headline = Span::default();
        }
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

/// The plans of a long text read in windows, listed once per title across
/// windows as a text lists them within itself.
#[derive(Default)]
struct Plans {
    /// Where each listed title stands in the document's plans.
    listed: HashMap<String, usize>,
}

impl Plans {
    /// Reads the plans of `part`, a window's, before they are appended to
    /// `plans`: one that names a listed title merges into the listed plan
    /// as a text merges a title named twice ([`passes::plans::say_more`]),
    /// taking also a short name or number the first mention lacked, and
    /// leaves `part`; the others stay, noted at the places
    /// [`Kinds::append`] gives them.
    fn merge(&mut self, plans: &mut [Plan], part: &mut Vec<Plan>) {
        part.retain(|later| {
            let Some(plan) = self
                .listed
                .get(&later.title)
                .and_then(|&i| plans.get_mut(i))
            else {
                return true;
            };
            passes::plans::say_more(
                plan,
                later.issuers.iter().cloned(),
                later.issued,
                later.period,
            );
            if plan.alias.is_none() {
                plan.alias.clone_from(&later.alias);
            }
            if plan.number.is_none() {
                plan.number.clone_from(&later.number);
            }
            false
        });
        for (i, plan) in part.iter().enumerate() {
            self.listed
                .entry(plan.title.clone())
                .or_insert(plans.len() + i);
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Six copies of each fixture, read whole and in windows of two and a
    /// half copies: the windows are cut at the blank lines between copies
    /// or inside one, and give the records of the whole read. Incentives and
    /// experts are the exceptions the docs name: a benefit stated again in
    /// a later window is listed again (a text lists it once), and a
    /// speaker's name does not reach into a later window.
    #[test]
    fn a_text_read_in_windows_gives_the_records_of_a_whole_read() {
        let extractor = Extractor::new();
        let mut fixtures = 0;
        for entry in std::fs::read_dir("tests/corpus").expect("the fixtures") {
            let path = entry.expect("a fixture").path();
            let one = std::fs::read_to_string(&path).expect("a UTF-8 fixture");
            let text = [one.trim(); 6].join("\n\n");
            let whole = extractor.extract(&text);
            let cut = extractor.extract_in_windows(&text, one.len() * 5 / 2);
            let name = path.display();
            for (list, span, surface) in cut.spans() {
                assert_eq!(
                    text.get(span.start..span.end),
                    Some(surface),
                    "{name}: {list}"
                );
            }
            assert_eq!(cut.published, whole.published, "{name}");
            assert_eq!(cut.plans, whole.plans, "{name}");
            assert_eq!(cut.agencies, whole.agencies, "{name}");
            assert_eq!(cut.places, whole.places, "{name}");
            assert_eq!(cut.target_years, whole.target_years, "{name}");
            assert_eq!(cut.goals, whole.goals, "{name}");
            assert_eq!(cut.numbers, whole.numbers, "{name}");
            let starts = |doc: &Document| {
                doc.incentives
                    .iter()
                    .map(|i| i.span.start)
                    .collect::<Vec<_>>()
            };
            let (cut_starts, whole_starts) = (starts(&cut), starts(&whole));
            assert!(
                whole_starts.iter().all(|s| cut_starts.contains(s)),
                "{name}"
            );
            fixtures += 1;
        }
        assert!(fixtures > 40, "{fixtures} fixtures");
    }

    /// A digest naming several regulations, three times over, cut so that
    /// windows start inside it: a short name (《条例》) in a later window
    /// stands for the regulation its own sentence defines, and the merge
    /// gives each listed plan only what was said about it.
    #[test]
    fn a_short_name_in_a_later_window_says_nothing_of_another_plan() {
        let extractor = Extractor::new();
        let digest = "杭州市人民政府印发《杭州市数据条例》。\n\n\
            2024年3月5日,商务部公布《杭州市家电管理条例》(以下简称《条例》)。\
            《条例》自公布之日起施行。\n\n\
            《杭州市算力条例》提出,加快建设算力设施。\n\n";
        let text = digest.repeat(3);
        let whole = extractor.extract(&text);
        for max in [200, 300, 400] {
            let cut = extractor.extract_in_windows(&text, max);
            assert_eq!(cut.plans, whole.plans, "windows of {max} bytes");
        }
        let issuers: Vec<(&str, &[String])> = whole
            .plans
            .iter()
            .map(|p| (p.title.as_str(), p.issuers.as_slice()))
            .collect();
        assert_eq!(
            issuers,
            [
                ("杭州市数据条例", &["杭州市人民政府".to_owned()][..]),
                ("杭州市家电管理条例", &["商务部".to_owned()][..]),
                ("杭州市算力条例", &[][..]),
            ]
        );
    }

    /// A later window resolves relative dates against the document's date,
    /// read at the top of the first, and has no headline of its own.
    #[test]
    fn later_windows_take_the_documents_date() {
        let extractor = Extractor::new();
        let head = "某市推进充电设施建设\n2024-03-05 09:30 来源：某市日报\n";
        let filler = "本市持续推进各项工作。\n".repeat(40);
        let text = format!("{head}{filler}\n今年底前建成充电站50个。\n");
        let cut = extractor.extract_in_windows(&text, text.len() / 2);
        assert_eq!(cut.published, "2024-03-05".parse().ok());
        let years: Vec<i32> = cut.target_years.iter().map(|t| t.year).collect();
        assert_eq!(years, [2024]);
        assert_eq!(cut.goals.len(), 1, "{cut}");
        assert_eq!(cut.goals[0].deadline, Some(2024));
        assert_eq!(
            cut.goals[0].span.start,
            text.find("50个").expect("the goal")
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        // Windows of any size, down to a few characters, cut titles,
        // numbers and speakers anywhere: every record still slices to its
        // surface, and the places stay in document order.
        #[test]
        fn windows_of_any_size_keep_every_span_on_its_surface(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "工信部等六部门联合印发《算力基础设施高质量发展行动计划(2024—2026年)》,",
                    "到2025年,全省智能算力规模突破100EFLOPS。", "\n", "\n\n",
                    "国家数据局局长刘烈宏表示,“数据要素市场加快建设”。",
                    "对首次认定的企业给予最高不超过300万元奖励;", "國辦發〔2018〕128號", "業(yè)",
                ]),
                1..40,
            ),
            max in 4usize..400,
        ) {
            let text = pieces.concat();
            let doc = Extractor::new().extract_in_windows(&text, max);
            for (list, span, surface) in doc.spans() {
                proptest::prop_assert_eq!(text.get(span.start..span.end), Some(surface), "{}", list);
            }
            let starts: Vec<usize> = doc.places.iter().map(|p| p.span.start).collect();
            proptest::prop_assert!(starts.is_sorted());
        }
    }
}
