//! `zhengce`: policy texts in, the output contract's JSON Lines (or tidy CSV
//! tables) out.
//!
//! ```text
//! zhengce tests/corpus                      # every *.txt under a folder
//! zhengce a.txt b.txt > records.jsonl       # files; `-` is standard input
//! zhengce --jsonl pages.jsonl               # {"id": …, "text": …} per line
//! zhengce --table goals tests/corpus > goals.csv
//! zhengce --table all --out-dir tables/ tests/corpus
//! ```
//!
//! Work is split into batches of a bounded size (documents and bytes), each
//! batch is extracted on every core, and its output is written in input
//! order before the next batch is read, so memory stays bounded however
//! large the corpus. An input that cannot be read is named on stderr, the
//! others are still written, and the exit code is 1.

mod jobs;
mod output;
mod work;

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{CommandFactory, Parser};
use rayon::prelude::*;
use zhengce::table::Table;
use zhengce::{Extractor, PartialDate};

use crate::jobs::{Batches, Input};
use crate::output::{Progress, Sinks};
use crate::work::Decoder;

/// Reads Chinese government policy texts and writes typed records: plans,
/// agencies, places, target years, goals, experts, document numbers and
/// incentives.
///
/// Output is one JSON object per document (JSON Lines, the output contract
/// in docs/CONTRACT.md), in input order; or, with --table, tidy CSV with one
/// row per record. Inputs that cannot be read are named on stderr, the rest
/// are still written, and the exit code is 1.
#[derive(Debug, Parser)]
#[command(name = "zhengce", version, after_help = EXAMPLES)]
struct Args {
    /// Files, folders (every *.txt inside, or *.jsonl with --jsonl, walked
    /// in name order) or - for standard input. With none, standard input is
    /// read when it is not a terminal.
    #[arg(value_name = "INPUT")]
    inputs: Vec<PathBuf>,

    /// Read JSON Lines: one {"id": …, "text": …} object per line; `id` (a
    /// string or a number) defaults to the line number.
    #[arg(long)]
    jsonl: bool,

    /// Read more inputs from FILE, one path per line (- for standard input);
    /// for lists too long for the command line.
    #[arg(long, value_name = "FILE")]
    files_from: Option<PathBuf>,

    /// Write CSV tables instead of JSON Lines: one or more of plans,
    /// agencies, places, target_years, goals, experts, numbers, incentives,
    /// separated by commas, or `all`. More than one needs --out-dir.
    #[arg(long, value_name = "KIND", value_delimiter = ',', value_parser = parse_table)]
    table: Vec<Tables>,

    /// Write into this folder (made if missing): KIND.csv for each table, or
    /// records.jsonl; default standard output.
    #[arg(short, long, value_name = "DIR")]
    out_dir: Option<PathBuf>,

    /// The inputs' text encoding: utf-8, gb18030, gbk, big5, or another
    /// WHATWG label.
    #[arg(long, value_name = "LABEL", default_value = "utf-8")]
    encoding: String,

    /// Replace bytes invalid in the encoding with U+FFFD instead of
    /// rejecting the input.
    #[arg(long)]
    lossy: bool,

    /// The date relative dates (今年, 明年) resolve against when a text gives
    /// none: YYYY, YYYY-MM or YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    reference_date: Option<PartialDate>,

    /// Worker threads [default: one per core].
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,

    /// No progress bar and no summary line on stderr.
    #[arg(short, long)]
    quiet: bool,
}

const EXAMPLES: &str = "\
Examples:
  zhengce tests/corpus > records.jsonl
  zhengce --jsonl pages.jsonl > records.jsonl
  find archive -name '*.txt' | zhengce --files-from - > records.jsonl
  zhengce --table goals --encoding gb18030 pages/ > goals.csv
  zhengce --table all --out-dir tables/ tests/corpus";

/// The tables one `--table` value names (`all` names every one).
#[derive(Debug, Clone)]
struct Tables(Vec<Table>);

fn parse_table(s: &str) -> Result<Tables, String> {
    if s == "all" {
        return Ok(Tables(Table::ALL.to_vec()));
    }
    s.parse::<Table>()
        .map(|t| Tables(vec![t]))
        .map_err(|e| e.to_string())
}

fn main() -> ExitCode {
    let args = Args::parse();
    if args.inputs.is_empty() && args.files_from.is_none() && io::stdin().is_terminal() {
        let _ = Args::command().print_help();
        return ExitCode::from(2);
    }
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("zhengce: {message}");
            ExitCode::from(2)
        }
    }
}

/// Runs the whole job. `Ok(false)` when some input failed; `Err` for a
/// problem with the command itself (bad option, unwritable output).
fn run(args: &Args) -> Result<bool, String> {
    let start = Instant::now();
    let mut tables: Vec<Table> = Vec::new();
    for table in args.table.iter().flat_map(|t| t.0.iter().copied()) {
        if !tables.contains(&table) {
            tables.push(table);
        }
    }
    let decoder = Decoder::new(&args.encoding, args.lossy)?;
    if let Some(threads) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build_global()
            .map_err(|e| format!("cannot start {threads} threads: {e}"))?;
    }
    let mut builder = Extractor::builder();
    if let Some(date) = args.reference_date {
        builder = builder.reference_date(date);
    }
    let extractor = builder.build().map_err(|e| e.to_string())?;
    let mut sinks = Sinks::open(&tables, args.out_dir.as_deref())?;

    let mut inputs: Vec<Input> = args.inputs.iter().map(|p| Input::named(p)).collect();
    if inputs.is_empty() && args.files_from.is_none() {
        inputs.push(Input::Stdin);
    }
    let show = !args.quiet && io::stderr().is_terminal();
    let progress = Progress::new(show, &inputs, args.files_from.is_some());
    let mut batches = Batches::new(inputs, args.files_from.clone(), args.jsonl);
    let (mut documents, mut failures, mut bytes) = (0_usize, 0_usize, 0_u64);
    while let Some(batch) = batches.next_batch() {
        let results: Vec<_> = batch
            .into_par_iter()
            .map(|job| {
                let size = job.size();
                let result = work::process(job, &extractor, &decoder, &tables);
                progress.advance(size);
                (size, result)
            })
            .collect();
        for (size, result) in results {
            bytes += size;
            match result {
                Ok(rendered) => {
                    documents += 1;
                    if !sinks.write(&rendered)? {
                        // The reader went away (a closed pipe): stop quietly.
                        return Ok(failures == 0);
                    }
                }
                Err(failure) => {
                    failures += 1;
                    progress.suspend(|| eprintln!("zhengce: {failure}"));
                }
            }
        }
        progress.documents(documents + failures);
    }
    sinks.finish()?;
    progress.finish();
    if !args.quiet {
        eprintln!(
            "{}",
            output::summary(documents, failures, bytes, start.elapsed())
        );
    }
    Ok(failures == 0)
}
