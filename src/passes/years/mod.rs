//! Target years: deadlines, plan periods and plan years.
//!
//! Accepted (role in brackets):
//! - `到2025年,全市…` `至2027年` `力争2027年` `2030年前碳达峰` `2025年底前`
//!   `到2035年基本实现` (deadline);
//! - `(2023—2025年)` `2021-2025年` `(2025年—2026年)`, in or out of 《》: both
//!   ends (period);
//! - `《数字中国建设2025年行动方案》`: a single year inside a title (plan);
//! - `十四五末`, `“十四五”时期末` → 2025 (deadline); a bare `十四五`, `“十五五”规划`
//!   → both ends of the five-year plan (period);
//! - `今年底前`, `到明年`, `明年年底`, `今年内`, and a bare `今年`/`明年`
//!   before a modal and a number (`明年将设立50亿元…`, `今年将再建设40个`),
//!   when the reference date is known (deadline);
//! - `年底前`, `年内`, `年底` with no year named (`力争年底前开通…`): the
//!   reference year (deadline);
//! - a year opening its clause before a modal, a number and no statistic cue
//!   (`2024年川渝两地将共同实施…`, `2026年,全市将…`), whatever the
//!   reference date (deadline);
//! - `未来五年`, `今后三年`, `未来5年` when the reference date is known: both
//!   ends of the span (period). As in Chinese official usage (a 政府工作报告
//!   of March 2021 calls 2021–2025 未来五年), the span starts with the
//!   reference year; a text from the second half of the year (July on) looks
//!   past the year's end, whose larger part is gone, so its span starts
//!   with the next year (未来三年 in 2024-09 → 2025–2027).
//!
//! Rejected: event dates (`2025年5月印发`), years of statistics
//! (`2024年,产量同比增长20%`), `截至2024年底`, `2025年前三季度`, years in event
//! names (`2025赛迪论坛`, `2020年第46届`), copyright lines (`Copyright 2001-2025`),
//! `今年以来`, `今年前三季度`, `截至今年底`, a bare `今年`/`明年` with no
//! modal or no number (`明年是收官之年`, `公司今年将加大投入`), `三年内`, `去年底`, `2025年5月将召开`,
//! `2023年全区产值达到…,同比增长…`, and 今年/明年/年底前/未来五年 when no
//! reference date is known, `过去五年`, `未来一段时间`; any deadline before
//! the reference year (`到2022年…` in 2024: history), a deadline whose clause
//! says the thing is done (`到十三五末,全县已建成…`), and the base of a ratio
//! (`约为十三五末的6倍`, `达到2022年的2倍`).

use crate::lexicon::Lexicon;
use crate::lexicon::cues::Cues;
use crate::passes::Context;
use crate::passes::time::{
    aims, clause_after, cues_in, first_quantity, past_comma, starts_with_count,
};
use crate::text::chars::is_clause_end;
use crate::text::date::year_value;
use crate::{Document, Error, Span, TargetYear, YearRole};
use scan::Groups;

#[derive(Debug, Clone)]
pub(crate) struct Rules {
    /// Forward and statistic cues, shared with the goals pass.
    cues: Cues,
}

