//! Latin letters after a classifier, colloquial compute
//! units, thresholds and subsidy caps (one row per sentence).

use super::{Row, goals};
use crate::Comparator;

#[test]
fn latin_nouns_compute_units_thresholds_and_caps() {
    use Comparator::*;
    let rows: &[(&str, &str, Option<&str>, &[Row])] = &[
        // A Latin token after a Chinese classifier opens the counted noun.
        (
            "latin noun after ge",
            "到2027年,全市将建成不少于800个6G试验基站。",
            None,
            &[(800.0, None, "个", Ge, Some("6G试验基站"), Some(2027))],
        ),
        (
            "letters after ge",
            "省科技厅提出,力争新建30个AI联合实验室。",
            None,
            &[(30.0, None, "个", Eq, Some("AI联合实验室"), None)],
        ),
        (
            "field before the head noun",
            "该区将力争两年内培育20家以上5G领域专精特新企业。",
            None,
            &[(20.0, None, "家", Gt, Some("专精特新企业"), None)],
        ),
        (
            "field after a Chinese noun",
            "到2026年,引进50家人工智能领域创新企业。",
            None,
            &[(50.0, None, "家", Eq, Some("创新企业"), Some(2026))],
        ),
        // Glued to Latin letters, a number names a thing or lacks its unit.
        (
            "5g inside the subject",
            "力争明年5G用户突破8000万。",
            None,
            &[(8000.0, None, "万", Gt, Some("5G用户"), None)],
        ),
        (
            "threshold as the old row had it",
            "目标是培育营收超百亿元企业。",
            None,
            &[],
        ),
        ("bare wan before kw", "到2026年,新增装机5万kW。", None, &[]),
        // Colloquial compute units, only where 算力 is spoken of.
        (
            "p after zhisuan",
            "到2026年底,该市计划新增智算算力3000P。",
            None,
            &[(3000.0, None, "P", Eq, Some("智算算力"), Some(2026))],
        ),
        (
            "wan p scaled",
            "力争2027年全省算力规模突破20万P。",
            None,
            &[(20.0, None, "万P", Gt, Some("算力规模"), Some(2027))],
        ),
        (
            "p with yishang",
            "到2025年,新增算力2000P以上。",
            None,
            &[(2000.0, None, "P", Gt, Some("算力"), Some(2025))],
        ),
        (
            "e as eflops",
            "到2030年,全国智能算力将达到300E。",
            None,
            &[(300.0, None, "E", Eq, Some("智能算力"), Some(2030))],
        ),
        ("p without compute", "到2026年,建设停车位5000P。", None, &[]),
        // A sum qualifying the noun after it picks holders; the count is the goal.
        (
            "threshold before qiye",
            "到2027年,培育年营业收入超50亿元企业12家。",
            None,
            &[(12.0, None, "家", Eq, Some("企业"), Some(2027))],
        ),
        (
            "threshold with de",
            "力争培育产值10亿元以上的制造业企业30家。",
            None,
            &[(30.0, None, "家", Eq, Some("制造业企业"), None)],
        ),
        (
            "threshold alone",
            "到2028年,打造一批营收超千亿元的产业集群。",
            None,
            &[],
        ),
        (
            "fund size stays",
            "将设立规模200亿元的产业投资基金。",
            None,
            &[(200.0, None, "亿元", Eq, Some("产业投资基金"), None)],
        ),
        (
            "share of counties stays",
            "到2026年,80%以上的县(市、区)建成数字乡村服务中心。",
            None,
            &[(80.0, None, "%", Gt, Some("县"), Some(2026))],
        ),
        // Subsidy rates and caps are policy parameters.
        (
            "cap with zuigao",
            "对新落地的研发中心,市财政将给予最高2000万元奖励。",
            None,
            &[],
        ),
        (
            "one-off award",
            "到2026年,对首次认定的企业一次性奖励50万元。",
            None,
            &[],
        ),
        (
            "cap before de buzhu",
            "对符合条件的项目,按投资额给予不超过300万元的补助。",
            None,
            &[],
        ),
        (
            "budget commitment stays",
            "市财政每年将安排专项资金8亿元支持企业技术改造。",
            None,
            &[(8.0, None, "亿元", Eq, Some("专项资金"), None)],
        ),
        (
            "award fund stays",
            "到2027年,全市将设立5亿元奖励资金。",
            None,
            &[(5.0, None, "亿元", Eq, Some("奖励资金"), Some(2027))],
        ),
    ];
    for &(name, text, reference, expected) in rows {
        assert_eq!(goals(text, reference), expected, "{name}: {text}");
    }
}
