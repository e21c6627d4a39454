//! Windows of a long text: where one that is too long to read whole is cut.
//!
//! A text of more than [`crate::extractor::WINDOW_BYTES`] is read as a run
//! of windows, each at most that long, so that the layers a read builds
//! (normalized copy, offset map, segments, lexicon hits) are held for one
//! window at a time and the memory of a read stays bounded by the window,
//! not by the text.
//!
//! A window ends, in this order of preference, after a blank line (where
//! one document of a dump or one section of a long page ends), after a line
//! break, after a sentence end, or at the last character boundary that fits.
//! The cut is looked for only in the last quarter of the window, so every
//! byte is read once more at most and a text is cut in time linear in its
//! length.

use crate::text::chars::{floor_boundary, is_blank};

/// The marks a cut may follow when a window holds no line break: sentence
/// ends of the input (before normalization, in either width).
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '！' | '？' | ';' | '；')
}

/// Splits `text` into consecutive windows of at most `max` bytes (and at
/// least one character each), as `(offset, window)` pairs that together
/// cover `text` exactly. A text of `max` bytes or fewer is one window.
///
/// The windows are about equally long: a text of 2.1 × `max` bytes is cut
/// into three windows of about 0.7 × `max`, not two full ones and a stub.
pub(crate) fn windows(text: &str, max: usize) -> impl Iterator<Item = (usize, &str)> {
    let max = max.max(4);
    let count = text.len().div_ceil(max).max(1);
    let target = text.len().div_ceil(count);
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= text.len() {
            return None;
        }
        let end = if text.len() - start <= max {
            text.len()
        } else {
            cut(text, start, target)
        };
        let window = (start, text.get(start..end)?);
        start = end;
        Some(window)
    })
}

/// Where the window starting at `start` ends when at most `target` bytes
/// long: the best cut in the window's last quarter.
fn cut(text: &str, start: usize, target: usize) -> usize {
    let limit = floor_boundary(text, start + target);
    let from = floor_boundary(text, start + target - target / 4).max(start);
    let region = text.get(from..limit).unwrap_or_default();
    let mut line = None;
    let mut sentence = None;
    // Walking back: whether only blanks stand between here and the line
    // break found last (the one that would end the blank line).
    let mut blank_since: Option<usize> = None;
    for (i, c) in region.char_indices().rev() {
        if c == '\n' {
            if let Some(after) = blank_since {
                return from + after;
            }
            line.get_or_insert(i + 1);
            blank_since = Some(i + 1);
        } else if !is_blank(c) {
            blank_since = None;
            if sentence.is_none() && ends_sentence(c) {
                sentence = Some(i + c.len_utf8());
            }
        }
    }
    match line.or(sentence) {
        Some(at) => from + at,
        // Not one mark in the last quarter: the last character that fits,
        // or the first that does not when a window holds less than one
        // (never: `max` is at least four bytes).
        None if limit > start => limit,
        None => text
            .get(start..)
            .and_then(|rest| rest.chars().next())
            .map_or(text.len(), |c| start + c.len_utf8()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut_up(text: &str, max: usize) -> Vec<&str> {
        let parts: Vec<(usize, &str)> = windows(text, max).collect();
        let mut at = 0;
        for &(offset, window) in &parts {
            assert_eq!(offset, at, "windows are consecutive");
            assert!(!window.is_empty());
            assert!(window.len() <= max.max(4), "{} > {max}", window.len());
            at += window.len();
        }
        assert_eq!(at, text.len(), "windows cover the text");
        parts.into_iter().map(|(_, w)| w).collect()
    }

    #[test]
    fn a_short_text_is_one_window() {
        assert_eq!(cut_up("一二三。", 64), ["一二三。"]);
        assert!(cut_up("", 64).is_empty());
    }

    #[test]
    fn windows_end_at_the_best_mark_in_their_last_quarter() {
        let a = |n| "a".repeat(n);
        let cases: Vec<(String, usize, Vec<String>)> = vec![
            // A blank line beats a later line break.
            (
                a(23) + "\n\nbb\n" + &"c".repeat(32),
                40,
                vec![a(23) + "\n\n", "bb\n".to_owned() + &"c".repeat(32)],
            ),
            // A line of spaces and a full-width space is blank.
            (
                a(24) + "\n \u{3000}\n" + &"b".repeat(30),
                40,
                vec![a(24) + "\n \u{3000}\n", "b".repeat(30)],
            ),
            // Else the last line break.
            (
                a(25) + "\nbbb\n" + &"c".repeat(30),
                40,
                vec![a(25) + "\nbbb\n", "c".repeat(30)],
            ),
            // Else the last sentence end, full-width or not.
            (
                "一二三四五六。七八九十甲乙丙丁".into(),
                24,
                vec!["一二三四五六。".into(), "七八九十甲乙丙丁".into()],
            ),
            (
                a(15) + "!" + &"b".repeat(15),
                20,
                vec![a(15) + "!", "b".repeat(15)],
            ),
            // Else the last character that fits.
            (
                "一二三四五六七八九十".into(),
                16,
                vec!["一二三四五".into(), "六七八九十".into()],
            ),
        ];
        for (text, max, want) in &cases {
            assert_eq!(cut_up(text, *max), *want, "{text:?} in windows of {max}");
        }
    }

    #[test]
    fn windows_are_about_equally_long() {
        let text = "甲乙丙丁。\n".repeat(100);
        let lens: Vec<usize> = cut_up(&text, 1000).iter().map(|w| w.len()).collect();
        assert_eq!(lens.len(), 2, "{lens:?}");
        assert!(lens.iter().all(|&n| (400..=1000).contains(&n)), "{lens:?}");
    }

    #[test]
    fn any_text_is_cut_on_character_boundaries() {
        for text in [
            "𝔸🙂é一\u{0301}".repeat(50),
            "\n".repeat(99),
            "\r\n".repeat(40),
        ] {
            for max in [1, 4, 5, 7, 16, 33] {
                cut_up(&text, max);
            }
        }
    }

    proptest::proptest! {
        // Whatever the text and the size, the windows are consecutive,
        // cover it, start and end on character boundaries (or `get` in
        // `windows` would have ended them early) and keep to the size.
        #[test]
        fn windows_cover_any_text(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "甲", "a", "\n", "\n\n", " ", "\u{3000}", "\n \n", "。", "！", "😀", "é", "\r\n",
                ]),
                0..200,
            ),
            max in 1usize..80,
        ) {
            cut_up(&pieces.concat(), max);
        }
    }
}
