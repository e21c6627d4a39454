//! The result of one extraction: [`Document`] and its record types.
//!
//! Field names and meanings follow the crate's output contract: every record
//! carries `surface` (the exact input slice) and `span` (byte offsets into the
//! input); names are normalized (simplified script, no spaces, half-width
//! ASCII, no pinyin glosses).

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;

use serde::de::{Deserializer, Error as _};
use serde::ser::{SerializeStruct, SerializeTuple, Serializer};
use serde::{Deserialize, Serialize};

use crate::Error;

/// Byte offsets `[start, end)` into the original input.
///
/// `&input[span.start..span.end]` is always the record's `surface`. It
/// serializes as a two-element array `[start, end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies wholly inside `self`.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(range: std::ops::Range<usize>) -> Self {
        Span::new(range.start, range.end)
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut tuple = serializer.serialize_tuple(2)?;
        tuple.serialize_element(&self.start)?;
        tuple.serialize_element(&self.end)?;
        tuple.end()
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (start, end) = <(usize, usize)>::deserialize(deserializer)?;
        Ok(Span::new(start, end))
    }
}

/// A calendar date known to the year, the month or the day.
///
/// Serializes as an ISO-8601 prefix: `"2025"`, `"2025-05"`, `"2025-05-31"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PartialDate {
    /// The year, e.g. 2025.
    pub year: i32,
    /// The month 1–12, when known.
    pub month: Option<u8>,
    /// The day 1–31, when known (only with a month).
    pub day: Option<u8>,
}

impl PartialDate {
    /// A date known to the year.
    pub const fn year(year: i32) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }

    /// A date known to the month; `None` when `month` is not 1–12.
    pub fn month(year: i32, month: u32) -> Option<Self> {
        let month = u8::try_from(month).ok().filter(|m| (1..=12).contains(m))?;
        Some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A date known to the day; `None` when the day does not exist.
    pub fn day(year: i32, month: u32, day: u32) -> Option<Self> {
        let date = Self::month(year, month)?;
        let last = days_in_month(year, month);
        let day = u8::try_from(day).ok().filter(|d| (1..=last).contains(d))?;
        Some(PartialDate {
            day: Some(day),
            ..date
        })
    }
}

fn days_in_month(year: i32, month: u32) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = Error;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Error> {
        let mut parts = s.split('-');
        let number = |part: Option<&str>, digits: usize| -> Result<Option<u32>, Error> {
            match part {
                None => Ok(None),
                Some(p) if p.len() == digits && p.bytes().all(|b| b.is_ascii_digit()) => {
                    p.parse().map(Some).map_err(|_| Error::date(s))
                }
                Some(_) => Err(Error::date(s)),
            }
        };
        let year = number(parts.next(), 4)?.ok_or_else(|| Error::date(s))?;
        let month = number(parts.next(), 2)?;
        let day = number(parts.next(), 2)?;
        if parts.next().is_some() {
            return Err(Error::date(s));
        }
        let year = i32::try_from(year).map_err(|_| Error::date(s))?;
        match (month, day) {
            (None, _) => Ok(PartialDate::year(year)),
            (Some(m), None) => PartialDate::month(year, m).ok_or_else(|| Error::no_such_date(s)),
            (Some(m), Some(d)) => {
                PartialDate::day(year, m, d).ok_or_else(|| Error::no_such_date(s))
            }
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        s.parse().map_err(D::Error::custom)
    }
}

impl From<chrono::NaiveDate> for PartialDate {
    /// A date known to the day.
    fn from(date: chrono::NaiveDate) -> Self {
        use chrono::Datelike;
        PartialDate {
            year: date.year(),
            month: u8::try_from(date.month()).ok(),
            day: u8::try_from(date.day()).ok(),
        }
    }
}

/// Everything found in one text.
///
/// Every list is in document order (by span start).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Document {
    /// The caller's name for the text (file stem, line number); `None` unless set.
    pub id: Option<String>,
    /// The document's own date when the text states it.
    pub published: Option<PartialDate>,
    /// Policy documents named in 《》.
    pub plans: Vec<Plan>,
    /// Government and Party bodies.
    pub agencies: Vec<Agency>,
    /// PRC administrative divisions.
    pub places: Vec<Place>,
    /// Years that are targets: deadlines, plan periods, plan years.
    pub target_years: Vec<TargetYear>,
    /// Quantified targets.
    pub goals: Vec<Goal>,
    /// People whose words the text reports.
    pub experts: Vec<Expert>,
    /// Document numbers (发文字号) the text names.
    pub numbers: Vec<Number>,
    /// Benefits a policy grants (rewards, subsidies, relief).
    pub incentives: Vec<Incentive>,
}

