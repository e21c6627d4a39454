//! Document numbers (发文字号): `国发〔2019〕4号`, `国办发[2018]128号`,
//! `粤府办〔2024〕6号`, `京政发(2023)12号`, in a document's header and in
//! running text (`《X》(国发〔2019〕4号)`).
//!
//! # What is read
//!
//! A number is found from its year: a numeral run of four digits (Arabic or
//! Chinese, 1900–2099) between brackets (`〔〕`, `[]`, `()`, `【】`, `〖〗`,
//! in any pairing), with a serial right after the closing bracket (`4号`,
//! `第4号`, a space allowed before 号) and a code of Han characters right
//! before the opening one. The code is the Han run before the bracket, at
//! most [`MAX_BEFORE`] characters, cut after a word that is no part of it
//! (`根据国发…`, `…的通知国办发…`, see [`codes`]); a code shorter than
//! [`MIN_CODE`] or longer than [`MAX_CODE`] characters is none (`于(2020)12号`).
//!
//! Rejected: licence and registration numbers (`粤ICP备15016469号`, no year
//! in brackets), court case numbers (`(2023)京01民初1号`: no code before the
//! year, no serial right after it), a year in brackets with no serial
//! (`《规划(2021—2025年)》`), a bracketed year with no Han code before it.
//!
//! `number` is normalized as `code〔year〕serial号`; `issuer` comes from the
//! code table (`国发` → 中华人民共和国国务院, `粤府办` → 广东省人民政府办公厅)
//! and is `None` for codes the table does not make certain.
//!
//! # Plans
//!
//! The pass leaves, for each number, the titles the text ties to it (see
//! [`crate::resolve`], which keeps a title only when it is a plan found):
//! the 《》 title right before `(国发〔2019〕4号)`; for a number heading a
//! document, the title glued before it on its line (`…的通知国办发〔2014〕
//! 56号`), the title line right above it, or the first title line among
//! the [`HEADER_LINES`] lines after it; and the plan such a notice issues
//! (`关于印发《X》的通知` → X).

mod codes;

#[cfg(test)]
mod tests;

use crate::lexicon::tsv as gazetteer;
use crate::passes::{Context, Draft, Pass, Tie};
use crate::text::chars::is_han;
use crate::text::date::year_value;
use crate::text::numeral;
use crate::text::segment::{MAX_TITLE_BYTES, Mark};
use crate::{Error, Kinds, Number, Span};
use codes::Codes;

/// How many Han characters before a year's bracket are read for its code.
const MAX_BEFORE: usize = 12;

/// The shortest and longest code kept, in characters (国发 has two,
/// 穗天科工信规字 seven).
const MIN_CODE: usize = 2;
const MAX_CODE: usize = 10;

/// The longest serial, in characters.
const MAX_SERIAL: usize = 6;

/// How many lines after a heading number are read for the document's title.
const HEADER_LINES: usize = 4;

/// The longest title line read under a number, in bytes.
const MAX_TITLE_LINE: usize = 300;

#[derive(Debug, Clone)]
pub(crate) struct Rules {
    codes: Codes,
}

impl Rules {
    pub(crate) fn new() -> Result<Self, Error> {
        Ok(Rules {
            codes: Codes::new(gazetteer::NUMBERS, gazetteer::PLACE_ABBREVIATIONS)?,
        })
    }

    /// The number whose year is the numeral run `year`, if one is.
    fn read(&self, text: &str, year: Span) -> Option<Number> {
        let digits = text.get(year.start..year.end)?;
        if digits.chars().count() != 4 {
            return None;
        }
        let value = year_value(digits).filter(|y| (1900..2100).contains(y))?;
        let open = text.get(..year.start)?.chars().next_back()?;
        if !matches!(open, '〔' | '[' | '(' | '【' | '〖') {
            return None;
        }
        let open_at = year.start - open.len_utf8();
        let after = text.get(year.end..)?;
        let close = after.chars().next()?;
        if !matches!(close, '〕' | ']' | ')' | '】' | '〗') {
            return None;
        }
        let (seq, end) = serial(text, year.end + close.len_utf8())?;
        let before = text.get(..open_at)?;
        let run_start = before
            .char_indices()
            .rev()
            .take(MAX_BEFORE)
            .take_while(|&(_, c)| is_han(c))
            .last()
            .map_or(open_at, |(i, _)| i);
        let start = run_start + self.codes.start(text.get(run_start..open_at)?);
        let code = text.get(start..open_at)?;
        if !(MIN_CODE..=MAX_CODE).contains(&code.chars().count()) {
            return None;
        }
        Some(Number {
            number: format!("{code}〔{value}〕{seq}号"),
            prefix: code.to_owned(),
            year: value,
            seq: Some(seq),
            issuer: self.codes.issuer(code),
            plan: None,
            surface: String::new(),
            span: Span::new(start, end),
        })
    }

