//! The genre of a document and, for a plan's own text, which of its sections
//! state what the plan will do.
//!
//! A plan's own text (an official document, not news about it) states its
//! targets as bare imperatives: `每年为不少于3000家企业提供上云诊断服务`,
//! `市财政安排专项资金不低于5亿元`, `新建充电桩2万个` carry no 力争 or 到2027年.
//! Inside such a document, the sections under a goal or task heading
//! (`一、总体要求`, `二、主要目标`, `三、重点任务`, `(五)保障措施`) may state targets
//! without a forward cue; a background section (`一、发展基础`, `(一)现状与形势`)
//! and the preamble before the first heading may not.
//!
//! A document is a plan's own text when it has at least three numbered headings
//! (`一、`, `(一)`, `第一章`) and either a self-title among its first lines
//! (`关于印发…的通知`, `…行动方案(2025—2027年)`), a signature block (a body's
//! name above a bare date in the last lines), or a heading naming goals or tasks.
//! A news article with a numbered list has neither.
//!
//! The document is read once, line by line; a position is then looked up by
//! binary search among the headings.

use crate::Span;
use crate::lexicon::cues::Cues;
use crate::text::date::{trailing_year, year_value};
use crate::text::segment::{Mark, Segments, is_numeral};

/// Where each heading starts and whether the numbers under it are plan content.
#[derive(Debug, Default)]
pub(crate) struct Outline {
    headings: Vec<(usize, bool)>,
    /// The one year a yearly plan's own title names (`某市2024年工作要点`).
    year: Option<i32>,
}

/// How deep a numbered heading sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Level {
    /// `一、`, `第一章`.
    Part,
    /// `(一)`, `第一节`.
    Section,
}

/// How many lines at each end of a document hold its title or signature.
const HEAD_LINES: usize = 8;
const TAIL_LINES: usize = 8;

impl Outline {
    /// The outline of `text`; empty (nothing relaxed) unless it is a plan's
    /// own text.
    pub(crate) fn read(text: &str, segments: &Segments, cues: &Cues) -> Self {
        let mut headings = Vec::new();
        let mut self_title = false;
        let mut task_heading = false;
        let mut numbered = 0usize;
        let mut part_relaxed = false;
        let mut part_background = false;
        let mut seen_lines = 0usize;
        let mut year = None;
        for (start, body) in lines(text, segments) {
            seen_lines += 1;
            if seen_lines <= HEAD_LINES && is_self_title(body, cues) {
                if !self_title {
                    year = single_year(body);
                }
                self_title = true;
            }
            let Some((level, name)) = heading(body) else {
                continue;
            };
            numbered += 1;
            let name = heading_name(name);
            let background = cues.sections_background.occurs_in(name);
            let goal = !background && cues.sections_goal.occurs_in(name);
            task_heading |= goal;
            let relaxed = match level {
                Level::Part => {
                    part_relaxed = goal;
                    part_background = background;
                    goal
                }
                Level::Section => !part_background && !background && (goal || part_relaxed),
            };
            headings.push((start, relaxed));
        }
        let plan = numbered >= 3 && (self_title || task_heading || signed(&tail(text, segments)));
        if !plan {
            headings.clear();
            year = None;
        }
        Outline { headings, year }
    }

    /// The year a yearly plan's own title names: the deadline of the
    /// goals in it that name none.
    pub(crate) fn year(&self) -> Option<i32> {
        self.year
    }

    /// Whether the number at byte `at` stands in a goal or task section of a
    /// plan's own text.
    pub(crate) fn relaxed(&self, at: usize) -> bool {
        let i = self.headings.partition_point(|&(start, _)| start <= at);
        i.checked_sub(1)
            .and_then(|i| self.headings.get(i))
            .is_some_and(|&(_, relaxed)| relaxed)
    }
}

/// Every line that is not blank, trimmed, with the byte where it starts:
/// the text split at its line breaks (the marks of class [`Mark::LINE`]).
fn lines<'t>(text: &'t str, segments: &'t Segments) -> impl Iterator<Item = (usize, &'t str)> {
    let breaks = segments.within(Span::new(0, text.len()), Mark::LINE);
    let mut start = 0;
    breaks.chain([text.len()]).filter_map(move |end| {
        let at = start;
        start = end + 1;
        let body = text.get(at..end)?.trim();
        (!body.is_empty()).then_some((at, body))
    })
}

