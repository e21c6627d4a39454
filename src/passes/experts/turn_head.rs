//! The turn-head pattern of [`super::transcript`] read by hand: what opens
//! the head (a line start or a sentence end), blanks and bullets, the head
//! itself (`[\p{Han}、()（）]+`, then perhaps a middle dot and `\p{Han}+`,
//! or a comma and another such run), blanks and the colon.
//!
//! The pattern's backtracker costs some thousands of instructions a colon,
//! and every colon of a text is read. By hand, a character's class is
//! plain but for `\p{Han}`: the two main blocks of Han characters (U+3400
//! to U+4DBF, U+4E00 to U+9FFF) are Han, ASCII and the punctuation the
//! pattern names are not, and any other character (々, 〇, a radical, a
//! symbol) leaves the head to the pattern ([`Unsure`]). A test keeps the
//! two in step.

use crate::Span;

/// The pattern of a turn head: what opens it, the head group (`head`), the
/// colon. Read by hand by [`read`]; searched where that is unsure.
pub(super) const PATTERN: &str = r"(?xm)
      # a turn opens a line or follows a sentence end
      (?: ^ | [。！？!?] )
      [\t\x20\u{3000}]*
      # a bullet before a head of a round-up (■■, ●, ◆)
      (?: [■□●○◆◇▲△★☆◎] [\t\x20\u{3000}]* )*
      # a name, a label, or a title chain and a name; a comma only
      # between posts of a head that ends its line (checked after the match)
      # a title may hold a parenthesized part: 中央党校(国家行政学院)教授;
      # how long each part may be is checked by `head_fits` (counted
      # runs of \p{Han} cost more to build than the other patterns
      # of the pass together)
      (?P<head> [\p{Han}、()（）]+ (?: [·•‧] \p{Han}+ | , [\p{Han}、()（）]+ )? )
      [\t\x20\u{3000}]* [:：]";

/// A head read by hand: the head group and where the match ends (after
/// the colon).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Read {
    pub(super) head: Span,
    pub(super) end: usize,
}

/// A character only the pattern's `\p{Han}` can class stands in the run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Unsure;

/// What a character is to the head pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Han,
    /// 、 and parentheses, which a head holds besides Han characters.
    Joiner,
    Dot,
    Comma,
    Blank,
    Bullet,
    /// A colon, which ends the match.
    Colon,
    Other,
}

fn class(c: char) -> Result<Class, Unsure> {
    Ok(match c {
        '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' => Class::Han,
        '、' | '(' | ')' | '（' | '）' => Class::Joiner,
        '·' | '•' | '‧' => Class::Dot,
        ',' => Class::Comma,
        '\t' | ' ' | '\u{3000}' => Class::Blank,
        '■' | '□' | '●' | '○' | '◆' | '◇' | '▲' | '△' | '★' | '☆' | '◎' => {
            Class::Bullet
        }
        ':' | '：' => Class::Colon,
        '。' | '！' | '？' | '，' | '“' | '”' | '《' | '》' | '—' | '…' => {
            Class::Other
        }
        c if c.is_ascii() => Class::Other,
        _ => return Err(Unsure),
    })
}

/// Where the reading stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Blanks and bullets before the head.
    Lead,
    /// The first run of the head.
    Run,
    /// Right after the middle dot.
    Dot,
    /// The Han run after the middle dot.
    Dotted,
    /// Right after the comma.
    Comma,
    /// The run after the comma.
    Second,
    /// Blanks after the head.
    Trail,
}

