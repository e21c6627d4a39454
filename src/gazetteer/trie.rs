//! A character trie with leftmost-longest search, for the large place
//! gazetteer.
//!
//! Why not aho-corasick here: with about 6,000 CJK names (three UTF-8 bytes
//! per character, some 50,000 automaton states) building its NFA takes about
//! 10 ms, half the budget for building a whole [`Extractor`](crate::Extractor);
//! this trie builds in under 1 ms. Search walks at most one pattern length
//! from each character, so it stays linear in the text (names are short),
//! and gives exactly aho-corasick's `MatchKind::LeftmostLongest` matches.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::Span;

/// Pattern id stored at a node that ends no pattern.
const NONE: u32 = u32::MAX;

/// A trie over `char`s mapping each pattern to its index in the build list.
#[derive(Debug, Clone, Default)]
pub(crate) struct Trie {
    /// (node, next character) → child node. Node 0 is the root.
    edges: HashMap<(u32, char), u32, BuildHasherDefault<PairHasher>>,
    /// For each node, the pattern that ends there, or [`NONE`].
    ends: Vec<u32>,
}

impl Trie {
    /// Builds the trie; pattern `i` of `patterns` is reported as `i`. An
    /// empty pattern is ignored; a repeated one keeps its first index.
    pub(crate) fn new<'a>(patterns: impl IntoIterator<Item = &'a str>) -> Self {
        let mut trie = Trie {
            edges: HashMap::default(),
            ends: vec![NONE],
        };
        for (id, pattern) in patterns.into_iter().enumerate() {
            let Ok(id) = u32::try_from(id) else { break };
            let mut node = 0u32;
            for c in pattern.chars() {
                let fresh = u32::try_from(trie.ends.len()).unwrap_or(NONE);
                node = *trie.edges.entry((node, c)).or_insert(fresh);
                if node == fresh {
                    trie.ends.push(NONE);
                }
            }
            if node != 0 {
                if let Some(end) = trie.ends.get_mut(node as usize) {
                    if *end == NONE {
                        *end = id;
                    }
                }
            }
        }
        trie
    }

    /// The longest pattern starting at byte `start` of `text`: its end and
    /// id. `start` off a character boundary finds nothing.
    pub(crate) fn longest_at(&self, text: &str, start: usize) -> Option<(usize, usize)> {
        let rest = text.get(start..)?;
        let mut node = 0u32;
        let mut best = None;
        for (offset, c) in rest.char_indices() {
            let Some(&next) = self.edges.get(&(node, c)) else {
                break;
            };
            node = next;
            if let Some(&id) = self.ends.get(node as usize) {
                if id != NONE {
                    best = Some((start + offset + c.len_utf8(), id as usize));
                }
            }
        }
        best
    }

    /// Non-overlapping matches, leftmost first and longest at each start.
    pub(crate) fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (Span, usize)> + 't {
        let mut pos = 0;
        std::iter::from_fn(move || {
            while let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) {
                if let Some((end, id)) = self.longest_at(text, pos) {
                    let span = Span::new(pos, end);
                    pos = end;
                    return Some((span, id));
                }
                pos += c.len_utf8();
            }
            None
        })
    }
}

/// A fast hasher for `(u32, char)` keys (FxHash's multiply-rotate); the keys
/// come from our own tables, so no protection against crafted collisions is
/// needed.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct PairHasher(u64);

impl Hasher for PairHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }

    fn write_u32(&mut self, n: u32) {
        self.write_u64(u64::from(n));
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (start, end, pattern id) of one match.
    type Hit = (usize, usize, usize);

    #[test]
    fn leftmost_longest() {
        let trie = Trie::new(["北京", "北京市", "京市", "市场", ""]);
        let cases: &[(&str, &str, &[Hit])] = &[
            ("longest wins", "北京市场", &[(0, 9, 1)]),
            ("leftmost wins", "在京市场", &[(3, 9, 2)]),
            ("after a miss", "x北京", &[(1, 7, 0)]),
            ("nothing", "上海", &[]),
            ("empty", "", &[]),
        ];
        for (name, text, expected) in cases {
            let got: Vec<Hit> = trie
                .find_iter(text)
                .map(|(span, id)| (span.start, span.end, id))
                .collect();
            assert_eq!(&got, expected, "{name}");
        }
        assert_eq!(trie.longest_at("北京市", 1), None, "inside a character");
    }
}
