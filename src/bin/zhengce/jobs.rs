//! From the command line's inputs to bounded batches of documents.
//!
//! Inputs are expanded lazily, in the order given: a folder is walked in
//! name order, a JSON Lines input is read line by line, and `--files-from`
//! is read path by path. A file's text is not read here but by the worker
//! that extracts it, so a batch of files holds only paths until then.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// At most this many documents in one batch.
const BATCH_DOCUMENTS: usize = 2048;
/// At most this many input bytes in one batch, unless one document alone is larger.
const BATCH_BYTES: u64 = 16 << 20;

/// One input named on the command line or in `--files-from`.
#[derive(Debug)]
pub(crate) enum Input {
    /// `-`, or nothing named: standard input.
    Stdin,
    /// A file or a folder.
    Path(PathBuf),
}

impl Input {
    pub(crate) fn named(path: &Path) -> Input {
        if path.as_os_str() == "-" {
            Input::Stdin
        } else {
            Input::Path(path.to_owned())
        }
    }

    /// The total bytes to read, when every input is a plain file.
    pub(crate) fn total_size(inputs: &[Input]) -> Option<u64> {
        inputs.iter().try_fold(0, |sum, input| match input {
            Input::Path(path) => std::fs::metadata(path)
                .ok()
                .filter(std::fs::Metadata::is_file)
                .map(|m| sum + m.len()),
            Input::Stdin => None,
        })
    }
}

/// One document to extract, or an input that already failed.
#[derive(Debug)]
pub(crate) enum Job {
    /// A file, read whole by the worker; `size` as listed.
    File { path: PathBuf, size: u64 },
    /// A whole document already read (standard input).
    Whole { id: String, bytes: Vec<u8> },
    /// One line of JSON Lines; `number` counts from 1.
    Line {
        origin: Arc<str>,
        number: usize,
        bytes: Vec<u8>,
    },
    /// An input that could not be listed or opened: the message names it.
    Failed(String),
}

impl Job {
    /// Input bytes, for batching and progress.
    pub(crate) fn size(&self) -> u64 {
        match self {
            Job::File { size, .. } => *size,
            Job::Whole { bytes, .. } | Job::Line { bytes, .. } => bytes.len() as u64,
            Job::Failed(_) => 0,
        }
    }
}

/// Cuts the inputs into batches of at most [`BATCH_DOCUMENTS`] documents
/// and about [`BATCH_BYTES`] bytes.
pub(crate) struct Batches {
    inputs: VecDeque<Input>,
    listed: Option<Listed>,
    jsonl: bool,
    current: Option<Box<dyn Iterator<Item = Job>>>,
    held: Option<Job>,
}

/// The `--files-from` list: not yet opened, or being read.
enum Listed {
    Unopened(PathBuf),
    Reading(Box<dyn BufRead>),
}

impl Batches {
    pub(crate) fn new(inputs: Vec<Input>, files_from: Option<PathBuf>, jsonl: bool) -> Self {
        Batches {
            inputs: inputs.into(),
            listed: files_from.map(Listed::Unopened),
            jsonl,
            current: None,
            held: None,
        }
    }

    /// The next batch, in input order; `None` when every input is done.
    pub(crate) fn next_batch(&mut self) -> Option<Vec<Job>> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < BATCH_DOCUMENTS {
            let Some(job) = self.held.take().or_else(|| self.next_job()) else {
                break;
            };
            if !batch.is_empty() && bytes + job.size() > BATCH_BYTES {
                self.held = Some(job);
                break;
            }
            bytes += job.size();
            batch.push(job);
        }
        (!batch.is_empty()).then_some(batch)
    }

    fn next_job(&mut self) -> Option<Job> {
        loop {
            if let Some(job) = self.current.as_mut().and_then(Iterator::next) {
                return Some(job);
            }
            let input = match self.inputs.pop_front() {
                Some(input) => input,
                None => match self.next_listed()? {
                    Ok(input) => input,
                    Err(failure) => return Some(Job::Failed(failure)),
                },
            };
            self.current = Some(expand(input, self.jsonl));
        }
    }

    /// The next path of `--files-from`; `None` at its end.
    fn next_listed(&mut self) -> Option<Result<Input, String>> {
        if let Some(Listed::Unopened(path)) = &self.listed {
            let opened = open(&Input::named(path));
            match opened {
                Ok(reader) => self.listed = Some(Listed::Reading(reader)),
                Err(e) => {
                    self.listed = None;
                    return Some(Err(e));
                }
            }
        }
        let Some(Listed::Reading(reader)) = &mut self.listed else {
            return None;
        };
        let mut line = Vec::new();
        loop {
            line.clear();
            match reader.read_until(b'\n', &mut line) {
                Ok(0) => {
                    self.listed = None;
                    return None;
                }
                Ok(_) => {
                    let path = trim_line_end(&line);
                    if !path.is_empty() {
                        return Some(Ok(Input::named(&path_from_bytes(path))));
                    }
                }
                Err(e) => {
                    self.listed = None;
                    return Some(Err(format!("--files-from: {}", io_message(&e))));
                }
            }
        }
    }
}

