//! Date expressions in short windows: `2025年5月31日`, `2025年5月`,
//! `2025-05-31`, `二〇二五年五月三十一日`, `今年3月`, `去年`, `5月31日` (the
//! year of a date written before it nearby, else the reference year),
//! `同日` and `同年9月` (the date or year written before it), and
//! `近日`/`日前`/`近期` as vague (no date).

use crate::pattern::Regex;

use crate::PartialDate;
use crate::pattern::compile_hot;
use crate::text::numeral;

fn number(caps: &crate::pattern::Captures<'_>, name: &str) -> Option<u32> {
    small_number(caps.name(name)?.as_str())
}

/// How far back a bare date later than the reference may be read as
/// falling in the year before.
const MAX_MONTHS_BACK: u32 = 6;

/// One date expression found by [`Parser::find`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Where it stands in the searched window.
    pub(crate) start: usize,
    /// One past its last byte in the window.
    pub(crate) end: usize,
    /// What it says.
    pub(crate) value: DateValue,
    /// Whether it writes its year (2025年5月31日, 2025-05-31).
    pub(crate) with_year: bool,
}

/// What a date expression says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DateValue {
    /// A date, as precise as written.
    Date(PartialDate),
    /// A date whose year needs a reference the caller does not have.
    Unresolved,
    /// 近日, 日前, 近期: a recent time with no date.
    Vague,
    /// A span of years (2023—2025年): not an event date.
    Range,
    /// A year after 到/至/截至 or before 年底前: a deadline, not an event date.
    Deadline,
}

/// Finds date expressions in short windows of normalized text.
#[derive(Debug, Clone)]
pub(crate) struct Parser {
    expr: Regex,
}

impl Parser {
    pub(crate) fn new() -> Self {
        Parser {
            expr: compile_hot(&format!(
                r"(?x)
                # ranges first, so 2023—2025年 is not read as the year 2025
                (?P<range>{YEAR}年?[\ ]*(?:[-—–~至到]|——)[\ ]*{YEAR}年)
                # a year after 到/截至 is a deadline or a cut-off, not an event
                | (?P<deadline>(?:到|至|截至|截止|力争){YEAR}年(?:{MONTH}月)?)
                | (?P<vague>近日|日前|近期|前不久|不久前|日内|此前|近来)
                | (?P<rel>今年|去年|明年|前年)
                  (?:(?P<rm>{MONTH})月(?:(?P<rd>{DAY})[日号])?)?
                # Arabic or Chinese numerals (二〇二四年五月三十一日, as official
                # documents sign)
                | (?P<y>{YEAR})年
                  (?:(?P<m>{MONTH})月(?:(?P<d>{DAY})[日号])?)?
                | (?P<iy>(?:19|20)[0-9]{{2}})[-/.](?P<im>[0-9]{{2}})[-/.](?P<id>[0-9]{{2}})
                # the date just named: 同日, 当天; its year: 同年9月
                | (?P<same>同日|同一天|当日|当天)
                | (?P<same_year>同年)(?P<sm>{MONTH})月(?:(?P<sd>{DAY})[日号])?
                # a bare month or day of month takes the reference year
                | (?P<bm>{MONTH})月(?:(?P<bd>{DAY})[日号])?
                "
            )),
        }
    }

    /// Every date expression in `window`, in order. `reference` resolves
    /// 今年 and bare 5月31日; a bare date later than the reference is taken
    /// to be in the year before when that is at most [`MAX_MONTHS_BACK`]
    /// months back, since news reports past events. `previous` gives the
    /// last date written with its year before the window: it is called
    /// only when a date of the window refers to it (同日, 同年9月, a bare
    /// 5月31日 before any date with its year), as most windows need none.
    pub(crate) fn find<'a>(
        &'a self,
        window: &'a str,
        reference: Option<PartialDate>,
        previous: impl FnOnce() -> Option<PartialDate> + 'a,
    ) -> impl Iterator<Item = Found> + 'a {
        // The last date written with its year: 同日 and 同年9月 refer to
        // it, and a bare 5月31日 takes its year.
        let mut previous = Some(previous);
        let mut last = None;
        self.expr.captures_iter(window).filter_map(move |caps| {
            let whole = caps.get(0)?;
            let refers = ["same", "same_year", "bm"]
                .iter()
                .any(|g| caps.name(g).is_some());
            if refers && let Some(previous) = previous.take() {
                last = previous();
            }
            let value = Self::value(&caps, reference, last)?;
            let with_year = caps.name("y").is_some() || caps.name("iy").is_some();
            if let DateValue::Date(date) = value
                && with_year
            {
                // The window's own date: nothing before it is read now.
                previous = None;
                last = Some(date);
            }
            Some(Found {
                start: whole.start(),
                end: whole.end(),
                value,
                with_year,
            })
        })
    }

    fn value(
        caps: &crate::pattern::Captures<'_>,
        reference: Option<PartialDate>,
        last: Option<PartialDate>,
    ) -> Option<DateValue> {
        if caps.name("range").is_some() {
            return Some(DateValue::Range);
        }
        if caps.name("deadline").is_some() {
            return Some(DateValue::Deadline);
        }
        if caps.name("vague").is_some() {
            return Some(DateValue::Vague);
        }
        if let Some(rel) = caps.name("rel") {
            let Some(reference) = reference else {
                return Some(DateValue::Unresolved);
            };
            let year = match rel.as_str() {
                "去年" => reference.year - 1,
                "明年" => reference.year + 1,
                "前年" => reference.year - 2,
                _ => reference.year,
            };
            return Some(build(year, number(caps, "rm"), number(caps, "rd")));
        }
        if let Some(y) = caps.name("y") {
            let year = year_value(y.as_str())?;
            return Some(build(year, number(caps, "m"), number(caps, "d")));
        }
        if let Some(y) = caps.name("iy") {
            let year = year_value(y.as_str())?;
            return Some(build(year, number(caps, "im"), number(caps, "id")));
        }
        if caps.name("same").is_some() {
            return Some(last.map_or(DateValue::Unresolved, DateValue::Date));
        }
        if caps.name("same_year").is_some() {
            let Some(last) = last else {
                return Some(DateValue::Unresolved);
            };
            return Some(build(last.year, number(caps, "sm"), number(caps, "sd")));
        }
        let month = number(caps, "bm")?;
        let day = number(caps, "bd");
        // A nearby date written with its year dates a bare month and day.
        if let Some(last) = last {
            return Some(build(last.year, Some(month), day));
        }
        let Some(reference) = reference else {
            return Some(DateValue::Unresolved);
        };
        let later = (month, day.unwrap_or(1))
            > (
                u32::from(reference.month.unwrap_or(12)),
                u32::from(reference.day.unwrap_or(31)),
            );
        if !later {
            return Some(build(reference.year, Some(month), day));
        }
        // A past event dated after the reference fell in the year before, but
        // only a recent one is safe to read so (12月20日 in a January text);
        // older dates are more often boilerplate from another year.
        let months_back = 12 + u32::from(reference.month.unwrap_or(12)) - month.min(12);
        if months_back > MAX_MONTHS_BACK {
            return Some(DateValue::Unresolved);
        }
        let year = reference.year - 1;
        Some(build(year, Some(month), day))
    }
}

