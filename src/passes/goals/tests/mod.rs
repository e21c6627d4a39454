//! Goals through the whole pipeline: one row per sentence.

use crate::Comparator;

/// (value, max, unit, comparator, subject, deadline)
pub(super) type Row = (
    f64,
    Option<f64>,
    &'static str,
    Comparator,
    Option<&'static str>,
    Option<i32>,
);

pub(super) fn goals(text: &str, reference: Option<&str>) -> Vec<Row> {
    let doc = crate::passes::testing::extractor(reference).extract(text);
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
            &[(0.9, None, "%", Gt, Some("单位能耗"), None)],
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
            "rate adverb goes with the change verb",
            "到2026年,新能源汽车销售额年均增长10%以上。",
            None,
            &[(10.0, None, "%", Gt, Some("新能源汽车销售额"), Some(2026))],
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
        (
            "list items stop at the previous quantity",
            "到2028年,建成数字化车间800个、未来工厂60家。",
            None,
            &[
                (800.0, None, "个", Eq, Some("数字化车间"), Some(2028)),
                (60.0, None, "家", Eq, Some("未来工厂"), Some(2028)),
            ],
        ),
        (
            "second list item after a comma",
            "到2026年,认定市级创新型中小企业300家,区级1000家。",
            None,
            &[
                (
                    300.0,
                    None,
                    "家",
                    Eq,
                    Some("市级创新型中小企业"),
                    Some(2026),
                ),
                (1000.0, None, "家", Eq, Some("区级"), Some(2026)),
            ],
        ),
        (
            "le buchaoguo",
            "力争全市城镇调查失业率不超过5.5%。",
            None,
            &[(5.5, None, "%", Le, Some("城镇调查失业率"), None)],
        ),
        (
            "le kongzhi yinei",
            "确保耕地保有量减少控制在2%以内。",
            None,
            &[(2.0, None, "%", Le, Some("耕地保有量"), None)],
        ),
        (
            "ratio without unit",
            "到2027年,新建数据中心PUE低于1.25。",
            None,
            &[(1.25, None, "", Lt, Some("数据中心PUE"), Some(2027))],
        ),
        (
            "jin qian yi",
            "力争带动社会投资近千亿元。",
            None,
            &[(1000.0, None, "亿元", Approx, Some("社会投资"), None)],
        ),
        (
            "yu wan jia",
            "力争服务中小企业逾万家。",
            None,
            &[(1.0, None, "万家", Gt, Some("中小企业"), None)],
        ),
        (
            "chao bai yi",
            "目标是龙头企业年营收超百亿元。",
            None,
            &[(100.0, None, "亿元", Gt, Some("龙头企业年营收"), None)],
        ),
        ("fan yi fan", "力争经济总量翻一番。", None, &[]),
        (
            "change verbs leave the subject",
            "到2025年,万元地区生产总值用水量下降16%,科技投入增长12%以上,数字经济占比提高3个百分点。",
            None,
            &[
                (
                    16.0,
                    None,
                    "%",
                    Eq,
                    Some("万元地区生产总值用水量"),
                    Some(2025),
                ),
                (12.0, None, "%", Gt, Some("科技投入"), Some(2025)),
                (3.0, None, "个百分点", Eq, Some("数字经济占比"), Some(2025)),
            ],
        ),
        (
            "a starting point before the target",
            "到2030年,全员劳动生产率从人均9.5万元提高到13万元以上,节水灌溉率将由目前的30%提升到45%。",
            None,
            &[
                (13.0, None, "万元", Ge, Some("全员劳动生产率"), Some(2030)),
                (45.0, None, "%", Eq, Some("节水灌溉率"), Some(2030)),
            ],
        ),
        (
            "a verb setting the value",
            "今年全市地区生产总值预期目标定为6%左右。",
            None,
            &[(6.0, None, "%", Approx, Some("地区生产总值预期目标"), None)],
        ),
        (
            "the written 也 never ends a subject",
            "到2030年,托育服务名额亦将增加至7000个。",
            None,
            &[(7000.0, None, "个", Eq, Some("托育服务名额"), Some(2030))],
        ),
        (
            "per capita",
            "到2030年,农村居民人均可支配收入达到4.2万元。",
            None,
            &[(
                4.2,
                None,
                "万元",
                Eq,
                Some("农村居民人均可支配收入"),
                Some(2030),
            )],
        ),
        (
            "area and energy units",
            "到2027年,改造老旧小区120万平方米、高标准农田35千公顷、湿地800公顷,新增储能2GW、光伏600MW、风电1.5吉瓦,年发电量达到3TWh。",
            None,
            &[
                (120.0, None, "万平方米", Eq, Some("老旧小区"), Some(2027)),
                (35.0, None, "千公顷", Eq, Some("高标准农田"), Some(2027)),
                (800.0, None, "公顷", Eq, Some("湿地"), Some(2027)),
                (2.0, None, "GW", Eq, Some("储能"), Some(2027)),
                (600.0, None, "MW", Eq, Some("光伏"), Some(2027)),
                (1.5, None, "吉瓦", Eq, Some("风电"), Some(2027)),
                (3.0, None, "TWh", Eq, Some("年发电量"), Some(2027)),
            ],
        ),
        (
            "counts with wan",
            "到2026年,港口吞吐量达到2500万标准箱,接待游客1.2亿人次,新增充电用户80万户、新能源汽车15万辆。",
            None,
            &[
                (2500.0, None, "万标准箱", Eq, Some("港口吞吐量"), Some(2026)),
                (1.2, None, "亿人次", Eq, Some("游客"), Some(2026)),
                (80.0, None, "万户", Eq, Some("充电用户"), Some(2026)),
                (15.0, None, "万辆", Eq, Some("新能源汽车"), Some(2026)),
            ],
        ),
        // Statistics and other numbers that are no goal.
        ("yoy", "2024年,全国数据产量同比增长25%。", None, &[]),
        ("already", "截至6月底,已建成5G基站300万个。", None, &[]),
        ("forecast", "分析师预计,明年行业规模将增长6%。", None, &[]),
        ("ordinal", "将举办第八届数字峰会。", None, &[]),
        (
            "spaced ordinal",
            "到2025年,建成第 12 个示范园区。",
            None,
            &[],
        ),
        // A PDF's spaced-out digits: 2 continues 第 1, it is no count.
        (
            "spaced digits",
            "到2025年,建成第 1 2 个示范园区。",
            None,
            &[],
        ),
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
    let doc =
        crate::passes::testing::extractor(None).extract("力争智能算力规模突破100EFLOPS以上。");
    let goal = doc.goals.first().expect("one goal");
    assert_eq!(goal.surface, "突破100EFLOPS以上");
    let base = goal.base.as_ref().expect("converts");
    assert_eq!((base.value, base.unit.as_str()), (1e20, "FLOPS"));
}

