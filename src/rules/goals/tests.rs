//! Goals through the whole pipeline: one row per sentence.

use crate::{Comparator, Extractor, PartialDate};

/// (value, max, unit, comparator, subject, deadline)
type Row = (
    f64,
    Option<f64>,
    &'static str,
    Comparator,
    Option<&'static str>,
    Option<i32>,
);

fn goals(text: &str, reference: Option<&str>) -> Vec<Row> {
    let mut builder = Extractor::builder();
    if let Some(r) = reference {
        builder = builder.reference_date(r.parse::<PartialDate>().expect("date"));
    }
    let doc = builder.build().expect("builds").extract(text);
    doc.goals
        .iter()
        .map(|g| {
            let unit: &'static str = Box::leak(g.unit.clone().into_boxed_str());
            let subject: Option<&'static str> =
                g.subject.clone().map(|s| &*Box::leak(s.into_boxed_str()));
            (g.value, g.max, unit, g.comparator, subject, g.deadline)
        })
        .collect()
}

#[test]
fn examples() {
    use Comparator::*;
    let rows: &[(&str, &str, Option<&str>, &[Row])] = &[
        (
            "deadline lead",
            "到2026年,力争全省人工智能核心产业规模突破3000亿元。",
            None,
            &[(
                3000.0,
                None,
                "亿元",
                Gt,
                Some("人工智能核心产业规模"),
                Some(2026),
            )],
        ),
        (
            "verb then noun",
            "到2027年,培育20个国家级智能工厂。",
            None,
            &[(20.0, None, "个", Eq, Some("国家级智能工厂"), Some(2027))],
        ),
        (
            "list of two",
            "计划建设30个示范园区与200家标杆企业。",
            None,
            &[
                (30.0, None, "个", Eq, Some("示范园区"), None),
                (200.0, None, "家", Eq, Some("标杆企业"), None),
            ],
        ),
        (
            "range",
            "到2025年,建设3~5个算力调度平台。",
            None,
            &[(
                3.0,
                Some(5.0),
                "个",
                Range,
                Some("算力调度平台"),
                Some(2025),
            )],
        ),
        (
            "approx after",
            "到2025年,形成40个左右的行业数据集。",
            None,
            &[(40.0, None, "个", Approx, Some("行业数据集"), Some(2025))],
        ),
        (
            "percent above",
            "今年底前,要实现70%以上新增数据中心绿电供应。",
            Some("2024-04-01"),
            &[(
                70.0,
                None,
                "%",
                Gt,
                Some("新增数据中心绿电供应"),
                Some(2024),
            )],
        ),
        (
            "percent chinese",
            "确保单位能耗下降超过了百分之零点九。",
            None,
            &[(0.9, None, "%", Gt, Some("单位能耗下降"), None)],
        ),
        (
            "fund",
            "市政府印发《促进数字经济发展若干措施》,设立规模500亿元的产业引导基金。",
            None,
            &[(500.0, None, "亿元", Eq, Some("产业引导基金"), None)],
        ),
        (
            "wan ren",
            "力争到2030年,数字技能人才达到三千万人以上。",
            None,
            &[(3000.0, None, "万人", Ge, Some("数字技能人才"), Some(2030))],
        ),
        (
            "vague duo",
            "计划新增300多亿元投资。",
            None,
            &[(300.0, Some(400.0), "亿元", Range, Some("投资"), None)],
        ),
        (
            "le",
            "到2025年,单位GDP能耗控制在0.5吨标准煤以内。",
            None,
            &[(0.5, None, "吨标准煤", Le, Some("单位GDP能耗"), Some(2025))],
        ),
        (
            "colon lead",
            "到2028年:\n全市智能算力达到50EFLOPS。\n",
            None,
            &[(50.0, None, "EFLOPS", Eq, Some("智能算力"), Some(2028))],
        ),
        (
            "traditional",
            "到2025年，力爭全市數據產業規模突破2000億元。",
            None,
            &[(2000.0, None, "亿元", Gt, Some("数据产业规模"), Some(2025))],
        ),
        (
            "shi ji",
            "将新建十几个数据中心。",
            None,
            &[(11.0, Some(19.0), "个", Range, Some("数据中心"), None)],
        ),
        (
            "shu bai",
            "计划引进数百家算力企业。",
            None,
            &[(200.0, Some(900.0), "家", Range, Some("算力企业"), None)],
        ),
        (
            "wan range",
            "力争带动就业3到5万人。",
            None,
            &[(3.0, Some(5.0), "万人", Range, Some("就业"), None)],
        ),
        (
            "semicolon keeps deadline",
            "到2029年,建成8个中心;新增算力20EFLOPS。",
            None,
            &[
                (8.0, None, "个", Eq, Some("中心"), Some(2029)),
                (20.0, None, "EFLOPS", Eq, Some("算力"), Some(2029)),
            ],
        ),
        // Statistics and other numbers that are no goal.
        ("yoy", "2024年,全国数据产量同比增长25%。", None, &[]),
        ("already", "截至6月底,已建成5G基站300万个。", None, &[]),
        ("forecast", "分析师预计,明年行业规模将增长6%。", None, &[]),
        ("ordinal", "将举办第八届数字峰会。", None, &[]),
        (
            "idiom",
            "要推动人工智能走进千家万户、赋能千行百业。",
            None,
            &[],
        ),
        ("adjective", "将创造一些新的千亿级、万亿级产业。", None, &[]),
        ("yi pi", "力争培育一批领军企业。", None, &[]),
        ("measures", "将从三个方面推进相关工作。", None, &[]),
        ("duration", "要在6个月内完成整改。", None, &[]),
        ("no cue", "深圳发布了两份行动计划。", None, &[]),
        ("licence", "增值电信业务经营许可证 鄂B2-20231273", None, &[]),
        (
            "title",
            "印发《培育100家专精特新企业行动方案》。",
            None,
            &[],
        ),
    ];
    for &(name, text, reference, expected) in rows {
        assert_eq!(goals(text, reference), expected, "{name}: {text}");
    }
}

#[test]
fn surface_includes_comparators() {
    let doc = Extractor::new().extract("力争智能算力规模突破100EFLOPS以上。");
    let goal = doc.goals.first().expect("one goal");
    assert_eq!(goal.surface, "突破100EFLOPS以上");
    let base = goal.base.as_ref().expect("converts");
    assert_eq!((base.value, base.unit.as_str()), (1e20, "FLOPS"));
}
