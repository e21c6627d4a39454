//! The cues a speaker's clause may hold around the name: between the name
//! and the verb (对《证券日报》记者, 在接受采访时, 4月1日, 在…上), before
//! the title (此前, 2025年4月1日上午, 在昨天召开的座谈会上, ——访), and the
//! shape of a dotted name (阿不都·热合曼). An event cue ends in 上, 时, 中,
//! 后 (在会后表示), 期间, 之际 or 现场.
//!
//! Each pattern is compiled once with the pass. A cue pattern is tried only
//! when the clause can hold it: each states the characters its match may end
//! with and one it must contain, so a clause ending in a name (the common
//! case) runs no regex at all, and one that runs searches only as far back
//! from the clause end as its longest match reaches ([`Ending`]). The two cues met most often, an addressee
//! (对…记者) and an event (在…上), are matched by hand ([`addressee`],
//! [`event`]) to the letter of their patterns, which a test keeps in step.

use crate::pattern::{Ending, Regex, compile_hot};
use crate::text::chars::ceil_boundary;

/// One cue that may stand between a name and its verb, ending at the
/// clause end.
#[derive(Debug, Clone)]
pub(super) enum Tail {
    /// A pattern anchored at the clause end, tried only when the clause
    /// ends with one of `last` (any when empty) and holds `holds`.
    Pattern {
        re: Ending,
        last: &'static [char],
        holds: Option<char>,
        /// Whether the pattern has `book` or `bare` groups naming an outlet.
        names_outlet: bool,
    },
    /// 对《证券日报》记者 / 在对新华社记者介绍情况时 / 对记者: see [`addressee`].
    Addressee,
    /// 在2025赛迪论坛上 / 出席…时 / 在调研时: see [`event`].
    Event,
}

impl Tail {
    fn pattern(pattern: &str, last: &'static [char], holds: Option<char>) -> Self {
        let re = Ending::new(pattern);
        let names_outlet = re
            .capture_names()
            .flatten()
            .any(|n| n == "book" || n == "bare");
        Tail::Pattern {
            re,
            last,
            holds,
            names_outlet,
        }
    }

    /// Where the cue ending `s` starts, and the outlet it names, if any.
    pub(super) fn strip<'s>(&self, s: &'s str) -> Option<(usize, Option<&'s str>)> {
        match self {
            Tail::Pattern {
                re,
                last,
                holds,
                names_outlet,
            } => {
                let ends =
                    last.is_empty() || s.chars().next_back().is_some_and(|c| last.contains(&c));
                if !ends || holds.is_some_and(|c| !s.contains(c)) {
                    return None;
                }
                // The groups cost a second search, run only when they may
                // name an outlet.
                let start = re.find(s)?.start();
                let outlet = if *names_outlet {
                    re.captures(s).and_then(|caps| {
                        caps.name("book")
                            .or_else(|| caps.name("bare"))
                            .map(|m| m.as_str())
                    })
                } else {
                    None
                };
                Some((start, outlet))
            }
            Tail::Addressee => addressee(s).map(|(start, outlet)| (start, Some(outlet))),
            Tail::Event => event(s).map(|start| (start, None)),
        }
    }
}

/// The words a medium's name in 《》 may be followed by (《财经》杂志记者).
const MEDIA: [&str; 6] = ["杂志", "客户端", "频道", "节目", "栏目", "网站"];

/// The longest quoted outlet, a bare outlet, and the verb phrase before 时
/// in an addressee cue, in characters.
const MAX_BOOK: usize = 30;
const MAX_BARE: usize = 12;
const MAX_WHILE: usize = 6;