/// The head pattern's match starting at `anchor` and ending by byte
/// `window_end` of `text`, as the pattern's anchored search gives it:
/// `Ok(None)` when there is none.
pub(super) fn read(text: &str, anchor: usize, window_end: usize) -> Result<Option<Read>, Unsure> {
    let Some(window) = text.get(anchor..window_end) else {
        return Err(Unsure);
    };
    let mut chars = window.char_indices().peekable();
    // (?m:^) or a sentence end: the sentence end cannot be a head's first
    // character, so it is taken whenever it is there.
    match chars.peek() {
        Some((_, '。' | '！' | '？' | '!' | '?')) => {
            chars.next();
        }
        _ if anchor == 0 || text.get(..anchor).is_some_and(|b| b.ends_with('\n')) => {}
        _ => return Ok(None),
    }
    let mut state = State::Lead;
    let mut start = 0;
    let mut end = 0;
    for (i, c) in chars {
        let class = class(c)?;
        state = match (state, class) {
            (State::Lead, Class::Blank | Class::Bullet) => State::Lead,
            (State::Lead, Class::Han | Class::Joiner) => {
                start = i;
                State::Run
            }
            (State::Run, Class::Han | Class::Joiner) => State::Run,
            (State::Run, Class::Dot) => State::Dot,
            (State::Run, Class::Comma) => State::Comma,
            (State::Dot | State::Dotted, Class::Han) => State::Dotted,
            (State::Comma | State::Second, Class::Han | Class::Joiner) => State::Second,
            (State::Run | State::Dotted | State::Second | State::Trail, Class::Blank) => {
                if state != State::Trail {
                    end = i;
                }
                State::Trail
            }
            (State::Run | State::Dotted | State::Second | State::Trail, Class::Colon) => {
                if state != State::Trail {
                    end = i;
                }
                return Ok(Some(Read {
                    head: Span::new(anchor + start, anchor + end),
                    end: anchor + i + c.len_utf8(),
                }));
            }
            _ => return Ok(None),
        };
    }
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::Windowed;

    fn pattern() -> Windowed {
        Windowed::new(PATTERN)
    }

    /// Asserts the hand reading of every anchor of `text`, up to its last
    /// colon, is the pattern's, where it is sure.
    fn agree(head: &Windowed, text: &str) -> usize {
        let Some(colon) = text.rfind([':', '：']) else {
            return 0;
        };
        let window_end = colon + text[colon..].chars().next().map_or(1, char::len_utf8);
        let mut sure = 0;
        for anchor in (0..=colon).filter(|&a| text.is_char_boundary(a)) {
            let Ok(hand) = read(text, anchor, window_end) else {
                continue;
            };
            sure += 1;
            let want = head.at(text, Span::new(anchor, window_end)).and_then(|f| {
                Some(Read {
                    head: f.group("head")?,
                    end: f.span().end,
                })
            });
            assert_eq!(hand, want, "{text:?} from {anchor}");
        }
        sure
    }

    #[test]
    fn reads_as_the_pattern() {
        let head = pattern();
        let rows = [
            "省统计局副局长赵一凡：今年",
            "甲。赵一凡:今年",
            "甲\n■■ 全国政协委员,某馆馆长王五:",
            "新疆大学教授阿不都·热合曼：",
            "中央党校(国家行政学院)教授 王五 ：",
            "甲\n王五,:",
            "甲\n·王五:",
            "甲\n王五·:",
            "甲\n王五·李四,赵六:",
            "甲\n王五 李四:",
            "甲\n王五：李四:",
            "甲\n王五、(李四:",
            "甲!王五:",
            "甲！王五:",
            "甲\n。王五:",
            "王五 赵六:",
            "\u{3000}\u{3000}王五:",
            "a王五:",
            "甲\n々王五:",
        ];
        let sure: usize = rows.iter().map(|row| agree(&head, row)).sum();
        assert!(sure > 100, "{sure}");
        // The blocks read as Han by hand are Han to the pattern.
        let han = crate::pattern::compile(r"^\p{Han}$");
        for c in ['\u{3400}', '\u{4DBF}', '\u{4E00}', '\u{9FFF}', '\u{9FA5}'] {
            assert!(han.is_match(&c.to_string()), "{c:?}");
        }
    }

    static HEAD: std::sync::LazyLock<Windowed> = std::sync::LazyLock::new(pattern);

    proptest::proptest! {
        #[test]
        fn reads_any_run_as_the_pattern(
            s in "[甲乙王五局长、()（）·•,，: ：\u{3000}\t■●。!！?？\na1々〇ㄅ]{0,24}"
        ) {
            agree(&HEAD, &s);
        }

        #[test]
        fn reads_any_head_as_the_pattern(
            s in "[甲\n]{0,2}[\n。!！?？a]?[ \u{3000}■●]{0,2}[甲乙、()（）a々]{0,5}([·•‧,，:][甲乙、()（）]{0,3})?[ \t]{0,2}[:：甲]{1,2}"
        ) {
            agree(&HEAD, &s);
        }
    }
}
