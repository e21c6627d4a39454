//! Experts: named people whose words the text reports.
//!
//! Every speech verb from `gazetteers/speech_verbs.tsv` is a trigger; the
//! clause before it (back to the last clause mark, at most
//! [`speaker::LOOK_BACK`] bytes) must end in a personal name, optionally
//! followed by cues naming a time, a place or the outlet spoken to, and
//! optionally preceded by a chain of titles.
//!
//! Accepted:
//! - 国家发展改革委副主任王小明表示,…  (title, name, verb)
//! - 某某大学经济学院院长、教授林子涵对《经济参考报》记者表示,…  (title chain split at 、; outlet 经济参考报)
//! - 市工信局局长周建华在接受《深圳特区报》记者采访时介绍,…
//! - 省数据局局长胡海燕在发布会上回答新华社记者提问时说,… (outlet 新华社)
//! - 财政部原副部长何立新3月12日在2025中国经济论坛上指出,…
//! - “……。”某证券首席经济学家孙一鸣说。  (direct speech before the speaker)
//! - 新疆大学教授阿不都·热合曼表示：“……”  (dotted name, quote after the verb)
//! - 孙一鸣认为,… after an earlier 某证券首席经济学家孙一鸣: titles carried over.
//! - 对此,清华大学李文博教授认为,…  (a title after the name)
//! - 据市数据局局长胡海燕介绍,… / 胡海燕曾多次公开表示,…  (据, adverbs before the verb)
//! - 统计局综合司司长万海涛指出,… / 农业农村厅副厅长和建军介绍,… (a weak surname
//!   that is also a numeral or common word: only between a job word and a verb or cue,
//!   or bare once that person was reported or mentioned with a title: 万海涛认为,…
//!   after 司长万海涛指出 or 司长万海涛和副司长…出席)
//! - 农牧厅厅长乌力吉巴雅尔表示,… / 盟委书记额尔敦巴根在调研时强调,… / 旗委书记阿尔斯楞
//!   介绍,… / 某银行行长伯纳克指出,… (3–6 characters without a surname or middle dot: only right after a job word,
//!   right before a verb or cue, made only of transcription characters (`translit` rows)
//!   and holding no job word, organization suffix, function word or adverb phrase;
//!   elsewhere a name is a surname and one to three characters)
//! - 在回答《经济参考报》记者提问时表示 / 回答新华社记者的提问时说 / 在接受《X》记者的
//!   采访时 / 在对X记者介绍情况时说: every outlet cue with or without 在 and 《》; the
//!   verb inside a cue (介绍…时说) is no second report
//! - 在某研究院院长王五看来，… (a frame verb, `frame` rows: the speaker between an
//!   opening 在 and the verb; 看来，… and 由此看来 report nobody)
//! - 林伯强接受我们访问时，形容… (a verb opening its clause right after a comma:
//!   the speaker is the clause before, when a cue follows its name)
//! - 李总理强调 after 国务院总理李强…; 正如赵院士在论坛上所说 after 院士赵远…; 孙董事长
//!   表示 after 孙立平董事长出席… (a surname and a post written as a name: the person
//!   of that surname named in full before with a title ending in that post, or with
//!   that post written after the name, see [`mention::PostName`]; with no such
//!   person the record is dropped)
//! - 钱立新副部长介绍,… (a title after the name takes a modifier before it)
//! - 全国政协委员孙某建议 (a role naming its body whole: affiliated with that body)
//!
//! Rejected:
//! - 专家认为 / 有关负责人表示 / 规划局负责同志在会上表示 / 业内人士指出 (no name)
//! - (新华日报记者 王芳 李强) / 责任编辑:张伟 (bylines: no speech verb after a name)
//! - 公司表示 / 央行表示 / 国家数据局表示 (organizations; agency spans never hold a name)
//! - 他表示 / 她强调 (a pronoun continues the previous speaker; no new record). Also
//!   after a person only mentioned (局长刘明远发布了报告。他指出,…): the name would have
//!   to be cut from a sentence with no speech verb to mark its end (刘明远 or 刘明?),
//!   and a wrong person costs more than the missed one, so pronouns never add a record.
//! - 刘明远:数据产业要加快发展。 with no titled 刘明远 before it: the colon alone cannot
//!   tell a speaker from a heading or a label (地址:…). Transcript turns of a person
//!   introduced with a title are read in [`transcript`] (no verb: `verb` is `None`).
//! - 书记和市长表示 / 副局长时常表示 / 万家企业表示 / 副市长率队调研表示 / 区委书记千方百计
//!   表示 (weak surnames and long names need a job word before them, and no job word,
//!   function word or non-transcription character inside)
//! - 以下简称 / 分析师 / 据说 / 本办法所称 (look-alike words the automaton swallows)
//! - 王院长表示 with no 王 named in full as a 院长 before (nobody named)
//! - 市民刘女士告诉记者 / 董事会认为 / 华为认为 (withheld names, bodies, firms)
//!
//! Affiliation: see [`affiliation`]. An agency starting the title's
//! organization part, or starting after places leading it, gives its
//! canonical name (河北省某市发改委 → 某市发展和改革委员会); places and a local
//! leader's post give that place's government or Party committee (某市副市长 →
//! 某市人民政府, 某市市委书记 → 中共某市委员会).
//!
//! Layout: inline markup around a name (副司长<strong>王松波</strong>介绍,
//! **王松波**表示) is read through (normalization drops it, and spans map
//! back over it); a paragraph indent is no part of a title; a short quoted
//! event name inside a cue (日前在“2025中国-东盟博览会”期间指出) and a short
//! quoted part glued inside an organization name (四川绵阳“科技城”新区管委会主任)
//! are no clause mark ([`clause`]). Between a compound surname and a job
//! word the job word wins (工业局局长孙东 → 孙东, not 长孙东). A place the
//! places pass found inside a speaker's name (花长春 → 长春) is dropped.
//!
//! Quotes: see [`quote`]; a quoted term right after the verb
//! (表示,“十四五”以来,…) opens an indirect report, not a direct quote.
//!
//! Mentions: a bare name takes the titles of the latest titled record of
//! that name, or of its first titled mention without a verb
//! ([`mention`]: 局长王五出席会议。王五指出,…).
//!
//! # How the text is read
//!
//! The pass reads the document's shared facts and never rescans the text:
//! the speech verbs are the lexicon's [`Table::SpeechVerb`] hits (one
//! leftmost-longest reading of the text); job words, organization endings,
//! leads and the other words a clause is read by are its
//! [`Table::ExpertWord`] hits, looked up by position
//! ([`crate::lexicon::experts::Words`]); clause marks, 、 and colons come
//! from the segments. No automaton or regex is built while extracting. A
//! bare name finds its titled namesake through a map, and titled mentions
//! are looked for only where a job word or an organization's ending stops.
//!
//! # Limits
//!
//! Every look-up is bounded, so the pass costs time linear in the text:
//!
//! - [`speaker::LOOK_BACK`] (240 bytes): how far before its verb a
//!   speaker's clause may start; a longer title is cut there.
//! - `speaker::MAX_CUES` (6): cues stripped between a name and its verb; a
//!   seventh stays and the name is not found. `speaker::MAX_LEADS` (4):
//!   leads stripped before a title; `speaker::MAX_PEELS` (4): job words
//!   and modifiers peeled off one title to find its organization.
//! - `clause::MAX_QUOTED_NAMES` (3): quoted names a clause reads through;
//!   past them the clause starts at the last one's opening mark. Quoted
//!   event names hold at most 30 characters, quoted parts of a title 12.
//! - [`MAX_CUE_AFTER_VERB`] (12 characters): how far after a verb a 时
//!   marks it as part of a cue (介绍情况时说).
//! - [`mention::MAX_NAME_CHARS`] (28): the longest name introduced by a
//!   titled mention.
//! - [`MAX_POST_NAMES`] (32): different surname-and-post names linked in
//!   one text; [`mention::POST_NAME_CHARS`] (4): the longest full name read
//!   after a job word for them.
//! - `transcript::TURN_REACH` (3000 bytes): how far a turn's words run over
//!   the paragraphs after a head standing on its own line.
//! - `transcript::HEAD_REACH` (256 bytes): how far before its colon a
//!   turn's head may start; `transcript::INTERVIEW_REACH` (320 bytes): how
//!   much of an interview heading is read.
//! - `quote::QUOTE_LIMIT` (3000 bytes): how far a quotation may run, and
//!   how much punctuation may stand between a quotation and its speaker;
//!   `quote::SENTENCE_LIMIT` (1500 bytes): an indirect report longer than
//!   that is cut.
//! - Words of the lists are at most 10 characters, so a suffix look-up
//!   looks at most 40 bytes back; at most four modifiers stand before a
//!   local leader's post ([`affiliation`]).

