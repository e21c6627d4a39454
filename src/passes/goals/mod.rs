//! Goals: quantified targets in forward-looking statements.
//!
//! # Decision rule
//!
//! A number with a unit from `gazetteers/units.tsv` is a goal when its
//! sentence looks forward and its clause does not report a fact:
//!
//! 1. Rejected outright: ordinals and codes (`第八届`, `鄂B2-2023`), numbers
//!    inside 《》 titles, bare multipliers in idioms (`千家万户`, `千行百业`), `千亿级`
//!    used as an adjective, a lone `一` (`一批`, `一个`), durations (`3个月`), and
//!    counts of a plan's own measures (`6个方面`, `25项重点任务`), numerals
//!    opening with a zero inside words (`关键零部件`), small counts of the
//!    items just listed (`港口、产业、城市三个方面`, `甲市、乙市两个都市圈`),
//!    the starting value of a change (`由5000亿元增加到8000亿元`: only 8000
//!    is a goal, and the subject before 由 is its subject), and units of time
//!    unless capped (`缩短至30分钟以内`, `压缩至3个工作日` are le; `为期6个月`,
//!    `每天8小时` are not).
//! 2. Not a goal when the clause holds a forecast (`预计`, `有望`), or a
//!    statistic cue (`同比`, `已`, `累计`, `截至`, `去年`, `前三季度`) or starts
//!    with a year before the reference year (`2023年,…增长20%` in 2024), or
//!    with any year when no reference is known — unless the sentence states a
//!    deadline before the number. A year opening the clause or sentence that
//!    is the reference year or later is a deadline (`2024年完成改造500个` in
//!    a plan of March 2024), as is one before a modal (years pass).
//! 3. A goal when the sentence states a deadline before the number
//!    (`到2025年,…`; a `到2025年:` line leads the lines after it), or holds a
//!    forward cue (`力争`, `确保`, `目标`, `计划`, `将`, `要`, `预期`, `拟`), or when
//!    a plan named in 《》 is reported and a plan verb governs the number
//!    (`…《方案》,…设立规模1000亿元的基金`).
//! 4. In a plan's own text (see [`outline`]), a number in a goal, task or
//!    safeguard section needs no forward cue (`新建充电桩2万个`,
//!    `市财政安排专项资金不低于5亿元`); rule 2 still keeps statistics out.
//!
//! Accepted: `力争全市智能算力规模突破100EFLOPS`, `计划培育100个场景与500个案例`
//! (two goals), `建设3~5个孵化器` (a range), `今年底,要实现60%以上新增算力…`.
//! Rejected: `2024年,数据生产量同比增长20%`, `截至9月,已建成基站300万个`,
//! `预计全年增长6%`, `从三个方面推进`, `第46届`, `千亿级产业`.
//!
//! The deadline is the last deadline year before the number in its sentence
//! (or in a colon-ended lead line above it, or in the first sentence of its
//! paragraph); 今年底, 明年将, 年底前 resolve only with a reference date,
//! through the years pass. A clause that leaves its subject implicit takes
//! the previous goal's subject in the sentence (`产值突破3000亿元,到2027年力争
//! 达到3500亿元`), else the object of the clause before
//! (`已建成服务基地,今年将再建设50个` → 服务基地).
//!
//! Round 3: a relative time word before a target verb is a forward cue by
//! itself (`今年底前培育企业超过800家`, `提出今年全市新增托位5000个`; not
//! `今年以来`, `今年前三季度`), and keeps the paragraph's year away when no
//! reference resolves it. Cue words inside agency names or heading an office
//! (`综合计划司表示,2024年,…收入为21.9万亿元`) say nothing. Numbers in a
//! quoted short name (`(以下简称“服务消费十二条”)`), a count of titles in a
//! row (`《甲》《乙》两份文件`) and listed actors before a modal
//! (`射洪市、蓬溪县等12个县要完成…`) are no goals.
//!
//! Accepted too: `近千亿元` (approx 1000 亿元), `逾万家` (gt 1 万家), `超百亿元`,
//! `PUE低于1.3` (a ratio, unit empty), `能耗下降18%` (eq 18 %, subject 能耗).
//! Skipped: `翻一番` (no unit), numbers whose value or base would overflow to
//! infinity, malformed ranges (`3~5~7个`, `~5个`).
//!
//! Round 4: Latin letters right after a Chinese classifier open the next
//! noun (`建成800个6G试验基站`, `30个AI实验室` are goals); a number glued to
//! Latin letters stays out (`5万kW`, and `5G`, `4K` match no unit).
//! Colloquial compute units count only in a sentence about 算力
//! (`新增智算算力3000P` → P ×1e15 FLOPS, `20万P`, `300E` ×1e18).
//! Decisions on policy parameters: a sum qualifying the noun after it is a
//! threshold, no target (`培育年营收超50亿元企业12家`: only 12家;
//! `营收超千亿元的产业集群`: none; a share such as `80%以上的县` stays); a
//! subsidy rate or cap is no target in news or plans (`给予最高2000万元奖励`,
//! `一次性奖励50万元`, `给予不超过300万元的补助`), while a budget
//! (`安排专项资金8亿元支持…`) or a fund (`设立5亿元奖励资金`) stays a goal.
//!
//! Round 5: a deadline before the reference year, or one followed by 已/截至
//! (`到十三五末,全县已建成…`), is history (the years pass drops it), so its
//! numbers are statistics; a ratio to a past point (`约为十三五末的6倍`,
//! `是上年同期的1.8倍`) needs a cue word (`力争…达到2022年的2倍` stays). A
//! bare 万/亿 takes the counting noun ending its subject (`游客人次达到
//! 3000万` → 万人次; not 用户, 专家, 国家). Asides go before the subject is
//! sought (`每个市(州、县)至少建有…`), and a speaker's verb phrase
//! (`我们将再拿出3亿元`) is no subject; the object of a known verb after it
//! is (`我们将新增投资15亿元` → 投资).
//!
//! Statements of aims (see [`aims`]): inside a plan's or a work report's own
//! statement of aims a plain quantity is a goal without 到 or 力争 — after a
//! cue (`目标是:`, `方案提出`, `通过两年攻坚`, `着力`), inside a current plan
//! period (`“十四五”期间,新增…500万亩`; an earlier period is history), after
//! an allocation of money, land or, with 按, a rate (`安排资金320亿元`,
//! `供应土地2万亩`, `赤字率按4%安排`; not `安排3.1万人`, `安排的…金额`, nor
//! in a sentence of things done), a floor or cap on addressees (`不得低于70%`,
//! `原则上不超过1.2%`), and through the rest of a sentence already holding a
//! goal. A deadline within the first characters of a paragraph
//! (`到2027年,…`) governs its later sentences and their 其中 clauses, unless
//! that first sentence reports things done; a year opening a later clause
//! chains the deadline (`到2023年达30%,2025年达35%`), and a bare year before
//! a modal or an adverb of aim and a target verb is one (`2024年初步建成20个
//! 园区`). A 分别 list hands each subject its value (`钢铁、水泥、化工能耗
//! 分别下降5%、6%和8%` → three goals), a 均 list gives all its subjects the
//! one value. Rejected: completion against a target (`完成全年目标任务的88%`,
//! `好于预期`), numbered slogans (`五位一体`, `四个全面`, a Chinese numeral
//! opening a short quotation), numbers framed by an exception or a
//! comparison (`除9项基本指标外`, `与按24项全指标监测相比`), clauses of things
//! done (`均制定出台了`), a change against last year in a sentence not on
//! this year (`比去年增加…`), and a number split by a stray space (`8 .5%`).

