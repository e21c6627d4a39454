//! Where a year expression stands and its parts, read at the few places one
//! can start: a four-digit year (1900–2099), a cue word right before one
//! (到2025年, 力争到2027年), 十X五 inside a numeral run, and the lexicon's
//! time words (今年, 明年, 未来, 今后, 年底前, 年内, 全年…). The forms, tried
//! in this order at one start:
//!
//! - a period: `2023—2025年`, `2021-2025年`, `2024年至2026年` (the first 年
//!   and a second dash optional; a closing parenthesis may stand for the
//!   last 年: `(2016-2025)`);
//! - a five-year plan: `十四五`, possibly quoted, possibly its end
//!   (`十四五末`, `“十四五”时期末`);
//! - the next N years: `未来五年`, `今后3年` (N up to 15);
//! - a relative year: `今年`, `到明年`, `今年底前`, `明年年底`, `今年内`;
//! - the current year unnamed: `年底前`, `年末前`, `年底`, `年末`, `年内`, `全年`;
//! - a single year: `2025年`, with a cue before (`到`, `至`, `力争`, `争取`,
//!   `确保`, `力争到`, `争取到`, `确保到`, `预计到`, `计划到`) and 底/末 and
//!   (以|之)前 after, or a month and day and 前 after (`2020年9月底前`,
//!   `2023年3月31日前`).
//!
//! Matches do not overlap: a start inside an earlier match is skipped.

use crate::Span;
use crate::lexicon::{Hits, Table};
use crate::text::date::chinese_digit;

/// Cue words before a single year, as its regex alternation ordered them.
const CUES: [&str; 10] = [
    "到",
    "至",
    "力争",
    "争取",
    "确保",
    "力争到",
    "争取到",
    "确保到",
    "预计到",
    "计划到",
];

/// The named parts of one match, as a regex's groups would be.
#[derive(Debug, Clone)]
pub(super) struct Groups<'t> {
    text: &'t str,
    whole: Span,
    parts: Vec<(&'static str, Span)>,
}

/// One part of a match.
#[derive(Debug, Clone, Copy)]
pub(super) struct Group<'t> {
    text: &'t str,
    span: Span,
}

impl<'t> Group<'t> {
    pub(super) fn as_str(&self) -> &'t str {
        self.text
            .get(self.span.start..self.span.end)
            .unwrap_or_default()
    }
    pub(super) fn start(&self) -> usize {
        self.span.start
    }
    pub(super) fn end(&self) -> usize {
        self.span.end
    }
    pub(super) fn range(&self) -> std::ops::Range<usize> {
        self.span.start..self.span.end
    }
}

impl<'t> Groups<'t> {
    /// The whole match.
    pub(super) fn whole(&self) -> Group<'t> {
        Group {
            text: self.text,
            span: self.whole,
        }
    }

    /// The part called `name`, when the match has it.
    pub(super) fn name(&self, name: &str) -> Option<Group<'t>> {
        self.parts
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, span)| Group {
                text: self.text,
                span,
            })
    }
}

/// Where the forms are read.
struct Reader<'t> {
    text: &'t str,
    parts: Vec<(&'static str, Span)>,
}

