//! The seed articles in `../shared/seeds` against their hand-checked answers
//! in `../shared/eval/seeds.gold.jsonl`, scored like the project's scorer:
//! per-field precision and recall over names and values. Skips cleanly when
//! `../shared` is absent. The seed texts are read at test time and never
//! copied into this repository.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use serde_json::Value;
use zhengce::{Document, Extractor};

/// Folds the spelling variants the scorer treats as equal.
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !"\"'“”‘’「」『』《》〈〉".contains(*c))
        .map(|c| match c {
            '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{301c}' | '\u{ff5e}' | '~' | '－' => '-',
            '（' => '(',
            '）' => ')',
            c => c,
        })
        .collect()
}

fn place_key(name: &str) -> String {
    const SUFFIXES: &[&str] = &[
        "特别行政区",
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "自治州",
        "自治县",
        "新区",
        "地区",
        "省",
        "市",
        "区",
        "县",
        "盟",
        "旗",
    ];
    let s = norm(name);
    for suffix in SUFFIXES {
        if let Some(stem) = s.strip_suffix(suffix) {
            return if stem.chars().count() >= 2 {
                stem.to_owned()
            } else {
                s
            };
        }
    }
    s
}

#[derive(Default, Debug)]
struct Tally {
    tp: usize,
    fp: Vec<String>,
    fn_: Vec<String>,
}

impl Tally {
    /// Matches predicted keys against gold keys; optional gold absorbs predictions.
    fn add(&mut self, doc: &str, gold: Vec<String>, optional: &[String], pred: Vec<String>) {
        let mut gold = gold;
        for p in pred {
            if let Some(i) = gold.iter().position(|g| *g == p) {
                gold.swap_remove(i);
                self.tp += 1;
            } else if !optional.contains(&p) {
                self.fp.push(format!("{doc}: {p}"));
            }
        }
        self.fn_
            .extend(gold.into_iter().map(|g| format!("{doc}: {g}")));
    }

    fn f1(&self) -> f64 {
        let (tp, fp, fn_) = (self.tp as f64, self.fp.len() as f64, self.fn_.len() as f64);
        let p = if tp + fp > 0.0 { tp / (tp + fp) } else { 1.0 };
        let r = if tp + fn_ > 0.0 { tp / (tp + fn_) } else { 1.0 };
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        }
    }
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default()
}

fn optional(v: &Value) -> bool {
    v.get("optional").and_then(Value::as_bool).unwrap_or(false)
}

fn goal_key(value: f64, unit: &str) -> String {
    format!("{value:.6e} {unit}")
}

