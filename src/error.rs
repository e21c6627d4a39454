//! The crate's one error type.

use std::fmt;

/// Why an [`Extractor`](crate::Extractor) could not be built, or a value
/// could not be parsed.
///
/// The error is opaque: its message says what to fix. Extraction itself never
/// fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ErrorKind {
    /// A gazetteer row that does not parse; `line` is 1-based.
    Gazetteer {
        file: String,
        line: usize,
        message: String,
    },
    /// A date string that is not an ISO-8601 prefix.
    Date(String),
}

impl Error {
    pub(crate) fn gazetteer(file: &str, line: usize, message: impl Into<String>) -> Self {
        Error {
            kind: ErrorKind::Gazetteer {
                file: file.to_owned(),
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn date(input: &str) -> Self {
        Error {
            kind: ErrorKind::Date(input.to_owned()),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Gazetteer {
                file,
                line,
                message,
            } => write!(f, "gazetteer {file}, line {line}: {message}"),
            ErrorKind::Date(input) => write!(
                f,
                "date {input:?} is not of the form YYYY, YYYY-MM or YYYY-MM-DD"
            ),
        }
    }
}

impl std::error::Error for Error {}
