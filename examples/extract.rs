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
    let files: Vec<String> = std::env::args().skip(1).collect();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let ok = run(
        &Extractor::new(),
        &files,
        &mut io::stdin(),
        &mut out,
        &mut io::stderr(),
    );
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Extracts every file in `files` (or one document from `input` when there
/// is none) to `out`; reports problems to `err`. Returns whether every
/// document was read and written.
fn run(
    extractor: &Extractor,
    files: &[String],
    input: &mut dyn Read,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> bool {
    let emit = |id: &str, text: &str, out: &mut dyn Write| -> io::Result<()> {
        let mut doc = extractor.extract(text);
        doc.id = Some(id.to_owned());
        serde_json::to_writer(&mut *out, &doc)?;
        writeln!(out)
    };
    let mut ok = true;
    if files.is_empty() {
        let mut text = String::new();
        if let Err(e) = input.read_to_string(&mut text) {
            let _ = writeln!(err, "extract: stdin: {e}");
            return false;
        }
        if let Err(e) = emit("stdin", &text, out) {
            let _ = writeln!(err, "extract: writing output: {e}");
            return false;
        }
    }
    for file in files {
        let path = Path::new(file);
        let text = match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(text)) => text,
            Ok(Err(e)) => {
                let offset = e.utf8_error().valid_up_to();
                let _ = writeln!(
                    err,
                    "extract: {file}: not UTF-8 (invalid byte at offset {offset})"
                );
                ok = false;
                continue;
            }
            Err(e) => {
                let _ = writeln!(err, "extract: {file}: {e}");
                ok = false;
                continue;
            }
        };
        let id = path
            .file_stem()
            .map_or_else(|| file.clone(), |s| s.to_string_lossy().into_owned());
        if let Err(e) = emit(&id, &text, out) {
            let _ = writeln!(err, "extract: writing output: {e}");
            return false;
        }
    }
    if let Err(e) = out.flush() {
        let _ = writeln!(err, "extract: writing output: {e}");
        return false;
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))
    }

    /// Runs the CLI on `files` and `stdin`; returns (success, stdout, stderr).
    fn cli(files: &[String], stdin: &str) -> (bool, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let ok = run(
            &Extractor::new(),
            files,
            &mut stdin.as_bytes(),
            &mut out,
            &mut err,
        );
        let text = |b: Vec<u8>| String::from_utf8(b).expect("UTF-8");
        (ok, text(out), text(err))
    }

    #[test]
    fn one_json_object_per_file_with_its_stem_as_id() {
        let (ok, out, err) = cli(
            &[fixture("news-compute.txt"), fixture("official-notice.txt")],
            "",
        );
        assert!(ok, "{err}");
        let ids: Vec<String> = out
            .lines()
            .map(|line| {
                let v: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
                v["id"].as_str().expect("id").to_owned()
            })
            .collect();
        assert_eq!(ids, ["news-compute", "official-notice"]);
    }

    #[test]
    fn bad_files_are_named_and_the_rest_still_processed() {
        let dir = std::env::temp_dir().join(format!("zhengce-cli-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let latin1 = dir.join("latin1.txt");
        std::fs::write(&latin1, b"caf\xe9 \xff").expect("write");
        let files = [
            latin1.display().to_string(),
            dir.join("missing.txt").display().to_string(),
            fixture("official-notice.txt"),
        ];
        let (ok, out, err) = cli(&files, "");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(!ok);
        assert!(err.contains("latin1.txt: not UTF-8"), "{err}");
        assert!(err.contains("missing.txt"), "{err}");
        assert_eq!(out.lines().count(), 1, "the good file is still printed");
    }

    #[test]
    fn reads_one_document_from_stdin() {
        let (ok, out, _) = cli(&[], "工信部印发《关于加快推进算力建设的通知》。");
        assert!(ok);
        let v: serde_json::Value = serde_json::from_str(out.trim()).expect("one JSON object");
        assert_eq!(v["id"], "stdin");
        assert_eq!(v["agencies"][0]["name"], "工业和信息化部");
        assert_eq!(v["plans"][0]["issuers"][0], "工业和信息化部");
    }
}