fn score(gold: &Value, doc: &Document, tallies: &mut BTreeMap<&'static str, Tally>) {
    let id = gold["id"].as_str().unwrap_or("?");
    // Agencies: every accepted spelling maps to the canonical gold name.
    let mut aka: HashMap<String, String> = HashMap::new();
    for a in gold["agencies"].as_array().into_iter().flatten() {
        let name = norm(a["name"].as_str().unwrap_or(""));
        aka.insert(name.clone(), name.clone());
        for s in strs(&a["aka"]) {
            aka.insert(norm(&s), name.clone());
        }
    }
    let canon = |s: &str| aka.get(&norm(s)).cloned().unwrap_or_else(|| norm(s));
    let items = |key: &str| gold[key].as_array().cloned().unwrap_or_default();

    let (mut g, mut o) = (Vec::new(), Vec::new());
    for a in items("agencies") {
        let name = norm(a["name"].as_str().unwrap_or(""));
        if optional(&a) {
            o.push(name)
        } else {
            g.push(name)
        }
    }
    g.sort();
    g.dedup();
    let mut p: Vec<String> = doc.agencies.iter().map(|a| canon(&a.name)).collect();
    p.sort();
    p.dedup();
    tallies.entry("agencies").or_default().add(id, g, &o, p);

    let (mut g, mut o) = (Vec::new(), Vec::new());
    for x in items("places") {
        match &x {
            Value::String(s) => g.push(place_key(s)),
            _ if optional(&x) => o.push(place_key(x["name"].as_str().unwrap_or(""))),
            _ => g.push(place_key(x["name"].as_str().unwrap_or(""))),
        }
    }
    g.sort();
    g.dedup();
    let mut p: Vec<String> = doc.places.iter().map(|x| place_key(x.name())).collect();
    p.sort();
    p.dedup();
    tallies.entry("places").or_default().add(id, g, &o, p);

    let (mut g, mut o, mut gi, mut oi) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for x in items("plans") {
        let title = norm(x["title"].as_str().unwrap_or(""));
        let pairs = |v: &Value| {
            strs(v)
                .iter()
                .map(|i| format!("{title} ← {}", canon(i)))
                .collect::<Vec<_>>()
        };
        if optional(&x) {
            o.push(title.clone());
            oi.extend(pairs(&x["issuers"]));
        } else {
            g.push(title.clone());
            gi.extend(pairs(&x["issuers"]));
        }
        oi.extend(pairs(&x["optional_issuers"]));
    }
    let p = doc.plans.iter().map(|x| norm(&x.title)).collect();
    tallies.entry("plans").or_default().add(id, g, &o, p);
    let pi = doc
        .plans
        .iter()
        .flat_map(|x| {
            x.issuers
                .iter()
                .map(move |i| format!("{} ← {}", norm(&x.title), canon(i)))
        })
        .collect();
    tallies
        .entry("plan_issuers")
        .or_default()
        .add(id, gi, &oi, pi);

    let mut g: Vec<String> = gold["target_years"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|y| y.to_string())
        .collect();
    g.sort();
    g.dedup();
    let o: Vec<String> = gold["optional_years"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|y| y.to_string())
        .collect();
    let mut p: Vec<String> = doc
        .target_years
        .iter()
        .map(|y| y.year.to_string())
        .collect();
    p.sort();
    p.dedup();
    tallies.entry("target_years").or_default().add(id, g, &o, p);

    let (mut g, mut o) = (Vec::new(), Vec::new());
    for x in items("goals") {
        let key = match x["base"].as_array() {
            Some(b) => goal_key(
                b[0].as_f64().unwrap_or(f64::NAN),
                b[1].as_str().unwrap_or(""),
            ),
            None => goal_key(
                x["value"].as_f64().unwrap_or(f64::NAN),
                x["unit"].as_str().unwrap_or(""),
            ),
        };
        if optional(&x) {
            o.push(key)
        } else {
            g.push(key)
        }
    }
    let p = doc
        .goals
        .iter()
        .map(|x| match &x.base {
            Some(b) => goal_key(b.value, &b.unit),
            None => goal_key(x.value, &x.unit),
        })
        .collect();
    tallies.entry("goals").or_default().add(id, g, &o, p);

    let (mut g, mut o) = (Vec::new(), Vec::new());
    for x in items("experts") {
        let name = norm(x["name"].as_str().unwrap_or(""));
        if optional(&x) {
            o.push(name)
        } else {
            g.push(name)
        }
    }
    g.sort();
    g.dedup();
    let mut p: Vec<String> = doc.experts.iter().map(|x| norm(&x.name)).collect();
    p.sort();
    p.dedup();
    tallies.entry("experts").or_default().add(id, g, &o, p);
}

#[test]
fn seeds_match_their_gold() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let gold_path = shared.join("eval/seeds.gold.jsonl");
    let Ok(gold) = std::fs::read_to_string(&gold_path) else {
        eprintln!("skipped: {} not found", gold_path.display());
        return;
    };
    let extractor = Extractor::new();
    let mut tallies = BTreeMap::new();
    let mut published = (0, 0);
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let gold: Value = serde_json::from_str(line).expect("gold line is JSON");
        let id = gold["id"].as_str().expect("gold id");
        let text = std::fs::read_to_string(shared.join("seeds").join(format!("{id}.txt")))
            .expect("seed text");
        let doc = extractor.extract(&text);
        if let Some(want) = gold["published"].as_str() {
            published.1 += 1;
            published.0 +=
                usize::from(doc.published.map(|d| d.to_string()).as_deref() == Some(want));
        }
        score(&gold, &doc, &mut tallies);
    }
    // The floors each capability was accepted at; a drop below one fails.
    let floors = [
        ("places", 0.95),
        ("agencies", 0.90),
        ("plans", 0.97),
        ("plan_issuers", 0.90),
        ("target_years", 0.95),
        ("goals", 0.95),
        ("experts", 0.97),
    ];
    let mut failures = Vec::new();
    for (field, floor) in floors {
        let t = &tallies[field];
        eprintln!(
            "{field:<14} F1 {:.3}  tp {} fp {:?} fn {:?}",
            t.f1(),
            t.tp,
            t.fp,
            t.fn_
        );
        if t.f1() < floor {
            failures.push(format!("{field} F1 {:.3} < {floor}", t.f1()));
        }
    }
    assert_eq!(
        published.0, published.1,
        "published dates right on {} of {}",
        published.0, published.1
    );
    assert!(failures.is_empty(), "{failures:?}");
}
