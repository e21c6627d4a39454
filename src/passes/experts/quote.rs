//! The words a speaker is reported to say: a quotation after the verb
//! (表示：“…”), one before the speaker (“…”王明说。), or the rest of the
//! sentence (表示，…。) up to the next speaker who opens a clause of their
//! own (张三表示，要加快发展，李四认为，… gives 张三 要加快发展).
//!
//! A quotation right after the verb (optionally after ：or ，) is direct
//! speech only when it runs to a sentence end: its closing mark follows
//! sentence punctuation (表示：“要稳住预期。”) or a comma (“要稳，”他补充说),
//! is followed by one (说：“稳中求进”。), or ends the text or line. A short quoted term opening running text
//! (表示，“十四五”以来，…) is part of an indirect report, whose words are
//! the rest of the sentence, quotation marks kept.

use crate::text::chars::{ceil_boundary, is_clause_end};

/// How far a quotation may run, in bytes (several sentences or paragraphs,
/// never the rest of a long text): a quotation not closed within it is no
/// direct quote, and the words are the sentence's. Also how many bytes of
/// commas and blanks may stand between a quotation and its speaker.
const QUOTE_LIMIT: usize = 3000;
/// How far an indirect report may run, in bytes: one sentence; a longer
/// one is cut there.
const SENTENCE_LIMIT: usize = 1500;

fn opens(c: char) -> bool {
    matches!(c, '“' | '「' | '『')
}

fn closes(c: char) -> bool {
    matches!(c, '”' | '」' | '』')
}

/// The reported words for a verb ending at `verb_end` whose speaker clause
/// starts at `clause_start`. An indirect report stops at `limit`, where the
/// next speaker of the text is named (张三表示,要加快发展,李四认为,… gives
/// 张三 要加快发展): the words after it are that speaker's.
pub(super) fn find(
    text: &str,
    clause_start: usize,
    verb_end: usize,
    limit: usize,
) -> Option<String> {
    let after = text.get(verb_end..)?;
    // An aspect particle after the verb is no part of the words (介绍了…),
    // nor is a saying complement before a mark (警告说,…; 补充道：“…”).
    let after_particle = after.strip_prefix('了').unwrap_or(after);
    let complement = after_particle
        .strip_prefix(['说', '道'])
        .filter(|rest| rest.starts_with([':', '：', ',', '，', '“', '「']))
        .unwrap_or(after_particle);
    let skipped = complement.trim_start_matches([':', '：', ',', '，', ' ']);
    let at = verb_end + (after.len() - skipped.len());
    match skipped.chars().next() {
        Some(c) if opens(c) => quoted_forward(text, at).or_else(|| sentence(text, at, limit)),
        None | Some('。' | '\n' | '!' | '！' | '?' | '？') => {
            quoted_backward(text, clause_start)
        }
        Some(_) => sentence(text, at, limit),
    }
}

/// The inside of the quotation opening at `at`, nested quotes kept, when it
/// is a whole utterance (see the module docs); `None` for a quoted term.
fn quoted_forward(text: &str, at: usize) -> Option<String> {
    let rest = text.get(at..)?;
    let mut depth = 0usize;
    let mut line_start = false;
    for (i, c) in rest.char_indices() {
        if i > QUOTE_LIMIT {
            return None;
        }
        let continues = line_start && depth > 0;
        line_start = c == '\n' || (line_start && c.is_whitespace());
        if opens(c) {
            // A quotation running over paragraphs reopens each one with “
            // and closes only once: that “ is no nested quote.
            if !continues {
                depth += 1;
            }
        } else if closes(c) {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                let open_len = rest.chars().next()?.len_utf8();
                let inside = rest.get(open_len..i)?;
                let after = rest
                    .get(i + c.len_utf8()..)?
                    .trim_start_matches([' ', '\r']);
                // 说：“要稳，”他补充说 — a quoted clause the speaker resumes.
                let whole = inside.ends_with(is_sentence_end)
                    || inside.ends_with([',', '，'])
                    || after.is_empty()
                    || after.starts_with(is_sentence_end)
                    || after.starts_with('\n');
                return whole.then(|| clean(inside));
            }
        }
    }
    None
}

fn is_sentence_end(c: char) -> bool {
    matches!(c, '。' | '!' | '！' | '?' | '？' | '…')
}

/// The inside of the quotation that closes just before `clause_start`
/// (“…”，张三说), when it is an utterance: it ends with a sentence end or a
/// comma (“要稳住预期。”张三说), or it opens its line or sentence (“要稳住
/// 预期”，张三说). A term quoted in running text (园区按下“快进键”) ending the
/// line above a speaker is none of the speaker's words.
fn quoted_backward(text: &str, clause_start: usize) -> Option<String> {
    let before = text.get(..clause_start)?;
    // Commas and blanks between the quotation and the speaker, at most
    // QUOTE_LIMIT bytes of them.
    let floor = ceil_boundary(text, clause_start.saturating_sub(QUOTE_LIMIT));
    let gap = before.get(floor..)?;
    let trimmed = before.get(..floor + gap.trim_end_matches([',', '，', ' ', '\n', '\r']).len())?;
    let close = trimmed.chars().next_back().filter(|&c| closes(c))?;
    let end = trimmed.len() - close.len_utf8();
    let body = trimmed.get(..end)?;
    let mut depth = 1usize;
    for (i, c) in body.char_indices().rev() {
        if end - i > QUOTE_LIMIT {
            return None;
        }
        if closes(c) {
            depth += 1;
        } else if opens(c) {
            depth -= 1;
            if depth == 0 {
                let inside = body.get(i + c.len_utf8()..)?;
                let lead = body.get(..i)?.trim_end_matches([' ', '\r']);
                let utterance = inside.ends_with(is_sentence_end)
                    || inside.ends_with([',', '，'])
                    || lead.is_empty()
                    || lead.ends_with(is_sentence_end)
                    || lead.ends_with(['\n', ':', '：']);
                return utterance.then(|| clean(inside));
            }
        }
    }
    None
}

/// From `at` to the end of the sentence, skipping sentence ends inside
/// quotation marks. A next speaker (`limit`) opening a clause of its own
/// ends the words there, without the comma before it; one inside the first
/// clause is reported speech relayed (王某表示,习近平主席指出,“…”), and the
/// words run on.
fn sentence(text: &str, at: usize, mut limit: usize) -> Option<String> {
    let rest = text.get(at..)?;
    let mut depth = 0usize;
    let mut end = rest.len();
    let mut clauses = false;
    for (i, c) in rest.char_indices() {
        if at + i >= limit {
            if clauses {
                let before = rest.get(..i)?;
                let words = before.trim_end_matches(|c| is_clause_end(c) || c == ' ');
                return Some(clean(words)).filter(|q| !q.is_empty());
            }
            limit = usize::MAX;
        }
        clauses |= depth == 0 && is_clause_end(c);
        if i > SENTENCE_LIMIT || c == '\n' {
            end = i;
            break;
        }
        if opens(c) {
            depth += 1;
        } else if closes(c) {
            depth = depth.saturating_sub(1);
        } else if depth == 0 && matches!(c, '。' | '!' | '！' | '?' | '？') {
            end = i;
            break;
        }
    }
    rest.get(..end).map(clean).filter(|q| !q.is_empty())
}

fn clean(s: &str) -> String {
    s.trim().to_owned()
}
