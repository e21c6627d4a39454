//! The experts' words of one text, looked up by position.

use super::{Class, JobKind, Lexicon, MAX_WORD_BYTES};
use crate::Span;
use crate::lexicon::{Hit, Hits, Table};

/// The experts' words of one text ([`Table::ExpertWord`] hits),
/// looked up by position: a suffix of a title is the longest word of a
/// class ending where the title ends, a lead the longest starting where the
/// clause starts.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Words<'a> {
    lexicon: &'a Lexicon,
    /// Sorted by start, longest first at one start.
    hits: &'a [Hit],
}

impl<'a> Words<'a> {
    /// Every experts word of a text.
    pub(crate) fn new(lexicon: &'a Lexicon, hits: &'a Hits) -> Self {
        Words {
            lexicon,
            hits: hits.of(Table::ExpertWord),
        }
    }

    /// Only the words starting inside `window`: what a reading of that
    /// window asks for, found by binary search once.
    pub(crate) fn within(&self, window: Span) -> Words<'a> {
        let from = self.hits.partition_point(|h| h.span().start < window.start);
        let to = self.hits.partition_point(|h| h.span().start < window.end);
        Words {
            lexicon: self.lexicon,
            hits: self.hits.get(from..to.max(from)).unwrap_or_default(),
        }
    }

    fn class(&self, hit: &Hit) -> Class {
        self.lexicon
            .words
            .get(hit.row())
            .map_or(Class::default(), |(_, class)| *class)
    }

    /// The longest word of `classes` ending at byte `end` and starting at
    /// or after `from`, with its classes.
    pub(crate) fn ending_at(
        &self,
        classes: Class,
        from: usize,
        end: usize,
    ) -> Option<(Span, Class)> {
        let lo = from.max(end.saturating_sub(MAX_WORD_BYTES));
        let i = self.hits.partition_point(|h| h.span().start < lo);
        self.hits
            .get(i..)?
            .iter()
            .take_while(|h| h.span().start < end)
            .filter(|h| h.span().end == end)
            .map(|h| (h.span(), self.class(h)))
            .find(|(_, class)| class.meets(classes))
    }

    /// The longest word of `classes` starting at byte `start` and ending at
    /// or before `limit`.
    pub(crate) fn starting_at(&self, classes: Class, start: usize, limit: usize) -> Option<Span> {
        let i = self.hits.partition_point(|h| h.span().start < start);
        self.hits
            .get(i..)?
            .iter()
            .take_while(|h| h.span().start == start)
            .find(|h| h.span().end <= limit && self.class(h).meets(classes))
            .map(|h| h.span())
    }

    /// The starts of every word of `classes`, in order (a start may repeat).
    pub(crate) fn starts_of(&self, classes: Class) -> impl Iterator<Item = usize> + '_ {
        self.hits
            .iter()
            .filter(move |h| self.class(h).meets(classes))
            .map(|h| h.span().start)
    }

    /// Every word of `classes`, by start.
    pub(crate) fn spans_of(&self, classes: Class) -> impl Iterator<Item = Span> + '_ {
        self.hits
            .iter()
            .filter(move |h| self.class(h).meets(classes))
            .map(|h| h.span())
    }

    /// The ends of every word of `classes`, in no order.
    pub(crate) fn ends_of(&self, classes: Class) -> impl Iterator<Item = usize> + '_ {
        self.hits
            .iter()
            .filter(move |h| self.class(h).meets(classes))
            .map(|h| h.span().end)
    }

    /// The job word ending at `span.end` inside `span` (longest wins): its
    /// start and kind.
    pub(crate) fn job_suffix(&self, span: Span) -> Option<(usize, JobKind)> {
        self.ending_at(Class::JOB, span.start, span.end)
            .map(|(word, class)| {
                let kind = if class.meets(Class::POST) {
                    JobKind::Post
                } else {
                    JobKind::Role
                };
                (word.start, kind)
            })
    }

    /// Whether the text at `span` ends like an organization name (中心,
    /// 研究院, 证券). The suffix alone (研究院) names no organization.
    pub(crate) fn looks_like_org(&self, span: Span) -> bool {
        self.ending_at(Class::ORG_SUFFIX, span.start, span.end)
            .is_some_and(|(word, _)| word.start > span.start)
    }

    /// What the text at `span` (after an agency inside a title) names:
    /// `Some(true)` an internal division (人工智能处), `Some(false)` a body of
    /// its own (环境规划院, 价格司), `None` neither. The longest ending
    /// decides, so 实验室 is a body and 综合室 a division.
    pub(crate) fn is_division(&self, span: Span) -> Option<bool> {
        self.ending_at(Class::ORG_SUFFIX.or(Class::DIVISION), span.start, span.end)
            .map(|(_, class)| class.meets(Class::DIVISION))
    }

    /// Where a modifier ending the text at `span` starts (华为公司常务 →
    /// the start of 常务).
    pub(crate) fn modifier_start(&self, span: Span) -> Option<usize> {
        self.ending_at(Class::MODIFIER, span.start, span.end)
            .map(|(word, _)| word.start)
    }

    /// The words lying inside `span`, by start.
    fn inside(&self, span: Span) -> impl Iterator<Item = &Hit> {
        let i = self.hits.partition_point(|h| h.span().start < span.start);
        self.hits
            .get(i..)
            .unwrap_or_default()
            .iter()
            .take_while(move |h| h.span().start < span.end)
            .filter(move |h| h.span().end <= span.end)
    }

    /// Whether a word of `classes` lies inside `span`.
    pub(crate) fn holds(&self, classes: Class, span: Span) -> bool {
        self.inside(span).any(|h| self.class(h).meets(classes))
    }

    /// Whether some word of two or more characters inside `span` is a job
    /// word or an organization suffix (市长, 委员, 研究院).
    pub(super) fn holds_title_word(&self, span: Span) -> bool {
        self.inside(span).any(|h| {
            self.class(h).meets(Class::TITLE_END)
                && self
                    .lexicon
                    .words
                    .get(h.row())
                    .is_some_and(|(w, _)| w.chars().nth(1).is_some())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passes::testing::LEXICON;

    fn span_of(text: &str, piece: &str) -> Span {
        let start = text.find(piece).expect("piece in text");
        Span::new(start, start + piece.len())
    }

    #[test]
    fn lookups_by_position() {
        // (name, text, the span asked about, the word found in it)
        type Row = (
            &'static str,
            &'static str,
            &'static str,
            Option<&'static str>,
        );
        let job: &[Row] = &[
            (
                "longest job word",
                "国家统计局副局长",
                "国家统计局副局长",
                Some("副局长"),
            ),
            (
                "starts inside the span",
                "国家统计局副局长",
                "局长",
                Some("局长"),
            ),
            ("none at the end", "局长王五", "局长王五", None),
        ];
        let lexicon = &LEXICON;
        for &(name, text, piece, want) in job {
            let hits = lexicon.scan(text);
            let words = Words::new(&lexicon.experts, &hits);
            let span = span_of(text, piece);
            let got = words
                .job_suffix(span)
                .and_then(|(start, _)| text.get(start..span.end));
            assert_eq!(got, want, "{name}");
        }
        let lead: &[Row] = &[
            ("longest lead", "据了解王五", "据了解王五", Some("据了解")),
            ("lead within the limit", "据了解", "据了", Some("据")),
        ];
        for &(name, text, piece, want) in lead {
            let hits = lexicon.scan(text);
            let words = Words::new(&lexicon.experts, &hits);
            let span = span_of(text, piece);
            let got = words
                .starting_at(Class::LEAD, span.start, span.end)
                .and_then(|w| text.get(w.start..w.end));
            assert_eq!(got, want, "{name}");
        }
    }

    #[test]
    fn organizations_and_divisions() {
        let rows: &[(&str, &str, bool, Option<bool>)] = &[
            // (name, text, looks like an organization, is a division)
            (
                "the suffix alone names nothing",
                "研究院",
                false,
                Some(false),
            ),
            ("a named institute", "能源研究院", true, Some(false)),
            ("a division", "人工智能处", true, Some(true)),
            ("the longest ending decides", "实验室", false, Some(false)),
            ("a division's room", "综合室", true, Some(true)),
            ("neither", "王五", false, None),
        ];
        for &(name, text, org, division) in rows {
            let hits = LEXICON.scan(text);
            let words = Words::new(&LEXICON.experts, &hits);
            let all = Span::new(0, text.len());
            assert_eq!(words.looks_like_org(all), org, "{name}");
            assert_eq!(words.is_division(all), division, "{name}");
        }
        let text = "书记和市长";
        let hits = LEXICON.scan(text);
        let words = Words::new(&LEXICON.experts, &hits);
        assert!(words.holds_title_word(Span::new(0, text.len())));
        assert!(!words.holds_title_word(span_of(text, "和")));
        assert!(words.holds(Class::JOB, span_of(text, "和市长")));
        assert!(!words.holds(Class::JOB, span_of(text, "和市")));
        assert!(!words.holds(Class::LEAD, Span::new(0, text.len())));
    }
}