impl Reader<'_> {
    fn rest(&self, at: usize) -> &str {
        self.text.get(at..).unwrap_or_default()
    }

    /// `word` at `at`: its end. The words are a few bytes long and most
    /// tries fail at the first byte, tested before the whole word.
    fn word(&self, at: usize, word: &str) -> Option<usize> {
        let (text, word_bytes) = (self.text.as_bytes(), word.as_bytes());
        let first = word_bytes.first().is_none_or(|b| text.get(at) == Some(b));
        (first
            && text
                .get(at..)
                .is_some_and(|rest| rest.starts_with(word_bytes)))
        .then(|| at + word.len())
    }

    /// The first of `words` at `at`: its span.
    fn one_of(&self, at: usize, words: &[&str]) -> Option<Span> {
        words
            .iter()
            .find_map(|w| self.word(at, w).map(|end| Span::new(at, end)))
    }

    /// A year 1900–2099 at `at`, in Arabic (2025) or Chinese digits
    /// (二〇二五): its end.
    fn year(&self, at: usize) -> Option<usize> {
        year_at(self.rest(at)).map(|len| at + len)
    }

    fn mark(&mut self, name: &'static str, span: Span) {
        self.parts.push((name, span));
    }

    fn period(&mut self, at: usize) -> Option<usize> {
        let from = self.year(at)?;
        let mut p = self.word(from, "年").unwrap_or(from);
        let dash = |c: char| matches!(c, '—' | '–' | '-' | '~' | '～' | '至' | '到');
        let first = self.rest(p).chars().next().filter(|&c| dash(c))?;
        p += first.len_utf8();
        let to_start = match self.year(p) {
            Some(_) => p,
            None => {
                let second = self.rest(p).chars().next().filter(|&c| dash(c))?;
                p + second.len_utf8()
            }
        };
        let to = self.year(to_start)?;
        // 年 closes the period, or a parenthesis does: 《…规划(2016-2025)》.
        let end = self
            .word(to, "年")
            .or_else(|| self.rest(to).starts_with(')').then_some(to))?;
        self.mark("from", Span::new(at, from));
        self.mark("to", Span::new(to_start, to));
        Some(end)
    }

    fn plan(&mut self, at: usize) -> Option<usize> {
        let after_ten = self.word(at, "十")?;
        let n = self
            .rest(after_ten)
            .chars()
            .next()
            .filter(|c| "一二三四五六七八九".contains(*c))?;
        let core_end = self.word(after_ten + n.len_utf8(), "五")?;
        self.mark("fyp_core", Span::new(at, core_end));
        self.mark("fyp", Span::new(after_ten, after_ten + n.len_utf8()));
        let mut end = core_end;
        if let Some(q) = self
            .rest(end)
            .chars()
            .next()
            .filter(|c| matches!(c, '”' | '"' | '’'))
        {
            end += q.len_utf8();
        }
        if let Some(tail) = self.one_of(end, &["时期末", "期末", "末"]) {
            self.mark("fyp_end", tail);
            end = tail.end;
        }
        Some(end)
    }

    fn ahead(&mut self, at: usize) -> Option<usize> {
        let p = self.one_of(at, &["未来", "今后"])?.end;
        let rest = self.rest(p);
        let first = rest.chars().next()?;
        let n_end = if "一二两三四五六七八九十".contains(first) {
            p + first.len_utf8()
        } else if first.is_ascii_digit()
            && first != '0'
            && rest.get(1..).is_some_and(|r| r.starts_with('年'))
        {
            p + 1
        } else if first == '1'
            && rest
                .as_bytes()
                .get(1)
                .is_some_and(|b| (b'0'..=b'5').contains(b))
        {
            p + 2
        } else {
            return None;
        };
        let end = self.word(n_end, "年")?;
        self.mark("ahead", Span::new(p, n_end));
        Some(end)
    }

    fn relative(&mut self, at: usize) -> Option<usize> {
        let mut p = at;
        if let Some(cue) = self.one_of(p, &["到", "至"]) {
            if self.one_of(cue.end, &["今年", "明年"]).is_some() {
                self.mark("rel_cue", cue);
                p = cue.end;
            }
        }
        let rel = self.one_of(p, &["今年", "明年"])?;
        self.mark("rel", rel);
        p = rel.end;
        let tail_from = self.word(p, "年").unwrap_or(p);
        if let Some(tail) = self.one_of(tail_from, &["底", "末"]) {
            self.mark("rel_tail", Span::new(p, tail.end));
            p = tail.end;
        }
        let before_from = self.one_of(p, &["以", "之"]).map_or(p, |s| s.end);
        if let Some(before) = self.one_of(before_from, &["前"]) {
            self.mark("rel_before", Span::new(p, before.end));
            p = before.end;
        }
        if let Some(within) = self.one_of(p, &["内"]) {
            self.mark("rel_in", within);
            p = within.end;
        }
        Some(p)
    }

    fn this(&mut self, at: usize) -> Option<usize> {
        let word = self.one_of(at, &["年底前", "年末前", "年底", "年末", "年内", "全年"])?;
        self.mark("this", word);
        Some(word.end)
    }

    fn single(&mut self, at: usize) -> Option<usize> {
        let cue = CUES
            .iter()
            .filter_map(|c| self.word(at, c).map(|end| Span::new(at, end)))
            .find(|c| self.year(c.end).is_some());
        let year_start = cue.map_or(at, |c| c.end);
        let year_end = self.year(year_start)?;
        let mut p = self.word(year_end, "年")?;
        if let Some(cue) = cue {
            self.mark("cue", cue);
        }
        self.mark("year", Span::new(year_start, year_end));
        // A month and day before 前 make a deadline too: 2020年9月底前,
        // 于2023年3月31日前 (a date with nothing after it is read later).
        if let Some(end) = self.month_day_before(p) {
            self.mark("before", Span::new(p, end));
            return Some(end);
        }
        if let Some(tail) = self.one_of(p, &["底", "末"]) {
            self.mark("tail", tail);
            p = tail.end;
        }
        let before_from = self.one_of(p, &["以", "之"]).map_or(p, |s| s.end);
        if let Some(before) = self.one_of(before_from, &["前"]) {
            self.mark("before", Span::new(p, before.end));
            p = before.end;
        }
        Some(p)
    }

    /// `9月底前`, `3月31日前`, `6月30日以前` at `at`: where it ends.
    fn month_day_before(&self, at: usize) -> Option<usize> {
        let numeral = |from: usize| {
            let rest = self.rest(from);
            let n = rest
                .char_indices()
                .take_while(|&(_, c)| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
                .last()
                .map(|(i, c)| i + c.len_utf8())?;
            (n > 0).then_some(from + n)
        };
        let mut p = self.word(numeral(at)?, "月")?;
        if let Some(day_end) = numeral(p).and_then(|d| self.one_of(d, &["日", "号"])) {
            p = day_end.end;
        } else if let Some(tail) = self.one_of(p, &["底", "末"]) {
            p = tail.end;
        } else {
            return None;
        }
        let p = self.one_of(p, &["以", "之"]).map_or(p, |s| s.end);
        self.word(p, "前")
    }

    /// The first form matching at `at`, in the order of the module docs.
    fn at(&mut self, at: usize) -> Option<Span> {
        let forms: [fn(&mut Self, usize) -> Option<usize>; 6] = [
            Reader::period,
            Reader::plan,
            Reader::ahead,
            Reader::relative,
            Reader::this,
            Reader::single,
        ];
        for form in forms {
            self.parts.clear();
            if let Some(end) = form(self, at) {
                return Some(Span::new(at, end));
            }
        }
        self.parts.clear();
        None
    }
}

