//! Every adversarial input of `tests/common/adversarial.rs` at 256 KiB: no
//! panic, every span slices the input to its surface, the document
//! serializes, and where the input has an obvious reading, that reading.
//!
//! Time matters here only as a symptom: on linear code every test runs in
//! well under a second in a release build. How each input's time grows is
//! measured by `benches/scaling.rs` and `benches/growth.rs`, not asserted.

use std::sync::LazyLock;

use zhengce::{Document, Extractor, YearRole};

#[path = "common/adversarial.rs"]
mod adversarial;
#[allow(dead_code)] // this file checks spans with a shorter failure message
mod common;

static EXTRACTOR: LazyLock<Extractor> = LazyLock::new(Extractor::new);

const SIZE: usize = 256 * 1024;

/// A few characters around `span`, for a failure message that does not
/// print a quarter of a megabyte.
fn around(text: &str, start: usize, end: usize) -> &str {
    let mut from = start.saturating_sub(48).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = end.saturating_add(48).min(text.len()).max(from);
    while !text.is_char_boundary(to) {
        to += 1;
    }
    &text[from..to]
}

/// Extracts `name`'s input, checks spans and serialization, and returns
/// the input with its document.
fn run(name: &str) -> (String, Document) {
    let generate = adversarial::by_name(name).expect("every test names a generator");
    let text = generate(SIZE);
    assert!(
        text.len() <= SIZE && text.len() >= SIZE * 9 / 10,
        "{name}: {} bytes",
        text.len()
    );
    let doc = EXTRACTOR.extract(&text);
    for (list, span, surface) in doc.spans() {
        assert!(
            span.start <= span.end && text.get(span.start..span.end) == Some(surface),
            "{name}: {list} {span:?} surface {surface:?} near {:?}",
            around(&text, span.start, span.end),
        );
    }
    serde_json::to_string(&doc).expect("a document always serializes");
    (text, doc)
}

/// One test per generator, so that each is named when it fails or is slow.
macro_rules! inputs {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            run(stringify!($name));
        }
    )*};
}

inputs!(
    quote_open,
    ascii_digits,
    fullwidth_digits,
    chinese_numerals,
    speech_verb,
    speaker_chain,
    no_punctuation,
    control_chars,
    astral,
    combining_marks,
    space_runs,
    random_utf8,
);

#[test]
fn every_generator_has_a_test() {
    // The list above plus the tests with their own assertions below.
    let tested = include_str!("adversarial.rs");
    for (name, _) in adversarial::ALL {
        assert!(
            tested.contains(&format!("    {name},")) || tested.contains(&format!("fn {name}()")),
            "no test for generator {name}",
        );
    }
}

#[test]
fn title_open() {
    // 《 repeated: no title ever closes, so there is no plan.
    let (_, doc) = run("title_open");
    assert!(doc.plans.is_empty(), "{:?}", &doc.plans[..1]);
}

#[test]
fn title_close() {
    let (_, doc) = run("title_close");
    assert!(doc.plans.is_empty(), "{:?}", &doc.plans[..1]);
}

#[test]
fn unclosed_title() {
    // The open mark must not swallow the rest of the text into one title.
    let (_, doc) = run("unclosed_title");
    for plan in &doc.plans {
        assert!(
            plan.surface.len() < 1024,
            "a plan of {} bytes",
            plan.surface.len()
        );
    }
}

#[test]
fn deadline() {
    // 到2025年 repeated: every target year is 2025, a deadline.
    let (text, doc) = run("deadline");
    assert!(!doc.target_years.is_empty());
    for year in &doc.target_years {
        assert_eq!(
            (year.year, year.role),
            (2025, YearRole::Deadline),
            "{year:?}"
        );
    }
    let copies = text.matches("到2025年").count();
    assert_eq!(
        doc.target_years.len(),
        copies,
        "one target year per 到2025年"
    );
}

#[test]
fn issued_notice() {
    // 印发《关于加快推进数字经济发展的通知》 repeated: one plan, listed once
    // however often it is named.
    let (_, doc) = run("issued_notice");
    assert_eq!(doc.plans.len(), 1);
    assert_eq!(doc.plans[0].title, "关于加快推进数字经济发展的通知");
    assert_eq!(doc.plans[0].kind.as_deref(), Some("通知"));
}

#[test]
fn place_list() {
    // 北京市上海市… with no separator: every name is a place, in order.
    let (text, doc) = run("place_list");
    assert!(!doc.places.is_empty());
    let covered: usize = doc.places.iter().map(|p| p.span.len()).sum();
    // Only the cut at the very end may leave a partial name.
    assert!(
        text.len() - covered < 16,
        "{} of {} bytes are places",
        covered,
        text.len()
    );
}

#[test]
fn titled_speaker() {
    // 局长张三表示 repeated: every mention is 张三. (That each is a plain
    // 局长 is `tests/regressions.rs`'s a_title_never_spans_an_earlier_speaker.)
    let (_, doc) = run("titled_speaker");
    assert!(!doc.experts.is_empty());
    for expert in &doc.experts {
        assert_eq!(expert.name, "张三");
    }
}

#[test]
fn untitled_speaker() {
    // 张三表示， repeated: every mention is 张三, untitled.
    let (_, doc) = run("untitled_speaker");
    assert!(!doc.experts.is_empty());
    for expert in &doc.experts {
        assert_eq!(expert.name, "张三");
        assert!(expert.titles.is_empty(), "{expert:?}");
    }
}

#[test]
fn agency_speaker() {
    // 工信部副部长张三表示， repeated: every mention is 张三 of 工业和信息化部.
    let (_, doc) = run("agency_speaker");
    assert!(!doc.experts.is_empty());
    for expert in &doc.experts {
        assert_eq!(expert.name, "张三");
        assert_eq!(expert.affiliation.as_deref(), Some("工业和信息化部"));
    }
}

#[test]
fn pinyin_glosses() {
    // Glosses are dropped and the script simplified before names are read.
    let (_, doc) = run("pinyin_glosses");
    assert!(!doc.plans.is_empty());
    for plan in &doc.plans {
        assert_eq!(plan.title, "关于推进产业发展的通知");
    }
    assert!(
        doc.agencies.iter().all(|a| a.name == "工业和信息化部"),
        "{:?}",
        doc.agencies.first()
    );
}

#[test]
fn articles() {
    // Real articles repeated: every kind of record is there.
    let (_, doc) = run("articles");
    assert!(!doc.plans.is_empty());
    assert!(!doc.agencies.is_empty());
    assert!(!doc.places.is_empty());
    assert!(!doc.target_years.is_empty());
    assert!(!doc.goals.is_empty());
    assert!(!doc.experts.is_empty());
}
