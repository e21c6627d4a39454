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
//!
//! A surname and a post written as a name (李总理, 赵院士: [`PostName`]) is
//! the person of that surname whose title ends in that post, named in full
//! earlier, with or without a verb (国务院总理李强代表国务院…, or the post
//! after the name: 孙立平董事长出席…); those mentions are looked for only
//! right after or right before the job words that are such posts
//! ([`by_post`]), each name at most [`POST_NAME_CHARS`] characters.

use std::collections::{HashMap, HashSet};

use super::clause::Marks;
use super::speaker::{Reader, Speaker};
use crate::Span;
use crate::lexicon::agencies::CharSet;
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
    let firsts: CharSet = names.iter().filter_map(|n| n.chars().next()).collect();
    // The lengths the names have, in characters: only a run of one of
    // them is looked up.
    let mut lengths = vec![false; longest + 1];
    for n in names {
        if let Some(seen) = lengths.get_mut(n.chars().count()) {
            *seen = true;
        }
    }
    // Where titles end before the first character of a wanted name, each
    // once, in order.
    let mut title_ends: Vec<usize> = reader
        .words
        .ends_of(Class::TITLE_END)
        .filter(|&end| {
            text.get(end..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| firsts.contains(c))
        })
        .collect();
    title_ends.sort_unstable();
    title_ends.dedup();
    for start in title_ends {
        let Some(rest) = text.get(start..) else {
            continue;
        };
        for (chars, (i, c)) in (1..).zip(rest.char_indices().take(longest)) {
            if !lengths.get(chars).is_some_and(|&seen| seen) {
                continue;
            }
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
/// the text's end, a speech verb (perhaps after an adverb: 分别介绍) or a
/// word that follows a person in a presser's introduction.
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
            // An adverb may come first (王五副部长分别介绍了…).
            let after_tail = reader
                .words
                .starting_at(Class::TAIL, end, text.len())
                .map_or(end, |tail| tail.end);
            reader
                .words
                .starting_at(Class::MENTION_END, end, text.len())
                .is_some()
                || hits.longest_at(Table::SpeechVerb, after_tail).is_some()
        }
    }
}

/// A surname and a post written as a name (李总理, 赵部长, 王院长): the
/// person of that surname named in full earlier with that post ending a
/// title (国务院总理李强).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct PostName {
    pub(super) surname: String,
    pub(super) post: String,
}

impl PostName {
    /// The surname and post the name at `name_span` reads as: a surname and
    /// then a job word or honorific running exactly to the name's end.
    pub(super) fn of(reader: &Reader<'_>, name_span: Span) -> Option<Self> {
        let name = reader.text.get(name_span.start..name_span.end)?;
        let cut = name_span.start + reader.lexicon.surname_len(name)?;
        let (post, _) =
            reader
                .words
                .ending_at(Class::JOB.or(Class::HONORIFIC), cut, name_span.end)?;
        (post.start == cut).then(|| PostName {
            surname: reader
                .text
                .get(name_span.start..cut)
                .unwrap_or_default()
                .to_owned(),
            post: reader
                .text
                .get(cut..name_span.end)
                .unwrap_or_default()
                .to_owned(),
        })
    }

    /// Whether `speaker`, named in full with titles, is this person: the
    /// surname opens the name and a title ends in the post.
    pub(super) fn fits(&self, name: &str, titles: &[String]) -> bool {
        name.starts_with(self.surname.as_str())
            && name.len() > self.surname.len()
            && titles.iter().any(|t| t.ends_with(self.post.as_str()))
    }
}

/// The titled mentions, with or without a verb, of the people `wanted`
/// names by surname and post: after a job word or honorific, a wanted
/// surname opens a name of two to four characters that reads as a titled
/// speaker ending the mention, one of whose titles ends in the post. Each
/// with where it ends and the key it answers, in text order.
pub(super) fn by_post(
    reader: &Reader<'_>,
    marks: &Marks<'_>,
    hits: &Hits,
    wanted: &HashSet<PostName>,
) -> Vec<(usize, PostName, Speaker)> {
    let mut found = Vec::new();
    if wanted.is_empty() {
        return found;
    }
    let text = reader.text;
    let firsts: CharSet = wanted
        .iter()
        .filter_map(|w| w.surname.chars().next())
        .collect();
    let mut last_end = None;
    // Any job word may end the title chain (院士、某实验室主任赵远), so the
    // post itself is checked on the titles read.
    for post in reader.words.spans_of(Class::JOB.or(Class::HONORIFIC)) {
        // One look per position: the longest job word ending there.
        if last_end.replace(post.end) == Some(post.end) {
            continue;
        }
        // The post written after the name (孙立平董事长出席…).
        if let Some(found_before) = before_post(reader, marks, hits, wanted, &firsts, post) {
            found.extend(found_before);
            continue;
        }
        let rest = text.get(post.end..).unwrap_or_default();
        if !rest.chars().next().is_some_and(|c| firsts.contains(c)) {
            continue;
        }
        // A name of at most four characters (a compound surname and two).
        for (i, c) in rest.char_indices().skip(1).take(POST_NAME_CHARS - 1) {
            let end = post.end + i + c.len_utf8();
            let Some(name) = text.get(post.end..end) else {
                continue;
            };
            if !ends_mention(reader, hits, end) {
                continue;
            }
            let Some(s) = reader.read(marks.clause_start(end), end) else {
                continue;
            };
            if s.name != name || s.name_span.start != post.end {
                continue;
            }
            for key in wanted.iter().filter(|k| k.fits(&s.name, &s.titles)) {
                found.push((end, key.clone(), s.clone()));
            }
            break;
        }
    }
    found
}

/// The longest name read after a post, in characters.
pub(super) const POST_NAME_CHARS: usize = 4;

/// The mentions of wanted people named right before the post at `post`
/// (孙立平董事长出席, 钱立新副部长分别介绍): a name of two to four
/// characters opening with a wanted surname, read as a speaker whose last
/// title is the post, the mention ending after the post. `None` when no
/// such name stands there.
fn before_post(
    reader: &Reader<'_>,
    marks: &Marks<'_>,
    hits: &Hits,
    wanted: &HashSet<PostName>,
    firsts: &CharSet,
    post: Span,
) -> Option<Vec<(usize, PostName, Speaker)>> {
    let text = reader.text;
    let before = text.get(..post.start)?;
    let clause = marks.clause_start(post.end);
    // Where a name of two to four characters before the post would start,
    // when it opens with a wanted surname.
    let starts: Vec<usize> = before
        .char_indices()
        .rev()
        .take(POST_NAME_CHARS)
        .skip(1)
        .filter(|&(i, c)| i >= clause && firsts.contains(c))
        .map(|(i, _)| i)
        .collect();
    if starts.is_empty() || !ends_mention(reader, hits, post.end) {
        return None;
    }
    // The name is read from its own start: what stands before it in the
    // clause (会议首先由) need not read as a title.
    let keys: Vec<(usize, PostName, Speaker)> = starts
        .into_iter()
        .filter_map(|at| reader.read(at, post.end))
        .filter(|s| s.name_span.end <= post.start && s.span.end == post.end)
        .flat_map(|s| {
            wanted
                .iter()
                .filter(|k| k.fits(&s.name, &s.titles))
                .map(|k| (post.end, k.clone(), s.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    (!keys.is_empty()).then_some(keys)
}
