//! Throughput of the whole pipeline and of building an extractor.
//!
//! Inputs: the fixtures in `tests/corpus/`, and `../shared/seeds/` when that
//! folder exists. Results are logged in `benches/README.md`.

use std::hint::black_box;
use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use zhengce::{Extractor, Kinds};

fn texts(dir: &Path) -> Vec<String> {
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

fn corpus(c: &mut Criterion, name: &str, docs: &[String], extractor: &Extractor) {
    if docs.is_empty() {
        return;
    }
    let bytes: usize = docs.iter().map(String::len).sum();
    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| {
        b.iter(|| {
            for doc in docs {
                black_box(extractor.extract(black_box(doc)));
            }
        })
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fixtures = texts(&root.join("tests/corpus"));
    let seeds = texts(&root.join("../shared/seeds"));
    let all: Vec<String> = fixtures.iter().chain(&seeds).cloned().collect();

    let extractor = Extractor::new();
    corpus(c, "all/fixtures", &fixtures, &extractor);
    corpus(c, "all/seeds", &seeds, &extractor);

    // Each extractor with the passes it needs, over fixtures and seeds.
    let kinds = [
        ("normalize", Kinds::NONE),
        ("places", Kinds::PLACES),
        ("agencies", Kinds::AGENCIES),
        ("plans", Kinds::PLANS),
        ("target_years", Kinds::TARGET_YEARS),
        ("goals", Kinds::GOALS),
        ("experts", Kinds::EXPERTS),
    ];
    for (name, kind) in kinds {
        let only = Extractor::builder()
            .kinds(kind)
            .build()
            .expect("the embedded data builds");
        corpus(c, &format!("only/{name}"), &all, &only);
    }

    // One large document: work must stay linear in its length.
    let big = all.concat().repeat(8);
    corpus(
        c,
        "all/one-large-document",
        std::slice::from_ref(&big),
        &extractor,
    );

    c.bench_function("build", |b| b.iter(|| black_box(Extractor::new())));
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
