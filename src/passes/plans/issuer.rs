//! Who issued a plan and when, read from the clause that names it.
//!
//! The subject of an issuing verb right before the title (`X印发《…》`,
//! `X印发的《…》`, `X、Y等共同印发《…》`, `X会同Y印发《…》`,
//! `X近日会同Y、Z等部门联合印发了《…》` → X, Y, Z), or the agent of a
//! passive after it (`《…》由X印发`). Only agencies count: a place alone
//! (`深圳印发《…》`) names no body, and a body that is still drafting
//! (`正在制定《…》`, `将出台《…》`) has issued nothing.
//!
//! A verb with no subject of its own, or only a coordinator (`,并发布《…》`,
//! `,印发《…》`), shares the subject of the clause before it in the same
//! sentence: `X会同Y制定了细则,并发布《A》《B》` → X, Y for both. That clause
//! must open with the body (after a time word or 由); a clause opening with
//! 会同 takes its leading body from there too (`由A牵头,会同B、C印发《…》`
//! → A, B, C). Reported speech (`X局长表示,并发布…`), a body inside a
//! purpose phrase (`为落实X部署,`) and an earlier sentence carry nothing.
//!
//! A people's congress passes laws and regulations: `市人大常委会通过《…条例》`
//! (通过 issues only there; `通过《…方案》推动` is "by means of"). A
//! subject that only counts bodies named before (`此前,三部门印发《…》`)
//! stands for them (see [`super::backref`]).
//!
//! An official notice's own title on its first line
//! (`国务院办公厅关于印发《…》的通知`) and the plan it transmits
//! (`《…》已经国务院同意,现印发给你们`) were issued by the signing body on
//! the signature date; a law merely cited in the body was not, nor a
//! transmitted plan whose signature stands pages below it (in a dump of
//! many documents, it signs another one).

use crate::pattern::Regex;

use super::backref::BackRefs;
use super::clause::{clause_start_of, sentence_start};
pub(super) use super::records::Records;
use crate::layout::Signature;
use crate::pattern::compile;
use crate::text::chars::find_word;
use crate::text::date::{DateValue, Parser};
use crate::{Agency, Document, PartialDate, Place, Span};

/// A run of titles governed by one clause (印发《A》《B》), and the title
/// read now.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    /// The run's first title.
    pub(super) head: Span,
    /// The title read now.
    pub(super) mention: Span,
    /// Where the text after the run starts (past any alias parentheses).
    pub(super) after: usize,
}

/// How far before an issuing sentence, within its paragraph, a date written
/// with its year dates that sentence's 同日 or bare 5月31日, in bytes.
const NEARBY_DATE_BYTES: usize = 600;

/// Verbs that say a body issued a document. `联合`/`共同`/`正式` before them
/// are read as filler between the subject and the verb.
const VERBS: &[&str] = &[
    "审议通过",
    "表决通过",
    "修订印发",
    "印发",
    "发布",
    "出台",
    "公布",
    "制定",
    "颁布",
    "下发",
    "推出",
    "修订",
    "发出",
    "出炉",
    "公开",
];

/// What may follow an issuing verb before the title: 印发了《, 印发的《,
/// 印发并实施《.
const PARTICLES: &[&str] = &["了", "的", "并实施", "实施"];

/// How many bytes before a title the verb issuing it, with its particle
/// (了, 的, 并实施) and the blanks after them, may take: the longest verb is
/// four characters, the longest particle three, three bytes each. The
/// end-anchored verb patterns search only these last bytes of a clause,
/// however long it is.
const VERB_TAIL_BYTES: usize = 7 * 3;

/// The words by which a notice transmits the title before them
/// (`《…》已经国务院同意,现印发给你们`).
const TRANSMITTING: &[&str] = &[
    "现予印发",
    "现予公布",
    "现予发布",
    "现印发",
    "现公布",
    "现发布",
    "印发给你们",
    "转发给你们",
];

/// How many characters after a title its transmitting words may start: an
/// order's 已经2024年3月1日某部第3次部务会议审议通过, is long.
const TRANSMIT_REACH: usize = 60;

