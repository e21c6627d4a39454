//! The document's own date, and the date expressions other passes resolve.
//!
//! [`Rules::published`] accepts, in this order of trust:
//!
//! - front matter: `---\ndate: 2024-09-19 10:48:57 +08:00\n---`;
//! - a label near the top: `发布时间:2024-03-05`, `发文日期:2023年6月8日`;
//! - a dateline near the top: `2023-06-08 08:08:21   来源:新华社`,
//!   `2023年06月08日 09:15 | 作者:…`;
//! - a signature at the end of an official document: a body on its own line
//!   (`国务院办公厅`) over a date line (`2019年1月24日`), often followed by
//!   `(此件公开发布)`.
//!
//! It rejects the date of a policy mentioned inside (`5月31日,深圳印发…`),
//! bare dates in "related articles" lists at the bottom of news pages
//! (`财经\n2023-06-08`), and copyright years (`Copyright 2001-2025`).
//!
//! [`Parser`] reads one date expression in a bounded window: `2025年5月31日`,
//! `2025年5月`, `2025-05-31`, `今年3月`, `去年`, `5月31日` (the reference
//! year), and knows `近日`/`日前`/`近期` as vague (no date).

use regex::Regex;

use crate::rules::Context;
use crate::{Error, PartialDate, Span};

/// How far back a bare date later than the reference may be read as
/// falling in the year before.
const MAX_MONTHS_BACK: u32 = 6;

/// How far into the text a dateline or a date label may stand.
const HEAD_BYTES: usize = 1500;

/// The dates pass: the document's own date.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    front_matter: Regex,
    head: Regex,
    signatures: Signatures,
}

/// A signature block: the signing bodies' lines and the date under them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Signature {
    /// The lines naming the signing bodies (normalized coordinates).
    pub(crate) body: Span,
    /// The signature date.
    pub(crate) date: PartialDate,
}

impl Rules {
    pub(crate) fn new() -> Result<Self, Error> {
        Ok(Rules {
            front_matter: compile(
                r#"(?xm)
                ^date:[\ \t]*["']?
                (?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})
                "#,
            ),
            head: compile(
                r"(?x)
                # a label: 发布时间:2024-03-05, 发文日期 2023年6月8日
                (?:发布时间|发布日期|发文日期|成文日期|印发日期|发稿时间|更新时间)
                [\ \t]*[:]?[\ \t]*
                (?P<ly>\d{4})(?:-|/|\.|年)(?P<lm>\d{1,2})(?:-|/|\.|月)(?P<ld>\d{1,2})
                |
                # a dateline: the date, an optional clock time, then the source
                # or author field that news pages put beside it
                (?P<y>\d{4})(?:-|/|\.|年)(?P<m>\d{1,2})(?:-|/|\.|月)(?P<d>\d{1,2})日?
                # normalization drops the space after 日, so none is needed
                (?:[\ \t]*\d{1,2}:\d{2}(?::\d{2})?)?
                [\ \t]*(?:\|[\ \t]*)?
                (?:来源|作者|编辑|责任编辑|发布|阅读|浏览|字号|点击|【)
                ",
            ),
            signatures: Signatures::new(),
        })
    }

    /// The document's own date when the text states it.
    pub(crate) fn published(&self, cx: &Context<'_>) -> Option<PartialDate> {
        self.front(cx.text)
            .or_else(|| self.dateline(cx.text))
            .or_else(|| self.signatures.find(cx.text).map(|s| s.date))
    }

    /// The date in YAML front matter, only inside the leading `---` block.
    fn front(&self, text: &str) -> Option<PartialDate> {
        let rest = text.trim_start().strip_prefix("---")?;
        let block = rest.find("\n---").and_then(|end| rest.get(..end))?;
        let caps = self.front_matter.captures(block)?;
        ymd(&caps, "y", "m", "d")
    }

    fn dateline(&self, text: &str) -> Option<PartialDate> {
        let head = prefix(text, HEAD_BYTES);
        let caps = self.head.captures(head)?;
        ymd(&caps, "ly", "lm", "ld").or_else(|| ymd(&caps, "y", "m", "d"))
    }
}

/// Finds the signature block of an official document.
#[derive(Debug, Clone)]
pub(crate) struct Signatures {
    signature: Regex,
}

