//! Regexes the passes share, and the one way they run over text: inside a
//! window around a hit, never over the whole text.
//!
//! [`compile`] builds a [`Regex`] for patterns that rules run on a short
//! slice they already cut (a title, a clause). [`Windowed`] is for patterns
//! that need the text around the window: it searches only the window's
//! bytes, but its anchors (`^`, `$`, `\b`) see the characters just outside
//! it, so a window that starts mid-line does not match `^` there.
//! [`Ending`] is for a pattern anchored at a slice's end (`$`) with every
//! repetition bounded: it searches only the slice's last bytes that its
//! longest match may span.
//!
//! Both are built, but for one pattern (below), without a literal
//! prefilter, a one-pass DFA or a full DFA: they search short slices, where
//! those save little, and building them cost more than all the searches of
//! many documents (about half of building an extractor).
//!
//! Most are built without a lazy DFA either ([`compile`], [`Windowed::new`]):
//! it needs a second, reversed NFA, which doubles the build, while the
//! backtracker alone is as fast on the short slices and anchored starts
//! most rules search. The few patterns searched unanchored over thousands
//! of slices a document (dates, title trailers, the layout's date labels)
//! keep it ([`compile_hot`], [`Windowed::hot`]): for them the lazy DFA
//! saves up to twenty times its build per megabyte of text. The
//! backtracker's cost grows with the pattern's states times the bytes it
//! searches, so a large pattern over a few kilobytes costs more than the
//! whole rest of a document's rules.
//!
//! A pattern that opens with one of a few words and is searched over a
//! document's head (the wire dateline) also keeps a literal prefilter
//! ([`Windowed::prefiltered`]), which skips the text between those words.
//!
//! A hot pattern must not hold counted runs of a broad class
//! (`[^\n。]{0,60}`) in an unanchored branch: the lazy DFA then builds new
//! states for most new bytes of text, and is no faster than the
//! backtracker. Such a branch is searched apart, anchored where it can
//! start.

use regex_automata::meta;
use regex_automata::util::captures;
use regex_automata::{Anchored, Input};

use crate::Span;

/// Compiles one of this crate's constant patterns. A pattern that does not
/// compile is a bug caught by every unit test that builds the rules, never
/// a property of the input.
pub(crate) fn compile(pattern: &str) -> Regex {
    Regex {
        re: build(pattern, Engines::Backtracker),
    }
}

/// Compiles a constant pattern searched often enough for a lazy DFA to pay
/// for its build (see the module docs).
pub(crate) fn compile_hot(pattern: &str) -> Regex {
    Regex {
        re: build(pattern, Engines::LazyDfa),
    }
}

/// Which engines a pattern is built with, besides the NFA.
#[derive(Debug, Clone, Copy)]
enum Engines {
    /// The bounded backtracker and the PikeVM, which need nothing more.
    Backtracker,
    /// Those and a lazy DFA, with the reversed NFA it needs.
    LazyDfa,
    /// A lazy DFA and a literal prefilter, for a pattern that opens with
    /// one of a few words and is searched over kilobytes.
    Prefiltered,
}

fn build(pattern: &str, engines: Engines) -> meta::Regex {
    meta::Builder::new()
        .configure(config(engines))
        .build(pattern)
        .expect("constant pattern; unit tests compile every one")
}

/// A regex over a slice the rule has cut: the part of `regex::Regex` the
/// rules use.
#[derive(Debug, Clone)]
pub(crate) struct Regex {
    re: meta::Regex,
}

/// One match of a [`Regex`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Match<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Match<'t> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }
    pub(crate) fn end(&self) -> usize {
        self.end
    }
    pub(crate) fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or_default()
    }
}

/// The groups of one match of a [`Regex`].
#[derive(Debug, Clone)]
pub(crate) struct Captures<'t> {
    text: &'t str,
    caps: captures::Captures,
}

impl<'t> Captures<'t> {
    /// Group `i` (0 is the whole match).
    pub(crate) fn get(&self, i: usize) -> Option<Match<'t>> {
        self.caps.get_group(i).map(|s| Match {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }

    /// The group called `name`, if it took part.
    pub(crate) fn name(&self, name: &str) -> Option<Match<'t>> {
        self.caps.get_group_by_name(name).map(|s| Match {
            text: self.text,
            start: s.start,
            end: s.end,
        })
    }
}

impl Regex {
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.re.is_match(text)
    }

    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<Match<'t>> {
        self.re.find(text).map(|m| Match {
            text,
            start: m.start(),
            end: m.end(),
        })
    }

    pub(crate) fn find_iter<'r, 't>(&'r self, text: &'t str) -> impl Iterator<Item = Match<'t>> + 'r
    where
        't: 'r,
    {
        self.re.find_iter(text).map(move |m| Match {
            text,
            start: m.start(),
            end: m.end(),
        })
    }

    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        let mut caps = self.re.create_captures();
        self.re.captures(text, &mut caps);
        caps.is_match().then_some(Captures { text, caps })
    }

    pub(crate) fn captures_iter<'r, 't>(
        &'r self,
        text: &'t str,
    ) -> impl Iterator<Item = Captures<'t>> + 'r
    where
        't: 'r,
    {
        self.re
            .captures_iter(text)
            .map(move |caps| Captures { text, caps })
    }
}