/// Words that open a list of the titles a previous clause counted.
const LIST_INTROS: &[&str] = &["分别是", "分别为", "包括", "即", "其中包括", "具体包括"];

/// How far after the title a passive `由X印发` clause may reach, in bytes.
const PASSIVE_BYTES: usize = 200;

/// The longest filler (in chars) between the last subject agency and the
/// verb: 等十部门联合, 于5月31日正式.
const FILLER_CHARS: usize = 16;

/// How many clauses back a coordinated verb looks for its subject.
const MAX_CARRY: usize = 3;

/// Where a signed official document's own title may stand, in bytes.
const HEAD_BYTES: usize = 400;

/// How far the signature date of a notice may stand after the title it
/// transmits, in bytes: a notice says a few sentences and signs (on the
/// real pages and the fixtures, at most about 1 KB), while the first
/// signature of a dump of pages may stand pages away from a title it did
/// not sign.
const NOTICE_BYTES: usize = 3000;

/// What the issuing clause says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(super) struct Issuing {
    pub(super) issuers: Vec<String>,
    pub(super) issued: Option<PartialDate>,
    /// The region of the issuing subject: its agencies' region, or the
    /// place that stands alone as subject (深圳印发).
    pub(super) region: Option<String>,
}

#[derive(Debug, Clone)]
pub(super) struct Issuers {
    /// The verb at the very end of the clause before the title.
    /// Any issuing verb, for the date rule.
    verb: Regex,
    /// Titles a congress passes: laws, regulations, decisions.
    law: Regex,
    backrefs: BackRefs,
    /// `由X印发` right after the title.
    passive: Regex,
    /// Words that make the subject a drafter, not an issuer.
    drafting: Regex,
    /// What may stand between two agencies of one subject.
    joiner: Regex,
    /// A subject that is only a coordinator: `,并发布《…》` shares the
    /// subject of the clause before it.
    coordinated: Regex,
    /// A clause opening with 会同/联合: its partner bodies follow, the
    /// leading body is the subject of the clause before.
    partnered: Regex,
    /// What may open a clause before its subject: a time, a connective.
    lead: Regex,
    /// Reported speech: its speaker is no subject to carry over.
    speech: Regex,
    dates: Parser,
}

