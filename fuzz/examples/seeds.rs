//! Writes the fuzz seeds that are too large or too many to commit:
//!
//! ```text
//! cargo run --release --example seeds            # from fuzz/: fills corpus/{extract,document,numeral}
//! ```
//!
//! - `extract`: every adversarial input of `tests/common/adversarial.rs` at
//!   4 KiB, 64 KiB and 256 KiB, so that libFuzzer starts from inputs long
//!   enough for size-dependent work;
//! - `document`: programs for the builder that write long runs of each op;
//! - `numeral`: hand-picked numerals, the parser's accepted and rejected forms.
//!
//! The fixtures in `tests/corpus/` are passed to libFuzzer as a second,
//! read-only corpus folder; they are not copied.

use std::path::Path;

#[path = "../../tests/common/adversarial.rs"]
mod adversarial;

const KIB: usize = 1 << 10;

const NUMERALS: &[&str] = &[
    "100",
    "1,200,000",
    "0.5",
    "3,500.25",
    "1,20",
    "3.",
    "1.5万",
    "1.5万亿",
    "5千万",
    "5万千",
    "三千五百万",
    "两百",
    "一万二千",
    "一万二",
    "一百零五",
    "十",
    "十五",
    "零点五",
    "二〇二五",
    "百分之三十",
    "3~5",
    "3至5",
    "3-5",
    "3到5",
    "5~3",
    "3~5~7",
    "十几",
    "二十几",
    "几十",
    "数百",
    "数千万",
    "300多",
    "300余",
    "3.5多",
    "千",
    "万",
    "三三",
    "万千",
    "九千九百九十九万九千九百九十九亿",
    "99999999999999999999999999999999",
    "１２３",
    "三千五",
    "一亿零五十万",
];

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap_or_else(|e| panic!("writing {name}: {e}"));
}

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let dirs = ["extract", "document", "numeral"].map(|d| {
        let dir = root.join(d);
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("creating {}: {e}", dir.display()));
        dir
    });
    let [extract, document, numeral] = &dirs;

    for &(name, generate) in adversarial::ALL {
        for size in [4 * KIB, 64 * KIB, 256 * KIB] {
            write(
                extract,
                &format!("seed-{name}-{}k", size / KIB),
                generate(size).as_bytes(),
            );
        }
    }

    // One program per op kind with a long run (a = 0x0f, b = 0xff: n = 4096),
    // one mixing every kind, and the clause op over every clause.
    for kind in 0u8..10 {
        write(document, &format!("seed-op{kind}"), &[kind, 0x0f, 0xff]);
    }
    let mixed: Vec<u8> = (0u8..10)
        .flat_map(|k| [k, k.wrapping_mul(37), 0x80])
        .collect();
    write(document, "seed-mixed", &mixed);
    let clauses: Vec<u8> = (0u8..30).flat_map(|c| [0, c, 0x10]).collect();
    write(document, "seed-clauses", &clauses);

    for (i, s) in NUMERALS.iter().enumerate() {
        write(numeral, &format!("seed-{i:02}"), s.as_bytes());
    }
    println!("seeds written under {}", root.display());
}
