//! Titles in 《》: finding them, and what a title alone says (genre, period).

use std::collections::HashSet;

use crate::pattern::Regex;

use crate::lexicon::cues::WordList;
use crate::lexicon::tsv::{self as gazetteer, Source};
use crate::pattern::{compile, compile_hot};
use crate::text::date::{YEAR, year_value};
use crate::text::segment::{Mark, Segments};
use crate::{Error, Span};

/// The longest title read inside 《》; an unbalanced 《 gives up after it.
const MAX_TITLE_CHARS: usize = 100;

/// The shortest title with no known genre that may still be a plan.
const MIN_UNKNOWN_CHARS: usize = 5;

/// How far after 》 an alias definition `(以下简称…)` may reach, in bytes.
const ALIAS_WINDOW: usize = 120;

/// One 《…》 in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Mention {
    /// The marks and everything between them (normalized coordinates).
    pub(super) span: Span,
    /// The text inside the marks, without whitespace.
    pub(super) title: String,
}

/// Every balanced 《…》 of at most [`MAX_TITLE_CHARS`] characters on one
/// line, in order. 〈〉 nest inside; a second 《 before the closing 》 means
/// the first was unbalanced, so scanning restarts there. The 《 come from
/// the segments' marks, and each looks at most [`MAX_TITLE_CHARS`]
/// characters ahead, so the scan is linear.
pub(super) fn scan(text: &str, segments: &Segments) -> Vec<Mention> {
    let mut mentions = Vec::new();
    let mut from = 0;
    for open in segments.within(Span::new(0, text.len()), Mark::TITLE_OPEN) {
        // A 《 inside the title just read opens nothing.
        if open < from {
            continue;
        }
        let inner = open + '《'.len_utf8();
        from = inner;
        let Some(rest) = text.get(inner..) else { break };
        let mut depth = 0usize;
        for (count, (offset, c)) in rest.char_indices().enumerate() {
            if count > MAX_TITLE_CHARS {
                break;
            }
            match c {
                '〈' => depth += 1,
                '〉' => depth = depth.saturating_sub(1),
                '《' | '\n' | '\r' => break,
                '》' if depth == 0 => {
                    let close = inner + offset;
                    let raw = rest.get(..offset).unwrap_or("");
                    // Most titles hold no blank: copied whole, not by character.
                    let title: String = if raw.contains(char::is_whitespace) {
                        raw.chars().filter(|c| !c.is_whitespace()).collect()
                    } else {
                        raw.to_owned()
                    };
                    if !title.is_empty() {
                        mentions.push(Mention {
                            span: Span::new(open, close + '》'.len_utf8()),
                            title,
                        });
                    }
                    from = close + '》'.len_utf8();
                    break;
                }
                _ => {}
            }
        }
    }
    mentions
}

/// What a title is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Class {
    /// A policy document, with its genre when the tail names a known one.
    Plan(Option<String>),
    /// A bare genre (《意见》, 《行动计划》): a back-reference, never a new plan.
    Genre,
    /// A newspaper, book, programme or anything else.
    Other,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Genre,
    Standalone,
    Not,
}

/// Title classification and the parts read from a title alone.
#[derive(Debug, Clone)]
pub(super) struct Titles {
    /// Known tails, longest first, so the first match is the longest.
    kinds: Vec<(String, Role)>,
    /// The words of `kinds`, in its order, indexed by last character: a
    /// title's genre is looked up among the kinds ending like it.
    kind_words: WordList,
    outlets: HashSet<String>,
    /// Trailing parts skipped before reading the genre: a period, an edition.
    trailer: Regex,
    period: Regex,
    /// An issuing or drafting verb ending the text before a title.
    introducer: Regex,
    /// A standard's code opening the text after a title: (GB/T 26341-2010).
    standard_code: Regex,
    years_plan: Regex,
    after: Regex,
    alias: Regex,
    /// What a policy document with no known genre is about.
    policy_word: Regex,
    /// When or to what batch it applies.
    anchor: Regex,
}

