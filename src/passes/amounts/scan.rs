//! Where a number with its unit stands: the parts of a quantity read from a
//! start position, with the unit read where the number ends ([`Units::at`]).
//!
//! Read at a start (a numeral run's character, a 几/数 leading one, a ratio
//! word), in this order:
//!
//! - `百分之三十`: the 百分之 form, its Chinese numeral greedy (unit %);
//! - an Arabic number `1,200.5`, then as few multipliers (十百千万亿) as
//!   let a unit follow (`1.5万亿元` is 1.5 and 万亿元, not 1.5万 and 亿元);
//! - a Chinese number, as few characters as let a unit follow (`三千万人`
//!   is 三千 and 万人);
//! - after either, an optional range (`3~5`, `3至5`, `三到五`) read the same
//!   way, an optional 多 or 余 (`300多家`), then the longest unit starting
//!   there;
//! - a ratio word (PUE) and, within six characters that hold no digit or
//!   clause mark, a plain decimal: `PUE低于1.3`.
//!
//! A numeral is read at most [`MAX_NUMERAL`] characters long; a longer run
//! is no quantity.

use crate::Span;
use crate::lexicon::units::Units;
use crate::lexicon::{Hits, Table};
use crate::text::numeral::{self, Amount};
use crate::text::segment::is_numeral;

/// The longest numeral read, in characters (digits, separators, multipliers).
pub(super) const MAX_NUMERAL: usize = 40;

/// The parts of one quantity, in normalized-text coordinates.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Parts {
    /// The whole quantity.
    pub(super) whole: Span,
    /// The numeral of a 百分之 form.
    pub(super) pnum: Option<Span>,
    /// The number after a ratio word.
    pub(super) rnum: Option<Span>,
    /// The number, or a range's low end.
    pub(super) a: Option<Span>,
    /// A range's high end.
    pub(super) b: Option<Span>,
    /// 多 or 余 after the number.
    pub(super) vague: Option<Span>,
    /// The unit, and its row in the unit table.
    pub(super) unit: Option<(Span, usize)>,
    /// The value of a Chinese number `a` without a range, 多 or 余, as the
    /// scan read it to know it for a number: no second parse.
    pub(super) value: Option<Amount>,
}

/// What a quantity's parts are matched against.
pub(super) struct Reader<'t> {
    pub(super) text: &'t str,
    pub(super) hits: &'t Hits,
    pub(super) units: &'t Units,
}

fn is_multiplier(c: char) -> bool {
    matches!(c, '十' | '百' | '千' | '万' | '亿')
}

/// Characters a Chinese number may start with.
fn is_cn_start(c: char) -> bool {
    matches!(
        c,
        '零' | '〇' | '一' | '二' | '两' | '三' | '四' | '五' | '六' | '七' | '八' | '九'
    ) || is_multiplier(c)
}

/// Characters a Chinese number may go on with.
fn is_cn_rest(c: char) -> bool {
    is_cn_start(c) || matches!(c, '几' | '点')
}

/// Characters of a 百分之 numeral: Chinese digits, 十 and 百, and 点.
fn is_percent_numeral(c: char) -> bool {
    c == '点' || (is_numeral(c) && !c.is_ascii_digit() && !matches!(c, '千' | '万' | '亿'))
}

/// Whether a Chinese numeral may be a quantity's number: it reads as one
/// (`Some` with its value), or it is a vague amount (几十, 数百) or a bare
/// multiplier after a comparator (近千亿元), which the goals pass judges in
/// context (`Some(None)`).
fn readable(numeral: &str) -> Option<Option<Amount>> {
    match numeral::amount(numeral) {
        Some(value) => Some(Some(value)),
        None => {
            (numeral.starts_with(is_multiplier) || numeral.contains(['几', '数'])).then_some(None)
        }
    }
}

fn is_range_mark(c: char) -> bool {
    matches!(c, '~' | '～' | '至' | '到' | '-' | '—' | '–')
}

