//! The document's own date, and the date expressions other passes resolve.
//!
//! [`Rules::published`] accepts, in this order of trust:
//!
//! - front matter: `---\ndate: 2024-09-19 10:48:57 +08:00\n---`;
//! - a label near the top: `发布时间:2024-03-05`, `发文日期:2023年6月8日`,
//!   `日期:2024/03/05`, `更新:2024.03.05`;
//! - a dateline near the top: the date before the source or author field
//!   (`2023-06-08 08:08:21   来源:新华社`, `2023年06月08日 09:15 | 作者:…`),
//!   after it (`来源:中国改革报 2024年3月5日`, `作者:张三 | 2024-03-05`), after a
//!   wire tag (`【南方日报讯】2024年3月5日`, `本报讯 2024-03-05`), or opening a
//!   line with a clock time or an outlet (`2022年11月02日 08:30 某某日报`,
//!   `2022-11-02 人民网`);
//! - a signature at the end of an official document (see [`signature`]):
//!   `国务院办公厅\n2019年1月24日`, or an order's `市长 张某某\n2023年11月20日`.
//!
//! It rejects the date of a policy mentioned inside (`5月31日,深圳印发…`),
//! bare dates in "related articles" lists at the bottom of news pages
//! (`财经\n2023-06-08`), copyright years (`Copyright 2001-2025`), and a
//! label-less date opening a body line with no time or outlet beside it.
//!
//! The layout is read once per document, before any pass, and every pass
//! reads it from the context: [`Layout::published`] and the signature block
//! ([`Layout::signature`]), which also names the bodies that issued an
//! official document's own title.

mod signature;

#[cfg(test)]
mod tests;

use crate::pattern::Regex;

use crate::pattern::{Windowed, compile, compile_hot};

use crate::text::chars::ceil_boundary;
use crate::text::date::{DAY, MONTH, YEAR, small_number, year_value};
use crate::text::segment::Segments;
use crate::{Error, PartialDate, Span};

pub(crate) use signature::{Signature, Signatures};

/// The longest full date, in bytes (二〇二四年十二月三十一日).
const DATE_BYTES: usize = 40;

/// How far into the text a dateline or a date label may stand, in bytes of
/// text other than numerals: a number spelled in Chinese (二〇二五年,
/// 三千五百万元) takes more bytes than in digits, and should not move a
/// dateline out of reach. Also the longest line read for one.
const HEAD_BYTES: usize = 1500;

/// The head never runs past this many bytes, numerals and all.
const HEAD_LIMIT: usize = 4 * HEAD_BYTES;

/// A full date as datelines write it: 2024-03-05, 2024/3/5, 2024.03.05,
/// 2024年3月5日 (the 日 is left to the caller).
/// Arabic or Chinese numerals (二〇二四年三月五日), as official pages write it.
const DATE: &str = "(?:[0-9]{4}|(?:一九|二〇|二零)[〇零一二三四五六七八九]{2})(?:-|/|\\.|年)\
    (?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])(?:-|/|\\.|月)\
    (?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

/// What the layout of one document says.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Layout {
    /// The document's own date when the text states it.
    pub(crate) published: Option<PartialDate>,
    /// The signature block of an official document.
    pub(crate) signature: Option<Signature>,
    /// The document's headline: its first line that is not blank, cut
    /// before a sentence end, a colon (the addressees of a notice) or a
    /// bracketed year (its document number, 国办发〔2014〕56号), where a
    /// page that lost its line breaks runs on; at most [`HEAD_LIMIT`]
    /// bytes.
    pub(crate) headline: Span,
}

/// Reads the layout of a document.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    front_matter: Regex,
    /// A date label or dateline; its first full date is the document's.
    head: Windowed,
    /// A short line under the title closed by a date in parentheses. Kept
    /// out of `head` and searched anchored at the line's start: its counted
    /// runs of any character made `head`'s lazy DFA build states for most
    /// new bytes of text (eight times the rest of `head`'s search).
    closing_date: Windowed,
    /// The parts of a full date.
    date: Regex,
    /// A wire dateline with month and day only, searched over the whole
    /// head: with a prefilter for the outlets that open it, since the
    /// backtracker over kilobytes cost a third of a typical page's
    /// extraction, and the lazy DFA alone still a thirtieth.
    wire: Windowed,
    signatures: Signatures,
}

