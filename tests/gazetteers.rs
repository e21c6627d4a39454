//! Lint for every file in `gazetteers/`: provenance comments, a column
//! header, rows of one width, sorted by their first column, no duplicates
//! and no stray white space.

use std::path::Path;

#[test]
fn every_gazetteer_is_well_formed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("gazetteers/ exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|e| e != "tsv") {
            continue;
        }
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("?")
            .to_owned();
        let text = std::fs::read_to_string(&path).expect("UTF-8");
        let comments = text.lines().take_while(|l| l.starts_with('#')).count();
        assert!(
            comments >= 1,
            "{name}: must open with '#' lines naming source, date and licence"
        );
        let mut lines = text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.is_empty());
        let (_, header) = lines
            .next()
            .unwrap_or_else(|| panic!("{name}: no column header"));
        let width = header.split('\t').count();
        let mut previous: Option<String> = None;
        for (i, line) in lines {
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(
                fields.len(),
                width,
                "{name}:{}: {} columns, header has {width}",
                i + 1,
                fields.len()
            );
            for f in &fields {
                assert_eq!(f.trim(), *f, "{name}:{}: white space around {f:?}", i + 1);
            }
            let key = line.to_owned();
            if let Some(prev) = &previous {
                assert!(
                    prev < &key,
                    "{name}:{}: rows must be sorted and unique ({prev:?} then {key:?})",
                    i + 1
                );
            }
            previous = Some(key);
        }
        checked += 1;
    }
    assert!(checked >= 1, "no gazetteer checked");
}