/// A policy document named in 《》 (book-title marks).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Plan {
    /// The title inside 《》, normalized.
    pub title: String,
    /// The input slice, marks included.
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
    /// The genre at the title's tail (行动方案, 规划, 通知, …).
    pub kind: Option<String>,
    /// First and last year the plan covers.
    pub period: Option<[i32; 2]>,
    /// Canonical names of the bodies that issued it.
    pub issuers: Vec<String>,
    /// When it was issued, as precisely as the text says.
    pub issued: Option<PartialDate>,
    /// Short name defined by 以下简称.
    pub alias: Option<String>,
    /// Canonical name of the place it governs; `None` for national plans.
    pub region: Option<String>,
    /// Its document number (国发〔2019〕4号), normalized, when the text ties one to it.
    pub number: Option<String>,
}

/// Administrative level of a government or Party body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgencyLevel {
    /// A central body (国务院, 工业和信息化部, …).
    Central,
    /// A body of a province, autonomous region or municipality.
    Provincial,
    /// A body of a prefecture-level unit.
    Prefectural,
    /// A body of a county-level unit.
    County,
}

impl AgencyLevel {
    /// The contract's name: `central`, `provincial`, `prefectural`, `county`.
    pub const fn as_str(self) -> &'static str {
        match self {
            AgencyLevel::Central => "central",
            AgencyLevel::Provincial => "provincial",
            AgencyLevel::Prefectural => "prefectural",
            AgencyLevel::County => "county",
        }
    }
}

/// A mention of a government or Party body.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Agency {
    /// Canonical full name (工业和信息化部, 上海市发展和改革委员会).
    pub name: String,
    /// The input slice.
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
    /// Administrative level.
    pub level: AgencyLevel,
    /// Canonical place name for local bodies.
    pub region: Option<String>,
    /// For an internal department (国家数据局综合司), its parent body.
    pub parent: Option<String>,
}

/// Level of an administrative division.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceLevel {
    /// Province, autonomous region, municipality or SAR.
    Province,
    /// Prefecture-level city, prefecture, autonomous prefecture or league.
    Prefecture,
    /// District, county-level city, county or banner.
    County,
}

impl PlaceLevel {
    /// The contract's name: `province`, `prefecture`, `county`.
    pub const fn as_str(self) -> &'static str {
        match self {
            PlaceLevel::Province => "province",
            PlaceLevel::Prefecture => "prefecture",
            PlaceLevel::County => "county",
        }
    }
}

/// A mention of a PRC administrative division.
///
/// The gazetteer's names for the division (`name`, `code`, `province`) are
/// shared by every mention of it, so a record is 56 bytes plus its surface
/// and a list of half a million places copies no name. They serialize as
/// the contract's fields, in the contract's order.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(from = "PlaceFields")]
#[non_exhaustive]
pub struct Place {
    /// The input slice (深圳).
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
    /// Administrative level.
    pub level: PlaceLevel,
    /// Written under a former name (襄樊 for 襄阳市): the record is the
    /// successor's. Serialized only when true.
    pub former: bool,
    names: Arc<PlaceNames>,
}

/// The gazetteer's names for one division. Embedded rows borrow the
/// embedded table's text; a row added with
/// [`Builder::places`](crate::Builder::places) is owned.
#[derive(Debug, PartialEq, Eq, Hash)]
pub(crate) struct PlaceNames {
    pub(crate) name: Cow<'static, str>,
    pub(crate) code: Cow<'static, str>,
    pub(crate) province: Cow<'static, str>,
}

impl Place {
    /// A mention at `span` (its surface is filled in when spans are mapped
    /// back to the input).
    pub(crate) fn new(
        names: Arc<PlaceNames>,
        span: Span,
        level: PlaceLevel,
        former: bool,
    ) -> Place {
        Place {
            surface: String::new(),
            span,
            level,
            former,
            names,
        }
    }

