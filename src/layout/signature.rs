//! The signature block of an official document: who signed it and when.
//!
//! Accepted:
//!
//! - the signing bodies on their own lines over a date line:
//!   `…通知如下。\n\n省人民政府办公厅\n2022年3月4日\n(此件公开发布)`;
//! - an order (令): its header names the body (`某市人民政府令\n第15号`), its
//!   official signs with post and name over the date
//!   (`…现予公布,自2024年1月1日起施行。\n\n市长 张某某\n2023年11月20日`);
//!   the body is the header's, the date the one under the name.
//!
//! Rejected: a date line right after a sentence (`要加快推进工作。\n2019年1月24日`),
//! a post and name inside a sentence (`市长张某某2023年11月20日到企业调研`), and
//! an effective date (`自2024年1月1日起施行`), which is no signature.
//!
//! The search is triggered: only a line holding nothing but a full date
//! (`2019年1月24日`, blanks around it) can close a signature, and the block
//! above it is read in a window of [`BLOCK_BYTES`] before that line. A
//! signature whose padding runs longer is not found; the rest of the
//! document is read as usual.

use crate::pattern::Regex;

use super::prefix;
use crate::pattern::{Found, Windowed, compile, compile_hot};
use crate::text::chars::is_han;
use crate::text::date::{DAY, MONTH, YEAR, small_number, year_value};
use crate::text::segment::{Mark, Segments};
use crate::{PartialDate, Span};

/// Posts whose holder signs an order: 市长 张某某, 部长 李某.
const SIGNING_POSTS: &[&str] = &[
    "主任", "主席", "区长", "县长", "局长", "州长", "市长", "总理", "旗长", "省长", "署长", "行长",
    "部长", "镇长",
];

/// The note an official document puts under its date when it is made
/// public: (此件公开发布), 〔此件公开发布〕.
const PUBLIC: &str = r"(?:[(〔\[]此件公开发布[)〕\]])";

/// Where an order's header (某市人民政府令 第15号) may stand, in bytes.
const ORDER_HEAD_BYTES: usize = 300;

/// How far before its date line a signature block may start, in bytes:
/// three lines of bodies, a blank line, and padding.
const BLOCK_BYTES: usize = 600;

/// How many lines above its date line a signature block may start: three
/// lines of bodies and a blank line.
const BLOCK_LINES: usize = 4;

/// The longest date line, in bytes: `2019年12月24日` and its padding.
const DATE_LINE_BYTES: usize = 200;

/// Where the block over the date line `line` may start: [`BLOCK_LINES`]
/// lines up, and no more than [`BLOCK_BYTES`] back. Both patterns match
/// from a line's start, so they are searched from there rather than over
/// every line the byte limit reaches: their counted runs make each search
/// cost the window's length times the pattern's size.
fn block_start(text: &str, segments: &Segments, line: Span) -> usize {
    let floor = crate::text::chars::ceil_boundary(text, line.start.saturating_sub(BLOCK_BYTES));
    let mut start = line.start;
    for _ in 0..BLOCK_LINES {
        // The line break ending the line above stands just before `start`.
        match start
            .checked_sub(1)
            .and_then(|end| segments.prev(end, Mark::LINE, floor))
        {
            Some(newline) => start = newline + 1,
            None => return floor,
        }
    }
    start.max(floor)
}

/// Whether a signature can close with the date starting at `date`: both
/// patterns put a Han character right before it, past blanks and line
/// breaks (a body's suffix, 办公厅; a signer's name, 张某某). Most dated
/// lines fail here (发布日期:2023年…, a date under a sentence's 。), and their
/// blocks are never searched. Looks back no further than a block.
fn signable(text: &str, date: usize) -> bool {
    let floor = crate::text::chars::ceil_boundary(text, date.saturating_sub(BLOCK_BYTES));
    text.get(floor..date)
        .and_then(|before| {
            before
                .trim_end_matches([' ', '\t', '\n'])
                .chars()
                .next_back()
        })
        .is_some_and(is_han)
}

/// The match of `pattern` at the first of `starts` (ascending) where one
/// starts and runs no further than `end`: the leftmost match when the
/// pattern can start nowhere else.
fn first_from<'t>(
    pattern: &Windowed,
    text: &'t str,
    starts: impl IntoIterator<Item = usize>,
    end: usize,
) -> Option<Found<'t>> {
    starts
        .into_iter()
        .find_map(|start| pattern.at(text, Span::new(start, end)))
}

