//! A quick growth check: times one extraction per adversarial input at a few
//! sizes and prints how the time grows, without criterion's repetitions.
//!
//! ```text
//! cargo bench --bench growth                                   # every input, 0.25/0.5/1/4 MiB
//! cargo bench --bench growth -- untitled_speaker articles      # inputs whose name contains a word
//! cargo bench --bench growth -- --sizes 0.25,0.5,1 --budget 30 # sizes in MiB; skip a size predicted to take over 30 s
//! cargo bench --bench growth -- --kinds agencies place_list    # one record kind (and the passes it needs)
//! ```
//!
//! Each row gives the seconds per size and the factor between the last two
//! sizes measured; linear work doubles when the size doubles. A size is
//! skipped once a quadratic extrapolation from the last one exceeds the
//! budget (default 60 s), so one super-linear input cannot stall the run.

use std::hint::black_box;
use std::time::Instant;

use zhengce::{Extractor, Kinds};

#[path = "../tests/common/adversarial.rs"]
mod adversarial;

const MIB: f64 = (1 << 20) as f64;

fn kinds(name: &str) -> Kinds {
    match name {
        "none" => Kinds::NONE,
        other => other.parse().unwrap_or_else(|e| {
            panic!("unknown kind {other:?} ({e}): none, all, or a record kind such as goals")
        }),
    }
}

fn main() {
    // `cargo test --all-targets` runs every bench binary without `--bench`;
    // timing megabytes in a debug build is no test.
    if !std::env::args().any(|a| a == "--bench") {
        eprintln!("growth: run it with `cargo bench --bench growth`");
        return;
    }
    let mut sizes = vec![0.25, 0.5, 1.0, 4.0];
    let mut budget = 60.0;
    let mut kind = Kinds::ALL;
    let mut filters = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            // `cargo bench` passes this to every bench binary.
            "--bench" => {}
            "--sizes" => {
                let list = args
                    .next()
                    .expect("--sizes takes a list such as 0.25,0.5,1");
                sizes = list
                    .split(',')
                    .map(|s| s.parse().expect("sizes are numbers of MiB"))
                    .collect();
            }
            "--budget" => {
                budget = args
                    .next()
                    .and_then(|s| s.parse().ok())
                    .expect("--budget takes seconds");
            }
            "--kinds" => kind = kinds(&args.next().expect("--kinds takes a kind name")),
            _ => filters.push(arg),
        }
    }
    let extractor = Extractor::builder()
        .kinds(kind)
        .build()
        .expect("the embedded gazetteers build");

    let header: Vec<String> = sizes.iter().map(|s| format!("{s} MiB")).collect();
    println!("| input | {} | last factor |", header.join(" | "));
    println!("|---|{}---|", "---|".repeat(sizes.len()));
    for &(name, generate) in adversarial::ALL {
        if !filters.is_empty() && !filters.iter().any(|f| name.contains(f.as_str())) {
            continue;
        }
        let mut cells = Vec::new();
        let mut last: Option<(f64, f64)> = None;
        let mut factor = String::from("–");
        for &mib in &sizes {
            if let Some((size, secs)) = last
                && secs * (mib / size).powi(2) > budget
            {
                cells.push("skipped".to_owned());
                continue;
            }
            let text = generate((mib * MIB) as usize);
            let start = Instant::now();
            black_box(extractor.extract(black_box(&text)));
            let secs = start.elapsed().as_secs_f64();
            if let Some((size, before)) = last {
                factor = format!("{:.1}× for {:.0}× size", secs / before, mib / size);
            }
            cells.push(format!("{secs:.3} s"));
            last = Some((mib, secs));
            eprintln!("{name} {mib} MiB: {secs:.3} s");
        }
        println!("| {name} | {} | {factor} |", cells.join(" | "));
    }
}