mod affiliation;
mod clause;
mod cues;
mod interview;
mod mention;
mod quote;
mod speaker;
mod transcript;
mod turn_head;

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use crate::lexicon::Table;
use crate::lexicon::experts::{Lexicon, Words};
use crate::passes::Context;
use crate::{Document, Error, Expert, Place, Span};

use affiliation::{Found, Leaders};
use clause::Marks;
use cues::Cues;
use mention::PostName;
use speaker::{Cuts, Reader, Speaker, Taken, is_clause_break};
use transcript::Transcript;

/// How many characters after a speech verb may name the occasion of the
/// real one (介绍情况时说): a 时 further on is not looked for.
const MAX_CUE_AFTER_VERB: usize = 12;

/// The commas a verb may follow when its speaker stands in the clause
/// before (林伯强接受我们访问时，形容…), and that must follow a verb of
/// the `comma` rows (王五提出，…).
const COMMAS: [char; 2] = [',', '，'];

/// How the clause before such a comma ends when it holds a cue after the
/// name (接受采访时, 在会上, 在会后, 讲话中, 调研期间).
const CUE_ENDS: [char; 5] = ['时', '上', '后', '中', '间'];

/// How many different surname-and-post names (李总理, 赵部长) one text may
/// have linked to a full name; the records of any further ones are dropped.
const MAX_POST_NAMES: usize = 32;