impl Titles {
    pub(super) fn new(kinds: Source, outlets: Source) -> Result<Self, Error> {
        let mut table = Vec::new();
        for row in gazetteer::parse(kinds.name, kinds.text, 2)? {
            let role = match row.get(1) {
                "genre" => Role::Genre,
                "standalone" => Role::Standalone,
                "not" => Role::Not,
                other => {
                    return Err(Error::gazetteer(
                        kinds.name,
                        row.line,
                        format!("role must be genre, standalone or not, found {other:?}"),
                    ));
                }
            };
            table.push((row.get(0).to_owned(), role));
        }
        table.sort_by_key(|(kind, _)| std::cmp::Reverse(kind.chars().count()));
        let outlets = gazetteer::parse(outlets.name, outlets.text, 1)?
            .iter()
            .map(|row| row.get(0).to_owned())
            .collect();
        Ok(Titles {
            policy_word: compile(
                r"(?x)
                建设|发展|改革|促进|推进|推动|实施|管理|工作|保护|治理|创新|振兴
                | 转型|开放|合作|监管|安全|制造|提升|加快|加强|深化|优化|培育|支持
                | 扶持|整治|试点|示范|高质量|一体化|现代化|数字化|产业|经济|营商环境
                | 防治|防控|规范|标准|分类|分级
                ",
            ),
            introducer: compile_hot(
                r"(?:印发|发布|出台|制定|颁布|修订|起草|编制|公布)(?:了|的|实施)?[\ ]*$",
            ),
            standard_code: compile_hot(r"^[\ ]*\([\ ]*[A-Z]{2,4}(?:/[TZ])?[\ ]*[0-9]"),
            anchor: compile(
                r"(?x)
                (?:19|20)[0-9]{2}                     # 2024年, 中国制造2025
                | 年度
                | 第[一二三四五六七八九十百0-9]+批 | 首批
                | [一二三四五六七八九十]{1,2}五   # 十四五, 十五五
                ",
            ),
            kind_words: WordList::new(table.iter().map(|(kind, _)| kind.clone()).collect()),
            kinds: table,
            outlets,
            trailer: compile_hot(
                &r"(?x)
                (?:
                  \([^()]{1,24}\)          # (2023—2025年), (试行), (征求意见稿)
                | 〈[^〈〉]{1,24}〉
                | YEAR年?(?:——|[-—–~至到])YEAR年?   # 2024~2026年, 二〇二四—二〇二六年
                | [0-9]+(?:\.[0-9]+)?版?         # 2.0, 3.0版
                | 升级版 | 修订版 | 修订稿 | 征求意见稿 | 草案
                )$"
                .replace("YEAR", YEAR),
            ),
            period: compile_hot(
                &r"(?x)
                (?P<a>YEAR)年?[\ ]*
                (?:——|[-—–~至到])
                [\ ]*(?P<b>YEAR)年?
                "
                .replace("YEAR", YEAR),
            ),
            // 三年行动计划 with its start year named: 2024年起三年行动计划,
            // 2024年…三年行动方案
            years_plan: compile(
                r"(?x)
                (?P<y>(?:19|20)[0-9]{2})年.{0,40}?
                (?P<n>[两三四五])年行动(?:方案|计划)
                ",
            ),
            // a period right after the closing mark: 《…行动方案》(2023—2025年)
            after: compile_hot(
                &r"(?x)
                ^[\ ]*\([\ ]*
                (?P<a>YEAR)年?[\ ]*(?:——|[-—–~至到])[\ ]*(?P<b>YEAR)年?
                [\ ]*\)
                "
                .replace("YEAR", YEAR),
            ),
            alias: compile_hot(
                r#"(?x)
                ^[\ ]*\([\ ]*
                (?:以下简称|以下称|下称|简称)[\ ]*:?[\ ]*
                (?:
                  《(?P<t>[^》\n]{1,20})》
                | “(?P<q>[^”\n]{1,20})”
                | "(?P<d>[^"\n]{1,20})"
                | (?P<b>[^()\n“”《》,]{1,20})
                )
                [\ ]*\)
                "#,
            ),
        })
    }

    /// The title without trailing periods, editions and drafts.
    pub(super) fn core<'t>(&self, title: &'t str) -> &'t str {
        let mut core = title;
        for _ in 0..3 {
            match self.trailer.find(core) {
                Some(m) if m.start() > 0 => core = core.get(..m.start()).unwrap_or(core),
                _ => break,
            }
        }
        core
    }

    /// What `title` is; `named_inside` says a place or agency lies inside
    /// its marks (read by the caller from the earlier passes).
    /// What a title is. `introduced` says an issuing or drafting verb
    /// stands right before it (印发《…》, 制定的《…》) or a standard's code
    /// right after it (《…》(GB/T 26341-2010)): then a title with no known
    /// genre is a policy document too.
    pub(super) fn classify(&self, title: &str, named_inside: bool, introduced: bool) -> Class {
        if self.outlets.contains(title) {
            return Class::Other;
        }
        let core = self.core(title);
        match self
            .kind_words
            .suffix_index_of(core)
            .and_then(|i| self.kinds.get(i))
        {
            Some((_, Role::Not)) => Class::Other,
            Some((kind, Role::Genre)) if core == kind => Class::Genre,
            Some((kind, _)) => Class::Plan(Some(kind.clone())),
            // No known genre: a policy document still shows itself by what
            // it is about and where or when it applies; a book, film, song or
            // programme title is short and literary, with neither.
            None if self.policy_like(title, core, named_inside) => Class::Plan(None),
            None if introduced
                && title.chars().count() >= MIN_UNKNOWN_CHARS
                && !outlet_like(core) =>
            {
                Class::Plan(None)
            }
            None => Class::Other,
        }
    }

    /// A title with no known genre read as a policy document: one `关于`
    /// ("on …") title, or a policy word (建设, 发展, 改革, 管理, 工作…) with an
    /// anchor (a place or agency inside, a year, 年度, 第N批, 十四五).
    /// The anchor is read on the whole title: a year at its end (中国制造2025)
    /// is stripped from the core like an edition number.
    fn policy_like(&self, title: &str, core: &str, named_inside: bool) -> bool {
        if title.chars().count() < MIN_UNKNOWN_CHARS || outlet_like(core) {
            return false;
        }
        core.contains("关于")
            || self.policy_word.is_match(core) && (named_inside || self.anchor.is_match(title))
    }

    /// Whether the text around a title introduces it as a document: an
    /// issuing or drafting verb right before (`before` ends at the 《), or a
    /// standard's code right after (`after` starts after the 》).
    pub(super) fn introduced(&self, before: &str, after: &str) -> bool {
        self.introducer.is_match(suffix(before, 24))
            || self.standard_code.is_match(prefix(after, 24))
    }

    /// The years a plan covers, from its title, or from a period written
    /// right after the closing mark (`after` starts at the closing 》's end).
    pub(super) fn period(&self, title: &str, after: &str) -> Option<[i32; 2]> {
        let span = |a: &str, b: &str| -> Option<[i32; 2]> {
            let (a, b) = (year_value(a)?, year_value(b)?);
            (a <= b && b - a <= 30).then_some([a, b])
        };
        // Both patterns of a period need its dash or 至; the one after the
        // title also its parenthesis: most titles and texts after them
        // have neither, and are passed without a search.
        if title.contains(PERIOD_MARKS)
            && let Some(caps) = self.period.captures(title)
        {
            return span(caps.name("a")?.as_str(), caps.name("b")?.as_str());
        }
        // The pattern needs 年行动; its counted run makes a search of a
        // title without it cost the title's length times its size.
        if let Some(caps) = title
            .contains("年行动")
            .then(|| self.years_plan.captures(title))
            .flatten()
        {
            let start = caps.name("y")?.as_str().parse::<i32>().ok()?;
            let years = match caps.name("n")?.as_str() {
                "两" => 2,
                "三" => 3,
                "四" => 4,
                _ => 5,
            };
            return Some([start, start + years - 1]);
        }
        if !after.trim_start_matches(' ').starts_with('(') {
            return None;
        }
        let caps = self.after.captures(after)?;
        span(caps.name("a")?.as_str(), caps.name("b")?.as_str())
    }

    /// A short name defined right after the title, `after` starting at the
    /// closing 》: the alias and the end of its parentheses in `after`.
    pub(super) fn alias(&self, after: &str) -> Option<(String, usize)> {
        let window = prefix(after, ALIAS_WINDOW);
        // The pattern opens with a parenthesis: none, no search.
        if !window.trim_start_matches(' ').starts_with('(') {
            return None;
        }
        let caps = self.alias.captures(window)?;
        let name = ["t", "q", "d", "b"]
            .iter()
            .find_map(|group| caps.name(group))?
            .as_str()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>();
        let end = caps.get(0)?.end();
        (!name.is_empty()).then_some((name, end))
    }
}

/// The marks between the two years of a period (2025—2027, 2025至2027):
/// the `period` and `after` patterns each need one.
const PERIOD_MARKS: [char; 6] = ['—', '-', '–', '~', '至', '到'];

/// Names of newspapers, sites and channels: …日报, …网, …频道.
fn outlet_like(title: &str) -> bool {
    [
        "报",
        "网",
        "刊",
        "杂志",
        "频道",
        "电视台",
        "新闻",
        "栏目",
        "版",
    ]
    .iter()
    .any(|tail| title.ends_with(tail))
}

/// The longest prefix of `text` of at most `max` bytes on a char boundary.
pub(super) fn prefix(text: &str, max: usize) -> &str {
    let mut end = max.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.get(..end).unwrap_or("")
}

/// The longest suffix of `text` of at most `max` bytes on a char boundary.
pub(super) fn suffix(text: &str, max: usize) -> &str {
    let mut start = text.len().saturating_sub(max);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    text.get(start..).unwrap_or("")
}
