//! One job on a worker thread: read, decode, extract, render.
//!
//! A file is read once into one buffer, decoded in place when it is UTF-8,
//! handed to the extractor as `&str` and dropped as soon as its records are
//! rendered, so a worker holds one text at a time.

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, Read, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use encoding_rs::{Encoding, UTF_8};
use serde::Deserialize;
use zhengce::table::Table;
use zhengce::{Document, Extractor};

use crate::jobs::{Job, io_message};
use crate::output::csv_line;

/// Turns input bytes into text.
#[derive(Debug)]
pub(crate) struct Decoder {
    encoding: &'static Encoding,
    lossy: bool,
}

impl Decoder {
    /// A decoder for a WHATWG encoding label (`utf-8`, `gb18030`, `gbk`, `big5`).
    pub(crate) fn new(label: &str, lossy: bool) -> Result<Self, String> {
        let encoding = Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| {
            format!(
                "unknown encoding {label:?}: use utf-8, gb18030, gbk, big5 or another WHATWG label"
            )
        })?;
        Ok(Decoder { encoding, lossy })
    }

    /// The text of `bytes`; an error says where the first invalid byte is.
    pub(crate) fn decode(&self, bytes: Vec<u8>) -> Result<String, String> {
        if self.encoding == UTF_8 {
            return match String::from_utf8(bytes) {
                Ok(text) => Ok(text),
                Err(e) if self.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
                Err(e) => Err(format!(
                    "not UTF-8 (invalid byte at offset {}); --lossy replaces invalid bytes, \
                     --encoding gb18030 reads GB18030/GBK files",
                    e.utf8_error().valid_up_to()
                )),
            };
        }
        let name = self.encoding.name();
        if self.lossy {
            let (text, _) = self.encoding.decode_without_bom_handling(&bytes);
            return Ok(text.into_owned());
        }
        self.encoding
            .decode_without_bom_handling_and_without_replacement(&bytes)
            .map(Cow::into_owned)
            .ok_or_else(|| format!("not valid {name}; --lossy replaces invalid bytes"))
    }
}

/// Texts longer than this are rendered by the writer, straight into the
/// output, rather than into a buffer: the JSON of a very large document is
/// larger than its text, and a second copy of it is what would push memory
/// past the text's own size.
const RENDER_IN_PLACE: usize = 8 << 20;

/// A job's output.
pub(crate) enum Rendered {
    /// One buffer per output (the JSON line, or each table's CSV rows).
    Bytes(Vec<Vec<u8>>),
    /// A document from a very large text, for the writer to render.
    Document(Box<Document>),
}

/// Reads, extracts and renders one job; an error message names the input.
pub(crate) fn process(
    job: Job,
    extractor: &Extractor,
    decoder: &Decoder,
    tables: &[Table],
) -> Result<Rendered, String> {
    let (name, id, text) = match job {
        Job::Failed(message) => return Err(message),
        Job::File { path, .. } => {
            let name = path.display().to_string();
            let bytes = read_file(&path).map_err(|m| format!("{name}: {m}"))?;
            let text = decoder.decode(bytes).map_err(|m| format!("{name}: {m}"))?;
            let id = path
                .file_stem()
                .map_or_else(|| name.clone(), |s| s.to_string_lossy().into_owned());
            (name, id, text)
        }
        Job::Whole { id, bytes } => {
            let text = decoder.decode(bytes).map_err(|m| format!("{id}: {m}"))?;
            (id.clone(), id, text)
        }
        Job::Line {
            origin,
            number,
            bytes,
        } => {
            let name = format!("{origin}:{number}");
            let line = decoder.decode(bytes).map_err(|m| format!("{name}: {m}"))?;
            let (id, text) = parse_line(&line, number).map_err(|m| format!("{name}: {m}"))?;
            (name, id, text)
        }
    };
    let extracted = catch_unwind(AssertUnwindSafe(|| extractor.extract(&text)));
    let large = text.len() > RENDER_IN_PLACE;
    drop(text);
    let mut doc = extracted.map_err(|_| {
        format!("{name}: internal error while extracting; please report it with this input")
    })?;
    doc.id = Some(id);
    if large {
        return Ok(Rendered::Document(Box::new(doc)));
    }
    let mut buffers = vec![Vec::new(); tables.len().max(1)];
    render(&doc, tables, &mut buffers).map_err(|e| format!("{name}: {e}"))?;
    Ok(Rendered::Bytes(buffers))
}