/// A signature block: the signing bodies and the date under them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Signature {
    /// The text naming the signing bodies (normalized coordinates): the
    /// lines over the date, or an order's header.
    pub(crate) body: Span,
    /// The signature date.
    pub(crate) date: PartialDate,
    /// Where the signature date stands.
    pub(crate) date_at: usize,
}

/// Finds the signature block of an official document.
#[derive(Debug, Clone)]
pub(crate) struct Signatures {
    /// A line ending in a full date, Arabic or Chinese (2019年1月24日,
    /// 二〇一九年一月二十四日): what closes a signature block.
    date_line: Regex,
    /// The signing bodies over the date line, each line at most
    /// [`BODY_LINE_CHARS`] characters.
    bodies: Windowed,
    /// `bodies` with no bound on a line's length: a few dozen NFA states
    /// where the counted runs make some two thousand, and the backtracker
    /// costs states times window bytes. Searched first; a match whose lines
    /// fit the bounds is the one `bodies` finds (see [`fits_bounds`]).
    bodies_unbounded: Windowed,
    official: Windowed,
    order: Regex,
}

impl Signatures {
    pub(crate) fn new() -> Self {
        let posts = SIGNING_POSTS.join("|");
        Signatures {
            date_line: compile_hot(&format!(
                "{YEAR}年{MONTH}月{DAY}日[\\ \\t]*{PUBLIC}?[\\ \\t]*$"
            )),
            bodies: Windowed::new(&bodies_pattern(
                &format!("{{2,{BODY_LINE_CHARS}}}"),
                &format!("{{0,{BODY_LINE_CHARS}}}"),
            )),
            bodies_unbounded: Windowed::new(&bodies_pattern("{2,}", "*")),
            official: Windowed::new(&format!(
                r"(?xm)
                # the post and name open a line, or follow the sentence that
                # ends the order when a reposted copy lost its line breaks
                (?:^|。)[\ \t]*
                (?P<body>(?:代理|副)?(?:{posts})[\ \t]*[\x{{4e00}}-\x{{9fff}}]{{2,4}}?)
                [\ \t]*\n?[\ \t]*\n?[\ \t]*
                (?P<date>(?P<y>{YEAR})年(?P<m>{MONTH})月(?P<d>{DAY})日)[\ \t]*{PUBLIC}?[\ \t]*$
                "
            )),
            order: compile(
                r"(?x)
                \A\s*
                (?P<body>[^\n,。:;!?《》]{2,30}?)令
                [\ \t]*\n?[\ \t]*
                # 第15号, (第15号), 〔2024〕第3号
                [(〔\[]?(?:[0-9]{4}[)〕\]])?[\ \t]*第?[\ \t]*(?:[0-9]{1,4}|[〇零一二两三四五六七八九十百千]{1,8})[\ \t]*号
                ",
            ),
        }
    }

    /// The first signature block in `text`.
    pub(crate) fn find(&self, text: &str, segments: &Segments) -> Option<Signature> {
        segments
            .numerals()
            .iter()
            .filter(|n| {
                let year = text
                    .get(n.start..n.end)
                    .and_then(year_value)
                    .is_some_and(|y| (1900..2100).contains(&y));
                year && text.get(n.end..).is_some_and(|r| r.starts_with('年'))
            })
            .filter_map(|n| {
                let line = segments.line(n.start, DATE_LINE_BYTES);
                let date = self.date_line.find(text.get(line.start..line.end)?)?;
                signable(text, line.start + date.start()).then_some(line)
            })
            .find_map(|line| self.closed_by(text, segments, line))
    }

