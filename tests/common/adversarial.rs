//! Adversarial inputs of a requested size, one generator per shape.
//!
//! Shared by `tests/adversarial.rs`, `benches/scaling.rs`, `benches/growth.rs`
//! and the fuzz seed maker through `#[path]`, so it depends on nothing but
//! `std`. Every generator is deterministic (a fixed-seed xorshift, no `rand`)
//! and returns valid UTF-8 of at most `size` bytes and, for any `size` above a
//! few hundred bytes, at least 90% of it.
//!
//! Each shape aims at one way a rule can grow faster than its input: a
//! delimiter that opens a window and never closes it (`《`, `“`), a token a
//! pass looks back from (`表示`, an untitled speaker), a run a scanner cannot
//! cut (digits, one line without punctuation), or characters the normalizer
//! must keep on char boundaries (controls, astral planes, combining marks).
#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// A generator: the wanted size in bytes to the text.
pub(crate) type Generator = fn(usize) -> String;

/// Every generator with its name, in the order of issue 10's list (plus
/// `agency_speaker`). Names are stable: benches and tests report under them.
pub(crate) const ALL: &[(&str, Generator)] = &[
    ("title_open", title_open),
    ("title_close", title_close),
    ("quote_open", quote_open),
    ("unclosed_title", unclosed_title),
    ("ascii_digits", ascii_digits),
    ("fullwidth_digits", fullwidth_digits),
    ("chinese_numerals", chinese_numerals),
    ("speech_verb", speech_verb),
    ("deadline", deadline),
    ("issued_notice", issued_notice),
    ("place_list", place_list),
    ("titled_speaker", titled_speaker),
    ("untitled_speaker", untitled_speaker),
    ("speaker_chain", speaker_chain),
    ("agency_speaker", agency_speaker),
    ("no_punctuation", no_punctuation),
    ("control_chars", control_chars),
    ("astral", astral),
    ("combining_marks", combining_marks),
    ("pinyin_glosses", pinyin_glosses),
    ("space_runs", space_runs),
    ("random_utf8", random_utf8),
    ("articles", articles),
];

/// The generator called `name`.
pub(crate) fn by_name(name: &str) -> Option<Generator> {
    ALL.iter().find(|(n, _)| *n == name).map(|&(_, g)| g)
}

/// A 64-bit xorshift: enough spread for test text, and the same stream on
/// every machine.
pub(crate) struct Rng(u64);

impl Rng {
    /// A stream from `seed` (zero is replaced: xorshift would stay at zero).
    pub(crate) fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }

    /// The next 64 random bits.
    pub(crate) fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (`n > 0`).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One element of `items`.
    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
}

/// Cuts `s` to at most `size` bytes, on a character boundary.
pub(crate) fn truncate(mut s: String, size: usize) -> String {
    if s.len() > size {
        let mut end = size;
        while !s.is_char_boundary(end) {
            end -= 1;
        }
        s.truncate(end);
    }
    s
}

/// `unit` repeated to `size` bytes.
fn repeat(unit: &str, size: usize) -> String {
    truncate(unit.repeat(size / unit.len() + 1), size)
}

/// Pieces drawn from `pieces` until `size` bytes.
fn draw(seed: u64, pieces: &[&str], size: usize) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(size + 64);
    while out.len() < size {
        out.push_str(rng.pick(pieces));
    }
    truncate(out, size)
}

/// `《` repeated: every mark opens a title that never closes.
pub(crate) fn title_open(size: usize) -> String {
    repeat("《", size)
}

/// `》` repeated: closing marks with no opening one.
pub(crate) fn title_close(size: usize) -> String {
    repeat("》", size)
}

/// `“` repeated: quotations that never close.
pub(crate) fn quote_open(size: usize) -> String {
    repeat("“", size)
}

/// One `《` at the start, then ordinary policy prose that never closes it.
pub(crate) fn unclosed_title(size: usize) -> String {
    let mut out = String::from("工业和信息化部印发《关于推进算力基础设施建设的行动方案");
    out.push_str(&no_punctuation(size.saturating_sub(out.len())));
    truncate(out, size)
}

