//! Target years through the whole pipeline.

fn years(text: &str, reference: Option<&str>) -> Vec<(i32, &'static str)> {
    let doc = crate::passes::testing::extractor(reference).extract(text);
    doc.target_years
        .iter()
        .map(|y| (y.year, y.role.as_str()))
        .collect()
}

#[test]
fn examples() {
    type Expected<'a> = &'a [(i32, &'a str)];
    let rows: &[(&str, &str, Option<&str>, Expected<'_>)] = &[
        (
            "dao deadline",
            "到2025年,全省数字经济核心产业增加值占比达到12%。",
            None,
            &[(2025, "deadline")],
        ),
        (
            "nian di qian",
            "2026年底前建成5个算力中心。",
            None,
            &[(2026, "deadline")],
        ),
        (
            "nian qian",
            "确保2030年前碳达峰。",
            None,
            &[(2030, "deadline")],
        ),
        (
            "lizheng",
            "力争2027年实现全覆盖。",
            None,
            &[(2027, "deadline")],
        ),
        (
            "period in title",
            "印发《杭州市算力发展行动计划(2024—2026年)》",
            None,
            &[(2024, "period"), (2026, "period")],
        ),
        (
            "period both nian",
            "(2025年—2026年)",
            None,
            &[(2025, "period"), (2026, "period")],
        ),
        (
            "period plain",
            "2021-2025年是关键期",
            None,
            &[(2021, "period"), (2025, "period")],
        ),
        (
            "plan year",
            "《数据要素市场建设2026年工作要点》",
            None,
            &[(2026, "plan")],
        ),
        (
            "shisiwu mo",
            "到“十四五”末,基本建成",
            None,
            &[(2025, "deadline")],
        ),
        (
            "shiwuwu bare",
            "编制“十五五”规划",
            None,
            &[(2026, "period"), (2030, "period")],
        ),
        ("event date", "2025年5月,市政府印发方案。", None, &[]),
        ("end date", "本办法有效期至2027年6月30日。", None, &[]),
        (
            "end date in chinese numerals",
            "本办法有效期至二〇二七年六月三十日。",
            None,
            &[],
        ),
        (
            "statistic year",
            "2024年,全国数据产量同比增长20%。",
            None,
            &[],
        ),
        ("jiezhi", "截至2024年底,已建成基站300万个。", None, &[]),
        ("quarters", "2025年前三季度,营收增长。", None, &[]),
        (
            "event name",
            "在2025数博会上表示,2020年第46届大会",
            None,
            &[],
        ),
        ("copyright", "Copyright 2001-2025 某某网络公司", None, &[]),
        (
            "jinnian di",
            "今年底前完成改造。",
            Some("2024-03-01"),
            &[(2024, "deadline")],
        ),
        ("jinnian without reference", "今年底前完成改造。", None, &[]),
        (
            "jinnian yilai",
            "今年以来,多地出台政策。",
            Some("2024-03-01"),
            &[],
        ),
        (
            "mingnian",
            "到明年,覆盖全部区县。",
            Some("2024-03-01"),
            &[(2025, "deadline")],
        ),
        (
            "future year end",
            "2027年底,建成10个园区。",
            Some("2024-03-01"),
            &[(2027, "deadline")],
        ),
        (
            "weilai wu nian",
            "未来五年,全市将新建数据中心10个。",
            Some("2024-03-01"),
            &[(2024, "period"), (2028, "period")],
        ),
        (
            "jinhou san nian late in the year",
            "今后三年,培育龙头企业。",
            Some("2024-11-20"),
            &[(2025, "period"), (2027, "period")],
        ),
        (
            "weilai arabic",
            "未来3年投入资金。",
            Some("2023"),
            &[(2023, "period"), (2025, "period")],
        ),
        ("weilai without reference", "未来五年,建成园区。", None, &[]),
        (
            "weilai in september",
            "力争未来三年每年新增贷款。",
            Some("2024-09-24"),
            &[(2025, "period"), (2027, "period")],
        ),
        (
            "weilai in june",
            "未来三年培育龙头企业。",
            Some("2024-06-30"),
            &[(2024, "period"), (2026, "period")],
        ),
        (
            "year before jiang",
            "2024年两省将共同推进重点项目200个。",
            None,
            &[(2024, "deadline")],
        ),
        (
            "topic year before jiang",
            "2026年,全市将建成园区10个。",
            Some("2025-01-10"),
            &[(2026, "deadline")],
        ),
        (
            "past year statistic with jiang later",
            "2023年全市产值达到900亿元,同比增长8%,今后将继续推进。",
            Some("2024-03-01"),
            &[],
        ),
        (
            "month date before jiang",
            "2025年5月将召开推进会,签约项目30个。",
            None,
            &[],
        ),
        (
            "mingnian jiang",
            "某省明年将设立规模30亿元的基金。",
            Some("2024-09-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian jiang",
            "今年将再建设40个服务站。",
            Some("2025-02-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian before a title's period",
            "今年,某省印发《数字政府建设行动计划(2023—2025年)》。",
            Some("2023-04-10"),
            &[(2023, "period"), (2025, "period")],
        ),
        (
            "jinnian before a title's period in Chinese",
            "今年,某省印发《数字政府建设行动计划(二〇二三—二〇二五年)》。",
            Some("2023-04-10"),
            &[(2023, "period"), (2025, "period")],
        ),
        (
            "jinnian before a period cut by the clause's reach",
            "今年,国务院办公厅关于印发《数字政府建设三年行动计划(2023—2025年)》的通知。",
            Some("2023-04-10"),
            &[(2023, "period"), (2025, "period")],
        ),
        (
            "jinnian before a number ending its clause",
            "今年将新增就业岗位2000,稳住就业基本盘。",
            Some("2025-02-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian before a year and a number",
            "今年,全省将建设2025年冬运会场馆12个。",
            Some("2025-02-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian before a count of listed issuers",
            "今年,商务部、国家发展改革委等4部门联合印发《关于促进绿色消费的若干措施》。",
            Some("2024-11-06"),
            &[],
        ),
        (
            "jinnian before a count of listed issuers in Chinese",
            "今年,商务部、国家发展改革委等四部门联合印发《关于促进绿色消费的若干措施》。",
            Some("2024-11-06"),
            &[],
        ),
        (
            "jinnian past a count of listed actors to a target",
            "今年,甲县、乙县等12个县将新建学校50所。",
            Some("2025-02-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian past a count of listed actors to a target in Chinese",
            "今年,甲县、乙县等十二个县将新建学校五十所。",
            Some("2025-02-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian with only a count of listed actors",
            "今年,甲县、乙县等十二个县将推动融合发展。",
            Some("2025-02-01"),
            &[],
        ),
        (
            "jinnian before a lone numeral in Chinese",
            "今年将再建设四个服务站。",
            Some("2025-02-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian before ten in Chinese",
            "今年还要再增加十个服务站。",
            Some("2025-02-01"),
            &[(2025, "deadline")],
        ),
        (
            "jinnian before a pair",
            "今年将推动甲市、乙市两个都市圈融合发展。",
            Some("2025-02-01"),
            &[],
        ),
        (
            "jinnian before a determiner",
            "今年将再建设一批服务站。",
            Some("2025-02-01"),
            &[],
        ),
        (
            "mingnian bare",
            "明年是规划收官之年。",
            Some("2024-09-01"),
            &[],
        ),
        (
            "jinnian quarters",
            "今年前三季度,营收增长。",
            Some("2024-10-01"),
            &[],
        ),
        (
            "niandi qian bare",
            "力争年底前开通线路15条。",
            Some("2024-02-01"),
            &[(2024, "deadline")],
        ),
        (
            "nian nei",
            "年内将完成全部改造3个。",
            Some("2024-02-01"),
            &[(2024, "deadline")],
        ),
        (
            "nian nei so far",
            "年内全省逾200家企业完成技改。",
            Some("2024-09-01"),
            &[],
        ),
        (
            "niandi qian done",
            "年底前已完成改造。",
            Some("2024-09-01"),
            &[],
        ),
        (
            "san nian nei",
            "力争3年内引进企业。",
            Some("2024-02-01"),
            &[],
        ),
        ("qunian di", "去年底已建成基站。", Some("2024-02-01"), &[]),
        (
            "niandi without reference",
            "力争年底前开通线路。",
            None,
            &[],
        ),
        (
            "mingnian niandi",
            "明年年底前建成。",
            Some("2024-02-01"),
            &[(2025, "deadline")],
        ),
        ("guoqu", "过去五年,成效显著。", Some("2024-03-01"), &[]),
        (
            "weilai one year",
            "未来一年形势复杂。",
            Some("2024-03-01"),
            &[],
        ),
        (
            "traditional",
            "力爭2027年實現全覆蓋。",
            None,
            &[(2027, "deadline")],
        ),
        (
            "nian di qian before a digit noun",
            "年底前5G-A基站总数超过10万个。",
            Some("2025-06-01"),
            &[(2025, "deadline")],
        ),
        (
            "jin nian and a target verb",
            "今年全省新增普惠性托位5000个。",
            Some("2026-02-10"),
            &[(2026, "deadline")],
        ),
        (
            "quan nian under a modal",
            "力争全年新能源汽车销量达到150万辆。",
            Some("2025-01-15"),
            &[(2025, "deadline")],
        ),
        (
            "quan nian report",
            "全年完成投资3.8万亿元,同比增长5%。",
            Some("2025-01-15"),
            &[],
        ),
        (
            "nian nei verb after the number",
            "年内逾200家企业完成技改。",
            Some("2025-09-01"),
            &[],
        ),
        (
            "year then modal mid-clause",
            "光伏发电量2027年将达800亿千瓦时",
            None,
            &[(2027, "deadline")],
        ),
        (
            "past fyp end with reference",
            "到“十三五”末,全市新能源汽车保有量突破5万辆。",
            Some("2023-06-01"),
            &[],
        ),
        (
            "fyp end compared with",
            "全区光伏装机达到3200万千瓦,约为“十三五”末的6倍。",
            None,
            &[],
        ),
        (
            "fyp end compared shi",
            "集群营收是十三五末的2.5倍",
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
            "dao year then done",
            "到2021年,全市已累计培育专精特新企业300家。",
            None,
            &[],
        ),
        (
            "future fyp end with reference",
            "到“十五五”末,全省储能装机达到4000万千瓦。",
            Some("2025-02-01"),
            &[(2030, "deadline")],
        ),
        ("year as a ratio base", "力争产值达到2022年的2倍", None, &[]),
        (
            "reference year deadline stays",
            "到2025年底,全市建成充电桩3万个。",
            Some("2025-01-10"),
            &[(2025, "deadline")],
        ),
    ];
    for &(name, text, reference, expected) in rows {
        assert_eq!(years(text, reference), expected, "{name}: {text}");
    }
}

#[test]
fn spans_cover_the_year() {
    let text = "计划到2025年底建成。";
    let doc = crate::passes::testing::extractor(None).extract(text);
    let y = doc.target_years.first().expect("one year");
    assert_eq!(y.surface, "2025年底");
}
