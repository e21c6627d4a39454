//! A scanned match read as a number with its unit, before any pass decides
//! what it is: ordinals, idioms, titles, quoted short names, Latin-glued
//! numbers and compute units without a compute context are no quantities.

use super::Amounts;
use super::scan::Parts;
use crate::text::chars::{self, is_sentence_end};
use crate::text::numeral::{self, Amount};
use crate::text::segment::{Cursor, Mark};

/// What follows a unit when the number is a duration or a word, not a count.
const NOT_AFTER: [&str; 9] = ["月", "年", "小时", "工作日", "季度", "级", "门", "民", "届"];

/// One number with its unit, before any pass decides what it is.
#[derive(Debug, Clone)]
pub(crate) struct Quantity<'u> {
    /// Where the number starts.
    pub(crate) start: usize,
    /// Where the unit ends.
    pub(crate) end: usize,
    /// The value, or a range's ends.
    pub(crate) amount: Amount,
    /// The unit as the table spells it (borrowed from the table, as the
    /// base is); empty after a ratio word (PUE).
    pub(crate) unit: &'u str,
    /// Factor and base unit, when the unit converts.
    pub(crate) base: Option<(f64, &'u str)>,
    /// A unit of time (分钟, 个工作日): a goal only when capped.
    pub(crate) duration: bool,
}

