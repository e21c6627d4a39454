//! The opening of an interview heading, read by hand: ——访国家能源局司长李创军
//! / 【专访】对话省长张三 / 专访某大学教授李四 give the run naming the
//! interviewee (国家能源局司长李创军, 省长张三, 某大学教授李四), as the
//! pattern
//!
//! ```text
//! (?: [—–]{1,3} [\t\x20\u{3000}]* (?:专访|访|对话) | 专访 | 对话 )
//! [\t\x20\u{3000}]*
//! (?P<who> [^\s,，。;；:：!！?？“”「」()（）【】]{4,} )
//! ```
//!
//! searched anchored at the opening reads it. Every opening the lexicon
//! finds (a dash of running text among them) ran that pattern's
//! backtracker over a window of hundreds of bytes; by hand most stop at
//! the character after the dashes. A test keeps the two in step.

use crate::Span;

/// The dashes that may open a heading, at most three of them.
const DASHES: [char; 2] = ['—', '–'];
const MAX_DASHES: usize = 3;

/// The blanks around the heading's verb.
const BLANKS: [char; 3] = ['\t', ' ', '\u{3000}'];

/// The fewest characters naming the interviewee.
const MIN_WHO: usize = 4;

/// What ends the run naming the interviewee, besides white space.
fn ends_who(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ',' | '，'
                | '。'
                | ';'
                | '；'
                | ':'
                | '：'
                | '!'
                | '！'
                | '?'
                | '？'
                | '“'
                | '”'
                | '「'
                | '」'
                | '('
                | ')'
                | '（'
                | '）'
                | '【'
                | '】'
        )
}

/// The run naming the interviewee of the heading opening at
/// `window.start`, read no further than `window.end`.
pub(super) fn who(text: &str, window: Span) -> Option<Span> {
    let s = text.get(window.start..window.end)?;
    let after_dashes = s.trim_start_matches(DASHES);
    let rest = if after_dashes.len() < s.len() {
        let dashes = s.get(..s.len() - after_dashes.len())?.chars().count();
        if dashes > MAX_DASHES {
            return None;
        }
        let verb = after_dashes.trim_start_matches(BLANKS);
        verb.strip_prefix("专访")
            .or_else(|| verb.strip_prefix('访'))
            .or_else(|| verb.strip_prefix("对话"))?
    } else {
        s.strip_prefix("专访").or_else(|| s.strip_prefix("对话"))?
    };
    let run = rest.trim_start_matches(BLANKS);
    let from = window.start + (s.len() - run.len());
    let len = run.find(ends_who).unwrap_or(run.len());
    let enough = run.get(..len)?.chars().nth(MIN_WHO - 1).is_some();
    enough.then(|| Span::new(from, from + len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::Windowed;

    /// The pattern [`who`] follows.
    const PATTERN: &str = r"(?x)
        (?: [—–]{1,3} [\t\x20\u{3000}]* (?:专访|访|对话) | 专访 | 对话 )
        [\t\x20\u{3000}]*
        (?P<who> [^\s,，。;；:：!！?？“”「」()（）【】]{4,} )";

    static REFERENCE: std::sync::LazyLock<Windowed> =
        std::sync::LazyLock::new(|| Windowed::new(PATTERN));

    /// Asserts [`who`] reads every opening and window end of `text` as the
    /// pattern does.
    fn agree(text: &str) {
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&e| e >= start) {
                let window = Span::new(start, end);
                let want = REFERENCE
                    .at(text, window)
                    .and_then(|found| found.group("who"));
                assert_eq!(who(text, window), want, "{text:?} in {start}..{end}");
            }
        }
    }

    #[test]
    fn reads_as_the_pattern() {
        let rows = [
            (
                "dashes and 访",
                "——访国家能源局司长李创军",
                Some("国家能源局司长李创军"),
            ),
            ("专访", "专访某大学教授李四：", Some("某大学教授李四")),
            ("对话 after a bracket", "对话省长张三", Some("省长张三")),
            ("blanks", "— 专访\u{3000}某某教授", Some("某某教授")),
            ("four dashes", "————访某某教授", None),
            ("too short", "——访李四", None),
            ("a dash of running text", "——加快发展", None),
        ];
        for (name, text, want) in rows {
            let got = who(text, Span::new(0, text.len())).and_then(|s| text.get(s.start..s.end));
            assert_eq!(got, want, "{name}");
            agree(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn reads_any_opening_as_the_pattern(
            s in "[—–]{0,4}[ \t\u{3000}]{0,2}(专访|访|对话|专|话)?[ \u{3000}\u{a0}]?[甲乙a1—,:“(【\n ]{0,7}"
        ) {
            agree(&s);
        }
    }
}