    /// Canonical full name (深圳市).
    pub fn name(&self) -> &str {
        &self.names.name
    }

    /// GB/T 2260 code (440300).
    pub fn code(&self) -> &str {
        &self.names.code
    }

    /// Canonical name of its province (itself for a province).
    pub fn province(&self) -> &str {
        &self.names.province
    }

    /// Whether the names borrow the embedded gazetteer (no user row).
    #[cfg(test)]
    pub(crate) fn names_are_embedded(&self) -> bool {
        let PlaceNames {
            name,
            code,
            province,
        } = &*self.names;
        [name, code, province]
            .iter()
            .all(|c| matches!(c, Cow::Borrowed(_)))
    }

    /// Whether `self` and `other` hold the same names, not equal copies.
    #[cfg(test)]
    pub(crate) fn shares_names_with(&self, other: &Place) -> bool {
        Arc::ptr_eq(&self.names, &other.names)
    }
}

impl Serialize for Place {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut record = serializer.serialize_struct("Place", 6 + usize::from(self.former))?;
        record.serialize_field("name", self.name())?;
        record.serialize_field("surface", &self.surface)?;
        record.serialize_field("span", &self.span)?;
        record.serialize_field("level", &self.level)?;
        record.serialize_field("code", self.code())?;
        record.serialize_field("province", self.province())?;
        if self.former {
            record.serialize_field("former", &true)?;
        } else {
            record.skip_field("former")?;
        }
        record.end()
    }
}

/// A place as the contract writes it, read back into a [`Place`].
#[derive(Deserialize)]
struct PlaceFields {
    name: String,
    surface: String,
    span: Span,
    level: PlaceLevel,
    code: String,
    province: String,
    #[serde(default)]
    former: bool,
}

impl From<PlaceFields> for Place {
    fn from(fields: PlaceFields) -> Place {
        let names = PlaceNames {
            name: fields.name.into(),
            code: fields.code.into(),
            province: fields.province.into(),
        };
        Place {
            surface: fields.surface,
            span: fields.span,
            level: fields.level,
            former: fields.former,
            names: Arc::new(names),
        }
    }
}

/// Why a year counts as a target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum YearRole {
    /// A deadline: 到2025年, 2030年前, 十四五末.
    Deadline,
    /// An end of a plan period: (2023—2025年), 十四五.
    Period,
    /// The year a plan is named for: 2025年行动方案.
    Plan,
}

impl YearRole {
    /// The contract's name: `deadline`, `period`, `plan`.
    pub const fn as_str(self) -> &'static str {
        match self {
            YearRole::Deadline => "deadline",
            YearRole::Period => "period",
            YearRole::Plan => "plan",
        }
    }
}

/// A year that is a target.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TargetYear {
    /// The year.
    pub year: i32,
    /// Why it counts.
    pub role: YearRole,
    /// The input slice naming the year.
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
}

/// How a goal's value relates to the outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Comparator {
    /// More than (超过, 突破, 以上).
    Gt,
    /// At least (不低于, 不少于, 至少).
    Ge,
    /// Exactly, or no comparator stated.
    Eq,
    /// About (左右, 约, 近).
    Approx,
    /// At most (不超过, 以内).
    Le,
    /// Less than (低于, 不足).
    Lt,
    /// Between `value` and `max`.
    Range,
}

impl Comparator {
    /// The contract's name: `gt`, `ge`, `eq`, `approx`, `le`, `lt`, `range`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Comparator::Gt => "gt",
            Comparator::Ge => "ge",
            Comparator::Eq => "eq",
            Comparator::Approx => "approx",
            Comparator::Le => "le",
            Comparator::Lt => "lt",
            Comparator::Range => "range",
        }
    }
}

/// A value in base units (CNY, USD, FLOPS, B, W, Wh, t, m, m2, %, pp, count).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Base {
    /// The value in `unit`.
    pub value: f64,
    /// The base unit.
    pub unit: String,
}