mod aims;
mod deadline;
mod filters;
mod outline;
mod subject;

#[cfg(test)]
mod tests;

use crate::lexicon::cues::Seen;
use crate::passes::Context;
use crate::passes::amounts::{Amounts, CURRENCIES, Found, Quantity};
use crate::{Base, Comparator, Document, Error, Goal, Span};

use crate::lexicon::Lexicon;
use crate::lexicon::cues::Cues;
use crate::text::chars::{self, has_word, is_clause_end};
use crate::text::segment::{Cursor, Mark};
use aims::{allocated, current_period, in_period};
use deadline::{deadline, paragraph_deadline};
use filters::{
    counts_list, framed, is_from_value, lead_year, masks, perfective, relative_aim, slogan,
    subsidy, threshold,
};
use outline::Outline;

#[derive(Debug, Clone)]
pub(crate) struct Rules {
    amounts: Amounts,
    cues: Cues,
}

impl Rules {
    pub(crate) fn new(lexicon: &Lexicon) -> Result<Self, Error> {
        Ok(Rules {
            amounts: Amounts::new(lexicon)?,
            cues: lexicon.cues.clone(),
        })
    }

    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) {
        let text = cx.text;
        let outline = Outline::read(text, cx.segments, &self.cues);
        let mut walk = Walk {
            goals: Vec::new(),
            floor: 0,
            marks: cx.segments.cursor(),
            before: cx.segments.cursor(),
            carry: None,
            masks: masks(doc),
            share: None,
            spread: Vec::new(),
            current: current_period(doc, cx.reference.map(|r| r.year)),
            aimed: None,
            lead: Recent::default(),
            line_lead: Recent::default(),
            relative: Recent::default(),
            lead_years: Recent::default(),
            dates: Recent::default(),
            clause_cues: Recent::default(),
            whole_cues: Recent::default(),
            clause_place: 0,
            sentence_place: 0,
        };
        for q in self.amounts.all(cx) {
            let goal = self.goal(cx, doc, &q, &outline, &mut walk);
            walk.floor = goal.as_ref().map_or(q.end, |g| g.span.end.max(q.end));
            // 甲、乙均达到90%: one goal for each subject listed.
            let spread = std::mem::take(&mut walk.spread);
            if let Some(goal) = goal {
                let copies: Vec<Goal> = spread
                    .into_iter()
                    .map(|subject| Goal {
                        subject: Some(subject),
                        ..goal.clone()
                    })
                    .collect();
                walk.goals.push(goal);
                walk.goals.extend(copies);
            }
        }
        let mut goals = walk.goals;
        // Mostly in order already: the check spares the sort its scratch.
        let key = |g: &Goal| (g.span.start, g.span.end);
        if !goals.is_sorted_by_key(key) {
            goals.sort_by_key(key);
        }
        super::add(&mut doc.goals, goals);
    }

    /// The goal a quantity states, if its sentence makes it one (see the
    /// module docs for the rules, in the order they apply here).
    fn goal(
        &self,
        cx: &Context<'_>,
        doc: &Document,
        q: &Quantity,
        outline: &Outline,
        walk: &mut Walk<'_>,
    ) -> Option<Goal> {
        let text = cx.text;
        let at = self.frame(cx, q, walk)?;
        let number = text.get(q.start..q.end)?;
        // 四个全面, “五位一体”, 除9项基本指标外: names and frames, no aims.
        if slogan(cx, number, q.start) || framed(at.left_all, at.right_all) {
            return None;
        }
        let time = self.timing(cx, doc, q, &at, walk)?;
        if self.no_target(q, &at, number)? {
            return None;
        }
        let mut found = at.found;
        if q.duration {
            // 缩短至30分钟以内 caps a time; 为期6个月 and 3年内 only last.
            let decrease = ["降", "减", "控制", "压", "缩"].iter().any(|w| {
                at.left_all
                    .get(at.left.len()..)
                    .is_some_and(|p| p.starts_with(w))
            });
            match found.comparator {
                Comparator::Le | Comparator::Lt => {}
                Comparator::Eq if decrease => found.comparator = Comparator::Le,
                _ => return None,
            }
        }
        let counted = q.base.is_some_and(|(_, b)| b == "count");
        // 由5000亿元增加到8000亿元: the starting value is no goal, but names
        // what the target measures.
        if is_from_value(at.left_all, at.right_all) {
            let (subject, _) = subject::subject(&self.cues, at.left_np, at.right, counted);
            walk.carry = subject.map(|s| (at.sentence_start, Carry::Read(s)));
            return None;
        }
        let relaxed = outline.relaxed(q.start);
        // A relative word of the sentence's own (今年底前) and a deadline
        // leading the paragraph are read when an aim or the deadline asks.
        let mut relative: Option<bool> = None;
        let mut paragraph: Option<Option<i32>> = None;
        // A plan reported before the number (印发《…》,…设立…) makes its verbs
        // plan content; short of that, and of any other sign of an aim, the
        // number is no goal whatever its subject.
        // The segments record every 》: no search through the sentence.
        let plan_before = walk
            .marks
            .prev(q.start, Mark::TITLE_CLOSE, at.sentence_start)
            .is_some();
        let fund = at.right.starts_with('的') && at.left.contains("设立");
        let aimed = time.deadline.is_some()
            || time.sentence.forward
            || time.clause.forward
            || fund
            || relaxed
            || *relative.insert(self.relative(cx, q, &at, walk))
            || paragraph
                .insert(self.paragraph(cx, doc, &at, walk))
                .is_some()
            || in_period(cx, doc, walk.current, at.sentence_start, q.start)
                .is_some_and(|p| !perfective(&self.cues, text.get(p..q.start).unwrap_or("")))
            || walk.aimed == Some(at.sentence_start)
            || (allocated(
                &self.cues,
                at.left_np,
                at.right,
                q.base.map(|(_, b)| b),
                text.get(at.sentence_start..q.start)?,
            ) && !perfective(&self.cues, text.get(at.sentence_start..q.start)?));
        if !aimed && !plan_before {
            return None;
        }
        let (subject, from_right) = self.subject(text, &at, counted, walk);
        if from_right
            && subject
                .as_ref()
                .is_some_and(|s| self.cues.measures.iter().any(|m| s.starts_with(m.as_str())))
        {
            return None;
        }
        let plan_verb = (from_right || self.cues.ending_verb(at.left).is_some()) && plan_before;
        if !(aimed || plan_verb) {
            return None;
        }
        let deadline = time.deadline.or_else(|| {
            let relative = relative.unwrap_or_else(|| self.relative(cx, q, &at, walk));
            let paragraph = match paragraph {
                Some(year) => year,
                None if relative => None,
                None => self.paragraph(cx, doc, &at, walk),
            };
            paragraph.or_else(|| outline.year().filter(|_| relaxed && !relative))
        });
        self.record(q, found, subject, deadline, walk, at.sentence_start)
    }

    /// Whether a relative time word of the sentence's own (今年底前) dates
    /// the number as an aim.
    fn relative(
        &self,
        cx: &Context<'_>,
        q: &Quantity,
        at: &Frame<'_>,
        walk: &mut Walk<'_>,
    ) -> bool {
        relative_aim(
            cx,
            Span::new(at.sentence_start, q.start),
            at.clause_end,
            &mut walk.relative,
        )
    }

    /// The deadline opening the number's paragraph (到2027年,…取得明显成效。
    /// 建成…): it governs the sentences after it, 其中 clauses too. Asked
    /// only for a sentence no relative word of its own dates (今年底前), even
    /// when no reference resolves that word.
    fn paragraph(
        &self,
        cx: &Context<'_>,
        doc: &Document,
        at: &Frame<'_>,
        walk: &mut Walk<'_>,
    ) -> Option<i32> {
        let line_lead = &mut walk.line_lead;
        walk.lead.get(at.sentence_start, || {
            paragraph_deadline(
                doc,
                cx.text,
                cx.segments,
                at.sentence_start,
                &self.cues.pasts,
                line_lead,
            )
        })
    }

    /// The text around a quantity: its sentence and clause, its comparator,
    /// and what stands before and after it.
    fn frame<'t>(&self, cx: &Context<'t>, q: &Quantity, walk: &mut Walk<'_>) -> Option<Frame<'t>> {
        let text = cx.text;
        let floor = walk.floor;
        let marks = &mut walk.marks;
        let sentence_start = marks.start_of(text, q.start, Mark::SENTENCE);
        let clause_start = marks.start_of(text, q.start, Mark::CLAUSE);
        let clause_end = marks.end_of(text, q.end, Mark::CLAUSE);
        let left_all = text.get(clause_start..q.start)?;
        let right_all = text.get(q.end..clause_end)?;
        let found = self
            .amounts
            .comparators
            .find(left_all, right_all, q.amount.high.is_some());
        let left = left_all.get(..left_all.len() - found.pre_len)?;
        let right = right_all.get(found.post_len..)?;
        // The subject's text starts after the previous quantity in the clause.
        let mut left_np = match floor.checked_sub(clause_start) {
            Some(cut) if floor <= q.start - found.pre_len => left.get(cut..).unwrap_or(left),
            _ => left,
        };
        // 产值10亿元以上的制造业企业30家: a threshold's tail is no subject.
        while let Some(rest) = ["以上", "以下", "以内", "左右", "的"]
            .iter()
            .find_map(|w| left_np.strip_prefix(w))
        {
            left_np = rest;
        }
        Some(Frame {
            sentence_start,
            clause_start,
            clause_end,
            found,
            left_all,
            right_all,
            left,
            right,
            left_np,
        })
    }

    /// When the quantity stands: its deadline, its cues, or `None` when it
    /// reports a fact or a forecast.
    ///
    /// A year opening the clause or sentence: past ones (2023年全区产值…)
    /// lead statistics; the reference year or later ones are deadlines
    /// (2024年完成改造500个 in a plan of March 2024), and so is one before a
    /// target verb when no reference is known (2024年初步建成20个园区). A
    /// year opening a later clause after a deadline chains it
    /// (到2023年达30%,2025年达35%).
    fn timing(
        &self,
        cx: &Context<'_>,
        doc: &Document,
        q: &Quantity,
        at: &Frame<'_>,
        walk: &mut Walk<'_>,
    ) -> Option<Timing> {
        let text = cx.text;
        let cues = &cx.lexicon.cues;
        let masks = &walk.masks;
        let clause_span = Span::new(at.clause_start, at.clause_end);
        let place = Some(&mut walk.clause_place);
        let clause = walk.clause_cues.get(clause_span, || {
            cues.seen(text, cx.hits, clause_span, masks, place)
        });
        let sentence_span = Span::new(at.sentence_start, q.start);
        let place = Some(&mut walk.sentence_place);
        let sentence = cues.seen(text, cx.hits, sentence_span, masks, place);
        if clause.forecast || sentence.forecast {
            return None;
        }
        // The year opening the number's clause, the clause right before it
        // (表示,2023年,全国…) or the sentence.
        let before = at
            .clause_start
            .checked_sub(1)
            .filter(|&m| m > at.sentence_start)
            .map(|m| walk.before.start_of(text, m, Mark::CLAUSE));
        let years = &mut walk.lead_years;
        let clause_year = years.get(at.clause_start, || lead_year(doc, text, at.clause_start));
        let opening = clause_year.or_else(|| {
            before
                .into_iter()
                .chain(std::iter::once(at.sentence_start))
                .find_map(|s| years.get(s, || lead_year(doc, text, s)))
        });
        let reference = cx.reference.map(|r| r.year);
        let stated = deadline(doc, text, cx.segments, at.sentence_start, q.start);
        let chained = clause_year
            .filter(|&y| at.clause_start > at.sentence_start && stated.is_some_and(|d| y > d));
        // Whether the clause reports a thing done: asked only when the
        // answer matters, as every test from here on is read when needed.
        let mut done: Option<bool> = None;
        let aimed_year = match opening {
            Some(y) if reference.is_none_or(|r| y >= r) => {
                // 2025年3月,深圳发布了…: a date, and a thing done, date nothing.
                let dated = [at.clause_start, at.sentence_start]
                    .into_iter()
                    .any(|s| walk.dates.get(s, || opens_with_date(text, s)));
                let aims = !dated
                    && (reference.is_some() || {
                        let whole_span = Span::new(at.sentence_start, at.clause_end);
                        let place = Some(&mut walk.sentence_place);
                        let whole = walk.whole_cues.get(whole_span, || {
                            cues.seen(text, cx.hits, whole_span, masks, place)
                        });
                        !whole.statistic
                            && !*done.insert(perfective(&self.cues, at.clause(text)))
                            && self.aims(at.left_all)
                    });
                aims.then_some(y)
            }
            _ => None,
        };
        let past = opening.is_some_and(|y| reference.is_none_or(|r| y < r)) && aimed_year.is_none();
        let deadline = chained.or(stated).or(aimed_year);
        if deadline.is_none() {
            // 今年…赤字规模比去年增加1.6万亿元: a change against last year is
            // a plan's figure in a sentence on this year.
            let now = || this_year(cx, at.sentence_start, q.start);
            // 截至目前,…,累计争取资金5亿元: a sentence opened by 截至 reports
            // through all its clauses.
            let as_of = || {
                text.get(at.sentence_start..q.start)
                    .map(str::trim_start)
                    .is_some_and(|s| s.starts_with("截至") || s.starts_with("截止"))
            };
            let statistic = clause.fact || ((clause.statistic || as_of()) && !now());
            let done = || done.unwrap_or_else(|| perfective(&self.cues, at.clause(text)));
            if statistic || past || done() {
                return None;
            }
        }
        // 约为2020年的20倍, 是上年的3倍: a ratio to a past point reports
        // growth unless a cue word states it as an aim.
        if q.unit == "倍" && compares(at.left_all) && !(sentence.forward || clause.forward) {
            return None;
        }
        Some(Timing {
            deadline,
            clause,
            sentence,
        })
    }

    /// Whether the clause before a number states an aim by itself: a modal
    /// or an adverb of aim before a target verb (`2024年初步建成20个园区`,
    /// `2026年要完成…`), not a bare verb (`2023年实现利润…` reports).
    fn aims(&self, left: &str) -> bool {
        // The first place a verb starts: at each character, only the verbs
        // opening with it are tried.
        let verb = left.char_indices().map(|(i, _)| i).find(|&i| {
            left.get(i..)
                .is_some_and(|rest| self.cues.verbs.prefix_of(rest).is_some())
        });
        verb.is_some_and(|at| {
            let before = left.get(..at).unwrap_or_default();
            self.cues
                .modals
                .iter()
                .map(String::as_str)
                .chain(self.cues.aims.iter().map(String::as_str))
                .any(|m| has_word(before, m))
        })
    }

    /// Whether the quantity is no target whatever its sentence says: a count
    /// of the items just listed, a threshold or a subsidy's amount, the
    /// actors listed before a modal. `None` when the text is unreadable.
    fn no_target(&self, q: &Quantity, at: &Frame<'_>, number: &str) -> Option<bool> {
        if counts_list(at.left_all, number, q.amount.low) {
            return Some(true);
        }
        // 培育年营收超百亿元企业10家: the sum picks the firms, the count is
        // the target; 给予最高1000万元补贴: a subsidy cap is a policy
        // parameter, in news and in plans alike.
        let counted = q.base.is_some_and(|(_, b)| b == "count");
        let money = q.base.is_some_and(|(_, b)| CURRENCIES.contains(&b));
        let capped = matches!(at.found.comparator, Comparator::Le | Comparator::Lt);
        // A share (90%以上的县) counts holders: it is no threshold.
        let share = q.base.is_some_and(|(_, b)| matches!(b, "%" | "pp"));
        if (!counted && !share && threshold(&self.cues, at.right))
            || (money && subsidy(&self.cues, at.left, at.right, capped))
        {
            return Some(true);
        }
        // 甲县、乙县等30个县要完成…: the count names who must act, no target.
        let actors = at.left_all.ends_with('等') && {
            let head = at
                .right_all
                .split(|c: char| c.is_ascii_digit())
                .next()
                .unwrap_or("");
            self.cues.modals.iter().any(|m| has_word(head, m))
        };
        Some(actors)
    }

    /// The subject of a goal, and whether it was read after the number: a
    /// list's share (`钢铁、水泥、化工能耗分别下降5%、6%和8%`), the noun
    /// phrase around the number, the previous goal's subject in the
    /// sentence, or the object of the clause before.
    fn subject(
        &self,
        text: &str,
        at: &Frame<'_>,
        counted: bool,
        walk: &mut Walk<'_>,
    ) -> (Option<String>, bool) {
        // Only a value with nothing but list marks before it takes its
        // share: the trim waits for a share in the sentence.
        let bare = || {
            at.left_np
                .trim_matches(['、', '和', '及', '与', ',', ' '])
                .is_empty()
        };
        if let Some(share) = walk
            .share
            .as_mut()
            .filter(|s| s.sentence == at.sentence_start && bare())
        {
            if let Some(item) = share.items.get(share.next) {
                share.next += 1;
                return (Some(item.clone()), false);
            }
        }
        walk.share = None;
        if let Some(items) = subject::listed(&self.cues, at.left) {
            let mut first = items.first().cloned();
            let by_each = chars::rfind_word(at.left, "分别");
            if let Some(values) = by_each.and_then(|i| at.left.get(i + "分别".len()..)) {
                // Values listed before this one that are no quantity
                // (…分别降低到20/10万、5‰和6‰) still take their subjects.
                let skipped = values.matches(['、', '和', '及']).count();
                let at_value = if skipped < items.len() { skipped } else { 0 };
                first = items.get(at_value).cloned();
                walk.share = Some(Share {
                    sentence: at.sentence_start,
                    items,
                    next: at_value + 1,
                });
            } else {
                walk.spread = items.into_iter().skip(1).collect();
            }
            return (first, false);
        }
        let (mut subject, from_right) = subject::subject(&self.cues, at.left_np, at.right, counted);
        if subject.is_none() {
            let carried = match walk.carry.as_ref() {
                Some((start, carry)) if *start == at.sentence_start => match carry {
                    Carry::Goal(i) => walk.goals.get(*i).and_then(|g| g.subject.clone()),
                    Carry::Read(s) => Some(s.clone()),
                },
                _ => None,
            };
            subject = carried.or_else(|| self.implicit(text, at.sentence_start, at.clause_start));
        }
        (subject, from_right)
    }

    /// The goal record.
    fn record(
        &self,
        q: &Quantity,
        found: Found,
        subject: Option<String>,
        deadline: Option<i32>,
        walk: &mut Walk<'_>,
        sentence_start: usize,
    ) -> Option<Goal> {
        let start = q.start - found.pre_len;
        let end = q.end + found.post_len;
        // 游客人次达到12亿: the counting noun ending the subject completes
        // a bare multiplier (12亿人次).
        let counted_unit = q
            .base
            .is_none()
            .then(|| self.counted_unit(q.unit, subject.as_deref()))
            .flatten();
        let (unit, q_base) = match counted_unit {
            Some((name, base)) => (name, Some(base)),
            None => (q.unit.to_owned(), q.base.map(|(f, b)| (f, b.to_owned()))),
        };
        let base = q_base.map(|(factor, unit)| Base {
            value: q.amount.low * factor,
            unit,
        });
        // Huge numbers may overflow once scaled; the output holds no inf.
        if base.as_ref().is_some_and(|b| !b.value.is_finite()) {
            return None;
        }
        // The goal is the next one the walk keeps: its subject is read
        // there when asked for, not copied for a question seldom asked.
        walk.carry = Some((sentence_start, Carry::Goal(walk.goals.len())));
        walk.aimed = Some(sentence_start);
        Some(Goal {
            subject,
            comparator: found.comparator,
            value: q.amount.low,
            max: q.amount.high,
            unit,
            base,
            deadline,
            surface: String::new(),
            span: Span::new(start, end),
        })
    }
}

