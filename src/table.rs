//! Tidy tables: one row per record, one column per field.
//!
//! A [`Document`] nests records in lists and some fields in small objects;
//! an analyst's table wants flat rows. [`Table`] names one record kind and
//! gives its columns and, for a document, its rows. The command-line tool's
//! CSV and the Python package's `table()` both read this one definition, so
//! they always agree.
//!
//! Flattening rules, the same for every kind:
//! - the first column is `id`, the document's id;
//! - `span` becomes `span_start` and `span_end`;
//! - `base` becomes `base_value` and `base_unit`; a plan's `period` becomes
//!   `period_start` and `period_end`;
//! - lists of names (`issuers`, `titles`) are joined with `;`;
//! - enums are their contract names (`gt`, `central`, `deadline`);
//! - a missing value is [`Cell::Null`].
//!
//! ```
//! use zhengce::table::{Cell, Table};
//! let mut doc = zhengce::extract("到2025年，全市智能算力规模突破100EFLOPS。");
//! doc.id = Some("t1".into());
//! let columns = Table::Goals.columns();
//! let row = &Table::Goals.rows(&doc)[0];
//! assert_eq!(columns[0].name, "id");
//! assert_eq!(row[0], Cell::Str("t1".into()));
//! let unit = columns.iter().position(|c| c.name == "unit").expect("a unit column");
//! assert_eq!(row[unit], Cell::Str("EFLOPS".into()));
//! ```

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::{
    Agency, Base, Document, Expert, Goal, Incentive, Number, Place, Plan, Span, TargetYear,
};

/// One record kind, as a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Table {
    /// [`Plan`] records.
    Plans,
    /// [`Agency`] records.
    Agencies,
    /// [`Place`] records.
    Places,
    /// [`TargetYear`] records.
    TargetYears,
    /// [`Goal`] records.
    Goals,
    /// [`Expert`] records.
    Experts,
    /// [`Number`] records.
    Numbers,
    /// [`Incentive`] records.
    Incentives,
}

/// The type of a column's values (other than [`Cell::Null`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ColumnType {
    /// Text.
    Str,
    /// A whole number: years, byte offsets, serial numbers.
    Int,
    /// A number as written in the text: values, ranges' high ends.
    Float,
    /// True or false.
    Bool,
}

impl ColumnType {
    /// `str`, `int`, `float` or `bool`.
    pub const fn as_str(self) -> &'static str {
        match self {
            ColumnType::Str => "str",
            ColumnType::Int => "int",
            ColumnType::Float => "float",
            ColumnType::Bool => "bool",
        }
    }
}

/// A column: its name and the type of its values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Column {
    /// The column's name (`id`, `subject`, `span_start`, …).
    pub name: &'static str,
    /// The type of its values.
    pub ty: ColumnType,
}

/// One value of a row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell<'a> {
    /// No value (JSON `null`).
    Null,
    /// Text, borrowed from the document where it can be.
    Str(Cow<'a, str>),
    /// A whole number.
    Int(i64),
    /// A number as written.
    Float(f64),
    /// True or false.
    Bool(bool),
}

impl fmt::Display for Cell<'_> {
    /// The value as CSV writes it: nothing for [`Cell::Null`], `true`/`false`
    /// for booleans, the shortest exact decimal for floats.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cell::Null => Ok(()),
            Cell::Str(s) => f.write_str(s),
            Cell::Int(n) => write!(f, "{n}"),
            Cell::Float(x) => write!(f, "{x}"),
            Cell::Bool(b) => write!(f, "{b}"),
        }
    }
}

const fn col(name: &'static str, ty: ColumnType) -> Column {
    Column { name, ty }
}

use ColumnType::{Bool, Float, Int, Str};

/// A kind's columns: `id`, the kind's own fields, then `surface`,
/// `span_start` and `span_end`.
macro_rules! columns {
    ($($name:literal: $ty:expr),* $(,)?) => {
        &[
            col("id", Str),
            $(col($name, $ty),)*
            col("surface", Str),
            col("span_start", Int),
            col("span_end", Int),
        ]
    };
}

