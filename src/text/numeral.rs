//! Exact parsing of Arabic and Chinese numerals, pure functions only.
//!
//! A parse either consumes its whole input or fails: `三千五` (a colloquial
//! 3500) fails rather than being guessed at, and so does `3,00`.
//!
//! Accepted, by [`number`]:
//! - Arabic with `,` grouping and decimals: `1,200`, `0.5`, `100`;
//! - Chinese: `三千五百万`, `两百`, `一万二千`, `一百零五`, `十`, `零点五`,
//!   digit strings `二〇二五`;
//! - mixed, an Arabic number times Chinese multipliers: `1.5万`, `1.5万亿`, `5千万`;
//! - `百分之三十` → 30 (the caller adds the `%`).
//!
//! Accepted, by [`amount`], besides every exact number: ranges `3~5`, `3至5`,
//! `3-5`, `3到5`; vague amounts as ranges, never exact values: `十几` → 11–19,
//! `几十`/`数十` → 20–90, `数百` → 200–900, `300多`/`300余` → 300–400.
//!
//! Rejected: bare multipliers `千`, `万`, `百` (idioms such as 千家万户 start with
//! them), bare `几`/`数`, repeated digits `三三`, multipliers out of order `万千`,
//! malformed grouping `1,20`.

/// A parsed amount: an exact value (`high` is `None`) or a range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Amount {
    pub(crate) low: f64,
    pub(crate) high: Option<f64>,
}

/// Chinese digit value, 零 and 〇 included.
pub(crate) fn digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

/// Multipliers that may follow a number, Arabic or Chinese.
pub(crate) fn multiplier(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1e3,
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// An exact number: Arabic, Chinese, mixed or `百分之…`; never infinite or
/// NaN (a 400-digit string fails rather than becoming `inf`).
pub(crate) fn number(s: &str) -> Option<f64> {
    exact(s).filter(|v| v.is_finite())
}

fn exact(s: &str) -> Option<f64> {
    if let Some(rest) = s.strip_prefix("百分之") {
        return exact(rest);
    }
    let first = s.chars().next()?;
    if first.is_ascii_digit() {
        let end = s
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(s.len());
        let value = arabic(s.get(..end)?)?;
        let scale = multipliers(s.get(end..)?)?;
        return Some(value * scale);
    }
    chinese(s)
}

/// `[0-9]+(,[0-9]{3})*(\.[0-9]+)?`, checked by hand so that `1,20` fails.
fn arabic(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) if !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()) => (i, Some(f)),
        Some(_) => return None,
        None => (s, None),
    };
    let mut groups = int.split(',');
    let head = groups.next()?;
    if head.is_empty() || !head.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Without grouping the text is the digits already: no copy.
    if !int.contains(',') {
        return s.parse().ok();
    }
    let mut digits = head.to_owned();
    let mut grouped = false;
    for group in groups {
        if group.len() != 3 || !group.bytes().all(|b| b.is_ascii_digit()) || head.len() > 3 {
            return None;
        }
        grouped = true;
        digits.push_str(group);
    }
    if grouped && head.starts_with('0') {
        return None;
    }
    if let Some(frac) = frac {
        digits.push('.');
        digits.push_str(frac);
    }
    digits.parse().ok()
}

/// A chain of strictly increasing multipliers (`万亿`, `千万`); 1 when empty.
fn multipliers(s: &str) -> Option<f64> {
    let mut scale = 1.0;
    let mut last = 0.0;
    for c in s.chars() {
        let m = multiplier(c)?;
        if m <= last {
            return None;
        }
        last = m;
        scale *= m;
    }
    Some(scale)
}

/// A Chinese numeral, with an optional `点` decimal part.
fn chinese(s: &str) -> Option<f64> {
    let (int, frac) = match s.split_once('点') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let mut value = integer(int, grouped)?;
    if let Some(frac) = frac {
        if frac.is_empty() {
            return None;
        }
        let mut scale = 0.1;
        for c in frac.chars() {
            value += digit(c)? as f64 * scale;
            scale /= 10.0;
        }
    }
    Some(value)
}

/// The integer part of a Chinese numeral: a digit string (二〇二五) read
/// positionally, else by `parse` ([`grouped`], or [`section`] for a caller
/// that knows no 万 or 亿 stands in it).
fn integer(int: &str, parse: fn(&str) -> Option<u64>) -> Option<f64> {
    if int.chars().count() >= 2 && int.chars().all(|c| digit(c).is_some()) {
        int.chars()
            .try_fold(0u64, |acc, c| acc.checked_mul(10)?.checked_add(digit(c)?))
            .map(|v| v as f64)
    } else {
        parse(int).map(|v| v as f64)
    }
}

