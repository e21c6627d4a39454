//! Character classes: the one home of "is this Han", "does this end a
//! sentence", "is this blank". Rules run on normalized text, so full-width
//! ASCII punctuation has already become half-width (`，` is `,`), while CJK
//! punctuation proper (`。`, `、`, `《`, `“`) stays as written.

/// Whether `c` is a Han character: the unified blocks, extension A, the
/// compatibility block, the supplementary planes, and 〇.
pub(crate) fn is_han(c: char) -> bool {
    matches!(u32::from(c),
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF | 0x3007)
}

/// The code point of the three-byte UTF-8 character whose bytes are `b0`
/// (its lead, E0–EF), `b1` and `b2`: what the byte-level fast paths of
/// normalization and segmentation read Han characters and CJK punctuation
/// by, without decoding a `char`.
pub(crate) fn three_byte_code(b0: u8, b1: u8, b2: u8) -> u32 {
    (u32::from(b0 & 0x0F) << 12) | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F)
}

/// A set of three-byte UTF-8 characters (U+0800 to U+FFFF), one bit each,
/// read straight off a character's bytes: the lead's low four bits and the
/// second byte's low six pick one of 1024 words (the code point over 64),
/// the third byte's low six the bit. What the byte-level fast paths of
/// normalization and segmentation test a character with: three loads and
/// a shift, no decoding. A byte that leads no three-byte character picks
/// one of 64 more words, always empty, so the test also tells such a
/// character apart.
#[derive(Clone)]
pub(crate) struct ThreeByteSet([u64; SET_WORDS]);

/// The words of a [`ThreeByteSet`]: one per 64 code points below U+10000,
/// and the 64 empty ones.
const SET_WORDS: usize = 1024 + 64;

/// Per byte: the high bits of a [`ThreeByteSet`] word index, the low four
/// bits of a byte leading a three-byte character (E0–EF), else 16 (the
/// empty words).
static LEAD_ROW: [u8; 256] = {
    let mut rows = [16u8; 256];
    let mut b = 0xE0;
    while b <= 0xEF {
        rows[b] = (b & 0x0F) as u8;
        b += 1;
    }
    rows
};

impl ThreeByteSet {
    /// The empty set.
    pub(crate) const fn new() -> Self {
        ThreeByteSet([0; SET_WORDS])
    }

    /// Every three-byte character.
    pub(crate) const fn all() -> Self {
        let mut words = [0; SET_WORDS];
        // Code points below U+0800 take fewer bytes.
        let mut i = 0x800 >> 6;
        while i < 1024 {
            words[i] = u64::MAX;
            i += 1;
        }
        ThreeByteSet(words)
    }

    /// Adds the character with code point `cp`; one outside U+0800 to
    /// U+FFFF is no three-byte character and is left out.
    pub(crate) const fn insert(&mut self, cp: u32) {
        if cp >= 0x800 && cp <= 0xFFFF {
            self.0[(cp >> 6) as usize] |= 1 << (cp & 0x3F);
        }
    }

    /// Takes out the character with code point `cp`.
    pub(crate) const fn remove(&mut self, cp: u32) {
        if cp >= 0x800 && cp <= 0xFFFF {
            self.0[(cp >> 6) as usize] &= !(1 << (cp & 0x3F));
        }
    }

    /// Whether the character of bytes `b0`, `b1`, `b2` is a three-byte
    /// character of the set: never when `b0` leads no such character.
    pub(crate) fn contains(&self, b0: u8, b1: u8, b2: u8) -> bool {
        let row = LEAD_ROW.get(usize::from(b0)).copied().unwrap_or(16);
        let word = usize::from(row) << 6 | usize::from(b1 & 0x3F);
        self.0
            .get(word)
            .is_some_and(|bits| bits >> (b2 & 0x3F) & 1 != 0)
    }
}

