//! Plans: policy documents named in 《》 (book-title marks).
//!
//! Accepted as plans (each with its genre, period, issuers, date, alias):
//!
//! - `市工信局印发《某市促进机器人产业发展行动计划(2024—2026年)》` →
//!   kind 行动计划, period 2024–2026, issuer 某市工业和信息化局;
//! - `《关于推进数据要素市场化配置的实施意见》由省政府办公厅印发`;
//! - `发展改革委、财政部等三部门联合印发《…若干措施》《…实施细则》` → both
//!   titles get both issuers;
//! - `《国务院关于…的决定》` at the top of a document signed `国务院\n2019年…`;
//! - `《关于…的通报》`, `《政府工作报告》`, `《…管理办法(试行)》`,
//!   `《国务院关于印发〈…〉的通知》` (nested marks).
//!
//! Genres are the tails in `gazetteers/plan_kinds.tsv` (…行动方案, 重点任务,
//! 工作要点, 白皮书, 备忘录, 名录, 倡议…; think-tank reports and white papers
//! are borderline and kept). A title with no known genre is still a plan,
//! with `kind` null, when it reads like policy: a `关于` title, or a policy
//! word (建设, 发展, 改革, 促进, 管理, 工作…) with an anchor — a place or
//! agency inside, a year, 年度, 第N批/首批, 十四五: `《杭州市低空经济发展三年攻坚》`,
//! `《中国制造2025》`, `《第三批数字化转型试点城市》`.
//!
//! Rejected (no plan): `《人民日报》`, `《经济参考报》`, `《新闻联播》`,
//! `《孙子兵法》` (book: 兵法 is no genre), `《三体》` (no genre, no 关于),
//! literary titles with no policy marker (`《杭州一家人》`, `《流浪地球》`,
//! `《春天的故事》`, `《经济半小时》`), tails of books, songs and events
//! (`…史`, `…之歌`, `…传`, `…论述摘编`, `…授牌活动`), an
//! alias mention `《行动计划》` after `(以下简称《行动计划》)`, a back-reference
//! `《意见》` shortly after a full title ending in 意见 (it stands for the plan
//! last named so, see `found`), a repeated title (listed once),
//! and an unbalanced `《` (a title never spans a line break or more than 100
//! characters).
//!
//! A title mentioned twice is listed once, with the issuers of every
//! mention in document order (a headline `商务部等3部门联合印发《…》`, then
//! a body sentence naming all three), and its date and period from a later
//! mention when the first gives none, and its alias from the mention that
//! defines one.
//!
//! Region: the place the title opens with (also after 关于); when nested
//! places lead it (`《江西省赣州市某县…方案》`: province → city → county, each
//! a division of the one before), the last of the chain; else the issuers'
//! region. Two places side by side (`《浙江省江苏省…》`) are no chain.
//!
//! Issuers are agencies only: `深圳印发《…》` names a place, not a body, so
//! its issuers are `[]`; `正在制定《…》` is drafting, not issuing. Agencies
//! named inside a title (`《某市电影局关于…的通知》`) are not issuers by
//! themselves.

mod backref;
mod clause;
mod found;
mod issuer;
mod records;
mod title;

#[cfg(test)]
mod tests;

use crate::pattern::Regex;

use crate::lexicon::tsv as gazetteer;
use crate::passes::Context;
use crate::pattern::compile_hot;
use crate::{Document, Error, PartialDate, Place, PlaceLevel, Plan, Span};

use found::{BACK_REFERENCE_CHARS, Found};
use issuer::{Issuers, Records};
use title::{Class, Mention, Titles};

/// The plans pass.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    titles: Titles,
    issuers: Issuers,
    /// What may stand between two titles governed by one verb.
    list_gap: Regex,
}

/// The longest run of titles read as governed by one verb.
const MAX_RUN: usize = 12;

impl Rules {
    pub(crate) fn new() -> Result<Self, Error> {
        Ok(Rules {
            titles: Titles::new(gazetteer::PLAN_KINDS, gazetteer::OUTLETS)?,
            issuers: Issuers::new(),
            list_gap: compile_hot(r"^[\ ]*(?:、|,|和|及|以及|与|或)?[\ ]*$"),
        })
    }

