//! Prints the goals of some texts as a tab-separated table, one row per goal.
//!
//! ```text
//! cargo run --example goals_table -- tests/corpus/goals-news.txt tests/corpus/goals-plan.txt
//! ```
//!
//! The columns are those of `zhengce::table::Table::Goals` (the same as
//! `zhengce --table goals`): id, subject, comparator, value, max, unit,
//! base_value, base_unit, deadline, surface, span_start, span_end.

use zhengce::Extractor;
use zhengce::table::Table;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let extractor = Extractor::new();
    let names: Vec<&str> = Table::Goals.columns().iter().map(|c| c.name).collect();
    println!("{}", names.join("\t"));
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let mut doc = extractor.extract(&text);
        doc.id = Some(path);
        for row in Table::Goals.rows(&doc) {
            let cells: Vec<String> = row.iter().map(ToString::to_string).collect();
            println!("{}", cells.join("\t"));
        }
    }
    Ok(())
}