/// A speech verb whose clause read as no speaker: where the clause starts,
/// the verb's span and word, and the clause's cuts.
#[derive(Debug, Clone)]
struct Unread {
    start: usize,
    verb: Span,
    word: String,
    cuts: Cuts,
}

/// A person named in full, as a surname-and-post name takes them over.
#[derive(Debug, Clone)]
struct Person {
    name: String,
    titles: Vec<String>,
    affiliation: Option<String>,
}

/// The experts pass.
#[derive(Debug, Clone)]
pub(crate) struct Rules {
    lexicon: Lexicon,
    leaders: Leaders,
    cues: Cues,
    transcript: Transcript,
}

impl Rules {
    pub(crate) fn new(lexicon: &crate::lexicon::Lexicon) -> Result<Self, Error> {
        Ok(Rules {
            lexicon: lexicon.experts.clone(),
            leaders: Leaders::new()?,
            cues: Cues::new(),
            transcript: Transcript::new(),
        })
    }

    /// Adds the experts to `doc` and returns the spans of their names.
    pub(crate) fn run(&self, cx: &Context<'_>, doc: &mut Document) -> Vec<Span> {
        let mut found = self.read(cx, doc);
        found.sort_by_key(|(e, _)| e.span.start);
        let names = found.iter().filter_map(|(_, name)| *name).collect();
        // Collected in the buffer `found` leaves (the record is the smaller
        // of the two), so that a long text's experts are not held twice.
        let experts: Vec<Expert> = found.into_iter().map(|(e, _)| e).collect();
        super::add(&mut doc.experts, experts);
        names
    }