    /// The titles the text ties to the number at `span`.
    fn titles(&self, cx: &Context<'_>, span: Span) -> Vec<String> {
        let text = cx.text;
        let before = text.get(..span.start).unwrap_or_default();
        // 《X》(国发〔2019〕4号): the title right before.
        if let Some(inner) = before.strip_suffix('(').and_then(|b| b.strip_suffix('》')) {
            let close = inner.len();
            let floor = close.saturating_sub(MAX_TITLE_BYTES);
            let open = cx.segments.prev(close, Mark::TITLE_OPEN, floor);
            return open
                .and_then(|o| text.get(o + '《'.len_utf8()..close))
                .map(|t| vec![compact(t)])
                .unwrap_or_default();
        }
        let line = cx.segments.line(span.start, MAX_TITLE_LINE);
        let lead = text.get(line.start..span.start).unwrap_or_default().trim();
        if !lead.is_empty() {
            // 国务院办公厅关于…的通知国办发〔2014〕56号: the title glued before.
            return if self.is_title(lead) {
                issued(lead)
            } else {
                Vec::new()
            };
        }
        // A number heading its document: the title line above it, else the
        // title lines after it.
        if let Some(above) = line.start.checked_sub(1) {
            let prev = cx.segments.line(above, MAX_TITLE_LINE);
            let body = text.get(prev.start..prev.end).unwrap_or_default().trim();
            if self.is_title(body) {
                return issued(body);
            }
        }
        let mut at = span.end;
        for _ in 0..HEADER_LINES {
            let Some(next) = cx.segments.next(at, Mark::LINE, text.len()) else {
                break;
            };
            let line = cx.segments.line(next + 1, MAX_TITLE_LINE);
            at = line.end;
            let body = text.get(line.start..line.end).unwrap_or_default().trim();
            let mut titles = Vec::new();
            // 关于印发X办法 / 实施细则的通知: a title broken over two lines
            // (its first line may end like a title itself).
            if body.starts_with("关于") {
                let more = cx.segments.line(line.end + 1, MAX_TITLE_LINE);
                let rest = text.get(more.start..more.end).unwrap_or_default().trim();
                let joined = format!("{body}{rest}");
                if self.is_title(&joined) {
                    titles = issued(&joined);
                }
            }
            if self.is_title(body) {
                titles.extend(issued(body));
            }
            if !titles.is_empty() {
                return titles;
            }
        }
        Vec::new()
    }

    /// Whether a line reads as a document's title: no sentence marks, and a
    /// genre word at its end.
    fn is_title(&self, line: &str) -> bool {
        !line.contains(['。', ',', ':', ';'])
            && self
                .codes
                .ends
                .iter()
                .any(|w| w.chars().count() >= 2 && line.ends_with(w.as_str()))
    }
}

/// The serial after a year's closing bracket at `at` (`4号`, `第4号`,
/// `4 号`): its value and where 号 ends.
fn serial(text: &str, at: usize) -> Option<(u32, usize)> {
    let rest = text.get(at..)?;
    let trimmed = rest.trim_start_matches(' ');
    let trimmed = trimmed.strip_prefix('第').unwrap_or(trimmed);
    let from = at + (rest.len() - trimmed.len());
    let len: usize = trimmed
        .chars()
        .take(MAX_SERIAL + 1)
        .take_while(|&c| crate::text::segment::is_numeral(c))
        .map(char::len_utf8)
        .sum();
    let digits = trimmed.get(..len)?;
    if digits.is_empty() || digits.chars().count() > MAX_SERIAL {
        return None;
    }
    let value = numeral::number(digits).filter(|v| v.fract() == 0.0 && *v >= 1.0 && *v < 1e6)?;
    let after = trimmed.get(len..)?;
    let tail = after.trim_start_matches(' ');
    tail.starts_with('号')
        .then(|| from + len + (after.len() - tail.len()) + '号'.len_utf8())
        .map(|end| {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a whole number from 1 to 999999"
            )]
            let seq = value as u32;
            (seq, end)
        })
}

/// A title as the plans pass names it: no white space.
fn compact(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A notice's title and, when it issues another document (`关于印发X的通知`,
/// `关于印发《X》的通知`), that document's title.
fn issued(title: &str) -> Vec<String> {
    let mut titles = vec![compact(title)];
    let inner = title
        .split_once("印发")
        .and_then(|(_, rest)| rest.strip_suffix("的通知"))
        .map(|t| t.trim_start_matches('《').trim_end_matches('》'));
    if let Some(t) = inner.filter(|t| !t.is_empty()) {
        titles.push(compact(t));
    }
    titles
}

impl Pass for Rules {
    fn name(&self) -> &'static str {
        "numbers"
    }

    fn reads(&self) -> Kinds {
        Kinds::NONE
    }

    fn writes(&self) -> Kinds {
        Kinds::NUMBERS
    }

    fn run(&self, cx: &Context<'_>, draft: &mut Draft) {
        for run in cx.segments.numerals() {
            let Some(number) = self.read(cx.text, *run) else {
                continue;
            };
            let titles = self.titles(cx, number.span);
            if !titles.is_empty() {
                draft.ties.push(Tie {
                    span: number.span,
                    titles,
                });
            }
            draft.doc.numbers.push(number);
        }
    }
}