impl Rules {
    /// A bare multiplier (万, 亿) completed by the counting noun ending the
    /// subject (`游客人次` → 亿人次), with its base; 国家 or 机器人 count
    /// nothing, and a unit the table lacks is no unit.
    fn counted_unit(&self, unit: &str, subject: Option<&str>) -> Option<(String, (f64, String))> {
        if !matches!(unit, "万" | "亿" | "万亿") {
            return None;
        }
        let subject = subject?;
        let ends = |w: &&String| subject.ends_with(w.as_str());
        if self.cues.noncounters.iter().any(|w| ends(&w)) {
            return None;
        }
        let counter = self.cues.counters.iter().find(ends)?;
        let name = format!("{unit}{counter}");
        let base = self.amounts.units.get(&name)?.base.clone()?;
        Some((name, base))
    }

    /// The subject a clause leaves implicit: the object of the clause before
    /// it in the sentence (`市财政统筹安排资金,每年不少于10亿元` → 资金).
    fn implicit(&self, text: &str, sentence_start: usize, clause_start: usize) -> Option<String> {
        let end = clause_start.checked_sub(1)?;
        if end <= sentence_start {
            return None;
        }
        let start = chars::start_of(text, end, is_clause_end).max(sentence_start);
        subject::object(&self.cues, text.get(start..end)?)
    }
}