impl Issuers {
    /// Indexes `doc`'s records for [`Issuers::find`], with the document's
    /// signature block.
    pub(super) fn records<'d>(
        &self,
        doc: &'d Document,
        signature: Option<Signature>,
        headline: Span,
    ) -> Records<'d> {
        let mut agencies: Vec<&Agency> = doc.agencies.iter().collect();
        agencies.sort_by_key(|a| (a.span.start, std::cmp::Reverse(a.span.end)));
        let mut places: Vec<&Place> = doc.places.iter().collect();
        places.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
        let headline_end = headline.end;
        Records {
            agencies,
            places,
            signature,
            headline_end,
        }
    }

    pub(super) fn new() -> Self {
        let verbs = VERBS.join("|");
        Issuers {
            // 发布消息 (posted news) reports on a document; it issues nothing
            verb: compile(&format!("(?:{verbs})(?:消息|新闻|信息)?")),
            // the tail of a title, past a 试行/修订 note in parentheses
            law: compile(
                r"(?x)
                (?:法|条例|办法|规定|决定|规则|细则|决议)
                (?:\([^()]{1,8}\))?
                》$",
            ),
            backrefs: BackRefs::new(),
            passive: compile(&format!(
                r"(?x)
                ^[\ ]*(?:已|已经|日前|近日|近期|正式|也|于[^,。由]{{1,12}})?[\ ]*
                由(?P<subject>[^,。;!?\n]{{1,60}}?)
                (?:联合|共同|正式)?
                (?:{verbs})"
            )),
            drafting: compile(
                r"正在|将|拟|即将|计划|准备|抓紧|着手|研究|启动|起草|编制|有望|酝酿|待",
            ),
            // 会同/联合 after a time: 国家能源局近日会同国家发展改革委
            joiner: compile(
                r"(?x)
                ^(?:[、,和及与同\ ]|以及)*
                (?:
                  (?:近日|日前|近期|最近|此前|今年|去年|于|[0-9]{1,2}月|[0-9]{1,2}日|\ )*
                  (?:牵头)?(?:会同|联合|协同|携手)
                )?
                (?:[、,和及与\ ]|以及)*$",
            ),
            coordinated: compile(
                r"(?x)
                ^(?:并|并且|同时|还|也|又|再|随后|此后|之后|同步|一并|另|近日|日前
                   |于[0-9]{1,2}月(?:[0-9]{1,2}日)?|[0-9]{1,2}月(?:[0-9]{1,2}日)?|\ )*
                (?:联合|共同|正式)?$",
            ),
            partnered: compile(r"^(?:并|同时|还)?(?:会同|联合|协同|携手)"),
            // 由 opens 由A牵头, whose A leads the next clause's work
            lead: compile(
                r"(?x)
                ^(?:近日|日前|近期|最近|此前|随后|同时|今年|去年|此外|另外|目前|由
                   |(?:19|20)[0-9]{2}年|[0-9]{1,2}月|[0-9]{1,2}日|上旬|中旬|下旬|初|底|\ )*$",
            ),
            speech: compile(r"表示|说|指出|介绍|认为|强调|称|透露|坦言|提到|谈到|显示|获悉"),
            dates: Parser::new(),
        }
    }

    /// The issuing clause of the run of titles `head..=tail` (one title, or
    /// several after one verb: 印发《A》《B》, 《A》和《B》), for the title
    /// `mention` among them. `after` is where the
    /// text after the run starts (past any alias parentheses); `titles` are
    /// every title span, to keep their inner dates out of the issue date.
    pub(super) fn find(
        &self,
        text: &str,
        records: &Records<'_>,
        run: Run,
        titles: &[Span],
        reference: Option<PartialDate>,
    ) -> Issuing {
        let Run {
            head,
            mention,
            after,
        } = run;
        let before = text.get(..head.start).unwrap_or("");
        let sentence_start = sentence_start(before);
        let sentence = before.get(sentence_start..).unwrap_or("");
        let clause_start = clause_start_of(sentence) + sentence_start;
        let clause = before.get(clause_start..).unwrap_or("");

        let mut issuing = Issuing::default();
        let mut verb_seen = false;
        let tail = verb_tail(clause);
        let verb = clause
            .get(tail..)
            .and_then(|t| ending_verb(t, VERBS, PARTICLES));
        if let Some(verb) = verb {
            verb_seen = true;
            let subject = Span::new(clause_start, clause_start + tail + verb.start);
            self.subject(text, records, subject, &mut issuing);
            let bare = text.get(subject.start..subject.end).unwrap_or("");
            if issuing.issuers.is_empty() && self.coordinated.is_match(bare) {
                self.carried(text, records, sentence_start, clause_start, &mut issuing);
            } else if self.partnered.is_match(bare) {
                // 由A牵头,会同B、C印发: A leads, B and C join it
                let mut lead = Issuing::default();
                self.carried(text, records, sentence_start, clause_start, &mut lead);
                for name in issuing.issuers.drain(..) {
                    if !lead.issuers.contains(&name) {
                        lead.issuers.push(name);
                    }
                }
                issuing.issuers = lead.issuers;
                issuing.region = lead.region.or(issuing.region.take());
            }
        } else if let Some(passed) = self.passed(text, records, head, clause_start, clause) {
            verb_seen = true;
            issuing = passed;
        } else if let Some(subject) = self.listed(text, sentence_start, clause_start, clause) {
            verb_seen = true;
            self.subject(text, records, subject, &mut issuing);
        } else if let Some(caps) = text
            .get(after..)
            .map(|rest| super::title::prefix(rest, PASSIVE_BYTES))
            // The pattern needs its 由: most text after a title has none,
            // and the search costs the window's length times its size.
            .filter(|rest| rest.contains('由'))
            .and_then(|rest| self.passive.captures(rest))
        {
            verb_seen = true;
            if let Some(subject) = caps.name("subject") {
                let subject = Span::new(after + subject.start(), after + subject.end());
                self.subject(text, records, subject, &mut issuing);
            }
        }
        // 根据中共中央办公厅、国务院办公厅《…》: bodies written right
        // before the title, with no verb, are its issuers (of that title
        // alone, not of the titles listed after it).
        if !verb_seen && issuing.issuers.is_empty() && mention == head {
            let owners = possessors(text, records, head.start);
            if !owners.is_empty() {
                issuing.region = owners.first().and_then(|a| a.region.clone());
                issuing.issuers = owners.into_iter().map(|a| a.name.clone()).collect();
            }
        }
        // The document's own title, or the plan its notice transmits
        // (《…》已经国务院同意,现印发给你们): the signature issued it. A
        // notice is short: a signature further on signs another document
        // of the text.
        let transmitted = || {
            records
                .signature
                .is_some_and(|s| s.date_at.saturating_sub(head.end) <= NOTICE_BYTES)
                && text
                    .get(after..)
                    .is_some_and(|rest| transmits(super::title::prefix(rest, 240)))
        };
        let own = head.end <= records.headline_end && head.start < HEAD_BYTES || transmitted();
        let signed = if own {
            signed(records, head, &mut issuing)
        } else {
            None
        };
        // 《广州市民政局广州市财政局关于印发…的通知》 names who issued it
        // when nothing else does.
        if issuing.issuers.is_empty() {
            issuing.issuers = title_issuers(text, records, mention)
                .into_iter()
                .map(|a| a.name.clone())
                .collect();
        }
        issuing.issued = self
            .issued(
                text,
                sentence_start,
                head.start,
                titles,
                verb_seen,
                reference,
            )
            .or(signed);
        issuing
    }

    /// `X通过《…》` where X is a people's congress and the title a law or
    /// regulation: the congress passed it. Elsewhere 通过 is "by means
    /// of" (`通过《…》的实施`) and issues nothing.
    fn passed(
        &self,
        text: &str,
        records: &Records<'_>,
        head: Span,
        clause_start: usize,
        clause: &str,
    ) -> Option<Issuing> {
        let tail = verb_tail(clause);
        // A bare 通过 at the end of the clause: a congress passing a law.
        let verb = ending_verb(clause.get(tail..)?, &["通过"], &["了"])?;
        if !self.law.is_match(text.get(head.start..head.end)?) {
            return None;
        }
        let mut issuing = Issuing::default();
        let subject = Span::new(clause_start, clause_start + tail + verb.start);
        self.subject(text, records, subject, &mut issuing);
        issuing
            .issuers
            .iter()
            .any(|name| name.contains("人民代表大会"))
            .then_some(issuing)
    }

    /// The subject of a verb whose counted object the titles spell out:
    /// `X发布两项政策——《A》《B》`, `X印发了两份方案,分别是《A》和《B》`. Read
    /// only after a dash, a colon or a list intro, so that `官网发布消息显示,《A》`
    /// (a report on the title) gives none.
    fn listed(
        &self,
        text: &str,
        sentence_start: usize,
        clause_start: usize,
        clause: &str,
    ) -> Option<Span> {
        let intro = clause.trim();
        let boundary = text.get(..clause_start)?.chars().next_back()?;
        let listing =
            matches!(boundary, '—' | ':') && intro.is_empty() || LIST_INTROS.contains(&intro);
        if !listing {
            return None;
        }
        let before = text.get(sentence_start..clause_start - boundary.len_utf8())?;
        let before = before.trim_end_matches('—');
        let start = clause_start_of(before);
        let previous = before.get(start..)?;
        let verb = self
            .verb
            .find_iter(previous)
            .filter(|m| !m.as_str().ends_with(['息', '闻']))
            .last()?;
        let start = sentence_start + start;
        Some(Span::new(start, start + verb.start()))
    }

    /// The subject a coordinated verb shares with the clauses before it in
    /// one sentence: `A会同B制定了细则,并发布《…》` → A, B. Clauses with no
    /// body are skipped (at most [`MAX_CARRY`]); the first clause that names
    /// one must open with it (after a time), and reported speech
    /// (`A局长表示,`) carries nothing.
    fn carried(
        &self,
        text: &str,
        records: &Records<'_>,
        sentence_start: usize,
        clause_start: usize,
        issuing: &mut Issuing,
    ) {
        let mut end = clause_start;
        for _ in 0..MAX_CARRY {
            let Some(comma) = text.get(..end).and_then(|t| t.strip_suffix(',')) else {
                return;
            };
            let Some(previous) = text.get(sentence_start..comma.len()) else {
                return;
            };
            let start = sentence_start + clause_start_of(previous);
            let clause = Span::new(start, comma.len());
            if self
                .speech
                .is_match(text.get(start..comma.len()).unwrap_or(""))
            {
                return;
            }
            let inside = records.agencies(clause);
            let Some(first) = inside.first() else {
                end = start;
                continue;
            };
            if !self
                .lead
                .is_match(text.get(start..first.span.start).unwrap_or(""))
            {
                return;
            }
            let mut chain = vec![*first];
            for agency in inside.iter().skip(1) {
                let gap = chain
                    .last()
                    .and_then(|last| text.get(last.span.end..agency.span.start))
                    .unwrap_or("");
                if !self.joiner.is_match(gap) {
                    break;
                }
                chain.push(agency);
            }
            for agency in &chain {
                if !issuing.issuers.contains(&agency.name) {
                    issuing.issuers.push(agency.name.clone());
                }
            }
            issuing.region = first.region.clone();
            return;
        }
    }

    /// The agencies that form the subject ending at `subject.end`: the last
    /// one within [`FILLER_CHARS`] of the verb, and those joined to it by
    /// 、/和/会同. A drafting word in the filler voids the subject.
    fn subject(&self, text: &str, records: &Records<'_>, subject: Span, issuing: &mut Issuing) {
        let inside = records.agencies(subject);
        let filler_start = inside.last().map_or(subject.start, |a| a.span.end);
        let filler = text.get(filler_start..subject.end).unwrap_or("");
        // The length first: a long filler (titles in a row with no
        // punctuation between) voids the subject before the regex runs
        // over it, which costs its length times the pattern's states.
        if filler.chars().nth(FILLER_CHARS).is_some() || self.drafting.is_match(filler) {
            return;
        }
        let mut chain: Vec<&Agency> = Vec::new();
        for agency in inside.iter().rev() {
            if let Some(next) = chain.last() {
                let gap = text.get(agency.span.end..next.span.start).unwrap_or("");
                if !self.joiner.is_match(gap) {
                    break;
                }
            }
            chain.push(agency);
        }
        chain.reverse();
        if chain.is_empty() {
            chain = self.backrefs.resolve(text, records, subject, &self.joiner);
        }
        for agency in &chain {
            if !issuing.issuers.contains(&agency.name) {
                issuing.issuers.push(agency.name.clone());
            }
        }
        issuing.region = match chain.first() {
            Some(agency) => agency.region.clone(),
            None => records.places(subject).last().map(|p| p.name().to_string()),
        };
    }

    /// The date of the issuing sentence: the last date expression before the
    /// title that an issuing verb follows. A vague 近日/日前 closer to the
    /// title than any date means the text gives no date.
    fn issued(
        &self,
        text: &str,
        sentence_start: usize,
        title_start: usize,
        titles: &[Span],
        verb_seen: bool,
        reference: Option<PartialDate>,
    ) -> Option<PartialDate> {
        let sentence = text.get(sentence_start..title_start)?;
        let inside_title = |start: usize| {
            let at = sentence_start + start;
            let i = titles.partition_point(|t| t.end <= at);
            titles.get(i).is_some_and(|t| t.start <= at)
        };
        // The last date written with its year shortly before the sentence,
        // in its paragraph: 同日 and a bare 5月31日 refer to it. Read only
        // when the sentence's dates need it.
        let previous = || {
            let floor = crate::text::chars::ceil_boundary(
                text,
                sentence_start.saturating_sub(NEARBY_DATE_BYTES),
            );
            let back = text
                .get(floor..sentence_start)
                .and_then(|window| window.rfind('\n'))
                .map_or(floor, |line| floor + line + 1);
            let before = text.get(back..sentence_start)?;
            self.dates
                .find(before, reference, || None)
                .filter(|f| f.with_year)
                .filter_map(|f| match f.value {
                    DateValue::Date(date) => Some(date),
                    _ => None,
                })
                .last()
        };
        let found = self
            .dates
            .find(sentence, reference, previous)
            .filter(|f| !inside_title(f.start))
            .filter(|f| !matches!(f.value, DateValue::Range | DateValue::Deadline))
            .last()?;
        let tail = sentence.get(found.end..).unwrap_or("");
        let issuing_verb = self
            .verb
            .find_iter(tail)
            .any(|m| !m.as_str().ends_with(['息', '闻']));
        if !verb_seen && !issuing_verb {
            return None;
        }
        match found.value {
            DateValue::Date(date) => Some(date),
            _ => None,
        }
    }
}

