//! Prints one JSON object per input document (JSON Lines).
//!
//! ```text
//! cargo run --release --example extract -- FILE...
//! cargo run --release --example extract < article.txt
//! ```
//!
//! Each file's `id` is its stem; a document read from stdin has the id
//! `stdin`. A file that cannot be read, or is not UTF-8, is reported on
//! stderr by name; the others are still processed and the exit code is 1.

use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

use zhengce::Extractor;

fn main() -> ExitCode {
    let extractor = Extractor::new();
    let files: Vec<String> = std::env::args().skip(1).collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = false;

    let emit = |id: String, text: &str, out: &mut dyn Write| -> io::Result<()> {
        let mut doc = extractor.extract(text);
        doc.id = Some(id);
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)
    };

    if files.is_empty() {
        let mut text = String::new();
        if let Err(e) = io::stdin().read_to_string(&mut text) {
            eprintln!("extract: stdin: {e}");
            return ExitCode::FAILURE;
        }
        if let Err(e) = emit("stdin".to_owned(), &text, &mut out) {
            eprintln!("extract: writing output: {e}");
            return ExitCode::FAILURE;
        }
    }
    for file in &files {
        let path = Path::new(file);
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!(
                        "extract: {file}: not UTF-8 (invalid byte at offset {})",
                        e.utf8_error().valid_up_to()
                    );
                    failed = true;
                    continue;
                }
            },
            Err(e) => {
                eprintln!("extract: {file}: {e}");
                failed = true;
                continue;
            }
        };
        let id = path
            .file_stem()
            .map_or_else(|| file.clone(), |s| s.to_string_lossy().into_owned());
        if let Err(e) = emit(id, &text, &mut out) {
            eprintln!("extract: writing output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("extract: writing output: {e}");
        return ExitCode::FAILURE;
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