/// The addressee cue ending `s`, as the pattern
///
/// ```text
/// 在? 对 (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,12}?) )
/// 的? (?:记者)? (?: [^,。、《》\s]{1,6}? 时 )? $
/// ```
///
/// reads it (leftmost start; the quoted outlet before a bare one, the
/// shortest bare one), matched by hand: a regex scanning back from the end
/// has to count through every bounded repetition at once, which costs tens
/// of thousands of instructions on each new clause. A unit test checks the
/// two agree. Gives the cue's start and the outlet (book or bare).
pub(super) fn addressee(s: &str) -> Option<(usize, &str)> {
    // The farthest a match reaches back from the end: 对, a quoted outlet
    // and a medium, 的, 记者, a verb phrase and 时; every character at most
    // four bytes.
    let reach = 4 * (1 + MAX_BOOK + 2 + 3 + 1 + 2 + MAX_WHILE + 1);
    let from = ceil_boundary(s, s.len().saturating_sub(reach));
    let tail = s.get(from..)?;
    for j in tail.match_indices('对').map(|(j, _)| from + j) {
        let rest = s.get(j + '对'.len_utf8()..)?;
        if let Some(outlet) = quoted_outlet(rest).or_else(|| bare_outlet(rest)) {
            let start = if s.get(..j).is_some_and(|b| b.ends_with('在')) {
                j - '在'.len_utf8()
            } else {
                j
            };
            return Some((start, outlet));
        }
    }
    None
}

/// A character of a bare outlet or of the verb phrase before 时.
fn is_plain(c: char) -> bool {
    !matches!(c, ',' | '。' | '、' | '《' | '》') && !c.is_whitespace()
}

/// `《X》` and perhaps a medium word, then the addressee's end.
fn quoted_outlet(rest: &str) -> Option<&str> {
    let inside = rest.strip_prefix('《')?;
    let close = inside.find('》')?;
    let book = inside.get(..close)?;
    if !(1..=MAX_BOOK).contains(&book.chars().count()) {
        return None;
    }
    let after = inside.get(close + '》'.len_utf8()..)?;
    let with_medium = MEDIA
        .iter()
        .find_map(|m| after.strip_prefix(m))
        .is_some_and(addressee_end);
    (with_medium || addressee_end(after)).then_some(book)
}

/// The shortest run of two to twelve plain characters after which the
/// addressee ends.
fn bare_outlet(rest: &str) -> Option<&str> {
    for (n, (i, c)) in rest.char_indices().enumerate().take(MAX_BARE) {
        if !is_plain(c) {
            return None;
        }
        let end = i + c.len_utf8();
        if n >= 1 && rest.get(end..).is_some_and(addressee_end) {
            return rest.get(..end);
        }
    }
    None
}

/// Whether `t` is what may end an addressee cue: `的? (?:记者)?`, then
/// nothing or a short verb phrase and 时 (介绍情况时).
fn addressee_end(t: &str) -> bool {
    let after_de = [t.strip_prefix('的'), Some(t)];
    after_de.into_iter().flatten().any(|t| {
        let after_reporter = [t.strip_prefix("记者"), Some(t)];
        after_reporter.into_iter().flatten().any(|u| {
            u.is_empty()
                || u.strip_suffix('时').is_some_and(|body| {
                    let n = body.chars().count();
                    (1..=MAX_WHILE).contains(&n) && body.chars().all(is_plain)
                })
        })
    })
}

/// What opens an event cue.
const EVENT_OPENS: [&str; 4] = ["在", "出席", "参加", "做客"];
/// What ends one.
const EVENT_ENDS: [&str; 7] = ["上", "时", "中", "后", "期间", "之际", "现场"];
/// How long the event named between them may be, in characters.
const MAX_EVENT: usize = 40;

/// The event cue ending `s`, as the pattern
///
/// ```text
/// (?:在|出席|参加|做客) [^,。、在]{1,40}? (?:上|时|中|后|期间|之际|现场) $
/// ```
///
/// reads it (leftmost start; no 在 inside, so the innermost 在 opens the
/// cue), matched by hand for the reason given at [`addressee`]. Gives the
/// cue's start.
pub(super) fn event(s: &str) -> Option<usize> {
    let end_word = EVENT_ENDS.iter().find(|w| s.ends_with(*w))?;
    let inner_end = s.len() - end_word.len();
    let mut at = inner_end;
    let mut start = None;
    for (n, c) in s.get(..inner_end)?.chars().rev().enumerate() {
        if n == MAX_EVENT || matches!(c, ',' | '。' | '、' | '在') {
            break;
        }
        at -= c.len_utf8();
        let before = s.get(..at)?;
        if let Some(open) = EVENT_OPENS.iter().find(|o| before.ends_with(*o)) {
            start = Some(at - open.len());
        }
    }
    start
}