    /// The signature block whose date is the date line `line`.
    fn closed_by(&self, text: &str, segments: &Segments, line: Span) -> Option<Signature> {
        let window = Span::new(block_start(text, segments, line), line.end);
        let on_line = |found: &Found<'_>| {
            found
                .group("date")
                .is_some_and(|d| line.start <= d.start && d.end <= line.end)
        };
        // Every match of either pattern starts at a line start (and one of
        // `official` at a 。 too): the backtracker runs from those few
        // places, read off the segments, rather than from every byte of the
        // window. A mark stands for the place after a line break or at a
        // sentence end, in text order either way.
        let first = (window.start == 0 || text.as_bytes().get(window.start - 1) == Some(&b'\n'))
            .then_some(window.start);
        let starts = |classes: Mark| {
            let after = segments.within(window, classes).map(|at| {
                if text.as_bytes().get(at) == Some(&b'\n') {
                    at + 1
                } else {
                    at
                }
            });
            first.into_iter().chain(after)
        };
        let by_bodies = starts(Mark::LINE)
            .find_map(|start| self.bodies_at(text, Span::new(start, window.end)))
            .filter(on_line)
            .and_then(|found| {
                Some(Signature {
                    body: found.group("body")?,
                    date: date_of(&found)?,
                    date_at: found.group("date")?.start,
                })
            });
        if by_bodies.is_some() {
            return by_bodies;
        }
        let found = first_from(
            &self.official,
            text,
            starts(Mark::LINE.or(Mark::STOP)),
            window.end,
        )
        .filter(on_line)?;
        let post = found.group("body")?;
        // The order's header names the body its official signs for.
        let body = self
            .order
            .captures(prefix(text, ORDER_HEAD_BYTES))
            .and_then(|order| order.name("body"))
            .map_or(post, |m| Span::new(m.start(), m.end()));
        Some(Signature {
            body,
            date: date_of(&found)?,
            date_at: found.group("date")?.start,
        })
    }
}

/// The longest line of a signing body, in characters past its indent.
const BODY_LINE_CHARS: usize = 40;

/// How a signing body's name ends.
const BODY_SUFFIXES: [&str; 14] = [
    "人民政府",
    "办公厅",
    "办公室",
    "委员会",
    "国务院",
    "中共中央",
    "部",
    "局",
    "厅",
    "委",
    "署",
    "院",
    "行",
    "办",
];

/// The pattern of one to three short lines naming the signing bodies, with
/// no sentence punctuation, the last ending in a body suffix, over the date
/// (a page that lost its line breaks writes the date right after the last
/// body). `full` and `last` bound the characters of a full line and of the
/// last line before its suffix.
fn bodies_pattern(full: &str, last: &str) -> String {
    format!(
        r"(?xm)
        (?P<body>(?:^[\ \t]*[^\n,。:;!?()]{full}\n){{0,2}}
          ^[\ \t]*[^\n,。:;!?()]{last}
          (?:{suffixes})
          [\ \t]*\n?)
        [\ \t]*\n?[\ \t]*
        (?P<date>(?P<y>{YEAR})年(?P<m>{MONTH})月(?P<d>{DAY})日)[\ \t]*{PUBLIC}?[\ \t]*$
        ",
        suffixes = BODY_SUFFIXES.join("|"),
    )
}

/// Whether the body lines of a match of the unbounded pattern fit the
/// bounds of the counted one: each full line at most [`BODY_LINE_CHARS`]
/// characters past its indent, and the last line at most as many before its longest
/// suffix. The lines a match takes, and so its groups, depend on the
/// pattern's structure alone (how many full lines, where the date stands),
/// which both patterns share and try in the same order; the bounds only
/// rule a choice out. So a match that fits is the counted pattern's match.
fn fits_bounds(body: &str) -> bool {
    let body = body.strip_suffix('\n').unwrap_or(body);
    let mut lines = body.split('\n');
    let last = lines.next_back().unwrap_or_default();
    let past_indent = |line: &str| line.trim_start_matches([' ', '\t']).chars().count();
    let full_fit = lines.all(|line| past_indent(line) <= BODY_LINE_CHARS);
    let last = last.trim_end_matches([' ', '\t']);
    let suffix = BODY_SUFFIXES
        .iter()
        .filter(|s| last.ends_with(*s))
        .map(|s| s.chars().count())
        .max();
    full_fit && suffix.is_some_and(|n| past_indent(last).saturating_sub(n) <= BODY_LINE_CHARS)
}

impl Signatures {
    /// The match of the bodies pattern starting at `window.start`: the
    /// unbounded pattern's when it fits the bounds, else the counted
    /// pattern's (lines too long for one choice of lines may fit another).
    fn bodies_at<'t>(&self, text: &'t str, window: Span) -> Option<Found<'t>> {
        let found = self.bodies_unbounded.at(text, window)?;
        if found.str("body").is_some_and(fits_bounds) {
            return Some(found);
        }
        self.bodies.at(text, window)
    }
}