/// Documents (a plan's own text and news) where no forward cue is written.
#[test]
fn plan_documents() {
    use Comparator::*;
    let plan = "某市制造业数字化转型行动方案\n\
        一、发展基础\n\
        全市现有规上工业企业3000家,新建智能工厂120个。\n\
        二、主要目标\n\
        新建5G基站1万个,培育数字化转型服务商50家。\n\
        三、重点任务\n\
        (一)开展诊断服务。每年为不少于2000家企业提供免费诊断服务。\n\
        四、保障措施\n\
        市财政安排专项资金不低于8亿元。\n\
        某市人民政府\n\
        2025年3月6日\n";
    assert_eq!(
        goals(plan, None),
        vec![
            (1.0, None, "万个", Eq, Some("5G基站"), None),
            (50.0, None, "家", Eq, Some("数字化转型服务商"), None),
            (2000.0, None, "家", Ge, Some("企业"), None),
            (8.0, None, "亿元", Ge, Some("专项资金"), None),
        ]
    );
    // The same sentences in news: no cue, no goal.
    let news = "记者从市工信局获悉,全市新建5G基站1万个。每年为不少于2000家企业提供免费诊断服务。";
    assert_eq!(goals(news, None), vec![]);
    // Statistics inside a plan's goal section stay out.
    let stats = "关于印发某区数据产业发展实施方案的通知\n\
        一、总体要求\n二、主要目标\n前三季度,全区数据产业营收同比增长12%。\n三、重点任务\n";
    assert_eq!(goals(stats, None), vec![]);
}

/// Hostile inputs: no panic, no hang, no infinite or NaN values.
#[test]
fn robustness() {
    let long_digits = "7".repeat(50_000);
    let list = (1..5000)
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let inputs: Vec<String> = vec![
        format!("力争达到{long_digits}个。"),
        format!("计划建设{list}个园区。"),
        "力争百分之百分之三十。".into(),
        "力争十十十十个。".into(),
        "力争一万万万万家。".into(),
        format!("力争{}亿元。", "9".repeat(40)),
        format!("力争{}亿元。", "9".repeat(400)),
        format!("力争{}多亿元。", "1".repeat(320)),
        "力争1e400个。".into(),
        "力争.5个,5.个,3~个,~5个,3~5~7个。".into(),
        "要百分之".into(),
        "将近千".into(),
        "力争逾万".into(),
        "PUE低于".into(),
        format!("到2025年,{}", "建成园区5个、".repeat(3000)),
    ];
    for input in &inputs {
        let doc = crate::passes::testing::extractor(None).extract(input);
        for g in &doc.goals {
            assert!(g.value.is_finite(), "{g:?}");
            assert!(g.max.is_none_or(f64::is_finite), "{g:?}");
            assert!(g.base.as_ref().is_none_or(|b| b.value.is_finite()), "{g:?}");
        }
    }
    let doc = crate::passes::testing::extractor(None).extract("力争.5个,5.个,3~个,3~5~7个。");
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    // A dangling range mark is malformed, not "up to".
    let doc = crate::passes::testing::extractor(None).extract("力争建设~5个园区。");
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    let doc =
        crate::passes::testing::extractor(None).extract(&format!("力争{}亿元。", "9".repeat(40)));
    assert_eq!(doc.goals.len(), 1);
}