/// How many characters a lead's parenthetical or event may hold.
const MAX_LEAD_INNER: usize = 40;

/// What ends an event lead, in the order tried.
const EVENT_LEAD_ENDS: [&str; 5] = ["上", "中", "期间", "之际", "时"];

/// The length of the parenthetical opening `s`: `(`, at most
/// [`MAX_LEAD_INNER`] characters other than parentheses, `)`.
fn parenthetical(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('(')?;
    let (n, (at, c)) = inner
        .char_indices()
        .enumerate()
        .find(|(_, (_, c))| matches!(c, '(' | ')'))?;
    (c == ')' && n <= MAX_LEAD_INNER).then_some(1 + at + 1)
}

/// The length of the event lead opening `s`: 在, the fewest characters (one
/// to [`MAX_LEAD_INNER`], none of `,。、在`) after which an end word follows,
/// and that word.
fn event_lead(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('在')?;
    let open = '在'.len_utf8();
    for (at, c) in inner.char_indices().take(MAX_LEAD_INNER) {
        if matches!(c, ',' | '。' | '、' | '在') {
            return None;
        }
        let end = at + c.len_utf8();
        let rest = inner.get(end..).unwrap_or_default();
        if let Some(word) = EVENT_LEAD_ENDS.iter().find(|w| rest.starts_with(*w)) {
            return Some(open + end + word.len());
        }
    }
    None
}

/// The cue patterns: the tails tried in order (the specific ones before the
/// catch-all 在…上), the leads, the dotted name.
#[derive(Debug, Clone)]
pub(super) struct Cues {
    pub(super) tails: Vec<Tail>,
    lead: Regex,
    pub(super) dotted: Ending,
}

/// The characters of a middle dot.
pub(super) const DOTS: [char; 3] = ['·', '•', '‧'];

/// The cues that may stand between a name and its verb, in the order they
/// are tried.
fn tails() -> Vec<Tail> {
    // Every outlet cue may open with 在 and name its outlet in 《》 or
    // bare, followed by 记者 / 记者的: 在回答《经济参考报》记者提问时,
    // 回答记者的提问时, 在对新华社记者介绍时, 向本报记者; a medium word may
    // follow the 《》 (《财经》杂志记者).
    vec![
        // 在接受《证券日报》记者采访时 / 接受第一财经专访时 / 在接受采访时 /
        // 接受我们访问时
        Tail::pattern(
            r"(?x)
              在? 接受了?
              (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,16}?) )?
              的? (?:记者|媒体)? 的? (?:独家|书面|专访|联合|视频|电话)?
              (?:采访|专访|访问) (?:时|中|期间)? $",
            &['访', '时', '中', '间'],
            Some('接'),
        ),
        // 在回答《经济参考报》记者提问时 / 回答第一财经记者的提问时 / 答记者问时
        Tail::pattern(
            r"(?x)
              在? (?: 回答 (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,16}?) )?
                  的? (?:记者|媒体)? 的? (?:提问|问题|关切) | 答记者问 ) (?:时|中)? $",
            &['问', '题', '切', '时', '中'],
            Some('答'),
        ),
        // 对《证券日报》记者 / 在对新华社记者介绍情况时 / 对记者 (a generic
        // outlet is dropped later)
        Tail::Addressee,
        // 向《经济日报》记者 / 在向记者介绍时
        Tail::pattern(
            r"(?x)
              在? 向 (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,12}?) )? 的? 记者
              (?: [^,。、《》\s]{1,6}? 时 )? $",
            &['者', '时'],
            Some('向'),
        ),
        // 在《人民日报》撰文 (the paper is where they wrote, not an interviewer)
        Tail::pattern(
            r"(?x) 在 《[^》]{1,30}》 上? (?:撰文|发文|刊文|撰稿|发表文章|发表署名文章)? $",
            &['》', '上', '文', '稿', '章'],
            Some('《'),
        ),
        // 就这一问题 / 就数据流通情况
        Tail::pattern(
            r"(?x) 就 [^,。、就]{1,24}? (?:问题|情况|事宜|话题|一事|方面) $",
            &['题', '况', '宜', '事', '面'],
            Some('就'),
        ),
        // 在2025赛迪论坛上 / 在国新办发布会上 / 在调研时
        Tail::Event,
        // 3月27日 / 2025年4月1日上午
        Tail::pattern(
            r"(?x)
              (?:(?:[0-9]{4}|(?:一九|二〇|二零)[〇零一二三四五六七八九]{2})年)?
              (?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月
              (?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日
              (?:上午|下午|晚间|晚上|晚)? $",
            &['日', '午', '间', '上', '晚'],
            Some('月'),
        ),
        // 17日 / 二十日上午: a day of the month alone, as a wire story dates
        // what was said (王五17日表示). A lone numeral before 日 is left to
        // the name (张三日 is no date here).
        Tail::pattern(
            r"(?x)
              (?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?) 日
              (?:上午|下午|晚间|晚上|晚)? $",
            &['日', '午', '间', '上', '晚'],
            Some('日'),
        ),
    ]
}