impl std::fmt::Debug for ThreeByteSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let len: u32 = self.0.iter().map(|w| w.count_ones()).sum();
        f.debug_struct("ThreeByteSet").field("len", &len).finish()
    }
}

/// Whether `c` is Han or CJK punctuation (〈《「“—…, full-width forms).
pub(crate) fn is_cjk(c: char) -> bool {
    is_han(c)
        || matches!(u32::from(c),
            0x2010..=0x206F | 0x3000..=0x303F | 0xFE30..=0xFE4F | 0xFF00..=0xFFEF)
}

/// Horizontal white space: every Unicode space except line breaks
/// (space, tab, U+00A0, U+3000, U+2000–U+200A, U+202F, U+205F).
pub(crate) fn is_blank(c: char) -> bool {
    c.is_whitespace() && !is_line_break(c)
}

/// A character that ends a line: `\n`, `\r`, U+0085, U+2028, U+2029, and
/// the vertical tab and form feed.
pub(crate) fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// A character with no width that pages leave between others (zero-width
/// space and joiners, word joiner, byte-order mark): dropped by
/// normalization.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// A mark that ends a sentence (normalized text: `！` is already `!`).
pub(crate) fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '?' | '\n')
}

/// A mark that ends a clause inside a sentence, or the sentence itself.
pub(crate) fn is_clause_end(c: char) -> bool {
    is_sentence_end(c) || matches!(c, ',' | ';' | ':')
}

/// A character that ends the clause before a speaker: a title never crosses
/// them. Parentheses are not among them: 哈尔滨工业大学(深圳) is one title.
/// Quotation marks are, and so are the marks of headings and lists in
/// scraped pages (`|`, `*`, `#`, `>`).
pub(crate) fn is_speaker_break(c: char) -> bool {
    is_clause_end(c)
        || matches!(
            c,
            '“' | '”' | '"' | '「' | '」' | '『' | '』' | '|' | '*' | '#' | '>'
        )
}

/// Longest a sentence or clause window reaches on either side of a
/// position, in bytes: a unit running longer is cut there.
pub(crate) const WINDOW: usize = 600;

/// The start of the unit (sentence or clause, as `end` says) holding byte
/// `at`, looking at most [`WINDOW`] bytes back.
pub(crate) fn start_of(text: &str, at: usize, end: fn(char) -> bool) -> usize {
    let floor = ceil_boundary(text, at.saturating_sub(WINDOW));
    let before = text.get(floor..at).unwrap_or("");
    match before.char_indices().rev().find(|&(_, c)| end(c)) {
        Some((i, c)) => floor + i + c.len_utf8(),
        None => floor,
    }
}

/// The end of the unit holding byte `at`, looking at most [`WINDOW`] bytes on.
pub(crate) fn end_of(text: &str, at: usize, end: fn(char) -> bool) -> usize {
    let ceiling = floor_boundary(text, at.saturating_add(WINDOW));
    let after = text.get(at..ceiling).unwrap_or("");
    match after.char_indices().find(|&(_, c)| end(c)) {
        Some((i, _)) => at + i,
        None => ceiling,
    }
}

/// The largest char boundary of `text` at or below `at`.
pub(crate) fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The smallest char boundary of `text` at or above `at`.
pub(crate) fn ceil_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// Where `word` first occurs in `phrase`: what `str::find` returns, by a
/// plain comparison at each place the word's first byte stands. The rules
/// search words of a few characters in clauses of a few dozen, thousands of
/// times a document; the standard library's two-way searcher costs more to
/// set up than such a search.
pub(crate) fn find_word(phrase: &str, word: &str) -> Option<usize> {
    let (hay, needle) = (phrase.as_bytes(), word.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(0);
    };
    let last = hay.len().checked_sub(needle.len())?;
    (0..=last).find(|&i| hay.get(i) == Some(&first) && hay.get(i..i + needle.len()) == Some(needle))
}