impl Amounts {
    /// The number and unit of a scanned match, when it is a quantity at all.
    pub(super) fn quantity(
        &self,
        text: &str,
        marks: &mut Cursor<'_>,
        caps: &Parts,
    ) -> Option<Quantity<'_>> {
        let part = |span: Option<crate::Span>| span.and_then(|s| text.get(s.start..s.end));
        let whole = caps.whole;
        let start = caps.rnum.map_or(whole.start, |m| m.start);
        let before = text.get(..start)?;
        let prev = before.chars().next_back();
        if prev.is_some_and(|c| {
            c.is_ascii_alphanumeric() || matches!(c, '.' | '第' | '-' | '/' | '_' | '~' | '～')
        }) && caps.rnum.is_none()
        {
            return None;
        }
        // 第 10 条, and 第 1 0 条 as a PDF spaces it out: a number after
        // blanks that follow 第 or another digit is an ordinal or the rest
        // of that number, in either spelling.
        let written = if prev.is_some_and(chars::is_blank) {
            before.trim_end_matches(chars::is_blank).chars().next_back()
        } else {
            prev
        };
        if prev != written
            && written.is_some_and(|c| c == '第' || c.is_ascii_digit())
            && caps.rnum.is_none()
        {
            return None;
        }
        let mut unit_text = part(caps.unit.map(|(span, _)| span)).unwrap_or("");
        // The row of the unit scanned, while `unit_text` still spells it.
        let mut scanned = caps.unit.map(|(_, row)| row);
        let scaled: String;
        let amount = if let Some(p) = part(caps.pnum) {
            unit_text = "%";
            scanned = None;
            Amount {
                low: numeral::number(p)?,
                high: None,
            }
        } else if let Some(r) = part(caps.rnum) {
            Amount {
                low: numeral::number(r)?,
                high: None,
            }
        } else {
            let unit = unit_text;
            let a = part(caps.a)?;
            // 千家万户, 百花: a Chinese numeral never starts with a bare
            // multiplier but 十, unless a comparator leads it (近千亿元,
            // 逾万家, 超百亿元), where the multiplier alone is the number.
            let bare = a.starts_with(['千', '百', '万', '亿']);
            // 零部件, 〇号: a numeral never opens with a zero but in 零点五.
            let zero = a.starts_with(['零', '〇']) && !a.contains('点');
            // A lone 一 counts only before a unit led by a multiplier
            // (一万人次, 一亿元, 一百万元), not before a bare one (一万多枝).
            let multiplied = unit.starts_with(['万', '亿', '百', '千'])
                && !matches!(unit, "万" | "亿" | "万亿" | "百" | "千");
            // 一成 is a tenth; 一成不变 is an idiom.
            let tenth = unit == "成" && !text.get(whole.end..).is_some_and(|r| r.starts_with('不'));
            let lone_one = a == "一" && !multiplied && !tenth;
            if lone_one || zero || (bare && !self.comparators.ends_with_pre(before)) {
                return None;
            }
            if bare && caps.b.is_none() && caps.vague.is_none() {
                // 逾万家 is "more than 1 万家" when 万家 is a unit.
                scaled = format!("{a}{unit}");
                if matches!(a, "万" | "亿") && self.units.get(&scaled).is_some() {
                    unit_text = &scaled;
                    scanned = None;
                    Amount {
                        low: 1.0,
                        high: None,
                    }
                } else {
                    Amount {
                        low: numeral::number(&format!("一{a}"))?,
                        high: None,
                    }
                }
            } else {
                // 3万到5万人: the multiplier the unit carries is dropped from the low end.
                let lead = unit.chars().next().filter(|&c| matches!(c, '万' | '亿'));
                let a = match lead {
                    Some(m) if caps.b.is_some() => a.strip_suffix(m).unwrap_or(a),
                    _ => a,
                };
                match (part(caps.b), part(caps.vague)) {
                    (Some(b), _) => numeral::amount(&format!("{a}~{b}"))?,
                    (None, Some(v)) => numeral::amount(&format!("{a}{v}"))?,
                    // A plain number is read in place, without a copy, and
                    // a Chinese one was read by the scan already.
                    (None, None) => match caps.value {
                        Some(value) => value,
                        None => numeral::amount(a)?,
                    },
                }
            }
        };
        let after = text.get(whole.end..)?;
        // 5G, 4K, 100MW: a number glued to Latin letters names a thing or
        // takes a unit the table lacks; after a Chinese classifier
        // (500个6G基站, 30家AI企业) the Latin letters open the next noun.
        let classifier = unit_text
            .chars()
            .next_back()
            .is_some_and(|c| is_cjk(c) && !matches!(c, '十' | '百' | '千' | '万' | '亿'));
        if NOT_AFTER.iter().any(|w| after.starts_with(w))
            || (after.starts_with(|c: char| c.is_ascii_alphanumeric()) && !classifier)
        {
            return None;
        }
        // Asked last, as the two lookups among the marks cost more than the
        // tests above, which turn away most numbers that are no quantity.
        if marks.inside_title(start) || inside_alias(marks, before) {
            return None;
        }
        let (unit, base, duration) = if caps.rnum.is_some() {
            ("", None, false)
        } else {
            let unit = match scanned {
                Some(row) => self.units.row(row)?,
                None => self.units.get(unit_text)?,
            };
            if !unit.needs.is_empty() {
                let from = chars::start_of(text, start, is_sentence_end);
                let to = chars::end_of(text, whole.end, is_sentence_end);
                let sentence = text.get(from..to)?;
                if !unit.needs.iter().any(|w| sentence.contains(w.as_str())) {
                    return None;
                }
            }
            let base = unit
                .base
                .as_ref()
                .map(|(factor, base)| (*factor, base.as_str()));
            (unit.name.as_str(), base, unit.duration)
        };
        Some(Quantity {
            start,
            end: whole.end,
            amount,
            unit,
            base,
            duration,
        })
    }
}

/// Whether `before` ends inside a quoted short name (`(以下简称“科创板八条”)`,
/// `下称“双十条”`): a name, no quantity.
fn inside_alias(marks: &mut Cursor<'_>, before: &str) -> bool {
    // Twenty characters take at most eighty bytes: without a quotation
    // mark among those, there is no name to be inside. The segments record
    // every opening and plain quotation mark: one lookup among the marks
    // near the number, where two searches of the bytes cost more than the
    // rest of reading the quantity.
    let cut = chars::ceil_boundary(before, before.len().saturating_sub(80));
    let quotes = Mark::QUOTE_OPEN.or(Mark::QUOTE);
    if marks.prev(before.len(), quotes, cut).is_none() {
        return false;
    }
    let window = crate::passes::time::tail_chars(before, 20);
    let Some(open) = window.rfind(['“', '"']) else {
        return false;
    };
    let quoted = window.get(open..).unwrap_or("");
    let closed = quoted.chars().skip(1).any(|c| matches!(c, '”' | '"'));
    !closed && window.get(..open).is_some_and(|w| w.ends_with("称"))
}

/// A CJK ideograph of the basic block.
fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