    /// Every expert of the text with the span of its name, in no set order;
    /// what the reading needs besides them is gone when it returns.
    fn read(&self, cx: &Context<'_>, doc: &Document) -> Vec<(Expert, Option<Span>)> {
        let text = cx.text;
        // Place runs are looked up by binary search.
        let mut places: Cow<'_, [Place]> = Cow::Borrowed(&doc.places);
        if !places.is_sorted_by_key(|p| p.span.start) {
            places.to_mut().sort_by_key(|p| p.span.start);
        }
        let taken = Taken::new(&doc.agencies, &places);
        let words = Words::new(&self.lexicon, cx.hits);
        let earlier = Found::new(text, &doc.agencies, &places, words);
        let reader = Reader {
            text,
            segments: cx.segments,
            lexicon: &self.lexicon,
            cues: &self.cues,
            taken: &taken,
            words,
        };
        let marks = Marks {
            text,
            segments: cx.segments,
            lexicon: &self.lexicon,
        };
        let (mut found, unread) = self.reports(cx, &reader, &marks, &earlier);
        // A clause of a weak surname's name alone (万立松说) that no reading
        // took: the name speaks if it was introduced with a title before.
        let weak: Vec<(Unread, Speaker)> = unread
            .into_iter()
            .filter_map(|u| {
                let s = reader.read_known(&u.cuts, |n| self.lexicon.is_weak_name(n))?;
                Some((u, s))
            })
            .collect();
        // A bare name whose titled mention had no verb (局长王五出席会议。
        // 王五指出,…) takes the titles of that mention; so does a turn
        // headed by a name (王五：…).
        let heads = self.transcript.heads(&reader);
        let intros = {
            let mut names: HashSet<&str> = found
                .iter()
                .filter(|(e, _)| e.titles.is_empty())
                .map(|(e, _)| e.name.as_str())
                .collect();
            names.extend(transcript::head_names(&reader, &heads));
            names.extend(weak.iter().map(|(_, s)| s.name.as_str()));
            mention::introductions(&reader, &marks, cx.hits, &names)
        };
        for (u, s) in weak {
            let Some((_, intro)) = intros.get(&s.name).filter(|(at, _)| *at <= s.span.start) else {
                continue;
            };
            let expert = Expert {
                name: s.name,
                titles: intro.titles.clone(),
                affiliation: self.affiliation(intro, &earlier),
                outlet: None,
                verb: Some(u.word),
                quote: quote::find(cx.text, u.start, u.verb.end, cx.text.len()),
                surface: String::new(),
                span: s.span,
            };
            found.push((expert, Some(s.name_span)));
        }
        for (expert, _) in &mut found {
            let Some((at, intro)) = intros.get(&expert.name) else {
                continue;
            };
            if expert.titles.is_empty() && *at <= expert.span.start {
                expert.titles.clone_from(&intro.titles);
                expert.affiliation = self.affiliation(intro, &earlier);
            }
        }
        self.link_post_names(cx, &reader, &marks, &earlier, &mut found);
        if !heads.is_empty() {
            for turn in self.transcript.turns(&reader, cx.hits, &heads, &intros) {
                let affiliation = self.affiliation(&turn.speaker, &earlier);
                let expert = Expert {
                    name: turn.speaker.name,
                    titles: turn.speaker.titles,
                    affiliation,
                    outlet: None,
                    verb: None,
                    quote: turn.quote,
                    surface: String::new(),
                    span: turn.span,
                };
                found.push((expert, turn.name_span));
            }
        }
        found
    }