/// The date of a signature match.
fn date_of(found: &Found<'_>) -> Option<PartialDate> {
    let part = |name: &str| small_number(found.str(name)?);
    PartialDate::day(year_value(found.str("y")?)?, part("m")?, part("d")?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_block_starts_at_most_four_lines_up() {
        let text = "正文第一段。\n正文第二段。\n甲单位\n乙单位\n丙办公厅\n\n2024年3月5日";
        let segments = Segments::new(text);
        let date = text.find("2024").expect("date line");
        let line = Span::new(date, text.len());
        let start = block_start(text, &segments, line);
        assert_eq!(start, text.find("甲单位").expect("first body"));
        // The whole block is found from there.
        let found = Signatures::new().find(text, &segments).expect("signature");
        assert_eq!(found.body.start, start);
        assert_eq!(found.date_at, date);
    }

    #[test]
    fn a_block_starts_no_further_back_than_its_bytes() {
        let padding = "字".repeat(BLOCK_BYTES);
        let text = format!("{padding}\n办公厅\n2024年3月5日");
        let segments = Segments::new(&text);
        let date = text.find("2024").expect("date line");
        let start = block_start(&text, &segments, Span::new(date, text.len()));
        assert!(date - start <= BLOCK_BYTES);
        assert!(text.is_char_boundary(start));
        // A date line opening the text has nothing above it.
        let first = "2024年3月5日";
        let segments = Segments::new(first);
        assert_eq!(block_start(first, &segments, Span::new(0, first.len())), 0);
    }

    #[test]
    fn body_lines_fit_the_counted_bounds() {
        let line = |n: usize| "字".repeat(n);
        let rows = [
            (format!("{}\n{}办公厅", line(40), line(38)), true),
            (format!("{}\n{}办公厅", line(41), line(38)), false),
            // The indent does not count.
            (format!("  \t{}\n  {}局 \n", line(40), line(40)), true),
            // The longest suffix leaves the fewest characters before it.
            (format!("{}办公厅", line(39)), true),
            (format!("{}人民政府", line(40)), true),
            (format!("{}人民政府", line(41)), false),
        ];
        for (body, want) in rows {
            assert_eq!(fits_bounds(&body), want, "{body}");
        }
    }

    proptest::proptest! {
        /// The unbounded pattern with its check finds, at every line start,
        /// what the counted pattern finds.
        #[test]
        fn bodies_match_as_the_counted_pattern(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "字", "某某市", "人民政府", "办公厅", "局", "中共中央", "公厅", " ", "\t",
                    "\n", "\n", ",", "2024年3月5日", "二〇二四年三月五日", "(此件公开发布)",
                    "字字字字字字字字字字字字字字字字字字字字", "5",
                ]),
                0..40,
            )
        ) {
            let text = parts.concat();
            let signatures = Signatures::new();
            let groups = |found: Option<Found<'_>>| {
                found.map(|f| ["body", "date", "y", "m", "d"].map(|g| f.group(g)))
            };
            let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
            for start in starts {
                let window = Span::new(start, text.len());
                proptest::prop_assert_eq!(
                    groups(signatures.bodies_at(&text, window)),
                    groups(signatures.bodies.at(&text, window)),
                    "{:?} from {}", text, start
                );
            }
        }
    }

    #[test]
    fn only_a_han_character_before_a_date_can_close_a_signature() {
        let blanks = " ".repeat(BLOCK_BYTES);
        let rows = [
            ("某市人民政府办公厅\n\n2024年3月5日", true),
            ("某市人民政府办公厅 \t 2024年3月5日", true),
            ("现予公布。\n\n市长 张某某\n2024年3月5日", true),
            ("发布日期:2024年3月5日", false),
            ("要加快推进工作。\n2024年3月5日", false),
            ("(2024年3月5日", false),
            ("2024年3月5日", false),
        ];
        for (text, want) in rows {
            let date = text.find("2024").expect("date");
            assert_eq!(signable(text, date), want, "{text}");
        }
        // Blanks past a block's length hide the body.
        let far = format!("办公厅{blanks}2024年3月5日");
        assert!(!signable(&far, far.find("2024").expect("date")));
    }
}