/// Years leading a sentence, relative deadlines, subjects, change values,
/// counted lists and capped times.
#[test]
fn deadlines_subjects_and_counts() {
    use Comparator::*;
    let rows: &[(&str, &str, Option<&str>, &[Row])] = &[
        (
            "future year with jiang",
            "2024年两省将联合实施重点项目200个,年度计划投资3000亿元以上。",
            Some("2024-02-10"),
            &[
                (200.0, None, "个", Eq, Some("重点项目"), Some(2024)),
                (3000.0, None, "亿元", Gt, Some("年度计划投资"), Some(2024)),
            ],
        ),
        (
            "current year in a plan task",
            "某市旧城更新工作方案\n一、工作目标\n二、重点任务\n(一)旧城改造。2024年完成改造300个。\n三、保障措施\n",
            Some("2024-03-01"),
            &[(300.0, None, "个", Eq, Some("改造"), Some(2024))],
        ),
        (
            "past year statistic",
            "2023年全市完成投资800亿元,同比增长6%。",
            Some("2024-03-01"),
            &[],
        ),
        (
            "mingnian jiang",
            "明年将设立规模30亿元的科技成果转化基金。",
            Some("2024-09-01"),
            &[(30.0, None, "亿元", Eq, Some("科技成果转化基金"), Some(2025))],
        ),
        (
            "mingnian without reference",
            "明年将设立规模30亿元的科技成果转化基金。",
            None,
            &[(30.0, None, "亿元", Eq, Some("科技成果转化基金"), None)],
        ),
        (
            "niandi qian",
            "力争年底前开通城际公交线路12条。",
            Some("2024-03-01"),
            &[(12.0, None, "条", Eq, Some("城际公交线路"), Some(2024))],
        ),
        (
            "implicit object of the clause before",
            "各县已建成乡村振兴服务站,今年将再建设40个。",
            Some("2024-03-01"),
            &[(40.0, None, "个", Eq, Some("乡村振兴服务站"), Some(2024))],
        ),
        (
            "implicit subject of the goal before",
            "到2026年,全市规上工业产值突破5000亿元,到2030年力争达到8000亿元。",
            None,
            &[
                (5000.0, None, "亿元", Gt, Some("规上工业产值"), Some(2026)),
                (8000.0, None, "亿元", Eq, Some("规上工业产值"), Some(2030)),
            ],
        ),
        (
            "trim at the deadline",
            "方案提出到2027年培育专精特新企业300家。",
            None,
            &[(300.0, None, "家", Eq, Some("专精特新企业"), Some(2027))],
        ),
        (
            "object of a nominalized verb",
            "到2026年,全市累计完成城中村改造800个。",
            None,
            &[(800.0, None, "个", Eq, Some("城中村改造"), Some(2026))],
        ),
        (
            "split verb looks right",
            "区政府将安排15亿元产业发展资金。",
            None,
            &[(15.0, None, "亿元", Eq, Some("产业发展资金"), None)],
        ),
        (
            "modal never ends a subject",
            "到2026年,全省汽车产业规模力争突破2万亿元。",
            None,
            &[(2.0, None, "万亿元", Gt, Some("汽车产业规模"), Some(2026))],
        ),
        (
            "bracketed aside dropped",
            "到2027年,城市优良(二级以上)天数比例达到85%。",
            None,
            &[(85.0, None, "%", Eq, Some("城市优良天数比例"), Some(2027))],
        ),
        (
            "from value is no goal",
            "全市将把住房公积金贷款额度由60万元提高到80万元。",
            None,
            &[(80.0, None, "万元", Eq, Some("住房公积金贷款额度"), None)],
        ),
        (
            "zero inside a word",
            "将重点引进整机制造和关键零部件企业5家。",
            None,
            &[(5.0, None, "家", Eq, Some("整机制造和关键零部件企业"), None)],
        ),
        (
            "count of the listed items",
            "将着力抓好产业、人才、资金三个环节,力争培育龙头企业8家。",
            None,
            &[(8.0, None, "家", Eq, Some("龙头企业"), None)],
        ),
        (
            "count of two listed places",
            "今年将推动甲市、乙市两个都市圈融合发展。",
            Some("2024-03-01"),
            &[],
        ),
        (
            "numerals inside words",
            "力争推动一体化发展,做好三农工作,围绕一带一路和双碳目标,千方百计让百姓受益。",
            None,
            &[],
        ),
        (
            "capped time",
            "力争审批时间压缩至3个工作日以内。",
            None,
            &[(3.0, None, "个工作日", Le, Some("审批时间"), None)],
        ),
        (
            "capped minutes",
            "到2027年,两市之间通勤时间缩短至40分钟以内。",
            None,
            &[(40.0, None, "分钟", Le, Some("两市之间通勤时间"), Some(2027))],
        ),
        (
            "durations stay out",
            "项目为期6个月,力争3年内建成,每天开放8小时。",
            None,
            &[],
        ),
    ];
    for &(name, text, reference, expected) in rows {
        assert_eq!(goals(text, reference), expected, "{name}: {text}");
    }
}

mod aims;
mod history;
mod relative;
mod thresholds;
