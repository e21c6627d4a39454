//! Whether extraction time stays linear in the input's length.
//!
//! Every adversarial input of `tests/common/adversarial.rs` runs as one
//! document of 1 MiB and 4 MiB; the realistic article corpus also runs at
//! 16 MiB. Linear work shows as the same MiB/s at every size: the 4 MiB time
//! should stay within 5× the 1 MiB time, and the 16 MiB corpus within 20×.
//! `benches/README.md` explains how to run it and logs the results.
//!
//! glibc's malloc maps a block above its mmap threshold afresh from the
//! kernel and moves that threshold (up to 32 MiB) to the largest block freed
//! so far, and it returns freed memory at the top of the heap above twice
//! that threshold. Which sizes recycle their memory and which fault in fresh
//! pages on every extraction thus depends on the largest block seen, not on
//! the work: the same place list ran 3.8× to 7.2× from 1 to 4 MiB across
//! runs while its instruction count grew 3.95×. So that every size runs under
//! one policy, the bench runs itself again with `GLIBC_TUNABLES` set to
//! serve every block from the heap and keep freed memory, as a long-running
//! worker's heap does once it has seen its largest document. Setting
//! `GLIBC_TUNABLES` (even empty) before the run keeps glibc's own policy.
//!
//! `SCALING_SKIP=name,name` leaves inputs out (one known to be quadratic
//! would otherwise hold the run for hours); criterion's own filter picks
//! benches by id: `cargo bench --bench scaling -- 'scaling/articles/'`.

use std::hint::black_box;
use std::process::{Command, ExitCode};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group};
use zhengce::Extractor;

#[path = "../tests/common/adversarial.rs"]
mod adversarial;

const MIB: usize = 1 << 20;

/// The size unit: a MiB under `cargo bench`, which passes `--bench`; 16 KiB
/// when `cargo test --all-targets` runs each bench once as a smoke test,
/// where a debug build of a quadratic input at 4 MiB would take hours.
fn unit() -> usize {
    if std::env::args().any(|a| a == "--bench") {
        MIB
    } else {
        16 << 10
    }
}

fn scaling(c: &mut Criterion) {
    let extractor = Extractor::new();
    let skip = std::env::var("SCALING_SKIP").unwrap_or_default();
    let skipped: Vec<&str> = skip.split(',').map(str::trim).collect();
    let unit = unit();
    for &(name, generate) in adversarial::ALL {
        if skipped.contains(&name) {
            continue;
        }
        let sizes: &[usize] = if name == "articles" {
            &[1, 4, 16]
        } else {
            &[1, 4]
        };
        let mut group = c.benchmark_group(format!("scaling/{name}"));
        // One extraction of several MiB takes long enough that criterion's
        // linear sampling would ask for minutes per bench.
        group.sampling_mode(SamplingMode::Flat);
        for &mib in sizes {
            let label = if unit == MIB {
                format!("{mib}MiB")
            } else {
                format!("{}KiB", (mib * unit) >> 10)
            };
            let text = generate(mib * unit);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
                b.iter(|| black_box(extractor.extract(black_box(text))));
            });
        }
        group.finish();
    }
}

criterion_group! {
    name = benches;
    // Ten samples of one iteration each at 16 MiB is a few seconds per bench
    // on linear code; the spread is small next to the 1 → 4 MiB factor read
    // from it.
    config = Criterion::default()
        .sample_size(10)
        .measurement_time(Duration::from_secs(5))
        .warm_up_time(Duration::from_millis(500));
    targets = scaling
}
/// The malloc policy every size runs under (see the module docs): no block
/// mapped on its own, no freed memory returned.
const ALLOCATOR_POLICY: &str = "glibc.malloc.mmap_max=0:glibc.malloc.trim_threshold=4000000000";

fn main() -> ExitCode {
    if std::env::var_os("GLIBC_TUNABLES").is_none() {
        let rerun = std::env::current_exe().and_then(|bench| {
            Command::new(bench)
                .args(std::env::args_os().skip(1))
                .env("GLIBC_TUNABLES", ALLOCATOR_POLICY)
                .status()
        });
        return match rerun {
            Ok(status) if status.success() => ExitCode::SUCCESS,
            Ok(status) => {
                eprintln!("scaling bench: the rerun under {ALLOCATOR_POLICY} ended with {status}");
                ExitCode::FAILURE
            }
            Err(e) => {
                eprintln!("scaling bench: cannot run itself again: {e}");
                ExitCode::FAILURE
            }
        };
    }
    benches();
    Criterion::default().configure_from_args().final_summary();
    ExitCode::SUCCESS
}