    /// Lists the plans of the text in `doc`, and returns where a mention
    /// repeats a listed plan, with that plan's index in `doc.plans`.
    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) -> Vec<(Span, usize)> {
        let text = cx.text;
        let mentions = title::scan(text, cx.segments);
        // Plans are named in 《》 only: a text without a title has none, and
        // its agencies and places need no index.
        if mentions.is_empty() {
            return Vec::new();
        }
        let listed = doc.plans.len();
        let mut repeats = Vec::new();
        let spans: Vec<Span> = mentions.iter().map(|m| m.span).collect();
        let records = self
            .issuers
            .records(doc, cx.layout.signature, cx.layout.headline);
        let short_mentions = mentions
            .iter()
            .flat_map(|m| [m.title.as_str(), self.titles.core(&m.title)])
            .filter(|name| name.chars().nth(BACK_REFERENCE_CHARS).is_none())
            .collect();
        let mut found = Found::new(short_mentions);
        // Where the run of titles holding each mention starts, and where the
        // text after the alias parentheses of the previous title starts.
        let mut head = 0usize;
        let mut after_alias = 0usize;
        for (i, mention) in mentions.iter().enumerate() {
            let rest = text.get(mention.span.end..).unwrap_or("");
            let alias = self.titles.alias(rest);
            let alias_end = mention.span.end + alias.as_ref().map_or(0, |(_, end)| *end);
            if i > 0 {
                let gap = text.get(after_alias..mention.span.start).unwrap_or("");
                if !self.list_gap.is_match(gap) {
                    head = i;
                }
            }
            after_alias = alias_end;

            if let Some(known) = self.resolve(&found, mention) {
                // A later mention may say more about a known plan: a headline
                // names one body and 等7部门, the body lists all seven.
                let issuing = self.issuing(cx, &records, &mentions, head, i, &spans);
                let period = self.titles.period(&mention.title, rest);
                if let Some(plan) = found.plans.get_mut(known) {
                    say_more(plan, issuing.issuers, issuing.issued, period);
                    if plan.alias.is_none() {
                        plan.alias = alias.map(|(name, _)| name);
                    }
                }
                found.seen(known, mention.span.end);
                repeats.push((mention.span, listed + known));
                continue;
            }
            let named_inside = records.places(mention.span).next().is_some()
                || !records.agencies(mention.span).is_empty();
            let before = text.get(..mention.span.start).unwrap_or("");
            let introduced = self.titles.introduced(before, rest);
            let Class::Plan(kind) = self
                .titles
                .classify(&mention.title, named_inside, introduced)
            else {
                continue;
            };
            let issuing = self.issuing(cx, &records, &mentions, head, i, &spans);
            let period = self.titles.period(&mention.title, rest);
            let region = leading_place(&records, mention.span).or(issuing.region);
            let plan = Plan {
                title: mention.title.clone(),
                surface: String::new(),
                span: mention.span,
                kind,
                period,
                issuers: issuing.issuers,
                issued: issuing.issued,
                alias: alias.map(|(name, _)| name),
                region,
                number: None,
            };
            found.add(plan, self.titles.core(&mention.title), mention.span.end);
        }
        doc.plans.extend(found.plans);
        repeats
    }

    /// The plan a mention repeats: the same title or core title anywhere
    /// before, or a short name of a plan named shortly before (its alias,
    /// or a short tail of its title: 《行动计划》 after
    /// 《…行动计划(2025-2027年)》).
    fn resolve(&self, found: &Found, mention: &Mention) -> Option<usize> {
        let start = mention.span.start;
        let title = &mention.title;
        if let Some(known) = found.titled(title).or_else(|| found.short(title, start)) {
            return Some(known);
        }
        let core = self.titles.core(title);
        let known = found.titled(core).or_else(|| found.short(core, start))?;
        // 《…纲要(2015-2020年)》 after 《…纲要(2021-2025年)》 is an
        // earlier edition: the same core with another period.
        let period = self.titles.period(title, "");
        let other = found.plans.get(known).and_then(|p| p.period);
        match (period, other) {
            (Some(a), Some(b)) if a != b => None,
            _ => Some(known),
        }
    }

    /// The issuing clause of mention `i`, whose run of titles starts at `head`.
    fn issuing(
        &self,
        cx: &Context<'_>,
        records: &Records<'_>,
        mentions: &[Mention],
        head: usize,
        i: usize,
        spans: &[Span],
    ) -> issuer::Issuing {
        let first = mentions.get(head).map_or(Span::default(), |m| m.span);
        // The run ends at the last title joined to this one.
        let mut last = i;
        while last < i + MAX_RUN
            && let (Some(a), Some(b)) = (mentions.get(last), mentions.get(last + 1))
        {
            let rest = cx.text.get(a.span.end..).unwrap_or("");
            let after = a.span.end + self.titles.alias(rest).map_or(0, |(_, end)| end);
            let gap = cx.text.get(after..b.span.start).unwrap_or("");
            if !self.list_gap.is_match(gap) {
                break;
            }
            last += 1;
        }
        let tail = mentions.get(last).map_or(first, |m| m.span);
        let rest = cx.text.get(tail.end..).unwrap_or("");
        let after = tail.end + self.titles.alias(rest).map_or(0, |(_, end)| end);
        let run = issuer::Run {
            head: first,
            mention: mentions.get(i).map_or(first, |m| m.span),
            after,
        };
        self.issuers
            .find(cx.text, records, run, spans, cx.reference)
    }
}