/// `一万二千`, `三千五百万`, `两亿`: sections split at 亿 then 万.
fn grouped(s: &str) -> Option<u64> {
    if s.is_empty() {
        return None;
    }
    if let Some((high, low)) = s.split_once('亿') {
        let high = grouped(high)?;
        let low = lower(low, 10_000_000, grouped)?;
        return (low < 100_000_000).then_some(high * 100_000_000 + low);
    }
    if let Some((high, low)) = s.split_once('万') {
        let high = section(high)?;
        let low = lower(low, 1000, section)?;
        return Some(high * 10_000 + low);
    }
    section(s)
}

/// The part below a 万 or 亿: either led by 零 or of full width (一万二千,
/// not the colloquial 一万二 whose tail is ambiguous).
fn lower(s: &str, min: u64, parse: fn(&str) -> Option<u64>) -> Option<u64> {
    if s.is_empty() {
        return Some(0);
    }
    let value = parse(s)?;
    (s.starts_with(['零', '〇']) || value >= min).then_some(value)
}

/// A number below 10000 written with 千, 百, 十 and 零 fillers.
fn section(s: &str) -> Option<u64> {
    let mut total = 0u64;
    let mut pending: Option<u64> = None;
    let mut last_unit = 10_000u64;
    let mut chars = 0usize;
    let mut zero = false;
    for c in s.chars() {
        chars += 1;
        if c == '零' || c == '〇' {
            if pending.is_some() {
                return None;
            }
            zero = true;
            continue;
        }
        if let Some(d) = digit(c) {
            if pending.is_some() {
                return None;
            }
            pending = Some(d);
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            _ => return None,
        };
        if unit >= last_unit {
            return None;
        }
        // Only 十 may stand without a digit (十五 = 15), and only first.
        let d = match pending.take() {
            Some(d) => d,
            None if unit == 10 && total == 0 => 1,
            None => return None,
        };
        total += d * unit;
        last_unit = unit;
    }
    if chars == 0 {
        return None;
    }
    // 三千五 abbreviates 3500: a trailing digit right after 百 or 千 is
    // ambiguous, so it fails; after 十, after 零, or alone it is the units.
    if pending.is_some() && last_unit > 10 && last_unit < 10_000 && !zero {
        return None;
    }
    Some(total + pending.unwrap_or(0))
}

/// An exact number, a range (`3~5`, `3至5`) or a vague amount (`十几`, `数百`,
/// `300多`) as a range; both ends finite.
pub(crate) fn amount(s: &str) -> Option<Amount> {
    // Plain digits, most numbers a text holds, read without the search for
    // range marks and Chinese forms: the same value `arabic` gives.
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        // Fifteen digits or fewer hold an integer below 2^53, which an f64
        // keeps exactly: summed as an integer, the value the float parser
        // gives, at a fraction of its cost.
        if s.len() <= 15 {
            let low = s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0'));
            return Some(Amount {
                low: low as f64,
                high: None,
            });
        }
        let low: f64 = s.parse().ok()?;
        return low.is_finite().then_some(Amount { low, high: None });
    }
    // A lone Chinese digit or 十 (三家, 十项), the most common Chinese
    // numeral: the value `section` gives it.
    let mut chars = s.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if let Some(d) = digit(c) {
            return Some(Amount {
                low: d as f64,
                high: None,
            });
        }
        if c == '十' {
            return Some(Amount {
                low: 10.0,
                high: None,
            });
        }
    }
    // A Chinese numeral below 万 (三十, 一百零五, 二〇二五): what `chinese`
    // reads it as, without the searches for range marks, 多, 点, 万 and
    // 亿 that cost more than reading it.
    if s.chars()
        .all(|c| digit(c).is_some() || matches!(c, '十' | '百' | '千'))
    {
        let low = integer(s, section)?;
        return low.is_finite().then_some(Amount { low, high: None });
    }
    // A plain decimal (12.5) too: `arabic` parses it whole, as here.
    if let Some((int, frac)) = s.split_once('.')
        && !int.is_empty()
        && !frac.is_empty()
        && int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        let low: f64 = s.parse().ok()?;
        return low.is_finite().then_some(Amount { low, high: None });
    }
    range(s).filter(|a| a.low.is_finite() && a.high.is_none_or(f64::is_finite))
}

