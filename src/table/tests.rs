use super::*;

/// One record of every kind, every optional field filled, as the contract's JSON.
const FULL: &str = r#"{
  "id": "d1", "published": "2023-06-08",
  "plans": [{"title": "数字中国建设2025年行动方案", "surface": "《数字中國建設2025年行動方案》",
    "span": [10, 56], "kind": "行动方案", "period": [2023, 2025],
    "issuers": ["国家数据局", "工业和信息化部"], "issued": "2023-05",
    "alias": "行动方案", "region": "深圳市", "number": "国发〔2019〕4号"}],
  "agencies": [{"name": "国家数据局综合司", "surface": "國家數據局綜合司", "span": [0, 24],
    "level": "central", "region": null, "parent": "国家数据局"}],
  "places": [{"name": "深圳市", "surface": "深圳", "span": [3, 9], "level": "prefecture",
    "code": "440300", "province": "广东省", "former": true}],
  "target_years": [{"year": 2025, "role": "deadline", "surface": "2025年", "span": [3, 10]}],
  "goals": [{"subject": "智能算力规模", "comparator": "range", "value": 100.0, "max": 120.5,
    "unit": "EFLOPS", "base": {"value": 1e20, "unit": "FLOPS"}, "deadline": 2025,
    "surface": "100至120.5EFLOPS", "span": [40, 60]}],
  "experts": [{"name": "郭涛", "titles": ["副主任", "资深专家"], "affiliation": "中心",
    "outlet": "证券日报", "verb": "表示", "quote": "他说，\"好\"", "surface": "副主任、资深专家郭涛",
    "span": [5, 30]}],
  "numbers": [{"number": "国发〔2019〕4号", "prefix": "国发", "year": 2019, "seq": 4,
    "issuer": "国务院", "plan": "国家职业教育改革实施方案", "surface": "国发[2019]4号",
    "span": [7, 25]}],
  "incentives": [{"kind": "reward", "value": 20.0, "max": null, "unit": "万元",
    "base": {"value": 200000.0, "unit": "CNY"}, "cap": true, "condition": "首次突破500万元的企业",
    "surface": "最高奖励20万元", "span": [70, 90]}]
}"#;

fn full() -> Document {
    serde_json::from_str(FULL).expect("FULL is a contract document")
}

/// The JSON field names of `value`'s records, flattened by the module's rules.
fn flattened_fields(record: &serde_json::Value) -> Vec<String> {
    let object = record.as_object().expect("a record is an object");
    let mut names = Vec::new();
    for (key, value) in object {
        match key.as_str() {
            "span" => names.extend(["span_start".to_owned(), "span_end".to_owned()]),
            "period" => names.extend(["period_start".to_owned(), "period_end".to_owned()]),
            _ if value.is_object() => {
                let inner = value.as_object().expect("checked");
                names.extend(inner.keys().map(|k| format!("{key}_{k}")));
            }
            _ => names.push(key.clone()),
        }
    }
    names
}

#[test]
fn every_field_of_every_record_has_exactly_one_column() {
    let json = serde_json::to_value(full()).expect("serializes");
    for table in Table::ALL {
        let record = &json[table.as_str()][0];
        let mut fields = flattened_fields(record);
        fields.push("id".to_owned());
        fields.sort();
        let mut columns: Vec<String> = table.columns().iter().map(|c| c.name.to_owned()).collect();
        columns.sort();
        assert_eq!(columns, fields, "{table}");
    }
}

#[test]
fn id_comes_first_and_surface_and_span_last() {
    for table in Table::ALL {
        let names: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
        assert_eq!(names[0], "id", "{table}");
        assert_eq!(
            names[names.len() - 3..],
            ["surface", "span_start", "span_end"],
            "{table}"
        );
    }
}

