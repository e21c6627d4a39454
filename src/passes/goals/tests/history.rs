//! History before the reference year, ratios to a past
//! point, counting nouns completing a bare multiplier, asides and speakers
//! before the number.

use super::{Row, goals};
use crate::Comparator;

#[test]
fn history_ratios_counters_asides_and_speakers() {
    use Comparator::*;
    let rows: &[(&str, &str, Option<&str>, &[Row])] = &[
        // A plan's end or a deadline gone by dates history.
        (
            "past fyp end with reference",
            "到“十三五”末,全市新能源汽车保有量突破5万辆。",
            Some("2023-06-01"),
            &[],
        ),
        (
            "a sentence opened by 截至 reports through its clauses",
            "截至目前,该县除统筹资金1亿元外,先后向上级财政争取资金超过5亿元。",
            None,
            &[],
        ),
        (
            "fyp end then done",
            "到“十三五”末,全县已建成乡镇污水处理站42个。",
            None,
            &[],
        ),
        (
            "past dao year with reference",
            "到2022年,全省建成5G基站8万个。",
            Some("2024-05-01"),
            &[],
        ),
        (
            "future fyp end stays",
            "到“十五五”末,全省新型储能装机达到4000万千瓦。",
            Some("2025-02-01"),
            &[(4000.0, None, "万千瓦", Eq, Some("新型储能装机"), Some(2030))],
        ),
        // A ratio to a past point reports growth.
        (
            "ratio to fyp end",
            "截至2023年底,全省光伏装机达到3200万千瓦,约为“十三五”末的6倍。",
            None,
            &[],
        ),
        (
            "ratio to last year",
            "今年前三季度,全市集成电路产值是上年同期的1.8倍。",
            None,
            &[],
        ),
        (
            "ratio with a forward cue",
            "力争到2027年,全市数字经济规模达到2022年的2倍。",
            None,
            &[(2.0, None, "倍", Eq, Some("数字经济规模"), Some(2027))],
        ),
        // A counting noun ending the subject completes 万 or 亿.
        (
            "renci completes wan",
            "到2026年,全市接待入境游客人次达到3000万。",
            None,
            &[(3000.0, None, "万人次", Eq, Some("入境游客人次"), Some(2026))],
        ),
        (
            "vehicles complete wan",
            "到2025年,全市新能源公交车辆达到1.2万。",
            None,
            &[(1.2, None, "万辆", Eq, Some("新能源公交车辆"), Some(2025))],
        ),
        (
            "no counter stays bare",
            "到2026年,全市常住人口达到1500万。",
            None,
            &[(1500.0, None, "万", Eq, Some("常住人口"), Some(2026))],
        ),
        (
            "noncounter stays bare",
            "力争到2030年,全省高层次专家达到1万。",
            None,
            &[(1.0, None, "万", Eq, Some("高层次专家"), Some(2030))],
        ),
        // Asides and speakers before the number.
        (
            "aside with a list",
            "到2026年,确保每个市(州、县)至少建有2所以职业教育为主的公共实训基地。",
            None,
            &[(2.0, None, "所", Eq, Some("公共实训基地"), Some(2026))],
        ),
        (
            "speaker acting",
            "区长李明介绍:“明年我们将再拿出3亿元,支持中小企业数字化转型。”",
            None,
            &[(3.0, None, "亿元", Eq, None, None)],
        ),
        (
            "speaker with an object",
            "“我们将新增投资15亿元,建设算力中心。”",
            None,
            &[(15.0, None, "亿元", Eq, Some("投资"), None)],
        ),
        (
            "speaker counting a noun",
            "“他们计划新建100个充电站。”",
            None,
            &[(100.0, None, "个", Eq, Some("充电站"), None)],
        ),
    ];
    for &(name, text, reference, expected) in rows {
        assert_eq!(goals(text, reference), expected, "{name}: {text}");
    }
}