    /// The experts reported by a speech verb, in text order, each with the
    /// span of its name.
    fn reports(
        &self,
        cx: &Context<'_>,
        reader: &Reader<'_>,
        marks: &Marks<'_>,
        earlier: &Found<'_>,
    ) -> (Vec<(Expert, Option<Span>)>, Vec<Unread>) {
        let text = cx.text;
        let mut found: Vec<(Expert, Option<Span>)> = Vec::new();
        let mut unread: Vec<Unread> = Vec::new();
        // The latest titled record of each name.
        let mut titled: HashMap<String, usize> = HashMap::new();
        // A speaker's clause never reaches back over an earlier speech verb
        // (局长张三表示局长李四表示: the second title is 局长, not a chain
        // through the first report).
        let mut floor = 0;
        // Where the latest record's clause starts and its verb ends: its
        // words are read once the next speaker is known, as they stop there.
        let mut pending: Option<(usize, usize)> = None;
        let words_of = |found: &mut [(Expert, Option<Span>)],
                        pending: Option<(usize, usize)>,
                        limit: usize| {
            if let (Some((start, verb_end)), Some((expert, _))) = (pending, found.last_mut()) {
                expert.quote = quote::find(text, start, verb_end, limit);
            }
        };
        for m in cx
            .hits
            .leftmost_longest(Table::SpeechVerb, Span::new(0, text.len()))
        {
            let (verb, frame) = match self.lexicon.verb_words.get(m.row()) {
                Some((verb, true)) => (verb, false),
                Some((verb, false)) if self.lexicon.frame_verbs.contains(&m.row()) => (verb, true),
                // 王五提出，… (but 提出三点要求, 提出申请 report nothing).
                Some((verb, false))
                    if self.lexicon.comma_verbs.contains(&m.row())
                        && text
                            .get(m.span().end..)
                            .is_some_and(|rest| rest.starts_with(COMMAS)) =>
                {
                    (verb, false)
                }
                _ => continue,
            };
            if !frame && self.inside_cue(cx, m.span().end) {
                continue;
            }
            let start = marks.clause_start(m.span().start).max(floor);
            let mut cuts = None;
            let speaker = if frame {
                // 在王五看来，…: the speaker stands between an opening 在 and
                // the verb; a frame anywhere else (看来，…) reports nobody.
                let Some(inner) = text
                    .get(start..m.span().start)
                    .map(str::trim_start)
                    .and_then(|clause| clause.strip_prefix('在'))
                else {
                    continue;
                };
                floor = m.span().end;
                reader.read(m.span().start - inner.len(), m.span().start)
            } else {
                floor = m.span().end;
                let clause = cuts.insert(reader.cuts(start, m.span().start));
                reader
                    .read_cuts(clause)
                    .or_else(|| self.speaker_before_comma(reader, marks, start, m.span().start))
                    // 万立松认为 after 司长万立松指出: a weak surname reads
                    // bare once its bearer was reported with a title.
                    .or_else(|| reader.read_known(clause, |n| titled.contains_key(n)))
            };
            let Some(speaker) = speaker else {
                if let Some(cuts) = cuts {
                    unread.push(Unread {
                        start,
                        verb: m.span(),
                        word: verb.clone(),
                        cuts,
                    });
                }
                continue;
            };
            words_of(&mut found, pending.take(), speaker.span.start);
            let mut affiliation = self.affiliation(&speaker, earlier);
            let Speaker {
                name,
                mut titles,
                outlet,
                span,
                name_span,
                ..
            } = speaker;
            // A later bare mention (孙一鸣认为) is the same person as the
            // latest titled one of that name.
            if titles.is_empty() {
                if let Some((earlier, _)) = titled.get(&name).and_then(|&i| found.get(i)) {
                    titles = earlier.titles.clone();
                    affiliation = earlier.affiliation.clone();
                }
            }
            if !titles.is_empty() {
                titled.insert(name.clone(), found.len());
            }
            pending = Some((start, m.span().end));
            let expert = Expert {
                name,
                titles,
                affiliation,
                outlet,
                verb: Some(verb.clone()),
                quote: None,
                surface: String::new(),
                span,
            };
            found.push((expert, Some(name_span)));
        }
        words_of(&mut found, pending, text.len());
        (found, unread)
    }

