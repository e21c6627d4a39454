//! Titled mentions without a verb: a person introduced once with a title
//! (副行长宣昌能出席, 局长王五一行) and later named bare (王五指出, 宣昌能：…)
//! takes the titles of that introduction.
//!
//! A titled mention ends a title: a job word or an organization's ending
//! (the lexicon's [`Class::TITLE_END`] hits) ends right where the name
//! starts. So the names wanted are looked for only after such hits, each
//! at most [`MAX_NAME_CHARS`] characters long, and a candidate is read like
//! any speaker: the clause before the name's end must read as a titled
//! speaker of exactly that name, and the name must end the mention (a
//! clause mark, a speech verb, or a word such as 出席, 一行, 等 follows).
//! Each name keeps its first such mention.

use std::collections::{HashMap, HashSet};

use super::clause::Marks;
use super::speaker::{Reader, Speaker};
use crate::lexicon::experts::Class;
use crate::lexicon::{Hits, Table};
use crate::text::chars::is_han;

/// The longest name looked for, in characters (a dotted name: six, a dot,
/// ten, a dot, ten); a longer one is never introduced.
pub(super) const MAX_NAME_CHARS: usize = 28;

/// Each wanted name's first titled mention, with where that mention ends.
pub(super) fn introductions(
    reader: &Reader<'_>,
    marks: &Marks<'_>,
    hits: &Hits,
    names: &HashSet<&str>,
) -> HashMap<String, (usize, Speaker)> {
    let mut intros: HashMap<String, (usize, Speaker)> = HashMap::new();
    let text = reader.text;
    let Some(longest) = names.iter().map(|n| n.chars().count()).max() else {
        return intros;
    };
    let longest = longest.min(MAX_NAME_CHARS);
    let firsts: HashSet<char> = names.iter().filter_map(|n| n.chars().next()).collect();
    // Where titles end, each once, in order.
    let mut title_ends: Vec<usize> = reader.words.ends_of(Class::TITLE_END).collect();
    title_ends.sort_unstable();
    title_ends.dedup();
    for start in title_ends {
        let Some(rest) = text.get(start..) else {
            continue;
        };
        if !rest.chars().next().is_some_and(|c| firsts.contains(&c)) {
            continue;
        }
        for (i, c) in rest.char_indices().take(longest) {
            let end = start + i + c.len_utf8();
            let Some(name) = text.get(start..end) else {
                continue;
            };
            if !names.contains(name) || intros.contains_key(name) {
                continue;
            }
            if !ends_mention(reader, hits, end) {
                continue;
            }
            let clause = marks.clause_start(end);
            let Some(s) = reader.read(clause, end) else {
                continue;
            };
            if s.name == name && !s.titles.is_empty() && s.name_span.end == end {
                intros.insert(name.to_owned(), (end, s));
            }
        }
    }
    intros
}

/// Whether a name mention may end at `end`: the name is not the start of a
/// longer one (李明 in 李明亮), so what follows is a clause mark, a space,
/// the text's end, a speech verb or a word that follows a person in a
/// presser's introduction.
fn ends_mention(reader: &Reader<'_>, hits: &Hits, end: usize) -> bool {
    let text = reader.text;
    let Some(rest) = text.get(end..) else {
        return false;
    };
    match rest.chars().next() {
        None => true,
        // A clause mark, 、, a space or an opening parenthesis.
        Some(c) if !is_han(c) => true,
        Some(_) => {
            reader
                .words
                .starting_at(Class::MENTION_END, end, text.len())
                .is_some()
                || hits.longest_at(Table::SpeechVerb, end).is_some()
        }
    }
}