/// A constant pattern that only matches at the end of the slice it
/// searches (`$`) and never more than a bounded number of bytes (every
/// repetition counted): only the last of those bytes are searched, as no
/// match starts further back. An unanchored search of a pattern ending in
/// `$` otherwise tries every start of the slice, and costs the whole
/// slice's length times the pattern's states.
#[derive(Debug, Clone)]
pub(crate) struct Ending {
    re: meta::Regex,
    /// The longest match, in bytes.
    reach: usize,
}

impl Ending {
    /// Compiles a constant pattern (see [`compile`]) that ends in `$` and
    /// repeats nothing without a bound.
    pub(crate) fn new(pattern: &str) -> Self {
        let reach = regex_automata::util::syntax::parse(pattern)
            .ok()
            .and_then(|hir| hir.properties().maximum_len())
            .expect("constant pattern with bounded repetitions; unit tests compile every one");
        Ending {
            re: build(pattern, Engines::Backtracker),
            reach,
        }
    }

    /// The names of the pattern's groups.
    pub(crate) fn capture_names(&self) -> impl Iterator<Item = Option<&str>> + '_ {
        self.re
            .group_info()
            .pattern_names(regex_automata::PatternID::ZERO)
    }

    /// The part of `text` a match may start in.
    fn input<'t>(&self, text: &'t str) -> Input<'t> {
        let from = crate::text::chars::ceil_boundary(text, text.len().saturating_sub(self.reach));
        Input::new(text).range(from..)
    }

    /// The leftmost match, as [`Regex::find`] gives it.
    pub(crate) fn find<'t>(&self, text: &'t str) -> Option<Match<'t>> {
        self.re.search(&self.input(text)).map(|m| Match {
            text,
            start: m.start(),
            end: m.end(),
        })
    }

    /// The groups of the leftmost match, as [`Regex::captures`] gives them.
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        let mut caps = self.re.create_captures();
        self.re.search_captures(&self.input(text), &mut caps);
        caps.is_match().then_some(Captures { text, caps })
    }
}

/// How patterns are built: they search short windows, where a literal
/// prefilter or a one-pass DFA saves little, and building those costs more
/// than all the searches of a document.
fn config(engines: Engines) -> meta::Config {
    meta::Config::new()
        .auto_prefilter(matches!(engines, Engines::Prefiltered))
        .onepass(false)
        .dfa(false)
        .hybrid(matches!(engines, Engines::LazyDfa | Engines::Prefiltered))
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
    caps: captures::Captures,
}

impl Windowed {
    /// Compiles a constant pattern (see [`compile`]).
    pub(crate) fn new(pattern: &str) -> Self {
        Windowed {
            re: build(pattern, Engines::Backtracker),
        }
    }

    /// Compiles a constant pattern searched often (see [`compile_hot`]).
    pub(crate) fn hot(pattern: &str) -> Self {
        Windowed {
            re: build(pattern, Engines::LazyDfa),
        }
    }

    /// Compiles a constant pattern that opens with one of a few words and
    /// is searched over long windows: a literal prefilter skips to those
    /// words, and the lazy DFA runs only from them.
    pub(crate) fn prefiltered(pattern: &str) -> Self {
        Windowed {
            re: build(pattern, Engines::Prefiltered),
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

    #[test]
    fn an_ending_finds_what_the_whole_slice_gives() {
        let rows = [
            (
                r"(?x) (?:[0-9]{1,2}|十[一二]?) 月 (?:[0-9]{1,2}) 日 $",
                "王五在3月12日",
            ),
            (r"(?x) 在 (?P<g>[^,]{1,3}?) 上 $", "甲在在会议上"),
            (r"(?x) 在 (?P<g>[^,]{1,3}?) 上 $", "在会上,乙"),
            (
                r"(?x) (?P<g>\p{Han}{1,2}) [·] \p{Han}{1,3} $",
                "教授阿不都·热合曼",
            ),
            (r"(?x) 日 $", "日"),
            (r"(?x) 日 $", ""),
        ];
        for (pattern, text) in rows {
            let whole = compile(pattern);
            let ending = Ending::new(pattern);
            let span = |m: Match<'_>| (m.start(), m.end());
            assert_eq!(
                ending.find(text).map(span),
                whole.find(text).map(span),
                "{text}"
            );
            let group = |c: Captures<'_>| c.get(1).map(span);
            assert_eq!(
                ending.captures(text).map(group),
                whole.captures(text).map(group),
                "{text}"
            );
        }
    }

    #[test]
    fn every_build_finds_the_same_matches() {
        let text = "本报讯。新华社北京3月5日电 又及新华社上海3月6日电";
        let pattern = r"(?:本报|新华社)[^,。]{0,6}?(?P<m>[0-9])月";
        let builds = [
            Windowed::new(pattern),
            Windowed::hot(pattern),
            Windowed::prefiltered(pattern),
        ];
        let second = text.find("又及").expect("in text");
        for re in &builds {
            let first = re.find(text, Span::new(0, text.len())).expect("match");
            assert_eq!(first.str("m"), Some("3"));
            assert_eq!(first.span().start, text.find("新华社").expect("in text"));
            let later = re.find(text, Span::new(second, text.len())).expect("match");
            assert_eq!(later.span().start, second + "又及".len());
            let month = text.find("3月").expect("in text");
            assert!(re.find(text, Span::new(0, month)).is_none());
        }
    }
}