impl Cues {
    pub(super) fn new() -> Self {
        let tails = tails();
        let lead = compile_hot(
            r"(?x)
              ^ (?:
                  # 2025年4月1日上午 / 3月31日
                  (?: (?:[0-9]{4}|(?:一九|二〇|二零)[〇零一二三四五六七八九]{2})年
                      (?: (?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月
                          (?:(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)? )?
                    | (?:[0-9]{1,2}|十[一二]?|[一二三四五六七八九])月
                      (?:(?:[0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)? )
                  (?:上午|下午|晚间|晚上|晚)?
                  # a parenthetical and an event are read by `lead_len`
                  # an interview heading: ——访国家能源局司长李创军 / 专访…
                | [—–-]{1,3} \s* (?:专访|访|对话)?
                | (?:专访|对话)
              )",
        );
        // A minority or foreign name with a middle dot, whose first part may
        // still carry the end of a title (教授阿不都·热合曼).
        let dotted = Ending::new(
            r"(?x) (?P<name> \p{Han}{1,6} [·•‧] \p{Han}{1,10} (?: [·•‧] \p{Han}{1,10} )? ) $",
        );
        Cues {
            tails,
            lead,
            dotted,
        }
    }

    /// The length of the lead opening `s`: a date, a parenthetical
    /// (`\( [^()]{0,40} \)`: a byline or note), an event before the name
    /// (`在 [^,。、在]{1,40}? (?:上|中|期间|之际|时)`: 在昨天召开的座谈会上王五表示),
    /// an interview heading's opening. The parenthetical and the event are
    /// matched by hand: counted runs of a broad class made the lead
    /// pattern cost more to build than the other cue patterns.
    pub(super) fn lead_len(&self, s: &str) -> Option<usize> {
        match s.chars().next()? {
            '(' => parenthetical(s),
            '在' => event_lead(s),
            // Every other form opens with one of these characters.
            c if c.is_ascii_digit() || matches!(c, '—' | '–' | '-' | '专' | '对') => {
                self.lead.find(s).map(|m| m.end())
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pattern::compile;

    /// The patterns [`addressee`] and [`event`] follow, as regexes.
    const ADDRESSEE: &str = r"(?x)
        在? 对 (?: 《(?P<book>[^》]{1,30})》 (?:杂志|客户端|频道|节目|栏目|网站)? | (?P<bare>[^,。、《》\s]{2,12}?) )
        的? (?:记者)? (?: [^,。、《》\s]{1,6}? 时 )? $";
    const EVENT: &str =
        r"(?x) (?:在|出席|参加|做客) [^,。、在]{1,40}? (?:上|时|中|后|期间|之际|现场) $";

    struct Reference {
        addressee: Regex,
        event: Regex,
    }

    impl Reference {
        fn new() -> Self {
            Reference {
                addressee: compile(ADDRESSEE),
                event: compile(EVENT),
            }
        }

        /// Asserts the hand matchers read `s` as the regexes do.
        fn agree(&self, s: &str) {
            let want = self.addressee.captures(s).and_then(|c| {
                let start = c.get(0)?.start();
                let outlet = c.name("book").or_else(|| c.name("bare"))?.as_str();
                Some((start, outlet))
            });
            assert_eq!(addressee(s), want, "addressee in {s:?}");
            let want = self.event.find(s).map(|m| m.start());
            assert_eq!(event(s), want, "event in {s:?}");
        }
    }

    #[test]
    fn hand_matchers_read_as_their_patterns() {
        type Row<'a> = (&'a str, &'a str, Option<(usize, &'a str)>, Option<usize>);
        let rows: &[Row<'_>] = &[
            // (name, clause end, addressee, event)
            (
                "quoted outlet",
                "林子涵对《经济参考报》记者",
                Some(("林子涵".len(), "经济参考报")),
                None,
            ),
            (
                "bare outlet, verb phrase and 时",
                "王五在对新华社记者介绍情况时",
                Some(("王五".len(), "新华社")),
                Some("王五".len()),
            ),
            (
                "medium after the quoted outlet",
                "对《财经》杂志记者",
                Some((0, "财经")),
                None,
            ),
            (
                "a generic outlet, dropped later",
                "对记者",
                Some((0, "记者")),
                None,
            ),
            ("too short a bare outlet", "对此", None, None),
            (
                "event",
                "何立新在2025中国经济论坛上",
                None,
                Some("何立新".len()),
            ),
            (
                "innermost 在 opens the event",
                "在北京在会上",
                None,
                Some("在北京".len()),
            ),
            ("attend", "出席开幕式时", None, Some(0)),
            ("clause mark inside", "在会、上", None, None),
            ("a name ending like a cue", "赵乐际", None, None),
        ];
        for &(name, s, want_addressee, want_event) in rows {
            assert_eq!(addressee(s), want_addressee, "{name}");
            assert_eq!(event(s), want_event, "{name}");
        }
        let reference = Reference::new();
        for &(_, s, _, _) in rows {
            reference.agree(s);
        }
    }

    #[test]
    fn hand_matchers_agree_on_every_clause_of_the_corpus() {
        let reference = Reference::new();
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).expect("tests/corpus exists") {
            let text = std::fs::read_to_string(entry.expect("entry").path()).unwrap_or_default();
            for clause in text.split([',', '，', '。', '\n', ':', '：']) {
                // Every end a clause is read to.
                for (end, _) in clause.char_indices().skip(1) {
                    reference.agree(clause.get(..end).unwrap_or_default());
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    static REFERENCE: std::sync::LazyLock<Reference> = std::sync::LazyLock::new(Reference::new);

    /// The lead forms matched by hand, as the pattern had them.
    const LEADS: &str = r"^(?:\([^()]{0,40}\)|在[^,。、在]{1,40}?(?:上|中|期间|之际|时))";

    #[test]
    fn leads_by_hand() {
        let rows = [
            ("(记者张三)王五表示", Some("(记者张三)")),
            ("()王五", Some("()")),
            ("(未闭合王五表示", None),
            ("(外(内)层)", None),
            ("在昨天召开的座谈会上王五表示", Some("在昨天召开的座谈会上")),
            ("在会上", Some("在会上")),
            ("在上", None),
            ("在会议期间", Some("在会议期间")),
            ("在北京,会上", None),
            ("在", None),
        ];
        for (s, want) in rows {
            let got = match s.chars().next() {
                Some('(') => parenthetical(s),
                _ => event_lead(s),
            };
            assert_eq!(got.and_then(|n| s.get(..n)), want, "{s}");
        }
        let long = format!("({})", "字".repeat(MAX_LEAD_INNER));
        assert_eq!(parenthetical(&long), Some(long.len()));
        assert_eq!(
            parenthetical(&format!("({}字)", "字".repeat(MAX_LEAD_INNER))),
            None
        );
    }

    proptest::proptest! {
        #[test]
        fn leads_by_hand_read_as_the_pattern(
            s in "[(在][()在,。、上中期间之际时字会 ]{0,50}"
        ) {
            static LEAD: std::sync::LazyLock<Regex> = std::sync::LazyLock::new(|| compile(LEADS));
            let want = LEAD.find(&s).map(|m| m.end());
            let got = if s.starts_with('(') { parenthetical(&s) } else { event_lead(&s) };
            proptest::prop_assert_eq!(got, want);
        }

        #[test]
        fn hand_matchers_agree_on_any_clause(
            s in "[对在《》的记者时上中期间之际现场出席参加做客新华社杂志介绍情况,。、 甲乙]{0,60}"
        ) {
            REFERENCE.agree(&s);
        }
    }
}