fn range(s: &str) -> Option<Amount> {
    const SEPARATORS: [char; 7] = ['~', '～', '至', '到', '-', '—', '–'];
    if let Some((a, b)) = s.split_once(SEPARATORS) {
        // One separator only: 3~5~7 is no range.
        if b.contains(SEPARATORS) {
            return None;
        }
        let low = range(a)?;
        let high = range(b)?;
        let top = high.high.unwrap_or(high.low);
        return (top > low.low).then_some(Amount {
            low: low.low,
            high: Some(top),
        });
    }
    if let Some(base) = s.strip_suffix('多').or_else(|| s.strip_suffix('余')) {
        let low = number(base)?;
        let high = low + last_place(base)?;
        // Past float precision the place added is lost: no range is left.
        return (high > low).then_some(Amount {
            low,
            high: Some(high),
        });
    }
    if let Some(amount) = vague(s) {
        return Some(amount);
    }
    number(s).map(|low| Amount { low, high: None })
}

/// The place value of the last significant figure: 300 → 100, 350 → 10,
/// 3.5 → 0.1, 十 → 10.
fn last_place(s: &str) -> Option<f64> {
    if s.chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        let digits: String = s.chars().filter(|&c| c != ',').collect();
        if let Some((_, frac)) = digits.split_once('.') {
            return Some(10f64.powi(-i32::try_from(frac.len()).ok()?));
        }
        let zeros = digits.len() - digits.trim_end_matches('0').len();
        return Some(10f64.powi(i32::try_from(zeros).ok()?));
    }
    // Chinese: the multiplier (or the unit digit) the numeral ends on.
    Some(multiplier(s.chars().last()?).unwrap_or(1.0))
}

