//! Comparator words (`gazetteers/comparators.tsv`) around a goal's number.
//!
//! `超过80%` gt, `不低于60%` ge, `达到100个以上` ge, `60%以上` gt, `50个左右` approx,
//! `约3000亿元` approx, `控制在5%以内` le, `不超过3%` le, `低于1.3` lt,
//! `超过了百分之零点九` gt (了 may stand between), `达到100个` eq.

use crate::lexicon::cues::WordList;
use crate::lexicon::tsv::{self as gazetteer, Source};
use crate::{Comparator, Error};

/// What a word contributes: a comparator, or a neutral verb of reaching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Meaning {
    Plain(Comparator),
    Reach,
}

#[derive(Debug, Clone)]
pub(crate) struct Comparators {
    /// Words before the number.
    pre: Side,
    /// Words after the unit.
    post: Side,
}

/// The comparator words of one side of the number, longest first (the
/// table's order between words of one length), and each one's meaning.
#[derive(Debug, Clone)]
struct Side {
    words: WordList,
    meanings: Vec<Meaning>,
}

impl Side {
    fn new(mut rows: Vec<(String, Meaning)>) -> Self {
        rows.sort_by_key(|(text, _)| std::cmp::Reverse(text.len()));
        let (words, meanings) = rows.into_iter().unzip();
        Side {
            words: WordList::new(words),
            meanings,
        }
    }

    /// The length and meaning of the word at `index`.
    fn word(&self, index: usize) -> Option<(usize, Meaning)> {
        Some((self.words.get(index)?.len(), *self.meanings.get(index)?))
    }
}

/// A comparator found around a number: its meaning and how many bytes the
/// words take before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Found {
    pub(crate) comparator: Comparator,
    pub(crate) pre_len: usize,
    pub(crate) post_len: usize,
}

impl Comparators {
    pub(crate) fn new(source: Source) -> Result<Self, Error> {
        let mut pre = Vec::new();
        let mut post = Vec::new();
        for row in gazetteer::parse(source.name, source.text, 3)? {
            let meaning = match row.get(2) {
                "gt" => Meaning::Plain(Comparator::Gt),
                "ge" => Meaning::Plain(Comparator::Ge),
                "eq" => Meaning::Plain(Comparator::Eq),
                "approx" => Meaning::Plain(Comparator::Approx),
                "le" => Meaning::Plain(Comparator::Le),
                "lt" => Meaning::Plain(Comparator::Lt),
                "reach" => Meaning::Reach,
                other => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        format!("unknown comparator {other:?}"),
                    ));
                }
            };
            let list = match row.get(1) {
                "pre" => &mut pre,
                "post" => &mut post,
                _ => {
                    return Err(Error::gazetteer(
                        source.name,
                        row.line,
                        "position is pre or post",
                    ));
                }
            };
            let text = row.get(0);
            if text.is_empty() {
                return Err(Error::gazetteer(source.name, row.line, "empty comparator"));
            }
            list.push((text.to_owned(), meaning));
        }
        Ok(Comparators {
            pre: Side::new(pre),
            post: Side::new(post),
        })
    }

    /// Whether `before` ends with a comparator word that leads a number.
    pub(crate) fn ends_with_pre(&self, before: &str) -> bool {
        self.pre_word(before).is_some()
    }

    /// The length and meaning of the longest word before the number that
    /// `before` ends with.
    fn pre_word(&self, before: &str) -> Option<(usize, Meaning)> {
        self.pre.word(self.pre.words.suffix_index_of(before)?)
    }

    /// The length and meaning of the longest word after the unit that
    /// `after` starts with.
    fn post_word(&self, after: &str) -> Option<(usize, Meaning)> {
        self.post.word(self.post.words.prefix_index_of(after)?)
    }

    /// The comparator for a number preceded by `before` and whose unit is
    /// followed by `after`; `range` when the amount is a range.
    pub(crate) fn find(&self, before: &str, after: &str, range: bool) -> Found {
        // 了 may stand between the word and the number: 超过了百分之零点九.
        let trimmed = before.strip_suffix('了').unwrap_or(before);
        let pre = self
            .pre_word(trimmed)
            .map(|(len, meaning)| (before.len() - trimmed.len() + len, meaning));
        let post = self.post_word(after);
        let pre_len = pre.map_or(0, |p| p.0);
        let post_len = post.map_or(0, |p| p.0);
        let comparator = if range {
            Comparator::Range
        } else {
            match (pre.map(|p| p.1), post.map(|p| p.1)) {
                // 达到…以上 and 不低于…以上 are "at least"; 以上 alone "more than".
                (
                    Some(Meaning::Reach | Meaning::Plain(Comparator::Ge)),
                    Some(Meaning::Plain(Comparator::Gt)),
                ) => Comparator::Ge,
                (_, Some(Meaning::Plain(c))) => c,
                (Some(Meaning::Plain(c)), _) => c,
                _ => Comparator::Eq,
            }
        };
        Found {
            comparator,
            pre_len,
            post_len,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparators() {
        let table = Comparators::new(gazetteer::COMPARATORS).expect("comparators.tsv parses");
        let rows: &[(&str, &str, &str, Comparator)] = &[
            ("chaoguo", "占比超过", "。", Comparator::Gt),
            ("tupo", "规模突破", ",", Comparator::Gt),
            ("yishang alone", "实现", "以上新增", Comparator::Gt),
            ("dadao yishang", "达到", "以上", Comparator::Ge),
            ("budiyu", "不低于", "", Comparator::Ge),
            ("zhishao", "至少", "", Comparator::Ge),
            ("zuoyou", "形成", "左右具有", Comparator::Approx),
            ("yue", "约", "", Comparator::Approx),
            ("kongzhi yinei", "控制在", "以内", Comparator::Le),
            ("buchaoguo", "不超过", "", Comparator::Le),
            ("yixia cap", "降至", "以下", Comparator::Le),
            ("diyu", "低于", "", Comparator::Lt),
            ("buzu", "不足", "", Comparator::Lt),
            ("le between", "超过了", "", Comparator::Gt),
            ("dadao alone", "达到", "。", Comparator::Eq),
            ("none", "培育", "示范", Comparator::Eq),
        ];
        for &(name, before, after, expected) in rows {
            assert_eq!(
                table.find(before, after, false).comparator,
                expected,
                "{name}"
            );
        }
        assert_eq!(
            table.find("建设", "大模型", true).comparator,
            Comparator::Range
        );
        let found = table.find("超过了", "以上", false);
        assert_eq!(
            (found.pre_len, found.post_len),
            ("超过了".len(), "以上".len())
        );
    }
}
