//! The `zhengce` binary, run as a user would: inputs, outputs, faults.
#![cfg(feature = "cli")]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use zhengce::{Document, Extractor};

const BIN: &str = env!("CARGO_BIN_EXE_zhengce");

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn fixture(name: &str) -> PathBuf {
    corpus().join(name)
}

/// A fresh folder for one test, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(test: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("zhengce-cli-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        Scratch(dir)
    }

    fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.0.join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("parent dir");
        }
        std::fs::write(&path, bytes).expect("write");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs the binary with `args` and `stdin`.
fn run(args: &[&std::ffi::OsStr], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(stdin)
        .expect("stdin written");
    child.wait_with_output().expect("the binary ends")
}

fn args<'a>(list: &'a [&'a dyn AsRef<std::ffi::OsStr>]) -> Vec<&'a std::ffi::OsStr> {
    list.iter().map(|a| a.as_ref()).collect()
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The documents printed, in order.
fn documents(out: &Output) -> Vec<Document> {
    stdout(out)
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is a contract document"))
        .collect()
}

fn ids(out: &Output) -> Vec<String> {
    documents(out)
        .into_iter()
        .map(|d| d.id.expect("every document has an id"))
        .collect()
}

#[test]
fn help_and_version() {
    let help = run(&args(&[&"--help"]), b"");
    assert!(help.status.success());
    let text = stdout(&help);
    for option in [
        "--jsonl",
        "--table",
        "--encoding",
        "--lossy",
        "--files-from",
        "Usage:",
    ] {
        assert!(text.contains(option), "help names {option}");
    }
    let version = run(&args(&[&"--version"]), b"");
    assert_eq!(
        stdout(&version).trim(),
        format!("zhengce {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn output_is_the_library_document_for_each_file() {
    let file = fixture("news-compute.txt");
    let out = run(&args(&[&file, &"-q"]), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let mut expected = Extractor::new().extract(&std::fs::read_to_string(&file).expect("fixture"));
    expected.id = Some("news-compute".into());
    assert_eq!(documents(&out), [expected]);
    assert!(
        out.stderr.is_empty(),
        "--quiet prints nothing: {}",
        stderr(&out)
    );
}

#[test]
fn a_folder_is_walked_for_txt_files_in_name_order() {
    let scratch = Scratch::new("walk");
    let notice = std::fs::read(fixture("official-notice.txt")).expect("fixture");
    scratch.file("b/2.txt", &notice);
    scratch.file("a.TXT", &notice);
    scratch.file("b/1.txt", b"");
    scratch.file("b/notes.md", b"not a text");
    let out = run(&args(&[&scratch.0]), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&out), ["a", "1", "2"]);
}

#[test]
fn output_keeps_input_order_across_threads() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("corpus")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files.reverse();
    let expected: Vec<String> = files
        .iter()
        .map(|f| f.file_stem().expect("stem").to_string_lossy().into_owned())
        .collect();
    let mut list: Vec<&std::ffi::OsStr> = vec!["-j".as_ref(), "2".as_ref()];
    list.extend(files.iter().map(|f| f.as_os_str()));
    let out = run(&list, b"");
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&out), expected);
}

#[test]
fn bad_inputs_are_named_and_the_rest_still_written() {
    let scratch = Scratch::new("faults");
    let latin1 = scratch.file("latin1.txt", b"caf\xe9 \xff");
    let empty = scratch.file("empty.txt", b"");
    let no_texts = scratch.0.join("no-texts");
    std::fs::create_dir_all(&no_texts).expect("dir");
    let missing = scratch.0.join("missing.txt");
    let good = fixture("official-notice.txt");
    let out = run(&args(&[&latin1, &missing, &no_texts, &empty, &good]), b"");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("latin1.txt: not UTF-8 (invalid byte at offset 3)"),
        "{err}"
    );
    assert!(err.contains("missing.txt: no such file or folder"), "{err}");
    assert!(
        err.contains("no-texts: no *.txt files in this folder"),
        "{err}"
    );
    assert!(
        err.contains("2 documents") && err.contains("3 failed"),
        "{err}"
    );
    assert_eq!(
        ids(&out),
        ["empty", "official-notice"],
        "the readable inputs, in order"
    );
}

