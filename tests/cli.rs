//! The `extract` example: JSON Lines out, one object per file, clear errors.
//!
//! `cargo test` (with or without `--all-targets`) builds examples before it
//! runs integration tests, so the binary sits beside this test's own
//! directory. `cargo test --test cli` alone does not rebuild it.

use std::path::PathBuf;
use std::process::{Command, Stdio};

fn extract_bin() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target profile dir");
    let bin = dir
        .join("examples")
        .join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    assert!(bin.exists(), "{} not built", bin.display());
    bin
}

fn fixture(name: &str) -> String {
    format!("{}/tests/corpus/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn prints_one_json_object_per_file_with_its_stem_as_id() {
    let out = Command::new(extract_bin())
        .args([fixture("news-compute.txt"), fixture("official-notice.txt")])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).expect("UTF-8 output");
    let ids: Vec<String> = stdout
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
            v["id"].as_str().expect("id").to_owned()
        })
        .collect();
    assert_eq!(ids, ["news-compute", "official-notice"]);
}

#[test]
fn bad_files_are_named_on_stderr_and_the_rest_still_processed() {
    let dir = std::env::temp_dir().join(format!("zhengce-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"caf\xe9 \xff").expect("write");
    let missing = dir.join("missing.txt");

    let out = Command::new(extract_bin())
        .arg(&latin1)
        .arg(&missing)
        .arg(fixture("official-notice.txt"))
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("latin1.txt") && stderr.contains("not UTF-8"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt"), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).lines().count(),
        1,
        "the good file still printed"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reads_one_document_from_stdin() {
    let mut child = Command::new(extract_bin())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("runs");
    {
        use std::io::Write;
        let mut stdin = child.stdin.take().expect("stdin");
        stdin
            .write_all("工信部印发《关于加快推进算力建设的通知》。".as_bytes())
            .expect("write");
    }
    let out = child.wait_with_output().expect("finishes");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    assert_eq!(v["id"], "stdin");
    assert_eq!(v["agencies"][0]["name"], "工业和信息化部");
}