/// Reads a whole file; an error if it changed size while being read (a file
/// still being written or truncated), which would give a cut text.
fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    let file = File::open(path).map_err(|e| io_message(&e))?;
    let meta = file.metadata().map_err(|e| io_message(&e))?;
    if meta.is_dir() {
        return Err("is a folder".to_owned());
    }
    // Pipes and special files report no meaningful size, nor do the
    // kernel's files that call themselves empty (/proc).
    let expected = (meta.is_file() && meta.len() > 0).then_some(meta.len());
    read_whole(file, expected)
}

/// Reads `reader` to its end; when `expected` is known, the bytes read must
/// match it.
pub(crate) fn read_whole(mut reader: impl Read, expected: Option<u64>) -> Result<Vec<u8>, String> {
    let capacity = expected.and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    let mut bytes = Vec::new();
    bytes
        .try_reserve_exact(capacity)
        .map_err(|_| format!("too large to hold in memory ({capacity} bytes)"))?;
    reader.read_to_end(&mut bytes).map_err(|e| io_message(&e))?;
    match expected {
        Some(size) if size != bytes.len() as u64 => Err(format!(
            "changed while being read ({size} bytes when opened, {} read); \
             is it still being written?",
            bytes.len()
        )),
        _ => Ok(bytes),
    }
}

/// One JSON Lines record: `{"id": …, "text": …}`.
#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
}

/// The id and text of a JSON Lines record; the id defaults to the line number.
fn parse_line(line: &str, number: usize) -> Result<(String, String), String> {
    let record: Line = serde_json::from_str(line).map_err(|e| {
        let e = e.to_string();
        format!("not a JSON object with a \"text\" string: {e}")
    })?;
    let id = match record.id {
        None | Some(serde_json::Value::Null) => number.to_string(),
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(other) => return Err(format!("\"id\" is neither a string nor a number: {other}")),
    };
    Ok((id, record.text))
}

/// Writes the JSON line of `doc` to `outs[0]`, or each table's CSV rows to
/// its own output.
pub(crate) fn render(doc: &Document, tables: &[Table], outs: &mut [impl Write]) -> io::Result<()> {
    if tables.is_empty() {
        let out = &mut outs[0];
        serde_json::to_writer(&mut *out, doc)?;
        return out.write_all(b"\n");
    }
    let mut line = Vec::new();
    for (table, out) in tables.iter().zip(outs) {
        for row in table.rows(doc) {
            line.clear();
            csv_line(&mut line, row.iter().map(ToString::to_string));
            out.write_all(&line)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_read_is_a_change_not_a_text() {
        let err = read_whole(&b"abc"[..], Some(10)).expect_err("cut");
        assert!(err.contains("changed while being read"), "{err}");
        assert!(err.contains("10 bytes when opened, 3 read"), "{err}");
        assert_eq!(read_whole(&b"abc"[..], Some(3)), Ok(b"abc".to_vec()));
        assert_eq!(read_whole(&b"abc"[..], None), Ok(b"abc".to_vec()));
    }

    #[test]
    fn decoding() {
        let utf8 = Decoder::new("utf-8", false).expect("known");
        let lossy = Decoder::new("utf-8", true).expect("known");
        let gb = Decoder::new("gb18030", false).expect("known");
        // 政策 in GB18030 is D5 FE B2 DF.
        let gb_bytes = vec![0xD5, 0xFE, 0xB2, 0xDF];
        assert_eq!(gb.decode(gb_bytes.clone()).as_deref(), Ok("政策"));
        let err = utf8.decode(gb_bytes.clone()).expect_err("not UTF-8");
        assert!(err.contains("offset 0") && err.contains("gb18030"), "{err}");
        assert_eq!(
            lossy.decode(b"a\xffb".to_vec()).as_deref(),
            Ok("a\u{fffd}b")
        );
        assert!(gb.decode(vec![0x81]).is_err(), "a cut two-byte character");
        assert!(Decoder::new("klingon", false).is_err());
    }

    #[test]
    fn json_lines_ids() {
        let cases = [
            (r#"{"id": "a1", "text": "x"}"#, Ok(("a1", "x"))),
            (r#"{"id": 7, "text": "x"}"#, Ok(("7", "x"))),
            (r#"{"text": "x"}"#, Ok(("12", "x"))),
            (r#"{"id": null, "text": "x", "url": "u"}"#, Ok(("12", "x"))),
            (r#"{"id": [1], "text": "x"}"#, Err("neither")),
            (r#"{"id": "a"}"#, Err("\"text\"")),
            (r#"not json"#, Err("not a JSON object")),
        ];
        for (line, expected) in cases {
            let got = parse_line(line, 12);
            match expected {
                Ok((id, text)) => {
                    assert_eq!(got, Ok((id.to_owned(), text.to_owned())), "{line}");
                }
                Err(part) => {
                    let err = got.expect_err(line);
                    assert!(err.contains(part), "{line}: {err}");
                }
            }
        }
    }
}