impl Reader<'_> {
    fn char_at(&self, at: usize) -> Option<char> {
        self.text.get(at..)?.chars().next()
    }

    /// The end of the longest run from `at` of characters `class` accepts,
    /// at most `max` characters.
    fn run(&self, at: usize, max: usize, class: impl Fn(char) -> bool) -> usize {
        let rest = self.text.get(at..).unwrap_or_default();
        let mut end = at;
        for c in rest.chars().take(max) {
            if !class(c) {
                break;
            }
            end += c.len_utf8();
        }
        end
    }

    /// The quantity starting at `start`, if one does; `ratio` says a ratio
    /// word starts there (else none is looked for). `stop` is set when a
    /// Chinese number found nothing after it at any length: see
    /// [`Reader::chinese`].
    fn at(&self, start: usize, ratio: bool, stop: &mut Option<usize>) -> Option<Parts> {
        if let Some(parts) = self.percent(start) {
            return Some(parts);
        }
        let first = self.char_at(start)?;
        let number = if first.is_ascii_digit() {
            self.arabic(start, true)
        } else if is_cn_start(first) || matches!(first, '几' | '数') {
            match self.chinese(start, |c| is_cn_start(c) || matches!(c, '几' | '数'), true) {
                Ok(parts) => Some(parts),
                Err(end) => {
                    *stop = end;
                    None
                }
            }
        } else {
            None
        };
        number.or_else(|| ratio.then(|| self.ratio(start)).flatten())
    }

    /// The 百分之 form at `start`.
    fn percent(&self, start: usize) -> Option<Parts> {
        let after = self.text.get(start..)?.strip_prefix("百分之")?;
        let from = self.text.len() - after.len();
        let end = self.run(from, MAX_NUMERAL, is_percent_numeral);
        (end > from).then(|| Parts {
            whole: Span::new(start, end),
            pnum: Some(Span::new(from, end)),
            ..Parts::default()
        })
    }

    /// The quantity starting at `start`, as [`Reader::at`] reads it, for
    /// starts taken in increasing order. `failed` carries the end of the
    /// last stretch whose reading found no quantity: a digit stretch
    /// (`2025` of `2025年`) whose Arabic number had nothing after it, or a
    /// Chinese one (`十四五` of `十四五规划`) none of whose lengths had. A later
    /// character of that stretch reads the same number to the same end, or
    /// a shorter one to ends already tried, and everything after a number
    /// depends on its end only: it fails too, and only a 百分之 or a ratio
    /// word may start there. `ratio` says a ratio word starts at `start`
    /// (the hits tell where, no lookup needed elsewhere).
    pub(super) fn next_at(&self, start: usize, ratio: bool, failed: &mut usize) -> Option<Parts> {
        self.next_reading(start, ratio, failed, true)
    }

    /// [`Reader::next_at`], taking the shortcut of [`Reader::unfollowed`]
    /// only when `shortcut` (always but in the test that checks it).
    fn next_reading(
        &self,
        start: usize,
        ratio: bool,
        failed: &mut usize,
        shortcut: bool,
    ) -> Option<Parts> {
        if start < *failed {
            return self
                .percent(start)
                .or_else(|| ratio.then(|| self.ratio(start)).flatten());
        }
        // Most starts read no number (`2025` of `2025年`, `一` of `统一`):
        // told at once when nothing a quantity needs can follow the
        // number at any length, without reading it.
        if let Some(end) = self.unfollowed(start).filter(|_| shortcut) {
            let parts = self
                .percent(start)
                .or_else(|| ratio.then(|| self.ratio(start)).flatten());
            if parts.is_none() {
                *failed = end;
            }
            return parts;
        }
        let mut stop = None;
        let parts = self.at(start, ratio, &mut stop);
        if parts.is_some() {
            return parts;
        }
        if let Some(end) = stop {
            *failed = end;
        } else if self.char_at(start).is_some_and(|c| c.is_ascii_digit()) {
            // A stretch longer than a numeral is read in pieces, each to
            // its own end: only a whole one is read the same from each digit.
            let end = self.run(start, MAX_NUMERAL + 1, |c| c.is_ascii_digit());
            if end - start <= MAX_NUMERAL {
                *failed = end;
            }
        }
        None
    }

    /// Whether a character may follow a number in a quantity: a range
    /// mark, 多 or 余, or the start of a unit.
    fn may_follow(&self, c: char) -> bool {
        is_range_mark(c) || matches!(c, '多' | '余') || self.units.may_start(c)
    }

    /// The end of the stretch at `start` when the number it opens is no
    /// quantity at any length: a digit stretch (`2025` of `2025年`) ending
    /// where neither grouping, a decimal point, a multiplier nor anything
    /// [`Reader::may_follow`] allows stands, or a Chinese one (`一` of
    /// `一些`) no character of which after the first, nor the one after it,
    /// may follow a number. There [`Reader::arabic`] finds nothing and
    /// [`Reader::next_at`] takes the stretch as failed, and
    /// [`Reader::chinese`] fails with that same end. `None` when a reading
    /// is needed to tell, or `start` opens no number.
    fn unfollowed(&self, start: usize) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if bytes.get(start).is_some_and(u8::is_ascii_digit) {
            let digits = bytes
                .get(start..)?
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            // A stretch longer than a numeral is read in pieces.
            if digits > MAX_NUMERAL {
                return None;
            }
            let end = start + digits;
            return match self.char_at(end) {
                Some(c) if matches!(c, ',' | '.') || is_multiplier(c) || self.may_follow(c) => None,
                _ => Some(end),
            };
        }
        let first = self.char_at(start)?;
        if !(is_cn_start(first) || matches!(first, '几' | '数')) {
            return None;
        }
        // As `chinese` walks: each end tried, at most MAX_NUMERAL of them.
        let mut end = start + first.len_utf8();
        for _ in 0..MAX_NUMERAL {
            match self.char_at(end) {
                Some(c) if self.may_follow(c) => return None,
                Some(c) if is_cn_rest(c) => end += c.len_utf8(),
                _ => return Some(end),
            }
        }
        None
    }

    /// An Arabic number at `start` and what follows it; `range` says a
    /// range may follow (not after a range's high end).
    fn arabic(&self, start: usize, range: bool) -> Option<Parts> {
        let mut end = self.run(start, MAX_NUMERAL, |c| c.is_ascii_digit());
        // Thousands groups: ,200 ,000
        while self.text.get(end..).is_some_and(|r| {
            r.starts_with(',')
                && r.as_bytes()
                    .get(1..4)
                    .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        }) && !self
            .text
            .as_bytes()
            .get(end + 4)
            .is_some_and(u8::is_ascii_digit)
        {
            end += 4;
        }
        if self.text.get(end..).is_some_and(|r| r.starts_with('.'))
            && self.char_at(end + 1).is_some_and(|c| c.is_ascii_digit())
        {
            end = self.run(end + 1, MAX_NUMERAL, |c| c.is_ascii_digit());
        }
        // As few multipliers as let the rest follow.
        loop {
            if let Some(parts) = self.after_number(Span::new(start, end), range) {
                return Some(parts);
            }
            match self.char_at(end) {
                Some(c) if is_multiplier(c) => end += c.len_utf8(),
                _ => return None,
            }
        }
    }

    /// A Chinese number at `start` (its first character accepted by
    /// `first`), as short as lets the rest follow. On failure, the end of
    /// the stretch of numeral characters when nothing followed the number
    /// at any length within it (`Err(Some(end))`).
    fn chinese(
        &self,
        start: usize,
        first: impl Fn(char) -> bool,
        range: bool,
    ) -> Result<Parts, Option<usize>> {
        let c = self.char_at(start).filter(|&c| first(c)).ok_or(None)?;
        let mut end = start + c.len_utf8();
        let mut followed = false;
        for _ in 0..MAX_NUMERAL {
            // 三千五百万元 is 三千五百 and 万元: a split whose numeral reads as
            // no number (三千五 and 百万元) gives way to the next.
            if let Some(parts) = self.after_number(Span::new(start, end), range) {
                followed = true;
                let numeral = self.text.get(start..end).unwrap_or_default();
                if let Some(value) = readable(numeral) {
                    let plain = parts.b.is_none() && parts.vague.is_none();
                    return Ok(Parts {
                        value: value.filter(|_| plain),
                        ..parts
                    });
                }
            }
            match self.char_at(end) {
                Some(c) if is_cn_rest(c) => end += c.len_utf8(),
                _ => return Err((!followed).then_some(end)),
            }
        }
        Err(None)
    }

    /// What follows a number `a`: a range's high end, 多/余, the unit.
    fn after_number(&self, a: Span, range: bool) -> Option<Parts> {
        if range && let Some(mark) = self.char_at(a.end).filter(|&c| is_range_mark(c)) {
            let b_start = a.end + mark.len_utf8();
            let high = match self.char_at(b_start) {
                Some(c) if c.is_ascii_digit() => self.arabic(b_start, false),
                Some(_) => self.chinese(b_start, is_cn_start, false).ok(),
                None => None,
            };
            if let Some(high) = high {
                return Some(Parts {
                    whole: Span::new(a.start, high.whole.end),
                    a: Some(a),
                    b: high.a,
                    value: None,
                    ..high
                });
            }
        }
        self.tail(a)
    }

    /// 多/余 and the unit after the number `a`.
    fn tail(&self, a: Span) -> Option<Parts> {
        let vague = self
            .char_at(a.end)
            .filter(|c| matches!(c, '多' | '余'))
            .map(|c| Span::new(a.end, a.end + c.len_utf8()));
        let with_vague = vague.and_then(|v| Some((Some(v), self.unit_at(v.end)?)));
        let (vague, unit) = with_vague.or_else(|| Some((None, self.unit_at(a.end)?)))?;
        Some(Parts {
            whole: Span::new(a.start, unit.0.end),
            a: Some(a),
            vague,
            unit: Some(unit),
            ..Parts::default()
        })
    }

    /// The longest unit at `at`, and its row. A bare multiplier (万, 亿,
    /// 万亿) with more numeral after it is part of the number
    /// (一千二百三十四万五千), no unit.
    fn unit_at(&self, at: usize) -> Option<(Span, usize)> {
        let (end, row) = self.units.at(self.text, at)?;
        let unit = self.units.row(row)?;
        let bare = matches!(unit.name.as_str(), "万" | "亿" | "万亿");
        if bare
            && self
                .char_at(end)
                .is_some_and(|c| c.is_ascii_digit() || is_cn_rest(c))
        {
            return None;
        }
        Some((Span::new(at, end), row))
    }

    /// A ratio word at `start`, a few characters of comparator, a decimal.
    fn ratio(&self, start: usize) -> Option<Parts> {
        let word = self.hits.longest_at(Table::Ratio, start)?;
        let mut at = word.span().end;
        for _ in 0..=6 {
            let c = self.char_at(at)?;
            if c.is_ascii_digit() {
                let mut end = self.run(at, MAX_NUMERAL, |c| c.is_ascii_digit());
                if self.text.get(end..).is_some_and(|r| r.starts_with('.'))
                    && self.char_at(end + 1).is_some_and(|c| c.is_ascii_digit())
                {
                    end = self.run(end + 1, MAX_NUMERAL, |c| c.is_ascii_digit());
                }
                return Some(Parts {
                    whole: Span::new(start, end),
                    rnum: Some(Span::new(at, end)),
                    ..Parts::default()
                });
            }
            if matches!(c, '。' | ';' | ',' | '\n') {
                return None;
            }
            at += c.len_utf8();
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tsv;

    proptest::proptest! {
        // The shortcut reads what a full reading does at every start, and
        // leaves the same failed stretch behind.
        #[test]
        fn unfollowed_starts_read_as_a_full_reading_does(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "2025", "3", "0", ",", ".", "年", "月", "一", "三", "十", "百", "千", "万",
                    "亿", "两", "零", "几", "数", "点", "些", "个", "家", "元", "亿元", "%",
                    "~", "至", "到", "-", "多", "余", "百分之", "分", "E", "P", "x", "。",
                    "规划", "5555555555",
                ]),
                0..14,
            ),
        ) {
            let text = pieces.concat();
            let units = Units::new(tsv::UNITS).expect("units.tsv parses");
            let hits = Hits::default();
            let reader = Reader { text: &text, hits: &hits, units: &units };
            let (mut fast, mut slow) = (0, 0);
            for (start, _) in text.char_indices() {
                let quick = reader.next_at(start, false, &mut fast);
                let full = reader.next_reading(start, false, &mut slow, false);
                proptest::prop_assert_eq!(format!("{quick:?}"), format!("{full:?}"), "{} at {}", text, start);
                proptest::prop_assert_eq!(fast, slow, "{} at {}", text, start);
            }
        }
    }
}