#[test]
fn cells_have_their_column_types() {
    let doc = full();
    for table in Table::ALL {
        let rows = table.rows(&doc);
        assert_eq!(rows.len(), 1, "{table}");
        for (cell, column) in rows[0].iter().zip(table.columns()) {
            let ok = match cell {
                Cell::Null => true,
                Cell::Str(_) => column.ty == ColumnType::Str,
                Cell::Int(_) => column.ty == ColumnType::Int,
                Cell::Float(_) => column.ty == ColumnType::Float,
                Cell::Bool(_) => column.ty == ColumnType::Bool,
            };
            assert!(ok, "{table}.{}: {cell:?}", column.name);
        }
        assert_eq!(rows[0].len(), table.columns().len(), "{table}");
    }
}

/// The row of `table` in `doc` as (column, CSV text) pairs.
fn named(table: Table, doc: &Document) -> Vec<(&'static str, String)> {
    let rows = table.rows(doc);
    table
        .columns()
        .iter()
        .zip(&rows[0])
        .map(|(c, cell)| (c.name, cell.to_string()))
        .collect()
}

#[test]
fn nested_fields_are_flattened() {
    let doc = full();
    let cases: &[(Table, &[(&str, &str)])] = &[
        (
            Table::Plans,
            &[
                ("id", "d1"),
                ("period_start", "2023"),
                ("period_end", "2025"),
                ("issuers", "国家数据局;工业和信息化部"),
                ("issued", "2023-05"),
                ("number", "国发〔2019〕4号"),
                ("span_start", "10"),
                ("span_end", "56"),
            ],
        ),
        (
            Table::Agencies,
            &[
                ("level", "central"),
                ("region", ""),
                ("parent", "国家数据局"),
            ],
        ),
        (Table::Places, &[("code", "440300"), ("province", "广东省")]),
        (
            Table::TargetYears,
            &[("year", "2025"), ("role", "deadline")],
        ),
        (
            Table::Goals,
            &[
                ("comparator", "range"),
                ("value", "100"),
                ("max", "120.5"),
                ("base_value", "100000000000000000000"),
                ("base_unit", "FLOPS"),
                ("deadline", "2025"),
            ],
        ),
        (
            Table::Experts,
            &[("titles", "副主任;资深专家"), ("quote", "他说，\"好\"")],
        ),
        (
            Table::Numbers,
            &[
                ("prefix", "国发"),
                ("year", "2019"),
                ("seq", "4"),
                ("surface", "国发[2019]4号"),
            ],
        ),
        (
            Table::Incentives,
            &[
                ("kind", "reward"),
                ("max", ""),
                ("base_value", "200000"),
                ("base_unit", "CNY"),
                ("cap", "true"),
                ("condition", "首次突破500万元的企业"),
            ],
        ),
    ];
    for (table, expected) in cases {
        let row = named(*table, &doc);
        for (column, value) in *expected {
            let got = row
                .iter()
                .find(|(c, _)| c == column)
                .map(|(_, v)| v.as_str());
            assert_eq!(got, Some(*value), "{table}.{column}");
        }
    }
}

#[test]
fn absent_base_and_empty_lists_are_null() {
    let mut doc = full();
    doc.goals[0].base = None;
    doc.plans[0].issuers.clear();
    doc.id = None;
    let goal = &Table::Goals.rows(&doc)[0];
    assert_eq!(goal[0], Cell::Null, "no id");
    assert_eq!(goal[6], Cell::Null, "base_value");
    assert_eq!(goal[7], Cell::Null, "base_unit");
    assert_eq!(Table::Plans.rows(&doc)[0][5], Cell::Null, "issuers");
}

#[test]
fn rows_follow_the_list_order() {
    let mut doc = full();
    let mut second = serde_json::to_value(&doc.places[0]).expect("serializes");
    second["name"] = "广东省".into();
    doc.places
        .push(serde_json::from_value(second).expect("a contract place"));
    let rows = Table::Places.rows(&doc);
    let names: Vec<String> = rows.iter().map(|r| r[1].to_string()).collect();
    assert_eq!(names, ["深圳市", "广东省"]);
}

#[test]
fn names_parse_back_and_unknown_names_say_what_to_choose() {
    for table in Table::ALL {
        assert_eq!(table.as_str().parse::<Table>(), Ok(table));
    }
    let err = "goal".parse::<Table>().expect_err("not a table");
    assert!(err.to_string().contains("goals"), "{err}");
}