impl Rules {
    pub(crate) fn new() -> Result<Self, Error> {
        Ok(Rules {
            front_matter: compile(
                r#"(?xm)
                ^date:[\ \t]*["']?
                (?P<y>[0-9]{4})-(?P<m>[0-9]{1,2})-(?P<d>[0-9]{1,2})
                "#,
            ),
            head: Windowed::hot(&format!(
                r"(?xm)
                # a label: 发布时间:2024-03-05, 发文日期 2023年6月8日
                (?:发布时间|发布日期|发文日期|成文日期|印发日期|发稿时间|更新时间|更新日期
                  |发表时间|发表日期|公开日期)
                [\ \t]*:?[\ \t]*{DATE}
                # a bare label needs its colon and must open a field: 日期:2024-03-05
                | (?:^|[\ \t|】\]])(?:日期|时间|发布|更新|发表)[\ \t]*:[\ \t]*{DATE}
                # after a source name (normalization drops the space before
                # it), with a clock time: 中国政府网 时间:2021-04-21 09:43
                | (?:日期|时间)[\ \t]*:[\ \t]*{DATE}日?[\ \t]*[0-9]{{1,2}}:[0-9]{{2}}
                # 发表于 2025-3-7 22:50:57
                | (?:发表于|发布于|更新于)[\ \t]*{DATE}
                # the source or author field, then the date: 来源:某某报 2024年3月5日
                | (?:来源|稿源|出处|作者|编辑|责任编辑)[\ \t]*:[^\n0-9:。,;]{{1,30}}?{DATE}
                # a field separator: 人民网 | 2024-03-05
                | \|[\ \t]*{DATE}
                # a wire tag: 【某某报讯】2024年3月5日, 本报讯 2024-03-05
                | (?:【[^\n】]{{0,16}}讯】|(?:本报|本刊|本网|本台)讯)[\ \t]*{DATE}
                # the date, an optional clock time, then the source or author
                # field that news pages put beside it; normalization drops the
                # space after 日, so none is needed
                | {DATE}日?
                  (?:[\ \t]*[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?
                  [\ \t]*(?:\|[\ \t]*)?
                  (?:来源|作者|编辑|责任编辑|发布|阅读|浏览|字号|点击|【)
                # a line opening with the date and a clock time, or with the
                # date and the outlet alone: 2022年11月02日 08:30 某某日报
                | ^[\ \t]*{DATE}日?[\ \t]*
                  (?:[0-9]{{1,2}}:[0-9]{{2}}
                    | [\x{{4e00}}-\x{{9fff}}]{{1,12}}?(?:报|网|社|台|客户端|杂志|周刊)[\ \t]*$)
                "
            )),
            // a date in parentheses closing a short line under the title:
            // (2023年2月8日), 《新闻联播》(20240305), a report's
            // (2023年2月8日在…会议上)
            closing_date: Windowed::new(&format!(
                r"(?xm)
                ^[^\n。]{{0,60}}?\([\ \t]*(?:{DATE}日?|(?:19|20)[0-9]{{6}})[^()\n]{{0,60}}\)[\ \t]*$
                "
            )),
            date: compile_hot(&format!(
                r"(?x)
                (?P<y>{YEAR})(?:-|/|\.|年)(?P<m>{MONTH})(?:-|/|\.|月)(?P<d>{DAY})
                # eight digits in a heading: 20240305
                | (?P<cy>(?:19|20)[0-9]{{2}})(?P<cm>[01][0-9])(?P<cd>[0-3][0-9])
                "
            )),
            wire: Windowed::prefiltered(&format!(
                r"(?x)
                # a wire dateline naming month and day: 本报北京12月28日电,
                # 新华社北京3月5日电; the year comes from the text's dates
                (?:本报|本刊|本网|新华社|中新社|人民网|央视网)[^\n,。:]{{0,12}}?
                (?P<m>{MONTH})月(?P<d>{DAY})日电
                "
            )),
            signatures: Signatures::new(),
        })
    }

    /// The layout of the normalized `text`.
    pub(crate) fn read(&self, text: &str, segments: &Segments) -> Layout {
        let signature = self.signatures.find(text, segments);
        let published = self
            .front(text)
            .or_else(|| self.dateline(text, segments))
            .or_else(|| signature.map(|s| s.date));
        Layout {
            published,
            signature,
            headline: headline(text, segments),
        }
    }

    /// The date in YAML front matter, only inside the leading `---` block.
    fn front(&self, text: &str) -> Option<PartialDate> {
        let rest = text.trim_start().strip_prefix("---")?;
        let block = rest.find("\n---").and_then(|end| rest.get(..end))?;
        let caps = self.front_matter.captures(block)?;
        ymd(&caps, "y", "m", "d")
    }

    /// The first dateline or label among the first [`HEAD_BYTES`]: read
    /// only on the lines holding a full date (every form has one), first
    /// line first.
    fn dateline(&self, text: &str, segments: &Segments) -> Option<PartialDate> {
        let head = head_end(text, segments.numerals());
        let dated = |n: &&Span| {
            let digits = text.get(n.start..n.end).unwrap_or_default();
            let compact = digits.len() == 8
                && digits.bytes().all(|b| b.is_ascii_digit())
                && text.get(n.end..).is_some_and(|r| r.starts_with(')'));
            compact
                || year_value(digits).is_some_and(|y| (1900..2100).contains(&y))
                    && text
                        .get(n.end..)
                        .is_some_and(|r| r.starts_with(['-', '/', '.', '年']))
        };
        let mut last_line = None;
        for numeral in segments
            .numerals()
            .iter()
            .take_while(|n| n.end <= head)
            .filter(dated)
        {
            let line = segments.line(numeral.start, HEAD_BYTES);
            if last_line == Some(line) {
                continue;
            }
            last_line = Some(line);
            let window = Span::new(line.start, line.end.min(head));
            // A closing date matches from the line's start, where no other
            // form can match earlier, so trying it first keeps the leftmost
            // match of the two; it is tried only on a line that ends with a
            // parenthesis, as most lines do not.
            let closed = text
                .get(window.start..window.end)
                .is_some_and(|l| l.trim_end_matches([' ', '\t']).ends_with(')'));
            let found = closed
                .then(|| self.closing_date.at(text, window))
                .flatten()
                .or_else(|| self.head.find(text, window));
            if let Some(found) = found {
                let matched = text.get(found.span().start..found.span().end)?;
                let caps = self.date.captures(matched)?;
                return ymd(&caps, "y", "m", "d");
            }
        }
        self.wire_dateline(text, segments, head)
    }

    /// A wire dateline among the first bytes (本报北京12月28日电): its month
    /// and day, in the year of the first full date the text writes; none
    /// when the text writes none.
    fn wire_dateline(&self, text: &str, segments: &Segments, head: usize) -> Option<PartialDate> {
        let found = self.wire.find(text, Span::new(0, head))?;
        let part = |name: &str| small_number(found.str(name)?);
        let (month, day) = (part("m")?, part("d")?);
        let year = segments
            .numerals()
            .iter()
            .filter(|n| text.get(n.start..n.end).and_then(year_value).is_some())
            .find_map(|n| {
                let end = crate::text::chars::floor_boundary(text, n.end + DATE_BYTES);
                let caps = self.date.captures(text.get(n.start..end)?)?;
                (caps.get(0)?.start() == 0).then(|| ymd(&caps, "y", "m", "d"))?
            })?
            .year;
        PartialDate::day(year, month, day)
    }
}

/// Where the head read for datelines ends: after [`HEAD_BYTES`] bytes of
/// text other than numerals, or [`HEAD_LIMIT`] bytes in all, on a
/// character boundary. Counted from the segments' numeral runs (the text
/// between two runs holds no numeral) rather than character by character,
/// which cost a twentieth of a typical page's extraction.
fn head_end(text: &str, numerals: &[Span]) -> usize {
    let limit = ceil_boundary(text, HEAD_LIMIT);
    let end = Span::new(text.len(), text.len());
    let mut counted = 0;
    let mut at = 0;
    for run in numerals.iter().chain(std::iter::once(&end)) {
        if at >= limit {
            break;
        }
        let gap = run.start.saturating_sub(at);
        if counted + gap >= HEAD_BYTES {
            return ceil_boundary(text, at + (HEAD_BYTES - counted)).min(limit);
        }
        counted += gap;
        at = run.end;
    }
    limit
}

/// See [`Layout::headline`].
fn headline(text: &str, segments: &Segments) -> Span {
    let line = segments.first_line(text);
    // Read at most HEAD_LIMIT bytes of it: a text with no line break would
    // otherwise be walked to its end, for a headline that only the titles
    // near the top are compared with.
    let body = prefix(
        text.get(line.start..line.end).unwrap_or_default(),
        HEAD_LIMIT,
    );
    // A document number: 〔2014〕56号, [2018]128号, (2023)12号.
    let bracketed_year = |i: usize| {
        body.get(i..).is_some_and(|rest| {
            let mut chars = rest.chars();
            matches!(chars.next(), Some('〔' | '[' | '(' | '【'))
                && chars.by_ref().take(4).filter(char::is_ascii_digit).count() == 4
                && matches!(chars.next(), Some('〕' | ']' | ')' | '】'))
                && chars.next().is_some_and(|c| c.is_ascii_digit())
        })
    };
    let cut = body
        .char_indices()
        .find(|&(i, c)| matches!(c, '。' | ':' | '!' | '?') || bracketed_year(i))
        .map_or(body.len(), |(i, _)| i);
    Span::new(line.start, line.start + cut)
}

/// The longest prefix of `text` of at most `max` bytes ending on a char boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

fn ymd(caps: &crate::pattern::Captures<'_>, y: &str, m: &str, d: &str) -> Option<PartialDate> {
    if caps.name(y).is_none() && caps.name("cy").is_some() {
        return ymd(caps, "cy", "cm", "cd");
    }
    let part = |name: &str| small_number(caps.name(name)?.as_str());
    PartialDate::day(year_value(caps.name(y)?.as_str())?, part(m)?, part(d)?)
}
