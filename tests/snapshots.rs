//! One readable snapshot per fixture in `tests/corpus/`: a line per record,
//! `[start, end] surface ⇒ normalized value`.

use std::fmt::Write;

use zhengce::{Document, Extractor, PartialDate};

fn render(doc: &Document) -> String {
    let mut out = String::new();
    let opt = |v: Option<String>| v.unwrap_or_else(|| "-".into());
    let _ = writeln!(
        out,
        "published: {}",
        opt(doc.published.map(|d| d.to_string()))
    );
    let _ = writeln!(out, "plans:");
    for p in &doc.plans {
        let _ = writeln!(
            out,
            "  {:?} {} ⇒ {} | kind {} | period {} | issuers {:?} | issued {} | alias {} | region {}",
            [p.span.start, p.span.end],
            p.surface,
            p.title,
            opt(p.kind.clone()),
            opt(p.period.map(|[a, b]| format!("{a}-{b}"))),
            p.issuers,
            opt(p.issued.map(|d| d.to_string())),
            opt(p.alias.clone()),
            opt(p.region.clone()),
        );
    }
    let _ = writeln!(out, "agencies:");
    for a in &doc.agencies {
        let _ = writeln!(
            out,
            "  {:?} {} ⇒ {} | {} | region {} | parent {}",
            [a.span.start, a.span.end],
            a.surface,
            a.name,
            a.level.as_str(),
            opt(a.region.clone()),
            opt(a.parent.clone()),
        );
    }
    let _ = writeln!(out, "places:");
    for p in &doc.places {
        let _ = writeln!(
            out,
            "  {:?} {} ⇒ {} | {} | {} | {}",
            [p.span.start, p.span.end],
            p.surface,
            p.name,
            p.level.as_str(),
            p.code,
            p.province,
        );
    }
    let _ = writeln!(out, "target_years:");
    for y in &doc.target_years {
        let _ = writeln!(
            out,
            "  {:?} {} ⇒ {} {}",
            [y.span.start, y.span.end],
            y.surface,
            y.year,
            y.role.as_str()
        );
    }
    let _ = writeln!(out, "goals:");
    for g in &doc.goals {
        let _ = writeln!(
            out,
            "  {:?} {} ⇒ {} {} {}{} | base {} | subject {} | deadline {}",
            [g.span.start, g.span.end],
            g.surface,
            g.comparator.as_str(),
            g.value,
            g.max.map(|m| format!("~{m} ")).unwrap_or_default(),
            g.unit,
            opt(g.base.as_ref().map(|b| format!("{:e} {}", b.value, b.unit))),
            opt(g.subject.clone()),
            opt(g.deadline.map(|d| d.to_string())),
        );
    }
    let _ = writeln!(out, "experts:");
    for e in &doc.experts {
        let _ = writeln!(
            out,
            "  {:?} {} ⇒ {} | titles {:?} | affiliation {} | outlet {} | verb {} | quote {}",
            [e.span.start, e.span.end],
            e.surface,
            e.name,
            e.titles,
            opt(e.affiliation.clone()),
            opt(e.outlet.clone()),
            opt(e.verb.clone()),
            opt(e.quote.clone()),
        );
    }
    out
}

#[test]
fn corpus_snapshots() {
    // Fixtures without a stated date resolve relative dates against this one.
    let reference: PartialDate = "2025-06-30".parse().expect("valid date");
    let extractor = Extractor::builder()
        .reference_date(reference)
        .build()
        .expect("builds");
    insta::glob!("corpus/*.txt", |path| {
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let doc = extractor.extract(&text);
        insta::assert_snapshot!(render(&doc));
    });
}