/// Whether a word naming this year or the next (今年, 明年, 全年) stands
/// between `from` and `to`.
fn this_year(cx: &Context<'_>, from: usize, to: usize) -> bool {
    let times = cx.hits.of(crate::lexicon::Table::Time);
    let lo = times.partition_point(|h| h.span().start < from);
    times
        .get(lo..)
        .unwrap_or_default()
        .iter()
        .take_while(|h| h.span().end <= to)
        .any(|h| {
            cx.lexicon
                .time_words
                .get(h.row())
                .is_some_and(|w| w.word.starts_with(['今', '明', '全']) && !w.word.contains("以来"))
        })
}

/// Whether the unit starting at `at` opens with a date to the month
/// (`2025年3月`, `2024年十二月`).
fn opens_with_date(text: &str, at: usize) -> bool {
    let head = text.get(at..).unwrap_or_default().trim_start();
    let Some(len) = crate::text::date::leading_year(head) else {
        return false;
    };
    let Some(rest) = head.get(len..).and_then(|r| r.strip_prefix('年')) else {
        return false;
    };
    let month: String = rest
        .chars()
        .take(3)
        .take_while(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(*c))
        .collect();
    !month.is_empty() && rest.get(month.len()..).is_some_and(|r| r.starts_with('月'))
}