/// The bodies written right before byte `at` (a title's 《), joined by
/// 、, 和, 与 or 及: 中共中央办公厅、国务院办公厅《…》.
fn possessors<'d>(text: &str, records: &Records<'d>, at: usize) -> Vec<&'d Agency> {
    let mut owners = Vec::new();
    let mut end = at;
    while let Some(agency) = records.ending_at(end) {
        owners.push(agency);
        let before = text.get(..agency.span.start).unwrap_or("");
        let Some(joiner) = ['、', '和', '与', '及']
            .into_iter()
            .find(|&j| before.ends_with(j))
        else {
            break;
        };
        end = agency.span.start - joiner.len_utf8();
    }
    owners.reverse();
    owners
}

/// The bodies a title opens with before its 关于 (《X局Y局关于…的通知》):
/// they issued the document the title names.
fn title_issuers<'d>(text: &str, records: &Records<'d>, head: Span) -> Vec<&'d Agency> {
    let inner = Span::new(head.start + '《'.len_utf8(), head.end);
    let mut owners = Vec::new();
    let mut at = inner.start;
    for agency in records.agencies(inner) {
        let gap = text.get(at..agency.span.start).unwrap_or("");
        if !gap.trim_matches([' ', '、', '和', '与']).is_empty() {
            break;
        }
        owners.push(agency);
        at = agency.span.end;
    }
    let opens_about = text
        .get(at..inner.end)
        .is_some_and(|rest| rest.trim_start_matches([' ', '、']).starts_with("关于"));
    if opens_about { owners } else { Vec::new() }
}

