//! Where results go: the output files, the progress bar, the summary line.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressStyle};
use zhengce::table::Table;

use crate::jobs::{Input, io_message};
use crate::work::{Rendered, render};

/// The outputs: one for JSON Lines, or one per table.
pub(crate) struct Sinks {
    sinks: Vec<Sink>,
    tables: Vec<Table>,
}

struct Sink {
    name: String,
    writer: BufWriter<Box<dyn Write>>,
}

impl Sinks {
    /// Opens the outputs and writes each table's header.
    pub(crate) fn open(tables: &[Table], dir: Option<&Path>) -> Result<Sinks, String> {
        let Some(dir) = dir else {
            if tables.len() > 1 {
                return Err(format!(
                    "{} tables need --out-dir DIR (one KIND.csv each); standard output takes one",
                    tables.len()
                ));
            }
            let stdout: Box<dyn Write> = Box::new(io::stdout().lock());
            let mut sinks = Sinks {
                sinks: vec![Sink::new("standard output".to_owned(), stdout)],
                tables: tables.to_vec(),
            };
            sinks.headers(tables)?;
            return Ok(sinks);
        };
        std::fs::create_dir_all(dir)
            .map_err(|e| format!("{}: cannot make folder: {}", dir.display(), io_message(&e)))?;
        let names: Vec<String> = if tables.is_empty() {
            vec!["records.jsonl".to_owned()]
        } else {
            tables.iter().map(|t| format!("{t}.csv")).collect()
        };
        let sinks = names
            .into_iter()
            .map(|name| {
                let path = dir.join(name);
                let file = File::create(&path)
                    .map_err(|e| format!("{}: {}", path.display(), io_message(&e)))?;
                Ok(Sink::new(path.display().to_string(), Box::new(file)))
            })
            .collect::<Result<_, String>>()?;
        let mut sinks = Sinks {
            sinks,
            tables: tables.to_vec(),
        };
        sinks.headers(tables)?;
        Ok(sinks)
    }

    fn headers(&mut self, tables: &[Table]) -> Result<(), String> {
        for (table, sink) in tables.iter().zip(&mut self.sinks) {
            let mut header = Vec::new();
            csv_line(
                &mut header,
                table.columns().iter().map(|c| c.name.to_owned()),
            );
            if !sink.write(&header)? {
                break;
            }
        }
        Ok(())
    }

    /// Writes one document's output; `Ok(false)` when the reader has gone
    /// (a closed pipe), which ends the run quietly.
    pub(crate) fn write(&mut self, rendered: &Rendered) -> Result<bool, String> {
        match rendered {
            Rendered::Bytes(buffers) => {
                for (sink, bytes) in self.sinks.iter_mut().zip(buffers) {
                    if !sink.write(bytes)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Rendered::Document(doc) => {
                let mut writers: Vec<_> = self.sinks.iter_mut().map(|s| &mut s.writer).collect();
                match render(doc, &self.tables, &mut writers) {
                    Ok(()) => Ok(true),
                    Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
                    Err(e) => Err(format!("writing output: {}", io_message(&e))),
                }
            }
        }
    }

    /// Flushes every output.
    pub(crate) fn finish(mut self) -> Result<(), String> {
        for sink in &mut self.sinks {
            match sink.writer.flush() {
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    return Err(format!("writing {}: {}", sink.name, io_message(&e)));
                }
                _ => {}
            }
        }
        Ok(())
    }
}

impl Sink {
    fn new(name: String, writer: Box<dyn Write>) -> Sink {
        Sink {
            name,
            writer: BufWriter::with_capacity(1 << 16, writer),
        }
    }

    fn write(&mut self, bytes: &[u8]) -> Result<bool, String> {
        match self.writer.write_all(bytes) {
            Ok(()) => Ok(true),
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
            Err(e) => Err(format!("writing {}: {}", self.name, io_message(&e))),
        }
    }
}

/// Appends one CSV record (RFC 4180 quoting, `\n` line end) to `out`.
///
/// Quoting is written here rather than taken from a CSV crate: it is one
/// rule (a field with a comma, quote or line break is quoted, its quotes
/// doubled), and the tool only writes.
pub(crate) fn csv_line(out: &mut Vec<u8>, fields: impl Iterator<Item = String>) {
    for (i, field) in fields.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push(b'"');
            out.extend_from_slice(field.replace('"', "\"\"").as_bytes());
            out.push(b'"');
        } else {
            out.extend_from_slice(field.as_bytes());
        }
    }
    out.push(b'\n');
}