/// The jobs of one input.
fn expand(input: Input, jsonl: bool) -> Box<dyn Iterator<Item = Job>> {
    let path = match input {
        Input::Stdin if jsonl => return lines(&Input::Stdin),
        Input::Stdin => {
            let mut bytes = Vec::new();
            let job = match io::stdin().lock().read_to_end(&mut bytes) {
                Ok(_) => Job::Whole {
                    id: "stdin".to_owned(),
                    bytes,
                },
                Err(e) => Job::Failed(format!("standard input: {}", io_message(&e))),
            };
            return Box::new(std::iter::once(job));
        }
        Input::Path(path) => path,
    };
    match std::fs::metadata(&path) {
        Err(e) => failed(format!("{}: {}", path.display(), io_message(&e))),
        Ok(meta) if meta.is_dir() => walk(path, jsonl),
        Ok(_) if jsonl => lines(&Input::Path(path)),
        Ok(meta) => Box::new(std::iter::once(Job::File {
            path,
            size: meta.len(),
        })),
    }
}

fn failed(message: String) -> Box<dyn Iterator<Item = Job>> {
    Box::new(std::iter::once(Job::Failed(message)))
}

/// Every `*.txt` (or `*.jsonl`) file under `dir`, in name order; a folder
/// with none is a failure, so that a mistyped folder does not pass unseen.
fn walk(dir: PathBuf, jsonl: bool) -> Box<dyn Iterator<Item = Job>> {
    let extension = if jsonl { "jsonl" } else { "txt" };
    let entries = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    let jobs = entries.flat_map(move |entry| -> Box<dyn Iterator<Item = Job>> {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let at = e.path().unwrap_or(Path::new("?")).display().to_string();
                let message = e.io_error().map_or_else(|| e.to_string(), io_message);
                return failed(format!("{at}: {message}"));
            }
        };
        let wanted = entry.file_type().is_file()
            && entry
                .path()
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case(extension));
        if !wanted {
            return Box::new(std::iter::empty());
        }
        if jsonl {
            return lines(&Input::Path(entry.into_path()));
        }
        let size = entry.metadata().map_or(0, |m| m.len());
        Box::new(std::iter::once(Job::File {
            path: entry.into_path(),
            size,
        }))
    });
    Box::new(WhenEmpty {
        jobs: Box::new(jobs),
        seen: false,
        failure: Some(format!(
            "{}: no *.{extension} files in this folder",
            dir.display()
        )),
    })
}

/// Passes jobs through; yields `failure` if there were none.
struct WhenEmpty {
    jobs: Box<dyn Iterator<Item = Job>>,
    seen: bool,
    failure: Option<String>,
}

impl Iterator for WhenEmpty {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        match self.jobs.next() {
            Some(job) => {
                self.seen |= !matches!(job, Job::Failed(_));
                Some(job)
            }
            None if self.seen => None,
            None => self.failure.take().map(Job::Failed),
        }
    }
}

/// The lines of a JSON Lines input, skipping blank ones.
fn lines(input: &Input) -> Box<dyn Iterator<Item = Job>> {
    let origin: Arc<str> = match input {
        Input::Stdin => "standard input".into(),
        Input::Path(path) => path.display().to_string().into(),
    };
    let mut reader = match open(input) {
        Ok(reader) => reader,
        Err(e) => return failed(e),
    };
    let mut number = 0;
    let mut done = false;
    Box::new(std::iter::from_fn(move || {
        while !done {
            number += 1;
            let mut bytes = Vec::new();
            match reader.read_until(b'\n', &mut bytes) {
                Ok(0) => done = true,
                Ok(_) if trim_line_end(&bytes).iter().all(u8::is_ascii_whitespace) => {}
                Ok(_) => {
                    let len = trim_line_end(&bytes).len();
                    bytes.truncate(len);
                    return Some(Job::Line {
                        origin: Arc::clone(&origin),
                        number,
                        bytes,
                    });
                }
                Err(e) => {
                    done = true;
                    return Some(Job::Failed(format!(
                        "{origin}:{number}: {}",
                        io_message(&e)
                    )));
                }
            }
        }
        None
    }))
}

fn open(input: &Input) -> Result<Box<dyn BufRead>, String> {
    match input {
        Input::Stdin => Ok(Box::new(BufReader::with_capacity(1 << 16, io::stdin()))),
        Input::Path(path) => File::open(path)
            .map(|f| Box::new(BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead>)
            .map_err(|e| format!("{}: {}", path.display(), io_message(&e))),
    }
}

fn trim_line_end(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// An I/O error as a short lowercase phrase.
pub(crate) fn io_message(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".to_owned(),
        io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        io::ErrorKind::IsADirectory => "is a folder".to_owned(),
        _ => e.to_string(),
    }
}