/// Where `word` last occurs in `phrase`: what `str::rfind` returns (see
/// [`find_word`]).
pub(crate) fn rfind_word(phrase: &str, word: &str) -> Option<usize> {
    let (hay, needle) = (phrase.as_bytes(), word.as_bytes());
    let Some(&first) = needle.first() else {
        return Some(hay.len());
    };
    let last = hay.len().checked_sub(needle.len())?;
    (0..=last)
        .rev()
        .find(|&i| hay.get(i) == Some(&first) && hay.get(i..i + needle.len()) == Some(needle))
}

/// Where a non-empty `word` occurs in `phrase`, left to right and not
/// overlapping: the positions `str::match_indices` gives (see
/// [`find_word`]).
pub(crate) fn word_positions<'a>(
    phrase: &'a str,
    word: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    let step = word.len().max(1);
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + find_word(phrase.get(from..)?, word)?;
        from = at + step;
        Some(at)
    })
}

/// Whether `word` occurs in `phrase` (see [`find_word`]).
pub(crate) fn has_word(phrase: &str, word: &str) -> bool {
    find_word(phrase, word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_byte_codes_are_the_characters() {
        for c in [
            '一', '中', '\u{3400}', '、', '《', '，', '\u{FFEE}', '\u{0800}',
        ] {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            assert_eq!(
                three_byte_code(bytes[0], bytes[1], bytes[2]),
                u32::from(c),
                "{c}"
            );
        }
    }

    proptest::proptest! {
        // A match of the word's bytes is a match of its characters: a
        // UTF-8 lead byte never stands inside another character.
        #[test]
        fn word_search_agrees_with_the_standard_library(
            phrase in proptest::collection::vec(
                proptest::sample::select(vec!["建", "设", "建设", "a", "将", "将将", "。", "😀", ""]),
                0..12,
            ),
            word in proptest::sample::select(vec!["建设", "设", "将", "a建", "😀", "", "。将", "设建设"]),
        ) {
            let phrase = phrase.concat();
            proptest::prop_assert_eq!(find_word(&phrase, word), phrase.find(word));
            proptest::prop_assert_eq!(rfind_word(&phrase, word), phrase.rfind(word));
            proptest::prop_assert_eq!(has_word(&phrase, word), phrase.contains(word));
            if !word.is_empty() {
                let positions: Vec<usize> = word_positions(&phrase, word).collect();
                let indices: Vec<usize> = phrase.match_indices(word).map(|(i, _)| i).collect();
                proptest::prop_assert_eq!(positions, indices);
            }
        }
    }

    #[test]
    fn classes() {
        /// (name, character, class, whether it is in the class)
        type Row = (&'static str, char, fn(char) -> bool, bool);
        let rows: &[Row] = &[
            ("basic han", '国', is_han, true),
            ("extension A", '㐀', is_han, true),
            ("ling", '〇', is_han, true),
            ("latin", 'a', is_han, false),
            ("book mark is cjk", '《', is_cjk, true),
            ("nbsp is blank", '\u{a0}', is_blank, true),
            ("ideographic space is blank", '\u{3000}', is_blank, true),
            ("newline is no blank", '\n', is_blank, false),
            ("line separator breaks", '\u{2028}', is_line_break, true),
            ("zero width", '\u{200b}', is_invisible, true),
            ("bom", '\u{feff}', is_invisible, true),
            ("full stop", '。', is_sentence_end, true),
            ("comma ends a clause", ',', is_clause_end, true),
            ("enumeration comma does not", '、', is_clause_end, false),
            ("quote breaks a speaker clause", '“', is_speaker_break, true),
            ("paren does not", '(', is_speaker_break, false),
        ];
        for (name, c, class, want) in rows {
            assert_eq!(class(*c), *want, "{name}");
        }
    }

    #[test]
    fn boundaries() {
        let s = "a国b";
        assert_eq!(floor_boundary(s, 2), 1);
        assert_eq!(ceil_boundary(s, 2), 4);
        assert_eq!(floor_boundary(s, 99), s.len());
    }
}
