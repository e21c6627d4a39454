//! Goals through the whole pipeline: multiplier units, relative dates, cue
//! hygiene and subjects (one row per sentence).

use super::{Row, goals};
use crate::Comparator;

/// Multiplier units, relative dates, cue hygiene, subjects.
#[test]
fn relative_dates_units_and_hygiene() {
    use Comparator::*;
    let rows: &[(&str, &str, Option<&str>, &[Row])] = &[
        (
            "yi mu whole",
            "到2030年,全国耕地保有量要稳定在18亿亩。",
            None,
            &[(18.0, None, "亿亩", Eq, Some("耕地保有量"), Some(2030))],
        ),
        (
            "nian di qian with digit noun",
            "省通信管理局提出,年底前6G试验站点总数超过200个。",
            Some("2025-06-01"),
            &[(200.0, None, "个", Gt, Some("6G试验站点总数"), Some(2025))],
        ),
        (
            "jin nian di qian unresolved",
            "今年底前培育数字化车间超过800家。",
            None,
            &[(800.0, None, "家", Gt, Some("数字化车间"), None)],
        ),
        (
            "jin nian with verb",
            "市教育局提出今年全市新增普惠性托位5000个。",
            Some("2026-02-10"),
            &[(5000.0, None, "个", Eq, Some("普惠性托位"), Some(2026))],
        ),
        (
            "jin nian before a lone numeral",
            "今年,全省建成5个左右省级算力调度平台。",
            Some("2025-03-01"),
            &[(
                5.0,
                None,
                "个",
                Approx,
                Some("省级算力调度平台"),
                Some(2025),
            )],
        ),
        (
            "jin nian before a lone numeral in Chinese",
            "今年,全省建成五个左右省级算力调度平台。",
            Some("2025-03-01"),
            &[(
                5.0,
                None,
                "个",
                Approx,
                Some("省级算力调度平台"),
                Some(2025),
            )],
        ),
        (
            "jin nian before a determiner",
            "今年,全省建成一批省级算力调度平台。",
            Some("2025-03-01"),
            &[],
        ),
        (
            "quan nian with modal before",
            "力争全年新能源汽车销量达到150万辆以上。",
            Some("2025-01-15"),
            &[(150.0, None, "万辆", Ge, Some("新能源汽车销量"), Some(2025))],
        ),
        (
            "jin nian yilai",
            "今年以来,全市新增托位5000个。",
            Some("2026-09-01"),
            &[],
        ),
        (
            "bare year then yao",
            "四川提出,2026年全省要完成撂荒地整治30万亩。",
            None,
            &[(30.0, None, "万亩", Eq, Some("撂荒地整治"), Some(2026))],
        ),
        (
            "headline year then jiang",
            "光伏发电量2027年将达800亿千瓦时",
            None,
            &[(800.0, None, "亿千瓦时", Eq, Some("光伏发电量"), Some(2027))],
        ),
        (
            "cue inside office name",
            "财政部综合计划司表示,2024年,全国一般公共预算收入为21.9万亿元。",
            None,
            &[],
        ),
        (
            "number inside alias",
            "商务部将推动《促进服务消费的十二条措施》(以下简称“服务消费十二条”)落地。",
            None,
            &[],
        ),
        (
            "titles in a row",
            "省农业农村厅印发《数字乡村建设指南》《智慧农业行动方案》两份文件。",
            None,
            &[],
        ),
        (
            "noun after a count",
            "到2030年,每个乡镇至少建成1个标准化卫生院。",
            None,
            &[(1.0, None, "个", Eq, Some("标准化卫生院"), Some(2030))],
        ),
        (
            "one-character division before a list",
            "到2027年,力争85%以上的乡(镇、街道)建成便民服务中心。",
            None,
            &[(85.0, None, "%", Gt, Some("乡"), Some(2027))],
        ),
        (
            "base year of a comparison",
            "到2027年,单位工业增加值能耗比2022年下降15%。",
            None,
            &[(15.0, None, "%", Eq, Some("单位工业增加值能耗"), Some(2027))],
        ),
        (
            "listed actors are no target",
            "射洪市、蓬溪县等12个县(市、区)要完成土地整治80万亩。",
            None,
            &[(80.0, None, "万亩", Eq, Some("土地整治"), None)],
        ),
        (
            "subject after ti chu",
            "内蒙古提出到2026年风电装机总量达到8000万千瓦。",
            None,
            &[(8000.0, None, "万千瓦", Eq, Some("风电装机总量"), Some(2026))],
        ),
    ];
    for &(name, text, reference, expected) in rows {
        assert_eq!(goals(text, reference), expected, "{name}: {text}");
    }
    let doc = crate::passes::testing::extractor(None)
        .extract("到2028年,全省新建高效节水灌溉面积800万亩。");
    let goal = doc.goals.first().expect("one goal");
    let base = goal.base.as_ref().map(|b| (b.value, b.unit.as_str()));
    assert_eq!(
        (goal.unit.as_str(), base),
        ("万亩", Some((800.0 * (666.67 * 1e4), "m2")))
    );
}