/// What a later mention of a listed plan adds to it: the issuers it names
/// that the plan lacks, in their order, and a date or period the plan
/// lacks. The one rule for a title named twice, within a text or in two
/// windows of a long one.
pub(crate) fn say_more(
    plan: &mut Plan,
    issuers: impl IntoIterator<Item = String>,
    issued: Option<PartialDate>,
    period: Option<[i32; 2]>,
) {
    for issuer in issuers {
        if !plan.issuers.contains(&issuer) {
            plan.issuers.push(issuer);
        }
    }
    plan.issued = plan.issued.or(issued);
    plan.period = plan.period.or(period);
}

/// The place a title opens with (北京具身智能… → 北京市), also after 关于.
/// When the title opens with nested places written one after another
/// (江西省赣州市南康区…), the plan governs the last, most specific one.
fn leading_place(records: &Records<'_>, span: Span) -> Option<String> {
    let inner = span.start + '《'.len_utf8();
    let mut places = records.places(span);
    let mut place = places
        .by_ref()
        .find(|p| p.span.start == inner || p.span.start == inner + "关于".len())?;
    // Places are in text order, so the next link of the chain, if any, is
    // the next place.
    for next in places {
        if next.span.start != place.span.end || !within(next, place) {
            break;
        }
        place = next;
    }
    Some(place.name().to_string())
}

/// Whether `inner` is a division of `outer` one or two levels down, by
/// GB/T 2260 code: a province's units share its first two digits, a
/// prefecture's its first four.
fn within(inner: &Place, outer: &Place) -> bool {
    let digits = match (outer.level, inner.level) {
        (PlaceLevel::Province, PlaceLevel::Prefecture | PlaceLevel::County) => 2,
        (PlaceLevel::Prefecture, PlaceLevel::County) => 4,
        _ => return false,
    };
    match (inner.code().get(..digits), outer.code().get(..digits)) {
        (Some(a), Some(b)) => a == b && inner.code() != outer.code(),
        _ => false,
    }
}

impl crate::passes::Pass for Rules {
    fn name(&self) -> &'static str {
        "plans"
    }

    fn reads(&self) -> crate::Kinds {
        crate::Kinds::AGENCIES | crate::Kinds::PLACES
    }

    fn writes(&self) -> crate::Kinds {
        crate::Kinds::PLANS
    }

    fn run(&self, cx: &Context<'_>, draft: &mut crate::passes::Draft) {
        draft.repeats = self.run(cx, &mut draft.doc);
    }
}
