//! A subject that counts bodies named earlier instead of naming them:
//! `工信部、公安部、商务部三部门联合召开会议。会后,三部门印发《…》` → the three.
//!
//! Accepted as back-references when they are the whole subject (after a
//! time word): `三部门`, `该三部门`, `上述四部门`, `这两个部门`, `5部门`,
//! resolved to the nearest earlier list of exactly that many bodies; the
//! bare `上述部门`/`以上部门` to the nearest earlier list of two or more. A
//! list written `A、B等五部门` counts five and gives its named A and B.
//! The list must stand in the same paragraph or the three sentences before.
//!
//! Rejected: a count with no list of that size before it (`A、B两部门…。
//! 此前,三部门印发` → none), a list in an earlier paragraph more than three
//! sentences back, `各部门`/`有关部门` (no count, no 上述).

use crate::pattern::Regex;

use super::records::Records;
use super::title::suffix;
use crate::pattern::compile;
use crate::{Agency, Span};

/// How far back the earlier list is looked for, in bytes.
const WINDOW_BYTES: usize = 1200;

/// Sentences before the subject's own that may hold the list.
const SENTENCES_BACK: usize = 3;

#[derive(Debug, Clone)]
pub(super) struct BackRefs {
    /// The back-reference as a whole subject.
    phrase: Regex,
    /// `三部门`/`等五部门` right after a list: the count the list gives itself.
    counted: Regex,
}

impl BackRefs {
    pub(super) fn new() -> Self {
        BackRefs {
            phrase: compile(
                r"(?x)
                ^(?:近日|日前|近期|最近|此前|随后|此后|之后|同时|此外|另外|今年|去年
                   |[0-9]{1,2}月|[0-9]{1,2}日|\ )*
                (?:
                  (?:该|上述|以上|前述|这)?
                  (?P<n>[0-9]{1,2}|[两二三四五六七八九十]{1,3})个?(?:部门|部委)
                | (?P<bare>(?:上述|以上|前述)(?:部门|部委))
                )",
            ),
            counted: compile(
                r"(?x)
                ^(?P<etc>等)?
                (?P<n>[0-9]{1,2}|[两二三四五六七八九十]{1,3})个?(?:部门|部委)",
            ),
        }
    }

    /// The bodies a subject with no body of its own points back to, or none
    /// when it is no back-reference or no list fits. `joiner` is what may
    /// stand between two bodies of one list.
    pub(super) fn resolve<'d>(
        &self,
        text: &str,
        records: &Records<'d>,
        subject: Span,
        joiner: &Regex,
    ) -> Vec<&'d Agency> {
        let Some(caps) = text
            .get(subject.start..subject.end)
            .and_then(|s| self.phrase.captures(s))
        else {
            return Vec::new();
        };
        let wanted = match caps.name("n") {
            Some(n) => match count(n.as_str()) {
                Some(n) => Some(n),
                None => return Vec::new(),
            },
            None => None,
        };
        let start = window_start(text.get(..subject.start).unwrap_or(""));
        let agencies = records.agencies(Span::new(start, subject.start));
        let mut lists: Vec<(Vec<&Agency>, usize)> = Vec::new();
        let mut current: Vec<&Agency> = Vec::new();
        for agency in agencies {
            let joined = current.last().is_some_and(|last| {
                joiner.is_match(text.get(last.span.end..agency.span.start).unwrap_or(""))
            });
            if !joined && !current.is_empty() {
                let size = self.size(text, &current);
                lists.push((std::mem::take(&mut current), size));
            }
            current.push(agency);
        }
        if !current.is_empty() {
            let size = self.size(text, &current);
            lists.push((current, size));
        }
        lists
            .into_iter()
            .rev()
            .find(|(_, size)| wanted.map_or(*size >= 2, |n| *size == n))
            .map(|(list, _)| list)
            .unwrap_or_default()
    }

    /// How many bodies a list stands for: the count written after it
    /// (`A、B等五部门` → 5), else how many it names.
    fn size(&self, text: &str, list: &[&Agency]) -> usize {
        let named = list.len();
        let after = list
            .last()
            .and_then(|last| text.get(last.span.end..))
            .unwrap_or("");
        match self.counted.captures(after) {
            Some(caps) if caps.name("etc").is_some() => {
                caps.name("n").and_then(|n| count(n.as_str())).unwrap_or(0)
            }
            _ => named,
        }
    }
}

/// Where the window holding the earlier list starts: the paragraph's start
/// or [`SENTENCES_BACK`] sentences back, whichever is earlier, bounded.
fn window_start(before: &str) -> usize {
    let window = suffix(before, WINDOW_BYTES);
    let offset = before.len() - window.len();
    let paragraph = window.rfind('\n').map_or(0, |i| i + 1);
    let mut sentences = window.len();
    for _ in 0..=SENTENCES_BACK {
        match window
            .get(..sentences)
            .and_then(|w| w.rfind(['。', '!', '?', ';']))
        {
            Some(i) => sentences = i,
            None => {
                sentences = 0;
                break;
            }
        }
    }
    offset + paragraph.min(sentences)
}

/// A small count written in digits or Chinese numerals (两, 十二, 二十).
fn count(written: &str) -> Option<usize> {
    if let Ok(n) = written.parse::<usize>() {
        return Some(n);
    }
    let digit = |c: char| {
        "一二三四五六七八九"
            .find(c)
            .map(|i| i / '一'.len_utf8() + 1)
    };
    let chars: Vec<char> = written.chars().collect();
    match chars.as_slice() {
        ['两'] => Some(2),
        ['十'] => Some(10),
        [d] => digit(*d),
        ['十', d] => Some(10 + digit(*d)?),
        [t, '十'] => Some(10 * digit(*t)?),
        [t, '十', d] => Some(10 * digit(*t)? + digit(*d)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::count;

    #[test]
    fn counts() {
        let rows = [
            ("两", Some(2)),
            ("三", Some(3)),
            ("十", Some(10)),
            ("十二", Some(12)),
            ("二十", Some(20)),
            ("二十一", Some(21)),
            ("5", Some(5)),
            ("两十", None),
        ];
        for (written, want) in rows {
            assert_eq!(count(written), want, "{written}");
        }
    }
}
