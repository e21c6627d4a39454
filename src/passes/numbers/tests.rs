//! Document numbers through the whole pipeline: one row per text.

/// (number, prefix, year, seq, issuer, plan)
type Row = (
    &'static str,
    &'static str,
    i32,
    Option<u32>,
    Option<&'static str>,
    Option<&'static str>,
);

/// A number's fields as the extractor gives them.
type Got = (
    String,
    String,
    i32,
    Option<u32>,
    Option<String>,
    Option<String>,
);

fn numbers(text: &str) -> Vec<Got> {
    let doc = crate::passes::testing::extractor(None).extract(text);
    doc.numbers
        .iter()
        .map(|n| {
            (
                n.number.clone(),
                n.prefix.clone(),
                n.year,
                n.seq,
                n.issuer.clone(),
                n.plan.clone(),
            )
        })
        .collect()
}

#[test]
fn examples() {
    let rows: &[(&str, &str, &[Row])] = &[
        (
            "central, in running text after its plan",
            "国务院印发《关于推进某项改革的意见》(国发〔2021〕7号),要求各地落实。",
            &[(
                "国发〔2021〕7号",
                "国发",
                2021,
                Some(7),
                Some("中华人民共和国国务院"),
                Some("关于推进某项改革的意见"),
            )],
        ),
        (
            "a word glued before a place's code is no part of it",
            "加快项目建设沪府办发〔2005〕12号文件已明确。",
            &[(
                "沪府办发〔2005〕12号",
                "沪府办发",
                2005,
                Some(12),
                Some("上海市人民政府办公厅"),
                None,
            )],
        ),
        (
            "a date's 日 before a code",
            "1991年3月5日豫政〔1991〕54号印发。",
            &[(
                "豫政〔1991〕54号",
                "豫政",
                1991,
                Some(54),
                Some("河南省人民政府"),
                None,
            )],
        ),
        (
            "a verb before an unknown code",
            "补助标准适用财建〔2020〕86号规定。",
            &[("财建〔2020〕86号", "财建", 2020, Some(86), None, None)],
        ),
        (
            "square brackets",
            "按照国办发[2017]35号文件要求执行。",
            &[(
                "国办发〔2017〕35号",
                "国办发",
                2017,
                Some(35),
                Some("国务院办公厅"),
                None,
            )],
        ),
        (
            "provincial office, full-width parentheses",
            "依据粤府办（2022）9号精神。",
            &[(
                "粤府办〔2022〕9号",
                "粤府办",
                2022,
                Some(9),
                Some("广东省人民政府办公厅"),
                None,
            )],
        ),
        (
            "municipal government",
            "京政发〔2020〕18号",
            &[(
                "京政发〔2020〕18号",
                "京政发",
                2020,
                Some(18),
                Some("北京市人民政府"),
                None,
            )],
        ),
        (
            "department code: no issuer",
            "本办法自印发之日起施行,湘民规〔2019〕3号同时废止。",
            &[("湘民规〔2019〕3号", "湘民规", 2019, Some(3), None, None)],
        ),
        (
            "ambiguous abbreviation: no issuer",
            "宁政发〔2016〕45号",
            &[("宁政发〔2016〕45号", "宁政发", 2016, Some(45), None, None)],
        ),
        (
            "title glued before a heading number",
            "国务院办公厅关于做好某项工作的通知国办发〔2015〕12号各省人民政府:",
            &[(
                "国办发〔2015〕12号",
                "国办发",
                2015,
                Some(12),
                Some("国务院办公厅"),
                None,
            )],
        ),
        (
            "head code, ordinal serial",
            "详见发改投资〔2018〕第1044号。",
            &[(
                "发改投资〔2018〕1044号",
                "发改投资",
                2018,
                Some(1044),
                Some("国家发展和改革委员会"),
                None,
            )],
        ),
        ("licence number", "粤ICP备15016469号-2", &[]),
        ("court case", "(2023)京01民初1号判决", &[]),
        ("plan period", "《某市发展规划(2021—2025年)》", &[]),
        ("no code", "于(2020)12号公告", &[]),
    ];
    for &(name, text, expected) in rows {
        let got = numbers(text);
        let expected: Vec<_> = expected
            .iter()
            .map(|&(n, p, y, s, i, pl)| {
                (
                    n.to_owned(),
                    p.to_owned(),
                    y,
                    s,
                    i.map(str::to_owned),
                    pl.map(str::to_owned),
                )
            })
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn a_heading_number_names_the_plan_its_notice_issues() {
    let text = "某市人民政府办公厅\n某府办规〔2024〕3号\n关于印发某市促进消费若干措施的通知\n各区人民政府:\n现将《某市促进消费若干措施》印发给你们。\n";
    let doc = crate::passes::testing::extractor(None).extract(text);
    let number = doc.numbers.first().expect("one number");
    assert_eq!(number.plan.as_deref(), Some("某市促进消费若干措施"));
    let plan = doc.plans.first().expect("one plan");
    assert_eq!(plan.number.as_deref(), Some("某府办规〔2024〕3号"));
}