impl Rules {
    pub(crate) fn new(lexicon: &Lexicon) -> Result<Self, Error> {
        let cues = lexicon.cues.clone();
        Ok(Rules { cues })
    }

    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) {
        let text = cx.text;
        // The rest of the text from byte `at`, as a span.
        let rest = |at: usize| Span::new(at, text.len().max(at));
        let mut push = |year: i32, role: YearRole, start: usize, end: usize| {
            // A deadline before the reference year is history (到2020年,
            // 全省已建成… in a text of 2024): no target.
            if role == YearRole::Deadline && cx.reference.is_some_and(|r| year < r.year) {
                return;
            }
            doc.target_years.push(TargetYear {
                year,
                role,
                surface: String::new(),
                span: Span::new(start, end),
            });
        };
        for caps in scan::find(text, cx.segments.numerals(), cx.hits) {
            let whole = caps.whole();
            let before = text.get(..whole.start()).unwrap_or("");
            let after = text.get(whole.end()..).unwrap_or("");
            if let (Some(from), Some(to)) = (caps.name("from"), caps.name("to")) {
                let (Some(a), Some(b)) = (year_value(from.as_str()), year_value(to.as_str()))
                else {
                    continue;
                };
                if before.ends_with(|c: char| c.is_ascii_digit()) || !(1..=15).contains(&(b - a)) {
                    continue;
                }
                push(a, YearRole::Period, from.start(), from.end());
                push(b, YearRole::Period, to.start(), to.end());
            } else if let Some(n) = caps.name("fyp") {
                if before
                    .ends_with(|c: char| crate::text::numeral::number(&c.to_string()).is_some())
                {
                    continue;
                }
                let Some(n) = crate::text::numeral::number(n.as_str()) else {
                    continue;
                };
                // The 3rd plan began in 1966; every later one five years on.
                let start = 1966 + 5 * (n as i32 + 10 - 3);
                let end = start + 4;
                if caps.name("fyp_end").is_some() {
                    // 约为十三五末的20倍 compares with the plan's end; 到十三五末,
                    // 已建成… reports it: history either way.
                    if !comparison_base(before, after) && !self.done(after) {
                        push(end, YearRole::Deadline, whole.start(), whole.end());
                    }
                } else {
                    let core = caps.name("fyp_core").map_or(whole.range(), |m| m.range());
                    push(start, YearRole::Period, core.start, core.end);
                    push(end, YearRole::Period, core.start, core.end);
                }
            } else if let Some(n) = caps.name("ahead") {
                let (Some(reference), Some(n)) =
                    (cx.reference, crate::text::numeral::number(n.as_str()))
                else {
                    continue;
                };
                let start = reference.year + i32::from(reference.month.is_some_and(|m| m >= 7));
                let end = start + n as i32 - 1;
                if end > start {
                    push(start, YearRole::Period, whole.start(), whole.end());
                    push(end, YearRole::Period, whole.start(), whole.end());
                }
            } else if let Some(rel) = caps.name("rel") {
                let Some(reference) = cx.reference else {
                    continue;
                };
                let marked = caps.name("rel_cue").is_some()
                    || caps.name("rel_tail").is_some()
                    || caps.name("rel_before").is_some()
                    || caps.name("rel_in").is_some();
                // 今年前三季度 is a statistic; 截至今年底 a cut-off date.
                let quarter = caps.name("rel_before").is_some() && starts_with_count(after);
                if quarter || before.ends_with('截') {
                    continue;
                }
                if !marked
                    && !self.leads_forward(cx, whole.end())
                    && !aims(cx, before, whole.as_str(), rest(whole.end()))
                {
                    continue;
                }
                let year = reference.year + i32::from(rel.as_str() == "明年");
                push(year, YearRole::Deadline, whole.start(), whole.end());
            } else if caps.name("this").is_some() {
                let Some(reference) = cx.reference else {
                    continue;
                };
                // 三年内 is a span, 去年底/上年末/当年内 another year.
                let prev = before.chars().next_back();
                let attached = prev.is_some_and(|c| {
                    c.is_ascii_digit()
                        || crate::text::numeral::multiplier(c).is_some()
                        || "零〇一二两三四五六七八九几数半多余去上前今明当同该每历近本年度"
                            .contains(c)
                });
                if attached || starts_with_count(after) {
                    continue;
                }
                // 年底前 looks ahead; 年内 and 年底 also report the year so far
                // (年内逾200家企业完成技改) unless a modal governs them.
                let ahead = caps
                    .name("this")
                    .is_some_and(|m| m.as_str().ends_with('前'));
                let aimed = self.leads_forward(cx, whole.end())
                    || aims(cx, before, whole.as_str(), rest(whole.end()));
                if !(aimed || ahead && !self.reports(cx, whole.end())) {
                    continue;
                }
                push(
                    reference.year,
                    YearRole::Deadline,
                    whole.start(),
                    whole.end(),
                );
            } else if let Some(y) = caps.name("year") {
                let Some(value) = year_value(y.as_str()) else {
                    continue;
                };
                if before.ends_with(|c: char| c.is_ascii_alphanumeric()) {
                    continue;
                }
                let role = single_year_role(&caps, before, after, cx, value).or_else(|| {
                    // A date (2025年5月将…) or a span (2024年以来) is no deadline.
                    let dated = starts_with_count(after)
                        || after.starts_with(['月', '度', '第', '以', '之'])
                        || caps.name("before").is_some();
                    // 发电量2025年将达…: a modal right after the year makes
                    // it the time of the aim wherever the year stands.
                    let modal_next = self
                        .cues
                        .modals
                        .iter()
                        .any(|m| after.starts_with(m.as_str()));
                    (!dated
                        && (opens_clause(before) || modal_next)
                        && self.leads_forward(cx, whole.end()))
                    .then_some(YearRole::Deadline)
                });
                // 到2020年,已建成…: a deadline reporting what was done;
                // 达到2022年的2倍: the base of a ratio.
                let base = after.strip_prefix(['底', '末']).unwrap_or(after);
                if role == Some(YearRole::Deadline) && (self.done(after) || of_number(base)) {
                    continue;
                }
                if let Some(role) = role {
                    push(value, role, y.start(), whole.end());
                }
            }
        }
    }
}