/// A signed official document's own title, or the plan it transmits: its
/// issuers are the bodies in the signature block when the clause names
/// none, and it was issued on the signature date when those bodies issued
/// it. Returns that date.
fn signed(records: &Records<'_>, head: Span, issuing: &mut Issuing) -> Option<PartialDate> {
    let signature = records.signature?;
    // An order's header stands above the plan it publishes; the date under
    // the official's name stands below it, as a signature's always does.
    if signature.date_at < head.end {
        return None;
    }
    let signers = records.agencies(signature.body);
    if issuing.issuers.is_empty() {
        for agency in &signers {
            if !issuing.issuers.contains(&agency.name) {
                issuing.issuers.push(agency.name.clone());
            }
        }
    }
    signers
        .iter()
        .any(|a| issuing.issuers.contains(&a.name))
        .then_some(signature.date)
}

/// Whether `after` (the text after a title) transmits it: one of
/// [`TRANSMITTING`] starts within [`TRANSMIT_REACH`] characters, before a
/// sentence end, a line break or another title, which it would transmit
/// instead (根据《A》等法规,《B》已经…现予公布).
fn transmits(after: &str) -> bool {
    let stop = after.find(['。', '\n', '《']).unwrap_or(after.len());
    let region = after.get(..stop).unwrap_or_default();
    let reach = region
        .char_indices()
        .nth(TRANSMIT_REACH)
        .map_or(region.len(), |(i, _)| i);
    TRANSMITTING
        .iter()
        .any(|words| find_word(region, words).is_some_and(|at| at <= reach))
}