/// The byte length of a year 1900–2099 opening `s`: four Arabic digits, or
/// four Chinese digits (二〇二五, 一九九八).
pub(super) fn year_at(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    if b.get(..4)?.iter().all(u8::is_ascii_digit) {
        return matches!(b.get(..2), Some(b"19" | b"20")).then_some(4);
    }
    let digits: Vec<u32> = s.chars().take(4).map_while(chinese_digit).collect();
    match digits.as_slice() {
        [1, 9, _, _] | [2, 0, _, _] => Some(s.chars().take(4).map(char::len_utf8).sum()),
        _ => None,
    }
}

/// Every year expression in `text`, in order, not overlapping.
pub(super) fn find<'t>(text: &'t str, numerals: &[Span], hits: &Hits) -> Vec<Groups<'t>> {
    let mut starts: Vec<usize> = Vec::new();
    for run in numerals {
        let run_text = text.get(run.start..run.end).unwrap_or_default();
        for (i, c) in run_text.char_indices() {
            let at = run.start + i;
            if c == '十' {
                starts.push(at);
            }
            // A year starts a run of exactly four digits.
            let digits_before = text
                .as_bytes()
                .get(at.wrapping_sub(1))
                .is_some_and(u8::is_ascii_digit);
            let four = text
                .as_bytes()
                .get(at..at + 4)
                .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
                && !text.as_bytes().get(at + 4).is_some_and(u8::is_ascii_digit);
            // Or four Chinese digits making a whole run (二〇三五年).
            let chinese = i == 0
                && chinese_digit(c).is_some()
                && run_text.chars().count() == 4
                && year_at(run_text).is_some();
            if (c.is_ascii_digit() && !digits_before && four) || chinese {
                starts.push(at);
                let head = text.get(..at).unwrap_or_default();
                starts.extend(
                    CUES.iter()
                        .filter(|c| head.ends_with(*c))
                        .map(|c| at - c.len()),
                );
            }
        }
    }
    let head_of = |at: usize| text.get(..at).unwrap_or_default();
    for hit in hits.of(Table::Time) {
        let at = hit.span().start;
        starts.push(at);
        for cue in ["到", "至"] {
            if head_of(at).ends_with(cue) {
                starts.push(at - cue.len());
            }
        }
    }
    starts.sort_unstable();
    starts.dedup();
    let mut reader = Reader {
        text,
        parts: Vec::new(),
    };
    let mut found = Vec::new();
    let mut next = 0;
    for start in starts {
        if start < next {
            continue;
        }
        if let Some(whole) = reader.at(start) {
            next = whole.end.max(start + 1);
            found.push(Groups {
                text,
                whole,
                parts: std::mem::take(&mut reader.parts),
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::testing::LEXICON;
    use crate::text::segment::Segments;

    /// (name, text, the matches as `whole[part=value,…]`)
    const ROWS: &[(&str, &str, &[&str])] = &[
        (
            "period",
            "(2023—2025年)",
            &["2023—2025年[from=2023,to=2025]"],
        ),
        (
            "period two dashes",
            "2023——2025年",
            &["2023——2025年[from=2023,to=2025]"],
        ),
        (
            "period with 年 and 至",
            "2024年至2026年",
            &["2024年至2026年[from=2024,to=2026]"],
        ),
        (
            "cue and year",
            "力争到2027年底前",
            &["力争到2027年底前[cue=力争到,year=2027,tail=底,before=前]"],
        ),
        (
            "plan end",
            "“十四五”末",
            &["十四五”末[fyp_core=十四五,fyp=四,fyp_end=末]"],
        ),
        ("ahead", "未来10年", &["未来10年[ahead=10]"]),
        ("ahead in words", "今后五年", &["今后五年[ahead=五]"]),
        (
            "relative",
            "到明年年底",
            &["到明年年底[rel_cue=到,rel=明年,rel_tail=年底]"],
        ),
        (
            "this year unnamed",
            "力争年底前完成",
            &["年底前[this=年底前]"],
        ),
        ("five digits are no year", "12025年", &[]),
        (
            "year inside a longer match is skipped",
            "2025年内",
            &["2025年[year=2025]"],
        ),
    ];

    #[test]
    fn forms() {
        for (name, text, want) in ROWS {
            let segments = Segments::new(text);
            let hits = LEXICON.scan(text);
            let got: Vec<String> = find(text, segments.numerals(), &hits)
                .iter()
                .map(|g| {
                    let parts: Vec<String> = g
                        .parts
                        .iter()
                        .map(|(n, s)| format!("{n}={}", &text[s.start..s.end]))
                        .collect();
                    format!("{}[{}]", g.whole().as_str(), parts.join(","))
                })
                .collect();
            assert_eq!(got, *want, "{name}");
        }
    }
}