/// A goal cue, then one ASCII number that runs to the end of the text.
pub(crate) fn ascii_digits(size: usize) -> String {
    let mut rng = Rng::new(5);
    let mut out = String::from("到2025年，全国算力规模突破");
    while out.len() < size {
        out.push(char::from(b'0' + rng.below(10) as u8));
    }
    truncate(out, size)
}

/// Full-width digits (U+FF10–FF19), which normalization folds to ASCII.
pub(crate) fn fullwidth_digits(size: usize) -> String {
    let mut rng = Rng::new(6);
    let mut out = String::from("到２０２５年，产业规模达到");
    while out.len() < size {
        let digit = char::from_u32(0xFF10 + rng.below(10) as u32).expect("U+FF10..FF19 are chars");
        out.push(digit);
    }
    truncate(out, size)
}

/// Chinese numeral characters, multipliers included, with no break.
pub(crate) fn chinese_numerals(size: usize) -> String {
    repeat("一二三四五六七八九十百千万亿", size)
}

/// The speech verb alone, repeated: every copy is a candidate speaker cue.
pub(crate) fn speech_verb(size: usize) -> String {
    repeat("表示", size)
}

/// A deadline, repeated: every copy is a target year of 2025.
pub(crate) fn deadline(size: usize) -> String {
    repeat("到2025年", size)
}

/// An issuing verb and a closed title, repeated: every copy is a plan.
pub(crate) fn issued_notice(size: usize) -> String {
    repeat("印发《关于加快推进数字经济发展的通知》", size)
}

/// Provincial and city names with no separator.
pub(crate) fn place_list(size: usize) -> String {
    const PLACES: &[&str] = &[
        "北京市",
        "上海市",
        "天津市",
        "重庆市",
        "河北省",
        "山西省",
        "辽宁省",
        "吉林省",
        "黑龙江省",
        "江苏省",
        "浙江省",
        "安徽省",
        "福建省",
        "江西省",
        "山东省",
        "河南省",
        "湖北省",
        "湖南省",
        "广东省",
        "海南省",
        "四川省",
        "贵州省",
        "云南省",
        "陕西省",
        "甘肃省",
        "青海省",
        "深圳市",
        "杭州市",
        "苏州市",
        "成都市",
        "武汉市",
        "西安市",
    ];
    let mut out = String::with_capacity(size + 16);
    for place in PLACES.iter().cycle() {
        if out.len() >= size {
            break;
        }
        out.push_str(place);
    }
    truncate(out, size)
}

/// A titled speaker, repeated: one person quoted again and again.
pub(crate) fn titled_speaker(size: usize) -> String {
    repeat("局长张三表示", size)
}

/// An untitled speaker, repeated: each mention may look back for a titled
/// namesake.
pub(crate) fn untitled_speaker(size: usize) -> String {
    repeat("张三表示，", size)
}

/// Three untitled speakers with three verbs, repeated.
pub(crate) fn speaker_chain(size: usize) -> String {
    repeat("张三表示，李四认为，王五说，", size)
}

/// A speaker titled by a listed agency, repeated: each mention's
/// affiliation is looked up among the agencies found. Not in issue 10's
/// list; the `document` fuzz target's slow units led to it.
pub(crate) fn agency_speaker(size: usize) -> String {
    repeat("工信部副部长张三表示，", size)
}

/// Policy prose with every punctuation mark and line break removed: one
/// sentence as long as the text.
pub(crate) fn no_punctuation(size: usize) -> String {
    let prose: String = corpus_text()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    let prose = if prose.is_empty() {
        "工业和信息化部等六部门联合印发行动计划提出到2026年全国算力规模超过300EFLOPS".to_owned()
    } else {
        prose
    };
    repeat(&prose, size)
}

/// NUL, C0 and C1 controls, DEL and format characters among policy words.
pub(crate) fn control_chars(size: usize) -> String {
    const PIECES: &[&str] = &[
        "\0",
        "\u{1}",
        "\u{7}",
        "\u{8}",
        "\u{b}",
        "\u{c}",
        "\r",
        "\u{1b}",
        "\u{1f}",
        "\u{7f}",
        "\u{80}",
        "\u{85}",
        "\u{9f}",
        "\u{200b}",
        "\u{200e}",
        "\u{2028}",
        "\u{2029}",
        "\u{feff}",
        "\u{fffd}",
        "工信部",
        "印发",
        "《",
        "》",
        "到2025年",
        "张三表示",
        "，",
        "。",
        "\n",
    ];
    draw(16, PIECES, size)
}