#[test]
fn lossy_and_gb18030_decoding() {
    let scratch = Scratch::new("encodings");
    let text = std::fs::read_to_string(fixture("official-notice.txt")).expect("fixture");
    let (gb, _, unmappable) = encoding_rs::GB18030.encode(&text);
    assert!(!unmappable);
    let gb_file = scratch.file("notice-gb.txt", &gb);
    let utf8 = run(&args(&[&fixture("official-notice.txt")]), b"");
    let plain = run(&args(&[&gb_file]), b"");
    assert_eq!(plain.status.code(), Some(1), "GB18030 is not UTF-8");
    assert!(
        stderr(&plain).contains("--encoding gb18030"),
        "{}",
        stderr(&plain)
    );
    let decoded = run(&args(&[&"--encoding", &"gb18030", &gb_file]), b"");
    assert!(decoded.status.success(), "{}", stderr(&decoded));
    let (mut a, b) = (documents(&utf8).remove(0), documents(&decoded).remove(0));
    a.id = b.id.clone();
    assert_eq!(a, b, "the same text whatever its encoding");

    let broken = scratch.file("broken.txt", "工信部印发\u{0}".as_bytes());
    let mut bytes = std::fs::read(&broken).expect("read");
    bytes.insert(3, 0xff);
    std::fs::write(&broken, &bytes).expect("write");
    let lossy = run(&args(&[&"--lossy", &broken]), b"");
    assert!(lossy.status.success(), "{}", stderr(&lossy));
    assert_eq!(
        documents(&lossy)[0].agencies.len(),
        0,
        "工 is cut off from 信部"
    );
}

#[test]
fn standard_input_as_dash_or_as_nothing() {
    let text = "工信部印发《关于加快推进算力建设的通知》。";
    for list in [vec!["-"], vec![]] {
        let out = run(
            &args(
                &list
                    .iter()
                    .map(|s| s as &dyn AsRef<std::ffi::OsStr>)
                    .collect::<Vec<_>>(),
            ),
            text.as_bytes(),
        );
        assert!(out.status.success(), "{}", stderr(&out));
        let docs = documents(&out);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id.as_deref(), Some("stdin"));
        assert_eq!(docs[0].plans[0].issuers, ["工业和信息化部"]);
    }
}