    /// Gives each record named by a surname and a post (李总理强调, 正如赵院士
    /// 所说) the person of that surname named in full before it with a
    /// title ending in that post (国务院总理李强…), from an earlier record or
    /// a titled mention without a verb, whichever is nearer; a record with
    /// no such person is dropped (the text names nobody). At most
    /// [`MAX_POST_NAMES`] different surname-and-post names are looked for.
    fn link_post_names(
        &self,
        cx: &Context<'_>,
        reader: &Reader<'_>,
        marks: &Marks<'_>,
        earlier: &Found<'_>,
        found: &mut Vec<(Expert, Option<Span>)>,
    ) {
        let refs: Vec<Option<PostName>> = found
            .iter()
            .map(|(e, name)| {
                let name = (*name).filter(|_| e.titles.is_empty())?;
                PostName::of(reader, name)
            })
            .collect();
        let mut wanted: HashSet<PostName> = HashSet::new();
        for r in refs.iter().flatten() {
            if wanted.len() < MAX_POST_NAMES {
                wanted.insert(r.clone());
            }
        }
        if wanted.is_empty() {
            return;
        }
        let mentions = mention::by_post(reader, marks, cx.hits, &wanted);
        // The person each key names so far, from records and mentions
        // merged in text order.
        let mut latest: HashMap<&PostName, Person> = HashMap::new();
        let mut next_mention = mentions.iter().peekable();
        let mut keep = Vec::with_capacity(found.len());
        for (i, (expert, _)) in found.iter_mut().enumerate() {
            while let Some((_, key, s)) =
                next_mention.next_if(|(end, _, _)| *end <= expert.span.start)
            {
                let person = Person {
                    name: s.name.clone(),
                    titles: s.titles.clone(),
                    affiliation: self.affiliation(s, earlier),
                };
                latest.insert(key, person);
            }
            match refs.get(i).cloned().flatten() {
                Some(key) => match latest.get(&key) {
                    Some(person) => {
                        expert.name.clone_from(&person.name);
                        expert.titles.clone_from(&person.titles);
                        expert.affiliation.clone_from(&person.affiliation);
                        keep.push(true);
                    }
                    None => keep.push(false),
                },
                None => {
                    for key in wanted
                        .iter()
                        .filter(|k| k.fits(&expert.name, &expert.titles))
                    {
                        let person = Person {
                            name: expert.name.clone(),
                            titles: expert.titles.clone(),
                            affiliation: expert.affiliation.clone(),
                        };
                        latest.insert(key, person);
                    }
                    keep.push(true);
                }
            }
        }
        let mut keep = keep.into_iter();
        found.retain(|_| keep.next().unwrap_or(true));
    }

    /// The speaker of a verb opening its clause right after a comma, read
    /// off the clause before the comma when that ends in a name and cues
    /// (林伯强接受我们访问时，形容…; 王五在会上，强调…).
    fn speaker_before_comma(
        &self,
        reader: &Reader<'_>,
        marks: &Marks<'_>,
        start: usize,
        verb_start: usize,
    ) -> Option<Speaker> {
        if start != verb_start {
            return None;
        }
        let before = reader.text.get(..start)?.strip_suffix(COMMAS)?;
        // Only a clause ending like a cue (…时, …上, …后) is read again.
        if !before.ends_with(CUE_ENDS) {
            return None;
        }
        let comma = before.len();
        let speaker = reader.read(marks.clause_start(comma), comma)?;
        // The name must be followed by a cue, not end the clause: 王五，说 is
        // no report.
        (speaker.name_span.end < comma).then_some(speaker)
    }

    fn affiliation(&self, speaker: &Speaker, earlier: &Found<'_>) -> Option<String> {
        affiliation::of(speaker, earlier, &self.lexicon, &self.leaders)
    }

    /// Whether the verb ending at `verb_end` only names the occasion of the
    /// real one (在对记者介绍情况时说, 在谈到…时表示): a short run ending in
    /// 时 and then another speech verb follow before any clause mark.
    fn inside_cue(&self, cx: &Context<'_>, verb_end: usize) -> bool {
        let Some(after) = cx.text.get(verb_end..) else {
            return false;
        };
        let end = after
            .char_indices()
            .enumerate()
            .find(|&(n, (_, c))| n == MAX_CUE_AFTER_VERB || is_clause_break(c))
            .map_or(after.len(), |(_, (i, _))| i);
        let clause = after.get(..end).unwrap_or_default();
        let Some(when) = clause.find('时') else {
            return false;
        };
        let next = verb_end + when + '时'.len_utf8();
        cx.hits
            .longest_within(Table::SpeechVerb, next, verb_end + end)
            .and_then(|v| self.lexicon.verb_words.get(v.row()))
            .is_some_and(|(_, speech)| *speech)
    }
}

#[cfg(test)]
mod tests;

impl crate::passes::Pass for Rules {
    fn name(&self) -> &'static str {
        "experts"
    }

    fn reads(&self) -> crate::Kinds {
        crate::Kinds::AGENCIES | crate::Kinds::PLACES
    }

    fn writes(&self) -> crate::Kinds {
        crate::Kinds::EXPERTS
    }

    fn run(&self, cx: &Context<'_>, draft: &mut crate::passes::Draft) {
        let names = self.run(cx, &mut draft.doc);
        draft.names.extend(names);
    }
}