/// A quantified target.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Goal {
    /// What is measured (智能算力规模), when the text says.
    pub subject: Option<String>,
    /// How the value relates to the outcome.
    pub comparator: Comparator,
    /// The number as written, in `unit`; a range's low end.
    pub value: f64,
    /// A range's high end.
    pub max: Option<f64>,
    /// The unit as written, normalized (亿元, %, EFLOPS, 个).
    pub unit: String,
    /// The low end in base units, when the unit converts.
    pub base: Option<Base>,
    /// The target year the goal is due.
    pub deadline: Option<i32>,
    /// The input slice.
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
}

/// A person whose words the text reports.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Expert {
    /// The name as written (normalized script).
    pub name: String,
    /// The title chain before the name, split at 、.
    pub titles: Vec<String>,
    /// The organization they speak for.
    pub affiliation: Option<String>,
    /// The outlet they spoke to (对《证券日报》记者表示 → 证券日报).
    pub outlet: Option<String>,
    /// The speech verb (表示, 认为, 说, …).
    pub verb: Option<String>,
    /// The reported words.
    pub quote: Option<String>,
    /// The input slice: titles and name.
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
}

/// A document number (发文字号) such as 国发〔2019〕4号.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Number {
    /// Normalized: simplified script, half-width digits, the year in 〔〕.
    pub number: String,
    /// The issuer's code before the year (国发, 粤府办).
    pub prefix: String,
    /// The year in the brackets.
    pub year: i32,
    /// The serial number; `None` when the text gives none.
    pub seq: Option<u32>,
    /// Canonical name of the body the code stands for, when certain.
    pub issuer: Option<String>,
    /// Title of the plan this number identifies, when the text ties them.
    pub plan: Option<String>,
    /// The input slice.
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
}

/// What kind of benefit an [`Incentive`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum IncentiveKind {
    /// A reward (奖励).
    Reward,
    /// A subsidy or grant (补贴, 补助, 奖补).
    Subsidy,
    /// An interest discount (贴息).
    Interest,
    /// Rent relief or a rent subsidy (租金, 房租).
    Rent,
    /// Fee relief (费用减免).
    Fee,
    /// A tax refund or relief (税收返还, 减免).
    Tax,
    /// A loan, guarantee or credit line (贷款, 担保, 授信).
    Loan,
    /// Any other benefit.
    Other,
}

impl IncentiveKind {
    /// The contract's name: `reward`, `subsidy`, `interest`, `rent`, `fee`,
    /// `tax`, `loan`, `other`.
    pub const fn as_str(self) -> &'static str {
        match self {
            IncentiveKind::Reward => "reward",
            IncentiveKind::Subsidy => "subsidy",
            IncentiveKind::Interest => "interest",
            IncentiveKind::Rent => "rent",
            IncentiveKind::Fee => "fee",
            IncentiveKind::Tax => "tax",
            IncentiveKind::Loan => "loan",
            IncentiveKind::Other => "other",
        }
    }
}

/// A benefit a policy grants, with its amount or rate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Incentive {
    /// What kind of benefit.
    pub kind: IncentiveKind,
    /// The amount or rate as written, in `unit`; a range's low end.
    pub value: f64,
    /// A range's high end.
    pub max: Option<f64>,
    /// The unit as written, normalized (万元, %, 元/平方米).
    pub unit: String,
    /// The low end in base units, when the unit converts.
    pub base: Option<Base>,
    /// Whether the amount is a ceiling (最高, 不超过, 封顶).
    pub cap: bool,
    /// What earns the benefit, normalized, as written.
    pub condition: Option<String>,
    /// The input slice.
    pub surface: String,
    /// Where `surface` stands in the input.
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip() {
        for s in ["2025", "2025-05", "2024-02-29"] {
            assert_eq!(s.parse::<PartialDate>().expect(s).to_string(), s);
        }
    }

    #[test]
    fn bad_dates_are_errors() {
        for s in [
            "",
            "25",
            "2025-13",
            "2023-02-29",
            "2025-5",
            "2025-05-01-01",
            "x025",
        ] {
            assert!(s.parse::<PartialDate>().is_err(), "{s}");
        }
    }

    #[test]
    fn span_relations() {
        let outer = Span::new(0, 10);
        assert!(outer.contains(Span::new(2, 10)));
        assert!(!outer.contains(Span::new(2, 11)));
        assert!(outer.overlaps(Span::new(9, 12)));
        assert!(!outer.overlaps(Span::new(10, 12)));
    }
}