/// Whether the clause before a number compares with a past point
/// (`约为十三五末的`, `是上年的`, `相当于2020年的`).
fn compares(left: &str) -> bool {
    left.ends_with('的') && ["为", "是", "相当于"].iter().any(|w| left.contains(w))
}

/// What the walk over a text's quantities carries from one to the next.
struct Walk<'t> {
    /// Where the previous quantity ended: a subject never reaches back over
    /// it (建成工厂500家、车间3000个 → 车间).
    floor: usize,
    /// The marks around the numbers, read on from one number to the next,
    /// and before the clause of each.
    marks: Cursor<'t>,
    before: Cursor<'t>,
    /// The goals read so far, in the order read.
    goals: Vec<Goal>,
    /// The sentence start and subject of the previous goal, for a later
    /// clause that leaves its subject implicit.
    carry: Option<(usize, Carry)>,
    /// Agency names, sorted and merged: cue words inside them say nothing.
    masks: Vec<(usize, usize)>,
    /// The subjects a 分别 hands out to the values after it.
    share: Option<Share>,
    /// The other subjects a 均 gives the goal just read.
    spread: Vec<String>,
    /// The first year of the current plan period: a period ending before it
    /// is history (在“十三五”…基础上 in a text on the 十四五).
    current: Option<i32>,
    /// The start of the sentence of the last goal: a statement of aims
    /// goes on through its sentence (今年安排资金10亿元,新建学校20所).
    aimed: Option<usize>,
    /// The last sentence start asked for its paragraph's lead deadline,
    /// and the answer: every quantity of a sentence asks the same.
    lead: Recent<usize, Option<i32>, 1>,
    /// The last line's lead deadline, keyed by the line's start and the
    /// end of its first sentence: every later sentence of the line asks
    /// the same.
    line_lead: Recent<(usize, usize), Option<i32>, 1>,
    /// The last relative time word asked about, keyed by its sentence's
    /// start, its span and the end of the number's clause, and whether it
    /// dates an aim.
    relative: Recent<(usize, Span, usize), bool, 1>,
    /// The year and the date to the month that the last clause and sentence
    /// starts asked about open with: the numbers of a sentence ask about
    /// the same starts.
    /// (Four: a number asks about its clause's start, the clause before
    /// and the sentence's start.)
    lead_years: Recent<usize, Option<i32>, 4>,
    dates: Recent<usize, bool, 4>,
    /// The cues of the last clause asked about, and of the last sentence
    /// up to a clause end: every quantity of a clause asks the same.
    clause_cues: Recent<Span, Seen, 1>,
    whole_cues: Recent<Span, Seen, 1>,
    /// The places among the cue hits of the first hit of the last clause
    /// and of the last sentence read for cues: the next number's clause and
    /// sentence start there or a little further on.
    clause_place: usize,
    sentence_place: usize,
}

