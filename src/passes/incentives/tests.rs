//! Incentives through the whole pipeline: one row per text.

use crate::IncentiveKind::{self, *};

/// (value, unit, kind, cap, condition)
type Row = (f64, &'static str, IncentiveKind, bool, Option<&'static str>);

fn incentives(text: &str) -> Vec<(f64, String, IncentiveKind, bool, Option<String>)> {
    let doc = crate::passes::testing::extractor(None).extract(text);
    doc.incentives
        .iter()
        .map(|i| (i.value, i.unit.clone(), i.kind, i.cap, i.condition.clone()))
        .collect()
}

#[test]
fn examples() {
    let rows: &[(&str, &str, &[Row])] = &[
        (
            "reward after a condition",
            "对年纳税首次突破500万元的企业,一次性奖励20万元。",
            &[(
                20.0,
                "万元",
                Reward,
                false,
                Some("年纳税首次突破500万元的企业"),
            )],
        ),
        (
            "rate by 按 and a cap",
            "对投资1000万元及以上的技改项目,按设备投资额的10%给予补助,最高不超过300万元。",
            &[
                (
                    10.0,
                    "%",
                    Subsidy,
                    false,
                    Some("投资1000万元及以上的技改项目"),
                ),
                (
                    300.0,
                    "万元",
                    Subsidy,
                    true,
                    Some("投资1000万元及以上的技改项目"),
                ),
            ],
        ),
        (
            "amounts listed with 分别",
            "对新认定的省级、市级企业技术中心,分别给予50万元、20万元的一次性奖励。",
            &[
                (
                    50.0,
                    "万元",
                    Reward,
                    false,
                    Some("新认定的省级、市级企业技术中心"),
                ),
                (
                    20.0,
                    "万元",
                    Reward,
                    false,
                    Some("新认定的省级、市级企业技术中心"),
                ),
            ],
        ),
        (
            "对 opening an indented line",
            "\u{3000}\u{3000}对重新认定的,研发投入增长超过15%的企业,按增长部分的10%给予奖补。",
            &[(
                10.0,
                "%",
                Subsidy,
                false,
                Some("重新认定的,研发投入增长超过15%的企业"),
            )],
        ),
        (
            "对 opening a line",
            "对重新认定的,研发投入增长超过15%的企业,按增长部分的10%给予奖补。",
            &[(
                10.0,
                "%",
                Subsidy,
                false,
                Some("重新认定的,研发投入增长超过15%的企业"),
            )],
        ),
        (
            "interest discount",
            "按贷款实际利率的50%给予财政贴息。",
            &[(50.0, "%", Interest, false, None)],
        ),
        (
            "rent subsidy and yearly cap",
            "入驻孵化器的企业,按租金的30%予以租金补贴,每家每年不超过8万元。",
            &[
                (30.0, "%", Rent, false, Some("入驻孵化器的企业")),
                (8.0, "万元", Subsidy, true, Some("入驻孵化器的企业")),
            ],
        ),
        (
            "per head per month",
            "全市城乡最低生活保障标准为每人每月1200元。",
            &[(
                1200.0,
                "元",
                Subsidy,
                false,
                Some("全市城乡最低生活保障标准"),
            )],
        ),
        (
            "loan cap",
            "符合条件的个人创业担保贷款额度最高30万元。",
            &[(30.0, "万元", Loan, true, Some("符合条件的个人创业"))],
        ),
        (
            "a long condition keeps its last 60 characters but numerals",
            "对在本市注册登记且年主营业务收入首次突破1亿元、5亿元、10亿元,研发人员不少于50人,拥有发明专利10项以上并通过知识产权管理体系认证的规模以上工业企业,一次性奖励20万元。",
            &[(
                20.0,
                "万元",
                Reward,
                false,
                Some(
                    "登记且年主营业务收入首次突破1亿元、5亿元、10亿元,研发人员不少于50人,拥有发明专利10项以上并通过知识产权管理体系认证的规模以上工业企业",
                ),
            )],
        ),
        (
            "the same long condition with its numbers in Chinese keeps the same words",
            "对在本市注册登记且年主营业务收入首次突破一亿元、五亿元、十亿元,研发人员不少于五十人,拥有发明专利十项以上并通过知识产权管理体系认证的规模以上工业企业,一次性奖励20万元。",
            &[(
                20.0,
                "万元",
                Reward,
                false,
                Some(
                    "登记且年主营业务收入首次突破一亿元、五亿元、十亿元,研发人员不少于五十人,拥有发明专利十项以上并通过知识产权管理体系认证的规模以上工业企业",
                ),
            )],
        ),
        ("statistic", "截至9月,全省已发放稳岗补贴3.2亿元。", &[]),
        ("allocation", "市财政每年安排奖补资金5000万元。", &[]),
        ("count cap", "每年获奖励企业数量最多不超过10个。", &[]),
        ("loan statistics", "各项贷款余额12万亿元,同比增长10%。", &[]),
    ];
    for &(name, text, expected) in rows {
        let got = incentives(text);
        let expected: Vec<_> = expected
            .iter()
            .map(|&(v, u, k, c, cond)| (v, u.to_owned(), k, c, cond.map(str::to_owned)))
            .collect();
        assert_eq!(got, expected, "{name}");
    }
}

#[test]
fn benefits_are_no_goals() {
    let text = "到2025年,力争培育高新技术企业500家。对新认定的高新技术企业,给予最高30万元奖励。";
    let doc = crate::passes::testing::extractor(None).extract(text);
    let goals: Vec<f64> = doc.goals.iter().map(|g| g.value).collect();
    assert_eq!(goals, [500.0]);
    assert_eq!(doc.incentives.len(), 1);
}