/// The last [`TAIL_LINES`] lines that are not blank, in order.
fn tail<'t>(text: &'t str, segments: &Segments) -> Vec<&'t str> {
    let mut end = text.len();
    let mut tail = Vec::with_capacity(TAIL_LINES);
    while tail.len() < TAIL_LINES {
        let start = segments.prev(end, Mark::LINE, 0).map_or(0, |p| p + 1);
        let body = text.get(start..end).unwrap_or_default().trim();
        if !body.is_empty() {
            tail.push(body);
        }
        if start == 0 {
            break;
        }
        end = start - 1;
    }
    tail.reverse();
    tail
}

/// A numbered heading's level and name: `二、主要目标`, `(三)强化要素保障`,
/// `第二章 发展目标`.
fn heading(line: &str) -> Option<(Level, &str)> {
    let numeral = |c: char| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    };
    if let Some(rest) = line.strip_prefix('(') {
        let n = rest.chars().take_while(|&c| numeral(c)).count();
        let close = rest.char_indices().nth(n)?;
        return (n > 0 && close.1 == ')')
            .then(|| rest.get(close.0 + 1..))
            .flatten()
            .map(|name| (Level::Section, name));
    }
    if let Some(rest) = line.strip_prefix('第') {
        let n = rest.chars().take_while(|&c| numeral(c)).count();
        let (i, mark) = rest.char_indices().nth(n)?;
        let level = match mark {
            '章' | '部' => Level::Part,
            '节' => Level::Section,
            _ => return None,
        };
        return (n > 0).then(|| (level, rest.get(i + mark.len_utf8()..).unwrap_or("")));
    }
    let n = line.chars().take_while(|&c| numeral(c)).count();
    let (i, mark) = line.char_indices().nth(n)?;
    (n > 0 && n <= 3 && mark == '、')
        .then(|| (Level::Part, line.get(i + mark.len_utf8()..).unwrap_or("")))
}

/// The words a heading names its section by: up to its first clause mark
/// (`一、加快建设算力设施,到2025年…` is named `加快建设算力设施`), and at most
/// [`NAME_CHARS`] characters other than numerals, so that a long numbered
/// line is named alike with its numbers in digits or in Chinese.
fn heading_name(name: &str) -> &str {
    let mut words = 0;
    let end = name
        .char_indices()
        .find(|&(_, c)| {
            words += usize::from(!is_numeral(c));
            matches!(c, '。' | ':' | ';' | ',' | '，' | '：' | '；') || words > NAME_CHARS
        })
        .map_or(name.len(), |(i, _)| i);
    name.get(..end).unwrap_or(name)
}

/// How many characters other than numerals a heading's name holds at most.
const NAME_CHARS: usize = 20;

/// A document's own title: a short line without sentence punctuation that
/// ends with a genre word, a period such as `(2025—2027年)` aside.
fn is_self_title(line: &str, cues: &Cues) -> bool {
    // The period aside is searched for only in a line that ends with one.
    let core = if line.ends_with(')') {
        line.rfind('(').and_then(|i| line.get(..i)).unwrap_or(line)
    } else {
        line
    };
    // The genre word first: it rules out most lines without reading them.
    let last = core.as_bytes().last();
    cues.genres
        .iter()
        .any(|g| g.as_bytes().last() == last && core.ends_with(g.as_str()))
        && line.chars().count() <= 80
        && !line.contains(['。', ',', '!', '?', '《'])
}

/// The one year a title names (`某市2024年数字经济工作要点`); none for a
/// period (`(2024—2026年)`) or two years.
fn single_year(title: &str) -> Option<i32> {
    let mut found = None;
    for (i, _) in title.match_indices('年') {
        let before = title.get(..i).unwrap_or_default();
        let Some(len) = trailing_year(before) else {
            continue;
        };
        let year = year_value(before.get(before.len() - len..).unwrap_or_default())?;
        if found.is_some_and(|y| y != year) {
            return None;
        }
        found = Some(year);
    }
    let period = title.contains(['—', '-', '~', '至']);
    found.filter(|_| !period)
}

/// A signature block: a short line naming the issuer above a bare date
/// (`XX市人民政府办公厅` / `2025年3月6日`) among the last lines.
fn signed(tail: &[&str]) -> bool {
    tail.windows(2).any(|pair| match pair {
        [name, date] => {
            name.chars().count() <= 30
                && !name.contains(['。', ',', ':'])
                && is_bare_date(date.trim_matches(['(', ')']))
        }
        _ => false,
    })
}