/// The answers for the last `N` keys asked about, newest replacing
/// oldest: what the numbers of one clause, sentence or line ask alike is
/// read once. A window's cues are kept by its span alone: the walk's masks
/// they are read over stay the same through the walk.
pub(super) struct Recent<K, T, const N: usize> {
    slots: [Option<(K, T)>; N],
    next: usize,
}

impl<K, T, const N: usize> Default for Recent<K, T, N> {
    fn default() -> Self {
        Recent {
            slots: std::array::from_fn(|_| None),
            next: 0,
        }
    }
}

impl<K: PartialEq, T: Copy, const N: usize> Recent<K, T, N> {
    /// The answer for `key`, computed by `read` unless kept.
    pub(super) fn get(&mut self, key: K, read: impl FnOnce() -> T) -> T {
        if let Some((_, v)) = self.slots.iter().flatten().find(|(k, _)| *k == key) {
            return *v;
        }
        let v = read();
        if let Some(slot) = self.slots.get_mut(self.next) {
            *slot = Some((key, v));
        }
        self.next = (self.next + 1) % N.max(1);
        v
    }
}

/// Where the subject a later clause may take (see [`Walk::carry`]) is
/// kept.
enum Carry {
    /// In the goal at this place among [`Walk::goals`]: none when that
    /// goal has no subject.
    Goal(usize),
    /// Read for no goal: the subject of a starting value (`由5000亿元…`).
    Read(String),
}

