//! Statements of aims without 到 or 力争: allocations, floors and caps on
//! addressees, lists with 分别, a deadline leading its paragraph, and the
//! numbers in such text that are no goals (one row per text).

use super::{Row, goals};
use crate::Comparator;

#[test]
fn statements_of_aims() {
    use Comparator::*;
    let rows: &[(&str, &str, Option<&str>, &[Row])] = &[
        (
            "money allocated",
            "市财政统筹安排专项资金12亿元,用于老旧小区改造。",
            None,
            &[(12.0, None, "亿元", Eq, Some("专项资金"), None)],
        ),
        (
            "rate allocated by 按",
            "今年财政赤字率按3.5%安排。",
            None,
            &[(3.5, None, "%", Eq, Some("财政赤字率"), None)],
        ),
        (
            "people deployed are no allocation",
            "电力公司每天安排2.6万人开展线路巡检。",
            None,
            &[],
        ),
        (
            "a verb qualifying a noun reports",
            "其中,由财政部门安排的补助资金为36亿元。",
            None,
            &[],
        ),
        (
            "an allocation already made",
            "第二批项目已经下达,安排中央资金700亿元。",
            None,
            &[],
        ),
        (
            "floor on addressees",
            "县级医院床位使用率不得低于75%。",
            None,
            &[(75.0, None, "%", Ge, Some("县级医院床位使用率"), None)],
        ),
        (
            "values handed out by 分别",
            "今年,甲县、乙县和丙县用水总量分别下降2%、3%和4%。",
            None,
            &[
                (2.0, None, "%", Eq, Some("甲县用水总量"), None),
                (3.0, None, "%", Eq, Some("乙县用水总量"), None),
                (4.0, None, "%", Eq, Some("丙县用水总量"), None),
            ],
        ),
        (
            "a 分别 value that is no quantity keeps its subject",
            "到2025年,甲率、乙率和丙率分别降低到20/10万、5‰和6‰。",
            None,
            &[
                (5.0, None, "‰", Eq, Some("乙率"), Some(2025)),
                (6.0, None, "‰", Eq, Some("丙率"), Some(2025)),
            ],
        ),
        (
            "deadline leading the paragraph",
            "到2028年,全区职业教育体系基本完善。新建实训基地15个。",
            None,
            &[(15.0, None, "个", Eq, Some("实训基地"), Some(2028))],
        ),
        (
            "a fund set up is an allocation",
            "县财政设立10亿元产业引导基金,支持重点项目建设。",
            None,
            &[(10.0, None, "亿元", Eq, Some("产业引导基金"), None)],
        ),
        (
            "a fund set up, in Chinese numerals",
            "县财政设立十亿元产业引导基金,支持重点项目建设。",
            None,
            &[(10.0, None, "亿元", Eq, Some("产业引导基金"), None)],
        ),
        (
            "a body set up is no allocation",
            "对新设立的企业给予10万元开办补助。",
            None,
            &[],
        ),
        (
            "an indented paragraph's lead",
            "\u{3000}\u{3000}《实施方案》提出,到2028年,职业教育体系基本完善。新建实训基地15个。",
            None,
            &[(15.0, None, "个", Eq, Some("实训基地"), Some(2028))],
        ),
        (
            "a lead deadline after a number",
            "全市新建基站8000个,到2027年,数字基础设施全面升级。全市建成智慧农场40个。",
            None,
            &[(40.0, None, "个", Eq, Some("智慧农场"), Some(2027))],
        ),
        (
            "a lead deadline after a number in Chinese",
            "全市新建基站八千个,到二〇二七年,数字基础设施全面升级。全市建成智慧农场四十个。",
            None,
            &[(40.0, None, "个", Eq, Some("智慧农场"), Some(2027))],
        ),
        (
            "a year later in the first sentence leads nothing",
            "游客人数已恢复到2019年同期水平。景区酒店入住率达到85%。",
            None,
            &[],
        ),
        (
            "completion against a target",
            "前三季度,全县完成年度目标任务的81%。",
            None,
            &[],
        ),
        (
            "numbered slogans",
            "全面贯彻“四个全面”战略布局,坚持“两个毫不动摇”。",
            None,
            &[],
        ),
    ];
    for &(name, text, reference, expected) in rows {
        assert_eq!(goals(text, reference), expected, "{name}: {text}");
    }
}
