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
    /// A record kind name that names none.
    Kind { name: String, known: String },
    /// Passes whose declarations leave no order to run them in.
    Schedule(String),
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

    pub(crate) fn kind<'a>(name: &str, known: impl Iterator<Item = &'a str>) -> Self {
        Error {
            kind: ErrorKind::Kind {
                name: name.to_owned(),
                known: known.collect::<Vec<_>>().join(", "),
            },
        }
    }

    pub(crate) fn schedule(passes: &[&str]) -> Self {
        Error {
            kind: ErrorKind::Schedule(passes.join(", ")),
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
            ErrorKind::Kind { name, known } => {
                write!(
                    f,
                    "no record kind is named {name:?}; the kinds are {known} and all"
                )
            }
            ErrorKind::Schedule(passes) => write!(
                f,
                "the passes {passes} read each other's records: no order runs them"
            ),
        }
    }
}

impl std::error::Error for Error {}