#[test]
fn json_lines_in_with_ids_line_numbers_and_bad_lines() {
    let input = concat!(
        r#"{"id": "a", "text": "工信部印发《通知》。"}"#,
        "\n\n",
        r#"{"text": "国家数据局"}"#,
        "\n{broken\n",
        r#"{"id": 5, "text": "", "url": "https://example.org"}"#,
        "\r\n",
    );
    let out = run(&args(&[&"--jsonl"]), input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(ids(&out), ["a", "3", "5"]);
    let err = stderr(&out);
    assert!(err.contains("standard input:4: not a JSON object"), "{err}");

    let scratch = Scratch::new("jsonl");
    let file = scratch.file("pages.jsonl", input.as_bytes());
    let from_file = run(&args(&[&"--jsonl", &file]), b"");
    assert_eq!(ids(&from_file), ["a", "3", "5"]);
    assert!(
        stderr(&from_file).contains("pages.jsonl:4:"),
        "{}",
        stderr(&from_file)
    );

    // A folder holds JSON Lines files; the output can go to a folder too.
    scratch.file("more/b.jsonl", b"{\"id\": \"b\", \"text\": \"x\"}\n");
    scratch.file("more/a.txt", b"not read: not JSON Lines");
    let out_dir = scratch.0.join("out");
    let from_dir = run(
        &args(&[&"--jsonl", &"--out-dir", &out_dir, &scratch.0.join("more")]),
        b"",
    );
    assert!(from_dir.status.success(), "{}", stderr(&from_dir));
    assert!(from_dir.stdout.is_empty());
    let written = std::fs::read_to_string(out_dir.join("records.jsonl")).expect("written");
    let doc: Document = serde_json::from_str(written.trim()).expect("one document");
    assert_eq!(doc.id.as_deref(), Some("b"));
}

#[test]
fn files_from_a_list() {
    let list = format!(
        "{}\n\n{}\n",
        fixture("plans-order.txt").display(),
        fixture("goals-news.txt").display()
    );
    let out = run(&args(&[&"--files-from", &"-"]), list.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(ids(&out), ["plans-order", "goals-news"]);
}

/// Splits CSV text with the quoting the tool writes (quoted fields may hold
/// commas, doubled quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    rows
}

#[test]
fn goals_table_has_one_row_per_goal() {
    let files = [fixture("goals-news.txt"), fixture("news-compute.txt")];
    let json = run(&args(&[&files[0], &files[1]]), b"");
    let goals: Vec<(String, String)> = documents(&json)
        .into_iter()
        .flat_map(|d| {
            let id = d.id.clone().expect("id");
            d.goals.into_iter().map(move |g| (id.clone(), g.surface))
        })
        .collect();
    assert!(goals.len() > 3, "the fixtures have goals");
    let out = run(&args(&[&"--table", &"goals", &files[0], &files[1]]), b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = parse_csv(&stdout(&out));
    let header = &rows[0];
    assert_eq!(header[0], "id");
    assert!(header.contains(&"base_value".to_owned()) && header.contains(&"span_end".to_owned()));
    let surface = header
        .iter()
        .position(|c| c == "surface")
        .expect("surface column");
    let got: Vec<(String, String)> = rows[1..]
        .iter()
        .map(|r| (r[0].clone(), r[surface].clone()))
        .collect();
    assert_eq!(got, goals);
    assert!(rows.iter().all(|r| r.len() == header.len()));
}

#[test]
fn every_table_into_a_folder() {
    let scratch = Scratch::new("tables");
    let dir = scratch.0.join("out");
    let out = run(
        &args(&[&"--table", &"all", &"--out-dir", &dir, &corpus()]),
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for table in zhengce::table::Table::ALL {
        let text = std::fs::read_to_string(dir.join(format!("{table}.csv"))).expect("written");
        let header = text.lines().next().expect("a header");
        let names: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
        assert_eq!(header, names.join(","), "{table}");
    }
    let plans = std::fs::read_to_string(dir.join("plans.csv")).expect("written");
    assert!(plans.lines().count() > 10, "the corpus names plans");

    let two = run(&args(&[&"--table", &"goals,plans", &corpus()]), b"");
    assert_eq!(two.status.code(), Some(2));
    assert!(stderr(&two).contains("--out-dir"), "{}", stderr(&two));
}

#[test]
fn an_impossible_reference_date_is_refused() {
    let out = run(&args(&[&"--reference-date", &"2025-02-30", &corpus()]), b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("does not exist"), "{}", stderr(&out));
    assert!(out.stdout.is_empty());
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let mut child = Command::new(BIN)
        .args(["--jsonl", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    drop(child.stdout.take());
    let line = "{\"text\": \"工信部印发《通知》。\"}\n".repeat(5000);
    let _ = child
        .stdin
        .take()
        .expect("piped")
        .write_all(line.as_bytes());
    let out = child.wait_with_output().expect("ends");
    assert!(
        out.status.code().is_some(),
        "ended by a signal: {:?}",
        out.status
    );
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn usage_on_a_terminal_with_nothing_to_read() {
    // `script` gives the binary a terminal for standard input.
    let Ok(out) = Command::new("script")
        .args(["-qec", BIN, "/dev/null"])
        .stdin(Stdio::null())
        .output()
    else {
        eprintln!("skipped: no `script` to make a terminal");
        return;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Usage:") && text.contains("[INPUT]..."),
        "{text}"
    );
    assert_eq!(out.status.code(), Some(2), "{text}");
}
