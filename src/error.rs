//! The crate's one error type.

/// Why an [`Extractor`](crate::Extractor) could not be built, or a value
/// could not be parsed.
///
/// The error is opaque: its message says what to fix. Extraction itself never
/// fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(transparent)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
enum ErrorKind {
    /// A gazetteer row that does not parse; `line` is 1-based.
    #[error("gazetteer {file}, line {line}: {message}")]
    Gazetteer {
        file: String,
        line: usize,
        message: String,
    },
    /// A date string that is not an ISO-8601 prefix.
    #[error("date {0:?} is not of the form YYYY, YYYY-MM or YYYY-MM-DD")]
    DateShape(String),
    /// A well-formed date that is not on the calendar (2025-02-30, 2025-13).
    #[error("date {0:?} does not exist: check the month (1-12) and the day of that month")]
    NoSuchDate(String),
    /// A record kind name that names none.
    #[error("no record kind is named {name:?}; the kinds are {known} and all")]
    Kind { name: String, known: String },
    /// Passes whose declarations leave no order to run them in.
    #[error("the passes {0} read each other's records: no order runs them")]
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
            kind: ErrorKind::DateShape(input.to_owned()),
        }
    }

    pub(crate) fn no_such_date(input: &str) -> Self {
        Error {
            kind: ErrorKind::NoSuchDate(input.to_owned()),
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