const PLANS: &[Column] = columns!(
    "title": Str, "kind": Str, "period_start": Int, "period_end": Int, "issuers": Str,
    "issued": Str, "alias": Str, "region": Str, "number": Str,
);
const AGENCIES: &[Column] = columns!("name": Str, "level": Str, "region": Str, "parent": Str);
const PLACES: &[Column] =
    columns!("name": Str, "level": Str, "code": Str, "province": Str, "former": Bool);
const TARGET_YEARS: &[Column] = columns!("year": Int, "role": Str);
const GOALS: &[Column] = columns!(
    "subject": Str, "comparator": Str, "value": Float, "max": Float, "unit": Str,
    "base_value": Float, "base_unit": Str, "deadline": Int,
);
const EXPERTS: &[Column] = columns!(
    "name": Str, "titles": Str, "affiliation": Str, "outlet": Str, "verb": Str, "quote": Str,
);
const NUMBERS: &[Column] = columns!(
    "number": Str, "prefix": Str, "year": Int, "seq": Int, "issuer": Str, "plan": Str,
);
const INCENTIVES: &[Column] = columns!(
    "kind": Str, "value": Float, "max": Float, "unit": Str, "base_value": Float,
    "base_unit": Str, "cap": Bool, "condition": Str,
);

impl Table {
    /// Every table, in the order of the [`Document`]'s lists.
    pub const ALL: [Table; 8] = [
        Table::Plans,
        Table::Agencies,
        Table::Places,
        Table::TargetYears,
        Table::Goals,
        Table::Experts,
        Table::Numbers,
        Table::Incentives,
    ];

    /// The name of the [`Document`] list it flattens: `plans`, `agencies`,
    /// `places`, `target_years`, `goals`, `experts`, `numbers`, `incentives`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Table::Plans => "plans",
            Table::Agencies => "agencies",
            Table::Places => "places",
            Table::TargetYears => "target_years",
            Table::Goals => "goals",
            Table::Experts => "experts",
            Table::Numbers => "numbers",
            Table::Incentives => "incentives",
        }
    }

    /// The columns, `id` first.
    pub const fn columns(self) -> &'static [Column] {
        match self {
            Table::Plans => PLANS,
            Table::Agencies => AGENCIES,
            Table::Places => PLACES,
            Table::TargetYears => TARGET_YEARS,
            Table::Goals => GOALS,
            Table::Experts => EXPERTS,
            Table::Numbers => NUMBERS,
            Table::Incentives => INCENTIVES,
        }
    }

    /// One row per record of this kind in `doc`, in document order; each row
    /// has one cell per column.
    pub fn rows<'a>(self, doc: &'a Document) -> Vec<Vec<Cell<'a>>> {
        let id = opt_str(doc.id.as_deref());
        match self {
            Table::Plans => flatten(&doc.plans, plan),
            Table::Agencies => flatten(&doc.agencies, agency),
            Table::Places => flatten(&doc.places, place),
            Table::TargetYears => flatten(&doc.target_years, target_year),
            Table::Goals => flatten(&doc.goals, goal),
            Table::Experts => flatten(&doc.experts, expert),
            Table::Numbers => flatten(&doc.numbers, number),
            Table::Incentives => flatten(&doc.incentives, incentive),
        }
        .into_iter()
        .map(|mut row| {
            row[0] = id.clone();
            row
        })
        .collect()
    }
}

impl fmt::Display for Table {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The name given to [`Table::from_str`] is none of the tables.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "no table named {0:?}: choose one of plans, agencies, places, target_years, goals, experts, numbers, incentives"
)]
pub struct UnknownTable(String);

impl FromStr for Table {
    type Err = UnknownTable;

    /// Parses a name given by [`Table::as_str`].
    fn from_str(s: &str) -> Result<Self, UnknownTable> {
        Table::ALL
            .into_iter()
            .find(|t| t.as_str() == s)
            .ok_or_else(|| UnknownTable(s.to_owned()))
    }
}

