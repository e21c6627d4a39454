//! Inline markup left in a text (副司长<strong>王松波</strong>介绍,
//! **王松波**表示, 司长&nbsp;王松波): the pass reads a copy without it and
//! maps its spans back.
//!
//! Only inline tags are dropped (strong, b, em, span, a, font, ...), with
//! `**` and HTML entities; block tags (`<p>`, `<br>`, `<div>`) stay, since
//! they end a line and so a clause.

use std::borrow::Cow;

use regex::Regex;

use crate::Span;

/// The inline markup the pass reads through.
#[derive(Debug, Clone)]
pub(super) struct Markup {
    re: Regex,
}

impl Markup {
    pub(super) fn new() -> Self {
        let re = Regex::new(
            r"(?xi)
              # an inline tag, opening or closing, attributes bounded
              < /? (?: strong | b | em | i | u | s | span | a | font | mark | ins | small | big | sup | sub )
                (?: \s [^<>\n]{0,200} )? /? >
            | \*\*
              # &nbsp; &amp; &#12288;
            | & (?: [a-z]{2,8} | \#[0-9]{1,6} | \#x[0-9a-f]{1,5} ) ;
            ",
        )
        .expect("the markup pattern is constant and tested");
        Markup { re }
    }

    /// `text` without its inline markup.
    pub(super) fn strip<'a>(&self, text: &'a str) -> View<'a> {
        let mut cuts = Vec::new();
        let mut kept = String::new();
        let mut last = 0;
        let mut removed = 0;
        for m in self.re.find_iter(text) {
            kept.push_str(text.get(last..m.start()).unwrap_or_default());
            removed += m.len();
            cuts.push(Cut {
                start: m.start(),
                end: m.end(),
                at: kept.len(),
                removed,
            });
            last = m.end();
        }
        if cuts.is_empty() {
            return View {
                text: Cow::Borrowed(text),
                cuts,
            };
        }
        kept.push_str(text.get(last..).unwrap_or_default());
        View {
            text: Cow::Owned(kept),
            cuts,
        }
    }
}

/// One stretch of markup removed.
#[derive(Debug, Clone, Copy)]
struct Cut {
    /// Where it was in the text.
    start: usize,
    end: usize,
    /// Where it was in the copy.
    at: usize,
    /// Bytes removed up to and including it.
    removed: usize,
}

/// A text without its inline markup, and the way back.
#[derive(Debug)]
pub(super) struct View<'a> {
    pub(super) text: Cow<'a, str>,
    cuts: Vec<Cut>,
}

impl View<'_> {
    /// Whether the copy is the text itself.
    pub(super) fn is_identity(&self) -> bool {
        self.cuts.is_empty()
    }

    /// A span of the text in the copy (a boundary inside markup moves to
    /// where the markup was).
    pub(super) fn to_view(&self, span: Span) -> Span {
        Span::new(self.pos_to_view(span.start), self.pos_to_view(span.end))
    }

    fn pos_to_view(&self, pos: usize) -> usize {
        let done = self.cuts.partition_point(|c| c.end <= pos);
        match self.cuts.get(done) {
            Some(c) if c.start < pos => c.at,
            _ => {
                pos - done
                    .checked_sub(1)
                    .and_then(|i| self.cuts.get(i))
                    .map_or(0, |c| c.removed)
            }
        }
    }

    /// A span of the copy in the text: markup at either edge stays outside
    /// (副司长<strong>王松波</strong> ends after 波).
    pub(super) fn to_text(&self, span: Span) -> Span {
        let removed_before = |n: usize| {
            n.checked_sub(1)
                .and_then(|i| self.cuts.get(i))
                .map_or(0, |c| c.removed)
        };
        let start = removed_before(self.cuts.partition_point(|c| c.at <= span.start));
        let end = removed_before(self.cuts.partition_point(|c| c.at < span.end));
        Span::new(span.start + start, span.end + end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_round_trip() {
        let markup = Markup::new();
        let rows: &[(&str, &str, &str, &str)] = &[
            // (name, text, copy, a piece of the copy whose span maps back to itself)
            (
                "tags around a name",
                "副司长<strong>王松波</strong>介绍",
                "副司长王松波介绍",
                "王松波",
            ),
            ("stars", "**王松波**表示", "王松波表示", "王松波"),
            ("entity", "司长&nbsp;王松波说", "司长王松波说", "王松波"),
            (
                "tag with attributes",
                "<span class=\"x\">省长</span>张三",
                "省长张三",
                "省长张三",
            ),
            ("block tags stay", "<p>张三说</p>", "<p>张三说</p>", "张三"),
            ("plain", "张三说", "张三说", "张三"),
        ];
        for &(name, text, copy, piece) in rows {
            let view = markup.strip(text);
            assert_eq!(view.text, copy, "{name}");
            let at = copy.find(piece).expect("piece in copy");
            let back = view.to_text(Span::new(at, at + piece.len()));
            let surface = text.get(back.start..back.end).expect("char boundaries");
            let plain = markup.strip(surface).text.into_owned();
            assert_eq!(plain, piece, "{name}");
            assert!(
                !surface.starts_with('<') && !surface.ends_with('>'),
                "{name}"
            );
            assert_eq!(
                view.to_view(back),
                Span::new(at, at + piece.len()),
                "{name}"
            );
        }
    }
}
