//! Lists the plans a text names, with who issued them, when, and under which
//! document number (发文字号).
//!
//! ```text
//! cargo run --example plans -- tests/corpus/plans-official-document.txt
//! ```

use zhengce::{Document, Extractor};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let extractor = Extractor::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        println!("{path}");
        print!("{}", describe(&extractor.extract(&text)));
    }
    Ok(())
}

/// One line per plan: title, genre, issuers, date, number.
fn describe(doc: &Document) -> String {
    let mut out = String::new();
    for plan in &doc.plans {
        let issuers = if plan.issuers.is_empty() {
            "issuer not named".to_owned()
        } else {
            plan.issuers.join("、")
        };
        let issued = plan
            .issued
            .map_or_else(|| "date not given".to_owned(), |d| d.to_string());
        // A number tied to the plan, else one of the text's numbers naming it.
        let number = plan.number.clone().or_else(|| {
            doc.numbers
                .iter()
                .find(|n| n.plan.as_deref() == Some(plan.title.as_str()))
                .map(|n| n.number.clone())
        });
        out.push_str(&format!(
            "  《{}》 [{}] {issuers}, {issued}{}\n",
            plan.title,
            plan.kind.as_deref().unwrap_or("-"),
            number.map(|n| format!(", {n}")).unwrap_or_default(),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_with_its_issuer_and_date() {
        let doc = Extractor::new()
            .extract("2024年5月，工业和信息化部印发《关于加快推进算力建设的通知》。");
        let text = describe(&doc);
        assert!(
            text.contains("《关于加快推进算力建设的通知》 [通知] 工业和信息化部"),
            "{text}"
        );
    }
}