/// The subjects a 分别 hands out, one to each value after it in its
/// sentence (`钢铁、水泥、化工能耗分别下降5%、6%和8%`).
struct Share {
    sentence: usize,
    items: Vec<String>,
    next: usize,
}

/// The text around a quantity.
struct Frame<'t> {
    sentence_start: usize,
    clause_start: usize,
    clause_end: usize,
    /// The comparator around the number.
    found: Found,
    /// The clause before the number, and after the unit.
    left_all: &'t str,
    right_all: &'t str,
    /// The same without the comparator words.
    left: &'t str,
    right: &'t str,
    /// The text the subject may come from: after the previous quantity.
    left_np: &'t str,
}

impl<'t> Frame<'t> {
    /// The clause, number and all.
    fn clause(&self, text: &'t str) -> &'t str {
        text.get(self.clause_start..self.clause_end)
            .unwrap_or(self.left_all)
    }
}

/// When a quantity stands: its deadline and the cues around it.
struct Timing {
    deadline: Option<i32>,
    /// The cues of its clause, and of its sentence up to the number.
    clause: Seen,
    sentence: Seen,
}

impl crate::passes::Pass for Rules {
    fn name(&self) -> &'static str {
        "goals"
    }

    fn reads(&self) -> crate::Kinds {
        crate::Kinds::TARGET_YEARS | crate::Kinds::AGENCIES
    }

    fn writes(&self) -> crate::Kinds {
        crate::Kinds::GOALS
    }

    fn run(&self, cx: &Context<'_>, draft: &mut crate::passes::Draft) {
        self.run(cx, &mut draft.doc);
    }
}