/// `2025年3月6日` or `二〇二五年三月六日`, nothing else.
fn is_bare_date(s: &str) -> bool {
    let Some((year, rest)) = s.split_once('年') else {
        return false;
    };
    let Some((month, rest)) = rest.split_once('月') else {
        return false;
    };
    let Some(day) = rest.strip_suffix('日') else {
        return false;
    };
    let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&p.chars().count())
            && p.chars()
                .all(|c| c.is_ascii_digit() || "〇零一二三四五六七八九十".contains(c))
    };
    digits(year, 4..=4) && digits(month, 1..=3) && digits(day, 1..=3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::tsv as gazetteer;

    #[test]
    fn outlines() {
        let cues = Cues::new(gazetteer::GOAL_CUES).expect("goal_cues.tsv parses");
        let plan = "某县加快建设数字乡村工作方案\n一、工作基础\n已建成站点5个。\n二、工作目标\n建成站点9个。\n(一)完善网络基础设施\n新建基站3个。\n三、保障措施\n安排资金1亿元。\n";
        let outline = Outline::read(plan, &Segments::new(plan), &cues);
        let at = |s: &str| plan.find(s).expect("in the text");
        // (name, position, relaxed)
        let rows = [
            ("title", at("某县"), false),
            ("background", at("已建成"), false),
            ("goals", at("建成站点9"), true),
            ("infrastructure is no background", at("新建基站"), true),
            ("safeguards", at("安排资金"), true),
        ];
        for (name, position, expected) in rows {
            assert_eq!(outline.relaxed(position), expected, "{name}");
        }
        // News with a numbered list: no title, no signature, no task heading.
        let news = "记者获悉\n一、企业情况\n二、市场反应\n三、专家观点\n新建基站3个。\n";
        assert!(!Outline::read(news, &Segments::new(news), &cues).relaxed(news.len() - 1));
        // Numbered sentences: a task word after the first comma names no
        // section (通知要求 is the item's own clause), in either spelling.
        for amount in ["10亿元", "十亿元"] {
            let items = format!(
                "一、甲乙丙丁。\n二、县级财政设立{amount}产业引导基金,通知要求,支持重点项目。\n三、甲乙丙丁。\n"
            );
            let outline = Outline::read(&items, &Segments::new(&items), &cues);
            assert!(
                !outline.relaxed(items.find("设立").unwrap_or(0)),
                "{amount}"
            );
        }
        // A signature makes a document its own text.
        let signed = "通报\n一、总体情况\n二、下一步安排\n新建基站3个。\n三、其他\n某市人民政府\n2025年3月6日\n";
        assert!(
            Outline::read(signed, &Segments::new(signed), &cues)
                .relaxed(signed.find("新建").unwrap_or(0))
        );
    }

    #[test]
    fn headings() {
        let rows = [
            ("part", "二、主要目标", Some((Level::Part, "主要目标"))),
            (
                "section",
                "(三)强化要素保障",
                Some((Level::Section, "强化要素保障")),
            ),
            (
                "chapter",
                "第二章 发展目标",
                Some((Level::Part, " 发展目标")),
            ),
            (
                "node",
                "第一节 总体要求",
                Some((Level::Section, " 总体要求")),
            ),
            ("no numeral", "(注)说明", None),
            ("sentence", "一是加强统筹", None),
            ("empty paren", "()", None),
        ];
        for (name, line, expected) in rows {
            assert_eq!(heading(line), expected, "{name}");
        }
    }

    #[test]
    fn heading_names() {
        let long = "甲".repeat(NAME_CHARS);
        let rows = [
            ("加快建设算力设施,到2025年", "加快建设算力设施"),
            ("主要目标", "主要目标"),
            ("保障措施：", "保障措施"),
            ("", ""),
        ];
        for (name, expected) in rows {
            assert_eq!(heading_name(name), expected, "{name}");
        }
        // Numerals do not count towards the limit, other characters do.
        assert_eq!(heading_name(&format!("{long}乙")), long);
        let numbered = format!("2025年{long}乙");
        assert_eq!(
            heading_name(&numbered),
            format!("2025年{}", "甲".repeat(NAME_CHARS - 1))
        );
    }
}