impl Signatures {
    pub(crate) fn new() -> Self {
        Signatures {
            signature: compile(
                r"(?xm)
                # one to three short lines naming the signing bodies, with no
                # sentence punctuation, the last ending in a body suffix
                (?P<body>(?:^[\ \t]*[^\n,。:;!?()]{2,40}\n){0,2}
                  ^[\ \t]*[^\n,。:;!?()]{0,40}
                  (?:人民政府|办公厅|办公室|委员会|国务院|中共中央|部|局|厅|委|署|院|行|办)
                  [\ \t]*\n)
                [\ \t]*\n?[\ \t]*
                (?P<y>\d{4})年(?P<m>\d{1,2})月(?P<d>\d{1,2})日[\ \t]*$
                ",
            ),
        }
    }

    /// The first signature block in `text`.
    pub(crate) fn find(&self, text: &str) -> Option<Signature> {
        let caps = self.signature.captures(text)?;
        let body = caps.name("body")?;
        Some(Signature {
            body: Span::new(body.start(), body.end()),
            date: ymd(&caps, "y", "m", "d")?,
        })
    }
}

/// Compiles one of this crate's constant patterns. A pattern that does not
/// compile is a bug caught by every unit test that builds the rules, never
/// a property of the input.
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant pattern; unit tests compile every one")
}

/// The longest prefix of `text` of at most `max` bytes ending on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

fn number(caps: &regex::Captures<'_>, name: &str) -> Option<u32> {
    caps.name(name)?.as_str().parse().ok()
}

fn ymd(caps: &regex::Captures<'_>, y: &str, m: &str, d: &str) -> Option<PartialDate> {
    let year = i32::try_from(number(caps, y)?).ok()?;
    PartialDate::day(year, number(caps, m)?, number(caps, d)?)
}