impl Rules {
    /// Whether the clause after a year holds a modal, a forward cue, a
    /// number, and no statistic cue (`2024年川渝两地将共同实施…`, `今年将再建设…`). A year standing as
    /// a topic (`2026年,全市将…`) governs the clause after its comma.
    ///
    /// `at` is where the text after the year starts. The tests run from
    /// the cheapest, each only when those before it pass.
    fn leads_forward(&self, cx: &Context<'_>, at: usize) -> bool {
        let lexicon = cx.lexicon;
        let (at, after) = past_comma(cx.text, Span::new(at, cx.text.len().max(at)));
        let clause = clause_after(after);
        let seen = cues_in(cx, at, clause);
        if !seen.forward || seen.statistic || seen.forecast {
            return false;
        }
        // A modal must govern: a noun such as 规划 or 目标 alone is no plan
        // for that year (明年是规划收官之年).
        if !self.cues.modals.occurs_in(clause) {
            return false;
        }
        // The year dates a quantity (今年将再建设50个, 二十亿元), not any
        // intention (公司今年将加大研发投入); see `first_quantity`.
        if first_quantity(lexicon, clause).is_some() {
            return true;
        }
        // Or a verb saying what the year is to see done, right after a
        // modal (2035年,我国要建成国家水网; not 主要目标任务圆满完成).
        clause.match_indices(|c: char| !c.is_ascii()).any(|(i, _)| {
            let rest = clause.get(i..).unwrap_or("");
            self.cues.modals.iter().any(|m| {
                rest.strip_prefix(m.as_str()).is_some_and(|verb| {
                    lexicon
                        .aim_verbs
                        .iter()
                        .any(|v| verb.starts_with(v.as_str()))
                })
            })
        })
    }
}

impl Rules {
    /// Whether the clause after a deadline (its topic clause too:
    /// `到2020年,全省已建成…`) says the thing is done.
    fn done(&self, after: &str) -> bool {
        let clause = clause_after(after.strip_prefix(',').unwrap_or(after));
        self.cues.pasts.occurs_in(clause)
    }

    /// Whether the clause after a time word holds a statistic cue.
    /// `at` is where the text after the time word starts.
    fn reports(&self, cx: &Context<'_>, at: usize) -> bool {
        let clause = clause_after(cx.text.get(at..).unwrap_or(""));
        cues_in(cx, at, clause).statistic
    }
}

/// Whether a time phrase is the base of a comparison (`约为十三五末的20倍`,
/// `是十三五末的3倍`, `比十三五末增长`): a past point, no deadline.
fn comparison_base(before: &str, after: &str) -> bool {
    let before = before.trim_end_matches(['“', '"', '‘']);
    let compared = ["为", "是", "比", "较", "相当于"]
        .iter()
        .any(|w| before.ends_with(w));
    compared || of_number(after)
}

/// Whether a time phrase qualifies the number after it (`…的20倍`).
fn of_number(after: &str) -> bool {
    after.strip_prefix('的').is_some_and(|r| {
        r.starts_with(|c: char| c.is_ascii_digit() || "一二两三四五六七八九十百千".contains(c))
    })
}

/// Whether a year opens its clause: nothing but a clause end, a line start
/// or a quotation mark before it.
fn opens_clause(before: &str) -> bool {
    match before
        .trim_end_matches([' ', '“', '"', '‘'])
        .chars()
        .next_back()
    {
        None => true,
        Some(c) => is_clause_end(c) || c == '\n',
    }
}

/// Why a single `YYYY年` is a target, if it is one.
fn single_year_role(
    caps: &Groups<'_>,
    before: &str,
    after: &str,
    cx: &Context<'_>,
    value: i32,
) -> Option<YearRole> {
    let year_at = before.len();
    let cue = caps.name("cue").map(|m| m.as_str());
    let tail = caps.name("tail").is_some();
    let before_word = caps.name("before").is_some();
    // 2025年前三季度 is a statistic, 2030年前碳达峰 a deadline.
    let next = after.chars().next();
    let quarter = matches!(next, Some('三' | '两' | '一' | '二' | '几' | '半' | '十'))
        || next.is_some_and(|c| c.is_ascii_digit());
    if before_word && quarter {
        return None;
    }
    // 截至2024年底 looks like 至 + year.
    if cue == Some("至") && before.ends_with('截') {
        return None;
    }
    // A month after the year makes it a date, whatever came before
    // (有效期至2026年12月31日, 至二〇二六年十二月三十一日).
    if after.starts_with('月')
        || after.starts_with(|c: char| c.is_ascii_digit())
        || month_next(after)
    {
        return None;
    }
    if cue.is_some() || before_word {
        return Some(YearRole::Deadline);
    }
    if tail && cx.reference.is_some_and(|r| value > r.year) {
        return Some(YearRole::Deadline);
    }
    if cx.segments.inside_title(year_at) && !after.starts_with(['月', '第']) {
        return Some(YearRole::Plan);
    }
    None
}

impl crate::passes::Pass for Rules {
    fn name(&self) -> &'static str {
        "target years"
    }

    fn reads(&self) -> crate::Kinds {
        crate::Kinds::NONE
    }

    fn writes(&self) -> crate::Kinds {
        crate::Kinds::TARGET_YEARS
    }

    fn run(&self, cx: &Context<'_>, draft: &mut crate::passes::Draft) {
        self.run(cx, &mut draft.doc);
    }
}

mod scan;
#[cfg(test)]
mod tests;

/// Whether `after` opens with a month in Chinese numerals (`十二月`, `三月`).
fn month_next(after: &str) -> bool {
    let numeral: usize = after
        .chars()
        .take(2)
        .take_while(|c| "一二三四五六七八九十".contains(*c))
        .map(char::len_utf8)
        .sum();
    numeral > 0 && after.get(numeral..).is_some_and(|r| r.starts_with('月'))
}
