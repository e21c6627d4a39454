//! Extracts many texts on several threads that share one `Extractor`, and
//! prints how many records each kind has and the throughput.
//!
//! ```text
//! cargo run --release --example threads -- tests/corpus 4
//! ```
//!
//! Building an `Extractor` is the costly part (parsing gazetteers, compiling
//! rules); extracting is cheap and needs only `&self`, so one extractor
//! serves every thread. Cloning it only bumps a reference count.

use std::path::PathBuf;
use std::time::Instant;

use zhengce::Extractor;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| "tests/corpus".into()));
    let threads: usize = args.next().map_or(Ok(4), |n| n.parse())?;
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            texts.push(std::fs::read_to_string(&path)?);
        }
    }
    let extractor = Extractor::new();
    let start = Instant::now();
    let chunk = texts.len().div_ceil(threads.max(1)).max(1);
    let counts = std::thread::scope(|scope| {
        let handles: Vec<_> = texts
            .chunks(chunk)
            .map(|part| {
                let extractor = &extractor;
                scope.spawn(move || {
                    let mut counts = [0_usize; 4];
                    for text in part {
                        let doc = extractor.extract(text);
                        counts[0] += doc.plans.len();
                        counts[1] += doc.agencies.len();
                        counts[2] += doc.goals.len();
                        counts[3] += doc.experts.len();
                    }
                    counts
                })
            })
            .collect();
        handles.into_iter().fold([0; 4], |mut sum, h| {
            let part = h.join().expect("extraction does not panic");
            for (s, p) in sum.iter_mut().zip(part) {
                *s += p;
            }
            sum
        })
    });
    let seconds = start.elapsed().as_secs_f64();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    println!(
        "{} texts on {threads} threads: {} plans, {} agencies, {} goals, {} experts; {mb:.2} MB in {seconds:.2} s",
        texts.len(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
    );
    Ok(())
}