/// One date expression found by [`Parser::find`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    /// Where it stands in the searched window.
    pub(crate) start: usize,
    /// One past its last byte in the window.
    pub(crate) end: usize,
    /// What it says.
    pub(crate) value: DateValue,
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
            expr: compile(
                r"(?x)
                # ranges first, so 2023—2025年 is not read as the year 2025
                (?P<range>(?:19|20)\d{2}年?[\ ]*(?:[-—–~至到]|——)[\ ]*(?:19|20)\d{2}年)
                # a year after 到/截至 is a deadline or a cut-off, not an event
                | (?P<deadline>(?:到|至|截至|截止|力争)(?:19|20)\d{2}年(?:\d{1,2}月)?)
                | (?P<vague>近日|日前|近期|前不久|不久前|日内|此前|近来)
                | (?P<rel>今年|去年|明年|前年)
                  (?:(?P<rm>\d{1,2})月(?:(?P<rd>\d{1,2})[日号])?)?
                | (?P<y>(?:19|20)\d{2})年
                  (?:(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})[日号])?)?
                | (?P<iy>(?:19|20)\d{2})[-/.](?P<im>\d{2})[-/.](?P<id>\d{2})
                # a bare month or day of month takes the reference year
                | (?P<bm>\d{1,2})月(?:(?P<bd>\d{1,2})[日号])?
                ",
            ),
        }
    }

    /// Every date expression in `window`, in order. `reference` resolves
    /// 今年 and bare 5月31日; a bare date later than the reference is taken
    /// to be in the year before when that is at most [`MAX_MONTHS_BACK`]
    /// months back, since news reports past events.
    pub(crate) fn find<'a>(
        &'a self,
        window: &'a str,
        reference: Option<PartialDate>,
    ) -> impl Iterator<Item = Found> + 'a {
        self.expr.captures_iter(window).filter_map(move |caps| {
            let whole = caps.get(0)?;
            let value = Self::value(&caps, reference)?;
            Some(Found {
                start: whole.start(),
                end: whole.end(),
                value,
            })
        })
    }

    fn value(caps: &regex::Captures<'_>, reference: Option<PartialDate>) -> Option<DateValue> {
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
        if caps.name("y").is_some() {
            let year = i32::try_from(number(caps, "y")?).ok()?;
            return Some(build(year, number(caps, "m"), number(caps, "d")));
        }
        if caps.name("iy").is_some() {
            let year = i32::try_from(number(caps, "iy")?).ok()?;
            return Some(build(year, number(caps, "im"), number(caps, "id")));
        }
        let month = number(caps, "bm")?;
        let day = number(caps, "bd");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn published(text: &str) -> Option<String> {
        let rules = Rules::new().expect("rules compile");
        let cx = Context {
            text,
            reference: None,
        };
        rules.published(&cx).map(|d| d.to_string())
    }

    #[test]
    fn published_dates() {
        let rows: &[(&str, &str, Option<&str>)] = &[
            (
                "front matter",
                "---\ntitle: \"各地出台新政\"\ndate: 2024-03-05 09:12:00 +08:00\n---\n正文",
                Some("2024-03-05"),
            ),
            (
                "front matter quoted",
                "---\ndate: \"2022-11-30\"\n---\n正文",
                Some("2022-11-30"),
            ),
            (
                "date key outside front matter",
                "正文\ndate: 2022-11-30\n",
                None,
            ),
            (
                "dateline with source",
                "要闻 >\n\n多地出台算力新政\n\n2022-07-15 10:20:33   来源:新华社\n\n正文",
                Some("2022-07-15"),
            ),
            (
                "chinese dateline with author",
                "标题\n2021年09月03日 08:15 | 作者:张三\n正文",
                Some("2021-09-03"),
            ),
            (
                "normalized dateline without space",
                "标题\n2024年06月20日14:02 | 作者:本报记者\n正文",
                Some("2024-06-20"),
            ),
            (
                "label",
                "标题\n发布时间:2020-12-01\n正文",
                Some("2020-12-01"),
            ),
            (
                "label chinese form",
                "标题\n发文日期:2019年3月8日\n正文",
                Some("2019-03-08"),
            ),
            (
                "signature",
                "国务院办公厅关于某事的通知\n各省人民政府:\n现将有关事项通知如下。\n\n国务院办公厅\n2018年4月12日\n(此件公开发布)\n",
                Some("2018-04-12"),
            ),
            (
                "two signing bodies",
                "正文。\n中共中央办公厅\n国务院办公厅\n2021年7月2日\n",
                Some("2021-07-02"),
            ),
            (
                "policy date inside",
                "标题\n5月31日,某市印发《某某行动方案》。2025年5月,某局印发通知。",
                None,
            ),
            (
                "related articles list",
                "标题\n\n正文很长。\n\n相关阅读\n\n财经\n\n2023-06-08\n\n财经\n\n2023-06-07\n",
                None,
            ),
            (
                "copyright line",
                "正文。\nCopyright © 2001-2025 某某网络科技股份有限公司\n",
                None,
            ),
            (
                "date line after a sentence is no signature",
                "会议指出,要加快推进工作。\n2019年1月24日\n",
                None,
            ),
            ("impossible date", "发布时间:2023-02-30\n", None),
        ];
        for (name, text, want) in rows {
            assert_eq!(published(text).as_deref(), *want, "{name}");
        }
    }

    #[test]
    fn date_expressions() {
        let parser = Parser::new();
        let reference = Some(PartialDate::day(2023, 6, 8).expect("valid"));
        let rows: &[(&str, &str, Option<PartialDate>, Option<&str>)] = &[
            ("full", "2025年5月31日,", None, Some("2025-05-31")),
            ("month", "2025年5月,", None, Some("2025-05")),
            ("iso", "于2024-01-09发布", None, Some("2024-01-09")),
            ("bare day", "5月31日,", reference, Some("2023-05-31")),
            ("bare month", "3月印发", reference, Some("2023-03")),
            ("bare day long after reference", "7月21日,", reference, None),
            (
                "bare day just before a january reference",
                "12月20日,",
                PartialDate::day(2024, 1, 5),
                Some("2023-12-20"),
            ),
            ("this year", "今年4月", reference, Some("2023-04")),
            ("last year", "去年", reference, Some("2022")),
            ("next year", "明年1月", reference, Some("2024-01")),
            ("bare day no reference", "5月31日", None, None),
            ("vague", "近日印发", reference, None),
            ("range", "2023—2025年", reference, None),
            ("deadline", "到2025年", reference, None),
            ("bad month", "2025年13月", None, None),
        ];
        for (name, text, reference, want) in rows {
            let found: Vec<Found> = parser.find(text, *reference).collect();
            let date = found.first().and_then(|f| match f.value {
                DateValue::Date(d) => Some(d.to_string()),
                _ => None,
            });
            assert_eq!(date.as_deref(), *want, "{name}");
        }
    }

    #[test]
    fn vague_and_range_are_marked() {
        let parser = Parser::new();
        let kinds: Vec<DateValue> = parser
            .find("日前,2021-2025年", None)
            .map(|f| f.value)
            .collect();
        assert_eq!(kinds, [DateValue::Vague, DateValue::Range]);
    }
}