/// `十几` 11–19, `二十几` 21–29, `几十`/`数十` 20–90, `几百`/`数百` 200–900,
/// `几千`/`数千`, `几万`/`数万`.
fn vague(s: &str) -> Option<Amount> {
    if let Some(rest) = s.strip_prefix('几').or_else(|| s.strip_prefix('数')) {
        let m = multipliers(rest)?;
        if m < 10.0 || !(9.0 * m).is_finite() {
            return None;
        }
        return Some(Amount {
            low: 2.0 * m,
            high: Some(9.0 * m),
        });
    }
    let base = s.strip_suffix('几')?;
    let low = number(base)?;
    if !base.ends_with('十') {
        return None;
    }
    let (low, high) = (low + 1.0, low + 9.0);
    (high > low).then_some(Amount {
        low,
        high: Some(high),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        let rows: &[(&str, &str, Option<f64>)] = &[
            ("plain", "100", Some(100.0)),
            ("grouped", "1,200,000", Some(1_200_000.0)),
            ("decimal", "0.5", Some(0.5)),
            ("grouped decimal", "3,500.25", Some(3500.25)),
            ("bad grouping", "1,20", None),
            ("bad grouping head", "1234,567", None),
            ("trailing dot", "3.", None),
            ("mixed wan", "1.5万", Some(15_000.0)),
            ("mixed wan yi", "1.5万亿", Some(1.5e12)),
            ("mixed qian wan", "5千万", Some(5e7)),
            ("mixed out of order", "5万千", None),
            ("chinese big", "三千五百万", Some(35_000_000.0)),
            ("liang bai", "两百", Some(200.0)),
            ("yi wan er qian", "一万二千", Some(12_000.0)),
            ("ling filler", "一百零五", Some(105.0)),
            ("shi", "十", Some(10.0)),
            ("shi wu", "十五", Some(15.0)),
            ("er shi san", "二十三", Some(23.0)),
            ("ling", "零", Some(0.0)),
            ("ling dian wu", "零点五", Some(0.5)),
            ("san dian er wu", "三点二五", Some(3.25)),
            ("digit string", "二〇二五", Some(2025.0)),
            ("yi", "两亿", Some(2e8)),
            ("yi wan", "一亿五千万", Some(1.5e8)),
            ("percent", "百分之三十", Some(30.0)),
            ("percent decimal", "百分之零点九", Some(0.9)),
            ("bare qian", "千", None),
            ("bare wan", "万", None),
            ("colloquial abbreviation", "三千五", None),
            ("colloquial wan", "一万二", None),
            ("wan ling", "一万零五百", Some(10_500.0)),
            ("digit string short", "三三五", Some(335.0)),
            ("units out of order", "三百五千", None),
            ("trailing junk", "三百个", None),
            ("empty", "", None),
            ("empty decimal", "三点", None),
            ("leading dot", ".5", None),
            (
                "forty digits",
                "1234567890123456789012345678901234567890",
                Some(1.2345678901234568e39),
            ),
            ("overflow to inf", &"9".repeat(400), None),
            ("chinese digit string overflow", &"九".repeat(40), None),
            ("bare percent twice", "百分之百分之", None),
            ("shi repeated", "十十十十", None),
            ("wan repeated", "一万万万万", None),
            ("mixed overflow", &format!("{}亿", "9".repeat(305)), None),
        ];
        for &(name, input, expected) in rows {
            let got = number(input);
            match (got, expected) {
                (Some(g), Some(e)) => assert!((g - e).abs() < 1e-9, "{name}: {g} != {e}"),
                (None, None) => {}
                _ => panic!("{name}: {input:?} gave {got:?}, expected {expected:?}"),
            }
        }
    }

    #[test]
    fn amounts() {
        type Expected = Option<(f64, Option<f64>)>;
        let rows: &[(&str, &str, Expected)] = &[
            ("exact", "50", Some((50.0, None))),
            ("vague past float precision", "10000000000000001多", None),
            ("tilde range", "3~5", Some((3.0, Some(5.0)))),
            ("zhi range", "3至5", Some((3.0, Some(5.0)))),
            ("dash range", "3-5", Some((3.0, Some(5.0)))),
            ("dao range", "3到5", Some((3.0, Some(5.0)))),
            ("chinese range", "三至五", Some((3.0, Some(5.0)))),
            ("backwards range", "5-3", None),
            ("shi ji", "十几", Some((11.0, Some(19.0)))),
            ("er shi ji", "二十几", Some((21.0, Some(29.0)))),
            ("ji shi", "几十", Some((20.0, Some(90.0)))),
            ("shu bai", "数百", Some((200.0, Some(900.0)))),
            ("duo", "300多", Some((300.0, Some(400.0)))),
            ("yu", "350余", Some((350.0, Some(360.0)))),
            ("chinese duo", "三十多", Some((30.0, Some(40.0)))),
            ("bare ji", "几", None),
            ("bare shu", "数", None),
            ("ji ge is not a numeral", "几个", None),
            ("nested range", "3~5~7", None),
            ("mixed nested range", "3至5~7", None),
            ("open range", "3~", None),
            ("open range left", "~5", None),
            ("duo overflow", &format!("{}多", "1".repeat(400)), None),
            (
                "duo place overflow",
                &format!("1{}多", "0".repeat(320)),
                None,
            ),
        ];
        for &(name, input, expected) in rows {
            let got = amount(input).map(|a| (a.low, a.high));
            assert_eq!(got, expected, "{name}: {input:?}");
        }
    }

    #[test]
    fn plain_digits_read_as_the_general_path_reads_them() {
        let long = "9".repeat(400);
        for input in [
            "0",
            "007",
            "2025",
            "123456789012345678901234",
            long.as_str(),
        ] {
            let general = range(input).filter(|a| a.low.is_finite());
            assert_eq!(amount(input), general, "{input}");
        }
        assert_eq!(amount(&long), None);
    }

    proptest::proptest! {
        // Chinese numerals, those the shortcut below 万 reads and those it
        // leaves to the general path, read as the general path reads them.
        #[test]
        fn chinese_numerals_read_as_the_general_path_reads_them(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "零", "〇", "一", "二", "两", "三", "五", "九", "十", "百", "千", "万",
                    "亿", "点", "几", "数", "多", "余", "至", "~", "3", "个",
                ]),
                1..8,
            ),
        ) {
            let s = pieces.concat();
            let general = range(&s).filter(|a| a.low.is_finite() && a.high.is_none_or(f64::is_finite));
            proptest::prop_assert_eq!(amount(&s), general, "{}", s);
        }

        // Digit strings on both sides of the integer shortcut's fifteen
        // digits read as the float parser reads them.
        #[test]
        fn digit_strings_read_as_the_float_parser_reads_them(digits in "[0-9]{1,20}") {
            let general = range(&digits).filter(|a| a.low.is_finite());
            proptest::prop_assert_eq!(amount(&digits), general);
        }
    }
}