/// Where the last [`VERB_TAIL_BYTES`] of `clause` before its trailing
/// blanks start, on a character boundary.
/// The verb of `verbs` that `tail` ends with, perhaps before one of
/// `particles` and blanks: the leftmost such verb, and the first of the
/// list among verbs starting at one place, as the end-anchored pattern
/// `(?P<verb>A|B…)(?:particles)?[ ]*$` finds it.
fn ending_verb(tail: &str, verbs: &[&str], particles: &[&str]) -> Option<Span> {
    let core = tail.trim_end_matches(' ');
    let ends = || {
        particles
            .iter()
            .filter_map(|p| core.strip_suffix(p).map(str::len))
            .chain([core.len()])
    };
    core.char_indices().find_map(|(at, _)| {
        let rest = core.get(at..)?;
        verbs
            .iter()
            .find(|v| rest.starts_with(**v) && ends().any(|end| end == at + v.len()))
            .map(|v| Span::new(at, at + v.len()))
    })
}

fn verb_tail(clause: &str) -> usize {
    let core = clause.trim_end_matches(' ');
    core.len() - super::title::suffix(core, VERB_TAIL_BYTES).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transmitting_words_after_a_title() {
        let long = "字".repeat(TRANSMIT_REACH);
        let rows = [
            ("已经国务院同意,现印发给你们,请认真贯彻执行。", true),
            ("已经2024年3月1日某部第3次部务会议审议通过,现予公布", true),
            ("现予发布", true),
            ("转发给你们", true),
            ("已经国务院同意。现印发给你们", false),
            ("已经审议通过\n现予公布", false),
            ("等法规,《B》已经审议通过,现予公布", false),
            ("的实施情况", false),
            ("", false),
        ];
        for (after, want) in rows {
            assert_eq!(transmits(after), want, "{after}");
        }
        // The words may start at the reach, not past it.
        assert!(transmits(&format!("{long}现予公布")));
        assert!(!transmits(&format!("{long}字现予公布")));
    }

    proptest::proptest! {
        /// The hand matcher reads as the pattern it replaced.
        #[test]
        fn transmits_as_the_pattern_did(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "字", "现", "予", "印", "发", "公", "布", "给", "你们", "转", "。", "\n", "《", "a", "😀",
                ]),
                0..120,
            )
        ) {
            let pattern = compile(
                r"^[^。\n《]{0,60}?(?:现予?(?:印发|公布|发布)|印发给你们|转发给你们)",
            );
            let after: String = parts.concat();
            let window = super::super::title::prefix(&after, 240);
            proptest::prop_assert_eq!(transmits(window), pattern.is_match(window));
        }
    }

    proptest::proptest! {
        /// The verb a clause ends with reads as the end-anchored patterns
        /// it replaced, for the issuing verbs and for a congress's 通过.
        #[test]
        fn ending_verbs_as_the_patterns_did(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "印发", "修订", "修订印发", "审议通过", "通过", "发布", "发", "印", "了", "的",
                    "并实施", "实施", "并", "施", " ", "字", "a",
                ]),
                0..12,
            )
        ) {
            let text: String = parts.concat();
            let verbs = VERBS.join("|");
            let cases = [
                (
                    compile(&format!(r"(?P<verb>{verbs})(?:了|的|并实施|实施)?[\ ]*$")),
                    VERBS,
                    PARTICLES,
                ),
                (compile(r"(?P<verb>通过)了?[\ ]*$"), &["通过"][..], &["了"][..]),
            ];
            for (pattern, verbs, particles) in cases {
                let want = pattern
                    .captures(&text)
                    .and_then(|c| c.name("verb"))
                    .map(|m| Span::new(m.start(), m.end()));
                proptest::prop_assert_eq!(ending_verb(&text, verbs, particles), want, "{}", text);
            }
        }
    }

    #[test]
    fn the_verb_tail_holds_every_verb_and_particle() {
        let longest = VERBS.iter().map(|v| v.len()).max().unwrap_or(0);
        assert!(longest + "并实施".len() <= VERB_TAIL_BYTES);
        let rows = [
            ("近日,省政府印发了  ", ",省政府印发了  "),
            ("印发", "印发"),
            ("", ""),
            ("ab市人民政府修订印发并实施", "修订印发并实施"),
        ];
        for (clause, tail) in rows {
            assert_eq!(clause.get(verb_tail(clause)..), Some(tail), "{clause}");
        }
    }
}