/// Emoji (with joiners, skin tones, flags) and astral-plane Han characters
/// (CJK Extension B and beyond) among policy words.
pub(crate) fn astral(size: usize) -> String {
    const PIECES: &[&str] = &[
        "😀",
        "🚀",
        "👩\u{200d}💻",
        "👍🏽",
        "🇨🇳",
        "❤\u{fe0f}",
        "𠮷",
        "𡈽",
        "𪚥",
        "𫠠",
        "𝕏",
        "𝟘𝟙",
        "\u{e0041}",
        "\u{10ffff}",
        "工信部",
        "《",
        "》",
        "到2025年",
        "突破",
        "亿元",
        "，",
        "。",
    ];
    draw(17, PIECES, size)
}

/// Combining marks after Han characters, digits and marks, where a careless
/// cut would split a grapheme (or a char).
pub(crate) fn combining_marks(size: usize) -> String {
    const PIECES: &[&str] = &[
        "\u{301}",
        "\u{308}",
        "\u{302}\u{323}",
        "\u{20dd}",
        "\u{fe0f}",
        "\u{e0100}",
        "\u{3099}",
        "e\u{301}",
        "工信部",
        "印发",
        "《",
        "》",
        "2025",
        "年",
        "表示",
        "，",
        "。",
        "张三",
    ];
    draw(18, PIECES, size)
}

/// Traditional text with pinyin glosses after characters, as some sites
/// print them: `業(yè)`.
pub(crate) fn pinyin_glosses(size: usize) -> String {
    repeat(
        "工業(yè)和信息化部印發(fā)《關(guān)於(yú)推進(jìn)產(chǎn)業(yè)發(fā)展的通知》，到2025年產(chǎn)業(yè)規(guī)模達(dá)到1000億元。",
        size,
    )
}

/// Long runs of ASCII, ideographic and no-break spaces and tabs between words.
pub(crate) fn space_runs(size: usize) -> String {
    let mut rng = Rng::new(20);
    const SPACES: &[&str] = &[" ", "\u{3000}", "\u{a0}", "\t", "\u{2003}"];
    const WORDS: &[&str] = &[
        "工信部",
        "印发",
        "《通知》",
        "到2025年",
        "突破",
        "100",
        "亿元",
        "张三",
        "表示",
    ];
    let mut out = String::with_capacity(size + 64);
    while out.len() < size {
        for _ in 0..rng.below(200) {
            out.push_str(rng.pick(SPACES));
        }
        out.push_str(rng.pick(WORDS));
    }
    truncate(out, size)
}

/// Random bytes, made UTF-8 by replacing invalid sequences with U+FFFD.
pub(crate) fn random_utf8(size: usize) -> String {
    let mut rng = Rng::new(21);
    let bytes: Vec<u8> = (0..size).map(|_| rng.next() as u8).collect();
    // Replacement characters are wider than the bytes they stand for.
    truncate(String::from_utf8_lossy(&bytes).into_owned(), size)
}

/// The realistic article corpus — every fixture and seed article —
/// concatenated and repeated into one document.
pub(crate) fn articles(size: usize) -> String {
    repeat(&corpus_text(), size)
}

/// The repository root, from the crate that includes this file: the root
/// package or the fuzz package inside it.
pub(crate) fn repo_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    if manifest.join("tests/corpus").is_dir() {
        manifest.to_path_buf()
    } else {
        manifest.join("..")
    }
}

/// Every `.txt` file in `dir`, sorted by name; none when `dir` is absent.
pub(crate) fn texts(dir: &Path) -> Vec<String> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The fixtures in `tests/corpus/`, then the seed articles in
/// `../shared/seeds/` when that folder is present, each ending in a blank
/// line.
pub(crate) fn corpus_text() -> String {
    let root = repo_root();
    let mut docs = texts(&root.join("tests/corpus"));
    docs.extend(texts(&root.join("../shared/seeds")));
    let mut out = String::new();
    for doc in docs {
        out.push_str(doc.trim_end());
        out.push_str("\n\n");
    }
    out
}