/// A year 1900–2099 in Arabic or Chinese digits (2025, 二〇二五), as a
/// regex part.
pub(crate) const YEAR: &str = "(?:(?:19|20)[0-9]{2}|(?:一九|二〇|二零)[〇零一二三四五六七八九]{2})";

/// A month in Arabic or Chinese numerals (5, 12, 五, 十二), as a regex part.
pub(crate) const MONTH: &str = "(?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])";

/// A day of the month in Arabic or Chinese numerals (8, 31, 八, 三十一).
pub(crate) const DAY: &str = "(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

/// The value of a Chinese digit written in a year (二〇二四): the numeral
/// parser's digits, but 两, which counts and never spells a year.
pub(crate) fn chinese_digit(c: char) -> Option<u32> {
    if c == '两' {
        return None;
    }
    crate::text::numeral::digit(c).and_then(|d| u32::try_from(d).ok())
}

/// Whether `c` is a digit a year may be written in (Arabic or Chinese).
fn is_year_digit(c: char) -> bool {
    c.is_ascii_digit() || chinese_digit(c).is_some()
}

/// The value of a year written in Arabic or Chinese digits (2025, 二〇二五).
pub(crate) fn year_value(s: &str) -> Option<i32> {
    s.parse().ok().or_else(|| {
        let n = s.chars().try_fold(0u32, |n, c| {
            n.checked_mul(10)?.checked_add(chinese_digit(c)?)
        })?;
        i32::try_from(n).ok()
    })
}

/// The byte length of a year (1900–2099, Arabic or Chinese digits) opening
/// `s` and not followed by another digit.
pub(crate) fn leading_year(s: &str) -> Option<usize> {
    // Most positions asked about open with no digit at all.
    if !s.chars().next().is_some_and(is_year_digit) {
        return None;
    }
    let len: usize = if s.as_bytes().get(..4)?.iter().all(u8::is_ascii_digit) {
        4
    } else {
        s.chars().take(4).map(char::len_utf8).sum()
    };
    let year = year_value(s.get(..len)?)?;
    let next = s.get(len..)?.chars().next();
    let digit_next = next.is_some_and(is_year_digit);
    ((1900..2100).contains(&year) && !digit_next).then_some(len)
}

/// The byte length of a year (1900–2099, Arabic or Chinese digits) ending
/// `s` and not preceded by another digit.
pub(crate) fn trailing_year(s: &str) -> Option<usize> {
    if !s.chars().next_back().is_some_and(is_year_digit) {
        return None;
    }
    let len: usize = if s
        .as_bytes()
        .get(s.len().checked_sub(4)?..)?
        .iter()
        .all(u8::is_ascii_digit)
    {
        4
    } else {
        s.chars().rev().take(4).map(char::len_utf8).sum()
    };
    let start = s.len().checked_sub(len)?;
    let year = year_value(s.get(start..)?)?;
    let prev = s.get(..start)?.chars().next_back();
    let digit_prev = prev.is_some_and(is_year_digit);
    ((1900..2100).contains(&year) && !digit_prev).then_some(len)
}

/// The value of a month or day in Arabic or Chinese numerals (5, 十二, 三十一).
pub(crate) fn small_number(s: &str) -> Option<u32> {
    s.parse().ok().or_else(|| {
        let value = numeral::number(s)?;
        (value.fract() == 0.0 && (1.0..=31.0).contains(&value)).then(|| {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a whole number 1-31"
            )]
            let n = value as u32;
            n
        })
    })
}

/// The most precise valid date from the parts; an impossible month or day
/// (13月, 2月30日) makes the expression say nothing.
fn build(year: i32, month: Option<u32>, day: Option<u32>) -> DateValue {
    let date = match (month, day) {
        (None, _) => Some(PartialDate::year(year)),
        (Some(m), None) => PartialDate::month(year, m),
        (Some(m), Some(d)) => PartialDate::day(year, m, d),
    };
    date.map_or(DateValue::Unresolved, DateValue::Date)
}