/// The progress bar on stderr, or nothing.
pub(crate) struct Progress {
    bar: Option<ProgressBar>,
}

impl Progress {
    /// A bar over the inputs' bytes when every input is a plain file (so the
    /// total is known), else a spinner with bytes and rate; nothing unless
    /// `show`.
    pub(crate) fn new(show: bool, inputs: &[Input], listed: bool) -> Progress {
        if !show {
            return Progress { bar: None };
        }
        let total = if listed {
            None
        } else {
            Input::total_size(inputs)
        };
        let (bar, template) = match total {
            Some(total) => (
                ProgressBar::new(total),
                "{spinner} {elapsed_precise} {wide_bar} {bytes}/{total_bytes} {bytes_per_sec} eta {eta} {msg}",
            ),
            None => (
                ProgressBar::no_length(),
                "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} {msg}",
            ),
        };
        let style = ProgressStyle::with_template(template)
            .expect("the templates above are valid: every run on a terminal draws them");
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(200));
        Progress { bar: Some(bar) }
    }

    pub(crate) fn advance(&self, bytes: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(bytes);
        }
    }

    pub(crate) fn documents(&self, n: usize) {
        if let Some(bar) = &self.bar {
            bar.set_message(format!("{n} documents"));
        }
    }

    /// Runs `f` (which prints to stderr) with the bar out of the way.
    pub(crate) fn suspend(&self, f: impl FnOnce()) {
        match &self.bar {
            Some(bar) => bar.suspend(f),
            None => f(),
        }
    }

    pub(crate) fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// The closing line: documents, megabytes, seconds, throughput, failures.
pub(crate) fn summary(documents: usize, failures: usize, bytes: u64, elapsed: Duration) -> String {
    let mb = bytes as f64 / 1e6;
    let seconds = elapsed.as_secs_f64();
    let rate = if seconds > 0.0 { mb / seconds } else { 0.0 };
    let noun = if documents == 1 {
        "document"
    } else {
        "documents"
    };
    format!(
        "zhengce: {documents} {noun}, {mb:.2} MB in {seconds:.2} s ({rate:.1} MB/s), {failures} failed"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_it() {
        let mut out = Vec::new();
        let fields = ["a", "", "x,y", "say \"hi\"", "two\nlines", "政策"];
        csv_line(&mut out, fields.iter().map(|s| (*s).to_owned()));
        assert_eq!(
            String::from_utf8(out).expect("UTF-8"),
            "a,,\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\",政策\n"
        );
    }

    #[test]
    fn a_large_document_is_written_as_a_buffered_one_would_be() {
        let dir = std::env::temp_dir().join(format!("zhengce-sinks-{}", std::process::id()));
        let mut doc = zhengce::extract(
            "工信部印发《关于加快推进算力建设的通知》。到2025年，全市智能算力规模突破100EFLOPS。",
        );
        doc.id = Some("d".into());
        for tables in [vec![], vec![Table::Goals, Table::Plans]] {
            let mut sinks = Sinks::open(&tables, Some(&dir)).expect("opens");
            let mut buffers = vec![Vec::new(); tables.len().max(1)];
            render(&doc, &tables, &mut buffers).expect("renders");
            assert!(sinks.write(&Rendered::Bytes(buffers)).expect("writes"));
            let whole = Rendered::Document(Box::new(doc.clone()));
            assert!(sinks.write(&whole).expect("writes"));
            sinks.finish().expect("flushes");
            let names: Vec<String> = if tables.is_empty() {
                vec!["records.jsonl".into()]
            } else {
                tables.iter().map(|t| format!("{t}.csv")).collect()
            };
            for name in names {
                let text = std::fs::read_to_string(dir.join(&name)).expect("written");
                let lines: Vec<&str> = text.lines().skip(usize::from(!tables.is_empty())).collect();
                assert_eq!(lines.len(), 2, "{name}");
                assert_eq!(lines[0], lines[1], "{name}");
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn summary_names_every_figure() {
        let line = summary(3, 1, 2_500_000, Duration::from_millis(500));
        assert_eq!(
            line,
            "zhengce: 3 documents, 2.50 MB in 0.50 s (5.0 MB/s), 1 failed"
        );
        let one = summary(1, 0, 0, Duration::ZERO);
        assert_eq!(
            one,
            "zhengce: 1 document, 0.00 MB in 0.00 s (0.0 MB/s), 0 failed"
        );
    }
}