/// Rows of `records`, each starting with a placeholder for `id` (filled by
/// the caller), then the kind's own cells, then surface and span.
fn flatten<'a, T>(
    records: &'a [T],
    cells: fn(&'a T, &mut Vec<Cell<'a>>) -> (&'a str, Span),
) -> Vec<Vec<Cell<'a>>> {
    records
        .iter()
        .map(|record| {
            let mut row = vec![Cell::Null];
            let (surface, span) = cells(record, &mut row);
            row.push(str(surface));
            row.push(int(span.start));
            row.push(int(span.end));
            row
        })
        .collect()
}

fn str(s: &str) -> Cell<'_> {
    Cell::Str(Cow::Borrowed(s))
}

fn opt_str(s: Option<&str>) -> Cell<'_> {
    s.map_or(Cell::Null, str)
}

fn int(n: impl TryInto<i64>) -> Cell<'static> {
    n.try_into().map_or(Cell::Null, Cell::Int)
}

fn opt_int(n: Option<impl TryInto<i64>>) -> Cell<'static> {
    n.map_or(Cell::Null, int)
}

fn opt_float(x: Option<f64>) -> Cell<'static> {
    x.map_or(Cell::Null, Cell::Float)
}

fn joined(list: &[String]) -> Cell<'_> {
    match list {
        [] => Cell::Null,
        [one] => str(one),
        many => Cell::Str(Cow::Owned(many.join(";"))),
    }
}

fn base<'a>(base: Option<&'a Base>, row: &mut Vec<Cell<'a>>) {
    row.push(opt_float(base.map(|b| b.value)));
    row.push(opt_str(base.map(|b| b.unit.as_str())));
}

fn plan<'a>(p: &'a Plan, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([
        str(&p.title),
        opt_str(p.kind.as_deref()),
        opt_int(p.period.map(|[start, _]| start)),
        opt_int(p.period.map(|[_, end]| end)),
        joined(&p.issuers),
        p.issued
            .map_or(Cell::Null, |d| Cell::Str(Cow::Owned(d.to_string()))),
        opt_str(p.alias.as_deref()),
        opt_str(p.region.as_deref()),
        opt_str(p.number.as_deref()),
    ]);
    (&p.surface, p.span)
}

fn agency<'a>(a: &'a Agency, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([
        str(&a.name),
        str(a.level.as_str()),
        opt_str(a.region.as_deref()),
        opt_str(a.parent.as_deref()),
    ]);
    (&a.surface, a.span)
}

fn place<'a>(p: &'a Place, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([
        str(p.name()),
        str(p.level.as_str()),
        str(p.code()),
        str(p.province()),
        Cell::Bool(p.former),
    ]);
    (&p.surface, p.span)
}

fn target_year<'a>(y: &'a TargetYear, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([int(y.year), str(y.role.as_str())]);
    (&y.surface, y.span)
}

fn goal<'a>(g: &'a Goal, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([
        opt_str(g.subject.as_deref()),
        str(g.comparator.as_str()),
        Cell::Float(g.value),
        opt_float(g.max),
        str(&g.unit),
    ]);
    base(g.base.as_ref(), row);
    row.push(opt_int(g.deadline));
    (&g.surface, g.span)
}

fn expert<'a>(e: &'a Expert, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([
        str(&e.name),
        joined(&e.titles),
        opt_str(e.affiliation.as_deref()),
        opt_str(e.outlet.as_deref()),
        opt_str(e.verb.as_deref()),
        opt_str(e.quote.as_deref()),
    ]);
    (&e.surface, e.span)
}

fn number<'a>(n: &'a Number, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([
        str(&n.number),
        str(&n.prefix),
        int(n.year),
        opt_int(n.seq),
        opt_str(n.issuer.as_deref()),
        opt_str(n.plan.as_deref()),
    ]);
    (&n.surface, n.span)
}

fn incentive<'a>(i: &'a Incentive, row: &mut Vec<Cell<'a>>) -> (&'a str, Span) {
    row.extend([
        str(i.kind.as_str()),
        Cell::Float(i.value),
        opt_float(i.max),
        str(&i.unit),
    ]);
    base(i.base.as_ref(), row);
    row.extend([Cell::Bool(i.cap), opt_str(i.condition.as_deref())]);
    (&i.surface, i.span)
}

#[cfg(test)]
mod tests;
