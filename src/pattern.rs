//! Regexes the passes share, and the one way they run over text: inside a
//! window around a hit, never over the whole text.
//!
//! [`compile`] builds a plain [`Regex`] for patterns that rules run on a
//! short slice they already cut (a title, a clause). [`Windowed`] is for
//! patterns that need the text around the window: it searches only the
//! window's bytes, but its anchors (`^`, `$`, `\b`) see the characters just
//! outside it, so a window that starts mid-line does not match `^` there.

use regex::Regex;
use regex_automata::meta;
use regex_automata::util::captures::Captures;
use regex_automata::{Anchored, Input};

use crate::Span;

/// Compiles one of this crate's constant patterns. A pattern that does not
/// compile is a bug caught by every unit test that builds the rules, never
/// a property of the input.
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant pattern; unit tests compile every one")
}

/// A regex searched inside windows of a text.
#[derive(Debug, Clone)]
pub(crate) struct Windowed {
    re: meta::Regex,
}

/// One match of a [`Windowed`] pattern: its groups, in text coordinates.
#[derive(Debug, Clone)]
pub(crate) struct Found<'t> {
    text: &'t str,
    caps: Captures,
}

impl Windowed {
    /// Compiles a constant pattern (see [`compile`]).
    pub(crate) fn new(pattern: &str) -> Self {
        Windowed {
            re: meta::Regex::new(pattern).expect("constant pattern; unit tests compile every one"),
        }
    }

    /// The leftmost match inside `window` of `text`.
    pub(crate) fn find<'t>(&self, text: &'t str, window: Span) -> Option<Found<'t>> {
        self.search(text, window, Anchored::No)
    }

    /// The match starting exactly at `window.start`.
    pub(crate) fn at<'t>(&self, text: &'t str, window: Span) -> Option<Found<'t>> {
        self.search(text, window, Anchored::Yes)
    }

    fn search<'t>(&self, text: &'t str, window: Span, anchored: Anchored) -> Option<Found<'t>> {
        let end = window.end.min(text.len());
        if window.start > end {
            return None;
        }
        let input = Input::new(text).range(window.start..end).anchored(anchored);
        let mut caps = self.re.create_captures();
        self.re.search_captures(&input, &mut caps);
        caps.is_match().then_some(Found { text, caps })
    }
}

impl<'t> Found<'t> {
    /// The whole match.
    pub(crate) fn span(&self) -> Span {
        self.caps
            .get_match()
            .map_or(Span::default(), |m| Span::new(m.start(), m.end()))
    }

    /// Where group `name` matched, if it took part.
    pub(crate) fn group(&self, name: &str) -> Option<Span> {
        self.caps
            .get_group_by_name(name)
            .map(|s| Span::new(s.start, s.end))
    }

    /// The text group `name` matched, if it took part.
    pub(crate) fn str(&self, name: &str) -> Option<&'t str> {
        let span = self.group(name)?;
        self.text.get(span.start..span.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_see_outside_the_window() {
        let text = "甲乙\n丙丁";
        let line_start = Windowed::new(r"(?m)^丙");
        assert!(
            line_start
                .find(text, Span::new(text.find('丙').unwrap_or(0), text.len()))
                .is_some()
        );
        let mid_line = Windowed::new(r"(?m)^乙");
        let at = text.find('乙').unwrap_or(0);
        assert!(mid_line.find(text, Span::new(at, text.len())).is_none());
    }

    #[test]
    fn search_stays_inside_the_window() {
        let text = "一二三四";
        let re = Windowed::new("四");
        assert!(re.find(text, Span::new(0, "一二三".len())).is_none());
        let found = re.find(text, Span::new(0, text.len())).expect("match");
        assert_eq!(found.span(), Span::new(9, 12));
        let named = Windowed::new("(?P<x>二)三");
        let found = named
            .at(text, Span::new(3, text.len()))
            .expect("anchored match");
        assert_eq!(found.str("x"), Some("二"));
        assert!(named.at(text, Span::new(0, text.len())).is_none());
    }
}
