//! Throughput of the whole pipeline, of each record kind alone, of one and
//! two threads, against a baseline measured in the same run; and the cost of
//! building an extractor.
//!
//! Inputs: the fixtures in `tests/corpus/`, the seed articles in
//! `../shared/seeds/` when that folder exists, and every `*.txt` under the
//! folder named by `ZHENGCE_BENCH_CORPUS` when that variable is set (a larger
//! archive of real pages gives steadier figures). The baseline is one
//! leftmost-longest aho-corasick pass of every gazetteer name over the same
//! texts: the least any gazetteer-based extractor has to do. Results are
//! logged in `benches/README.md`.

use std::cell::Cell;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use zhengce::{Extractor, Kinds};

/// Every `*.txt` under `dir`, sorted by path; nothing when it is absent.
fn texts(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|x| x == "txt") {
                out.push(path);
            }
        }
    }
    let mut paths = Vec::new();
    walk(dir, &mut paths);
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// The names of every gazetteer that lists names: places (full and short
/// forms), agencies and their aliases, agency suffixes and their aliases.
/// Columns are picked by their header, so a new name column is included
/// without touching this bench.
fn gazetteer_names(root: &Path) -> Vec<String> {
    const FILES: [&str; 3] = ["places.tsv", "agencies.tsv", "agency_suffixes.tsv"];
    const COLUMNS: [&str; 5] = ["name", "short", "aliases", "suffix", "former"];
    let mut names = Vec::new();
    for file in FILES {
        let Ok(text) = std::fs::read_to_string(root.join("gazetteers").join(file)) else {
            continue;
        };
        let mut rows = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty());
        let Some(header) = rows.next() else { continue };
        let wanted: Vec<usize> = header
            .split('\t')
            .enumerate()
            .filter(|(_, h)| COLUMNS.contains(h))
            .map(|(i, _)| i)
            .collect();
        for row in rows {
            for (i, cell) in row.split('\t').enumerate() {
                if wanted.contains(&i) {
                    names.extend(cell.split(',').filter(|w| !w.is_empty()).map(str::to_owned));
                }
            }
        }
    }
    names.sort_unstable();
    names.dedup();
    names
}

fn over<F: FnMut(&str)>(
    group: &mut BenchmarkGroup<'_, WallTime>,
    name: &str,
    docs: &[String],
    mut f: F,
) {
    group.bench_function(name, |b| {
        b.iter(|| {
            for doc in docs {
                f(black_box(doc));
            }
        })
    });
}

fn benches(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut docs = texts(&root.join("tests/corpus"));
    docs.extend(texts(&root.join("../shared/seeds")));
    if let Some(extra) = std::env::var_os("ZHENGCE_BENCH_CORPUS") {
        docs.extend(texts(Path::new(&extra)));
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let extractor = Extractor::new();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));

    // The baseline, measured in the same run as everything it is compared to.
    let names = gazetteer_names(root);
    let baseline = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&names)
        .expect("gazetteer names build an automaton");
    over(
        &mut group,
        "baseline/aho-corasick-gazetteers",
        &docs,
        |doc| {
            black_box(baseline.find_iter(doc).count());
        },
    );

    over(&mut group, "all", &docs, |doc| {
        black_box(extractor.extract(doc));
    });

    // The same two and the two-thread run below, timed in turn: each pass
    // of the pipeline right after a pass of the baseline and right before
    // a pass on two threads. Benches run one after another drift apart on
    // a shared machine (their ratio moved by seven points between two runs
    // of the same code); passes a few milliseconds apart see the same
    // load. Criterion reports the one-thread leg; the ratios of the sums
    // are printed after the group.
    let legs = Cell::new([Duration::ZERO; 3]);
    group.bench_function("all/paired-with-baseline", |b| {
        b.iter_custom(|iters| {
            let mut all = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                for doc in &docs {
                    black_box(baseline.find_iter(black_box(doc)).count());
                }
                let one = Instant::now();
                for doc in &docs {
                    black_box(extractor.extract(black_box(doc)));
                }
                let two = Instant::now();
                on_two_threads(&extractor, &docs);
                let end = Instant::now();
                let [b, o, t] = legs.get();
                legs.set([b + (one - start), o + (two - one), t + (end - two)]);
                all += two - one;
            }
            all
        })
    });

    // Each record kind with only the passes it needs (`Builder::kinds`);
    // `none` is the text layer and the lexicon scan that every kind shares.
    let mut kinds = vec![("none".to_owned(), Kinds::NONE)];
    kinds.extend(
        Kinds::EACH
            .iter()
            .map(|&k| (k.names().collect::<String>(), k)),
    );
    for (name, kind) in kinds {
        let only = Extractor::builder()
            .kinds(kind)
            .build()
            .expect("the embedded data builds");
        over(&mut group, &format!("only/{name}"), &docs, |doc| {
            black_box(only.extract(doc));
        });
    }

    group.bench_function("all/2-threads", |b| {
        b.iter(|| on_two_threads(&extractor, &docs))
    });

    // One large document: work must stay linear in its length.
    let big = vec![docs.concat()];
    over(&mut group, "all/one-large-document", &big, |doc| {
        black_box(extractor.extract(doc));
    });
    group.finish();
    report_legs(legs.get());

    c.bench_function("build", |b| b.iter(|| black_box(Extractor::new())));
}

/// One extractor shared by two threads, each taking the next text when it
/// is free: a fixed half each would leave one thread idle for as long as
/// its half is shorter (7% of the bytes on a sample of real pages).
fn on_two_threads(extractor: &Extractor, docs: &[String]) {
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..2 {
            let next = &next;
            scope.spawn(move || {
                while let Some(doc) = docs.get(next.fetch_add(1, Ordering::Relaxed)) {
                    black_box(extractor.extract(black_box(doc)));
                }
            });
        }
    })
}

/// The pipeline's speed as a share of the baseline's, and two threads'
/// speed-up, over every turn `all/paired-with-baseline` timed (warm-up
/// included); nothing when that bench was filtered out.
fn report_legs([baseline, one, two]: [Duration; 3]) {
    if [baseline, one, two].iter().any(Duration::is_zero) {
        return;
    }
    let secs = |d: Duration| d.as_secs_f64();
    println!(
        "extract/all/paired-with-baseline: one thread at {:.1}% of the baseline's \
         speed, two threads {:.2}x one ({:.3} s baseline, {:.3} s one thread, \
         {:.3} s two threads, taken in turn)",
        100.0 * secs(baseline) / secs(one),
        secs(one) / secs(two),
        secs(baseline),
        secs(one),
        secs(two),
    );
}

criterion_group! {
    name = extract;
    // Small samples keep a full run to a few minutes on a two-core machine;
    // the spread criterion reports stays within a few percent.
    config = Criterion::default()
        .sample_size(20)
        .measurement_time(std::time::Duration::from_secs(3))
        .warm_up_time(std::time::Duration::from_secs(1));
    targets = benches
}
criterion_main!(extract);
