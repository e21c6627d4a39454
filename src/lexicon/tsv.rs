//! Embedded gazetteer files and the TSV reader they share.
//!
//! Every file in `gazetteers/` is UTF-8 with tab-separated columns. Lines
//! starting with `#` are comments (source, date, licence); the first other
//! line names the columns; blank lines are skipped. Rows are parsed when an
//! [`Extractor`](crate::Extractor) is built, and a malformed row is an
//! [`Error`] naming the file and line.

use crate::Error;

/// One embedded gazetteer: its file name (for error messages) and its text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Source {
    pub(crate) name: &'static str,
    pub(crate) text: &'static str,
}

macro_rules! embed {
    ($($ident:ident => $file:literal),* $(,)?) => {
        $(
            pub(crate) const $ident: Source = Source {
                name: $file,
                text: include_str!(concat!("../../gazetteers/", $file)),
            };
        )*
    };
}

embed! {
    T2S => "t2s.tsv",
    UNITS => "units.tsv",
    COMPARATORS => "comparators.tsv",
    GOAL_CUES => "goal_cues.tsv",
    SPEECH_VERBS => "speech_verbs.tsv",
    JOB_TITLES => "job_titles.tsv",
    LEADER_POSTS => "leader_posts.tsv",
    SURNAMES => "surnames.tsv",
    EXPERT_CUES => "expert_cues.tsv",
    PLACES => "places.tsv",
    PLACES_FORMER => "places_former.tsv",
    PLACE_STOPWORDS => "place_stopwords.tsv",
    AGENCIES => "agencies.tsv",
    AGENCY_SUFFIXES => "agency_suffixes.tsv",
    LEVEL_PREFIX_STOPWORDS => "level_prefix_stopwords.tsv",
    ZONE_GENERIC_WORDS => "zone_generic_words.tsv",
    TIME_WORDS => "time_words.tsv",
    AIM_VERBS => "aim_verbs.tsv",
    ZONE_WORDS => "zone_words.tsv",
    ZONE_COMMITTEES => "zone_committees.tsv",
    AGENCY_CUES => "agency_cues.tsv",
    PLACE_CUES => "place_cues.tsv",
    PLAN_KINDS => "plan_kinds.tsv",
    OUTLETS => "outlets.tsv",
    NUMBERS => "numbers.tsv",
    PLACE_ABBREVIATIONS => "place_abbreviations.tsv",
    INCENTIVES => "incentives.tsv",
}

/// The most columns a gazetteer file has (`places.tsv`, `units.tsv`).
const MAX_COLUMNS: usize = 5;

/// A parsed data row: its 1-based line number and its fields, kept in the
/// row itself rather than in a list of their own (twelve thousand rows).
#[derive(Debug, Clone)]
pub(crate) struct Row<'a> {
    pub(crate) line: usize,
    fields: [&'a str; MAX_COLUMNS],
}

impl<'a> Row<'a> {
    /// The field at `index`, or `""` when the row is shorter.
    pub(crate) fn get(&self, index: usize) -> &'a str {
        self.fields.get(index).copied().unwrap_or("")
    }
}

/// Parses `text` (named `name` in errors) into rows of exactly `columns`
/// fields, skipping comments, blank lines and the column header.
pub(crate) fn parse<'a>(name: &str, text: &'a str, columns: usize) -> Result<Vec<Row<'a>>, Error> {
    rows(name, text, columns, Header::Skip)
}

/// Parses user-supplied rows: the same format without the column header.
pub(crate) fn parse_extra<'a>(
    name: &str,
    text: &'a str,
    columns: usize,
) -> Result<Vec<Row<'a>>, Error> {
    rows(name, text, columns, Header::Absent)
}

/// Whether the first data line names the columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Header {
    Skip,
    Absent,
}

/// Every line that is not blank or a comment, split at tabs into exactly
/// `columns` fields.
fn rows<'a>(
    name: &str,
    text: &'a str,
    columns: usize,
    header: Header,
) -> Result<Vec<Row<'a>>, Error> {
    if columns > MAX_COLUMNS {
        let message = format!("a gazetteer has at most {MAX_COLUMNS} columns, not {columns}");
        return Err(Error::gazetteer(name, 0, message));
    }
    let mut rows = Vec::new();
    let mut skip = header == Header::Skip;
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let raw = raw.trim_end_matches('\r');
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let mut fields = [""; MAX_COLUMNS];
        let mut found = 0;
        for field in raw.split('\t') {
            if let Some(slot) = fields.get_mut(found) {
                *slot = field;
            }
            found += 1;
        }
        if found != columns {
            let message = format!("expected {columns} tab-separated columns, found {found}");
            return Err(Error::gazetteer(name, line, message));
        }
        if std::mem::take(&mut skip) {
            continue;
        }
        rows.push(Row { line, fields });
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_comments_header_and_blank_lines() {
        let rows = parse("x.tsv", "# source\na\tb\n\n1\t2\n3\t4\n", 2).expect("valid");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].line, 4);
        assert_eq!((rows[1].get(0), rows[1].get(1)), ("3", "4"));
    }

    #[test]
    fn names_file_and_line_on_error() {
        let err = parse("x.tsv", "a\tb\n1\t2\n3\n", 2).expect_err("short row");
        assert_eq!(
            err.to_string(),
            "gazetteer x.tsv, line 3: expected 2 tab-separated columns, found 1"
        );
    }

    #[test]
    fn every_embedded_file_parses() {
        assert!(parse(T2S.name, T2S.text, 2).expect("t2s").len() > 4000);
    }
}
