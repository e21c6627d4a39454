//! Table-driven tests of the plans pass, on agencies and places pushed by
//! hand (the places and agencies passes are tested on their own).

use super::Rules;
use crate::document::PlaceNames;
use crate::{Agency, AgencyLevel, Document, PartialDate, Place, PlaceLevel, Plan, Span};

/// Known bodies: (surface, canonical name, region).
const AGENCIES: &[(&str, &str, Option<&str>)] = &[
    ("国务院办公厅", "国务院办公厅", None),
    ("国家发展改革委", "国家发展和改革委员会", None),
    ("工业和信息化部", "工业和信息化部", None),
    ("工信部", "工业和信息化部", None),
    ("财政部", "财政部", None),
    ("公安部", "公安部", None),
    ("交通运输部", "交通运输部", None),
    (
        "杭州市人大常委会",
        "杭州市人民代表大会常务委员会",
        Some("杭州市"),
    ),
    ("商务部", "商务部", None),
    ("国家数据局", "国家数据局", None),
    (
        "广州市人民政府办公厅",
        "广州市人民政府办公厅",
        Some("广州市"),
    ),
    ("杭州市政府", "杭州市人民政府", Some("杭州市")),
    ("杭州市人民政府", "杭州市人民政府", Some("杭州市")),
    (
        "杭州市人民政府办公厅",
        "杭州市人民政府办公厅",
        Some("杭州市"),
    ),
    ("杭州市经信局", "杭州市经济和信息化局", Some("杭州市")),
    ("杭州市科技局", "杭州市科学技术局", Some("杭州市")),
    (
        "成都市文化广电旅游局",
        "成都市文化广电旅游局",
        Some("成都市"),
    ),
    ("浙江省发展改革委", "浙江省发展和改革委员会", Some("浙江省")),
    ("浙江省经信厅", "浙江省经济和信息化厅", Some("浙江省")),
];

/// Known places: (surface, canonical name).
const PLACES: &[(&str, &str)] = &[
    ("广州市", "广州市"),
    ("杭州市", "杭州市"),
    ("杭州", "杭州市"),
    ("成都市", "成都市"),
    ("浙江省", "浙江省"),
    ("浙江", "浙江省"),
];

/// Every occurrence of each surface, longest surfaces first, never
/// overlapping a longer one already taken.
fn spans<'a>(text: &str, table: impl Iterator<Item = &'a str>) -> Vec<(Span, &'a str)> {
    let mut surfaces: Vec<&str> = table.collect();
    surfaces.sort_by_key(|s| std::cmp::Reverse(s.len()));
    let mut taken: Vec<(Span, &str)> = Vec::new();
    for surface in surfaces {
        for (start, _) in text.match_indices(surface) {
            let span = Span::new(start, start + surface.len());
            if !taken.iter().any(|(t, _)| t.overlaps(span)) {
                taken.push((span, surface));
            }
        }
    }
    taken
}

fn extract(text: &str, reference: Option<&str>) -> Vec<Plan> {
    let mut doc = Document::default();
    for (span, surface) in spans(text, AGENCIES.iter().map(|a| a.0)) {
        let Some((_, name, region)) = AGENCIES.iter().find(|a| a.0 == surface) else {
            continue;
        };
        doc.agencies.push(Agency {
            name: (*name).to_owned(),
            surface: String::new(),
            span,
            level: if region.is_some() {
                AgencyLevel::Prefectural
            } else {
                AgencyLevel::Central
            },
            region: region.map(str::to_owned),
            parent: None,
        });
    }
    for (span, surface) in spans(text, PLACES.iter().map(|p| p.0)) {
        let Some((_, name)) = PLACES.iter().find(|p| p.0 == surface) else {
            continue;
        };
        let names = PlaceNames {
            name: (*name).into(),
            code: "".into(),
            province: "".into(),
        };
        doc.places.push(Place::new(
            std::sync::Arc::new(names),
            span,
            PlaceLevel::Prefecture,
            false,
        ));
    }
    let prepared = crate::passes::testing::Prepared::new(text);
    let cx = prepared.context(reference.map(|r| r.parse::<PartialDate>().expect("test date")));
    static RULES: std::sync::LazyLock<Rules> =
        std::sync::LazyLock::new(|| Rules::new().expect("rules build"));
    RULES.run(&cx, &mut doc);
    doc.plans
}

fn titles(text: &str) -> Vec<String> {
    extract(text, None).into_iter().map(|p| p.title).collect()
}

#[test]
fn classification() {
    let rows: &[(&str, &str, &[&str])] = &[
        (
            "action plan",
            "市里印发《杭州市促进机器人产业发展行动计划(2024—2026年)》。",
            &["杭州市促进机器人产业发展行动计划(2024—2026年)"],
        ),
        ("newspaper", "他对《经济参考报》记者表示,要加快发展。", &[]),
        ("listed outlet", "据《新闻联播》报道,会议召开。", &[]),
        (
            "unknown newspaper shape",
            "《关于某某的报道》见于《滨江日报》。",
            &["关于某某的报道"],
        ),
        ("book", "他喜欢读《孙子兵法》和《三体》。", &[]),
        ("method is no genre", "书中介绍了《机器学习方法》。", &[]),
        (
            "book of excerpts",
            "学习《关于城市发展工作论述摘编》和《某某文件汇编》。",
            &[],
        ),
        (
            "an event",
            "举行《奋进新时代——第三批示范单位授牌活动》。",
            &[],
        ),
        (
            "guanyu title",
            "《关于进一步优化营商环境更好服务经营主体》已出台。",
            &["关于进一步优化营商环境更好服务经营主体"],
        ),
        (
            "government work report",
            "今年《政府工作报告》提出,要扩大内需。",
            &["政府工作报告"],
        ),
        ("bare genre alone", "这份《意见》明确了目标。", &[]),
        (
            "trial measures",
            "《杭州市数据资产登记管理办法(试行)》发布。",
            &["杭州市数据资产登记管理办法(试行)"],
        ),
        (
            "nested marks",
            "《国务院办公厅关于印发〈新一代人工智能发展规划〉的通知》已下发。",
            &["国务院办公厅关于印发〈新一代人工智能发展规划〉的通知"],
        ),
        (
            "unbalanced open mark",
            "他说《这是一句没有结尾的话,随后印发《杭州市数字经济促进条例》。",
            &["杭州市数字经济促进条例"],
        ),
        ("line break inside", "《杭州市数字经济\n促进条例》", &[]),
        (
            "spaces removed",
            "《浙江省 “人工智能 +” 行动方案》",
            &["浙江省“人工智能+”行动方案"],
        ),
        (
            "repeated title",
            "《杭州市算力券实施细则》提出…《杭州市算力券实施细则》还明确…",
            &["杭州市算力券实施细则"],
        ),
        (
            "alias mention",
            "印发《杭州市具身智能产业发展行动计划(2025—2027年)》(以下简称《计划》)。《计划》提出,到2027年…",
            &["杭州市具身智能产业发展行动计划(2025—2027年)"],
        ),
        (
            "back reference",
            "印发《关于加快发展低空经济的实施意见》。《意见》明确,到2026年…《实施意见》还提出…",
            &["关于加快发展低空经济的实施意见"],
        ),
        (
            "key tasks genre",
            "会上审议了《杭州都市圈建设2025年重点任务》。",
            &["杭州都市圈建设2025年重点任务"],
        ),
        (
            "white paper genre",
            "研究院发布《浙江省数据要素发展白皮书》。",
            &["浙江省数据要素发展白皮书"],
        ),
        (
            "unknown genre with a place inside",
            "市里出台《杭州市低空经济发展三年攻坚》。",
            &["杭州市低空经济发展三年攻坚"],
        ),
        (
            "unknown genre with a year",
            "他解读了《制造强省建设2035》。",
            &["制造强省建设2035"],
        ),
        (
            "short name with a year",
            "他解读了《浙江制造2030》。",
            &["浙江制造2030"],
        ),
        ("film named by a year", "电影《1942》上映。", &[]),
        (
            "unknown genre with a batch",
            "工信部公布《第三批数字化转型试点城市》。",
            &["第三批数字化转型试点城市"],
        ),
        ("drama with a place", "电视剧《杭州一家人》热播。", &[]),
        ("film", "影片《流浪地球》上映。", &[]),
        ("history book", "他写了《浙江改革开放史》。", &[]),
        ("song", "大家合唱《春天的故事》。", &[]),
        ("magazine with a policy word", "文章刊于《中国改革》。", &[]),
        (
            "programme with a policy word",
            "《经济半小时》播出专题。",
            &[],
        ),
        ("newspaper edition", "据《人民日报海外版》报道。", &[]),
        (
            "back reference without its period",
            "《成都市文旅融合发展行动方案(2024—2026年)》提出…《成都市文旅融合发展行动方案》还要求…",
            &["成都市文旅融合发展行动方案(2024—2026年)"],
        ),
    ];
    for (name, text, want) in rows {
        assert_eq!(titles(text), *want, "{name}");
    }
}

#[test]
fn kind_period_alias() {
    type Row = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<[i32; 2]>,
        Option<&'static str>,
    );
    let rows: &[Row] = &[
        (
            "three-year plan",
            "《杭州市低空经济三年行动计划(2024—2026年)》",
            Some("三年行动计划"),
            Some([2024, 2026]),
            None,
        ),
        (
            "dash without 年",
            "《浙江省数字经济发展规划(2021-2025)》",
            Some("规划"),
            Some([2021, 2025]),
            None,
        ),
        (
            "both 年",
            "《成都市文旅行动计划(2025年—2026年)》",
            Some("行动计划"),
            Some([2025, 2026]),
            None,
        ),
        (
            "tilde",
            "《杭州市算力行动方案2024~2026年》",
            Some("行动方案"),
            Some([2024, 2026]),
            None,
        ),
        (
            "start year with three-year",
            "《杭州市2024年起三年行动方案》",
            Some("三年行动方案"),
            Some([2024, 2026]),
            None,
        ),
        (
            "plan year only",
            "《数字杭州建设2025年工作要点》",
            Some("工作要点"),
            None,
            None,
        ),
        (
            "period after marks",
            "《杭州市电竞产业扶持政策》(2023—2025年)",
            Some("政策"),
            Some([2023, 2025]),
            None,
        ),
        (
            "several measures",
            "《浙江省关于支持民营经济发展的若干政策措施》",
            Some("若干政策措施"),
            None,
            None,
        ),
        (
            "law",
            "《中华人民共和国数据安全法》",
            Some("法"),
            None,
            None,
        ),
        (
            "several opinions",
            "《关于支持杭州市低空经济发展的若干意见》",
            Some("若干意见"),
            None,
            None,
        ),
        (
            "unknown genre kind is null",
            "《杭州市数字贸易发展三年攻坚》",
            None,
            None,
            None,
        ),
        (
            "no genre",
            "《关于加快推进杭州市智能制造的工作》",
            None,
            None,
            None,
        ),
        (
            "alias in quotes",
            "《杭州市智能网联汽车条例》(以下简称“条例”)",
            Some("条例"),
            None,
            Some("条例"),
        ),
        (
            "alias defined at a later mention",
            "商务部印发《杭州市家电消费补贴办法》\n近日,商务部印发《杭州市家电消费补贴办法》(以下简称《补贴办法》)。",
            Some("办法"),
            None,
            Some("补贴办法"),
        ),
        (
            "alias bare",
            "《杭州市低空飞行管理办法》(简称低空办法)",
            Some("办法"),
            None,
            Some("低空办法"),
        ),
    ];
    for (name, text, kind, period, alias) in rows {
        let plans = extract(text, None);
        let plan = plans.first().unwrap_or_else(|| panic!("{name}: no plan"));
        assert_eq!(plan.kind.as_deref(), *kind, "{name}: kind");
        assert_eq!(plan.period, *period, "{name}: period");
        assert_eq!(plan.alias.as_deref(), *alias, "{name}: alias");
    }
}

#[test]
fn region() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "leading place",
            "印发《杭州具身智能产业行动计划》。",
            Some("杭州市"),
        ),
        (
            "national",
            "工信部印发《关于推进制造业数字化转型的实施意见》。",
            None,
        ),
        (
            "issuer region",
            "杭州市科技局印发《关于支持未来产业发展的若干措施》。",
            Some("杭州市"),
        ),
        (
            "lone place subject",
            "浙江印发《数字贸易促进方案》。",
            Some("浙江省"),
        ),
        (
            "after guanyu",
            "《关于浙江省数字贸易的实施意见》",
            Some("浙江省"),
        ),
    ];
    for (name, text, want) in rows {
        let plans = extract(text, None);
        let got = plans.first().and_then(|p| p.region.clone());
        assert_eq!(got.as_deref(), *want, "{name}");
    }
}

/// Nested places leading a title: the last of the chain, through the whole
/// pipeline (the places pass gives levels and codes).
#[test]
fn region_is_the_most_specific_leading_place() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "city then district: the district",
            "印发《杭州市余杭区数字经济发展实施方案》。",
            Some("余杭区"),
        ),
        (
            "province, city, county: the county",
            "印发《浙江省温州市乐清市电气产业集群培育方案》。",
            Some("乐清市"),
        ),
        (
            "province then city, short forms",
            "印发《广东深圳低空经济发展行动方案》。",
            Some("深圳市"),
        ),
        (
            "two provinces side by side are no chain",
            "印发《浙江省江苏省数字贸易合作方案》。",
            Some("浙江省"),
        ),
        (
            "a city of another province is no chain",
            "印发《浙江省苏州市合作园区建设方案》。",
            Some("浙江省"),
        ),
        (
            "traditional script",
            "印發《杭州市餘杭區數字經濟發展實施方案》。",
            Some("余杭区"),
        ),
    ];
    let extractor = crate::passes::testing::extractor(None);
    for (name, text, want) in rows {
        let doc = extractor.extract(text);
        let got = doc.plans.first().and_then(|p| p.region.clone());
        assert_eq!(got.as_deref(), *want, "{name}");
    }
}

#[test]
fn traditional_and_simplified_agree() {
    let extractor = crate::passes::testing::extractor(None);
    let simplified = extractor.extract(
        "近日,市里印發《關於促進數據要素發展的實施意見》(以下簡稱《意見》)。《意見》提出…",
    );
    let traditional = extractor.extract(
        "近日,市里印发《关于促进数据要素发展的实施意见》(以下简称《意见》)。《意见》提出…",
    );
    let names = |doc: &Document| -> Vec<(String, Option<String>)> {
        doc.plans
            .iter()
            .map(|p| (p.title.clone(), p.alias.clone()))
            .collect()
    };
    assert_eq!(names(&simplified), names(&traditional));
    assert_eq!(simplified.plans.len(), 1);
}

#[test]
fn no_panic_on_odd_marks() {
    let extractor = crate::passes::testing::extractor(None);
    for text in [
        "《",
        "》",
        "《》",
        "《〈》",
        "〈《》〉",
        "《《《a》",
        "《a\n》《",
        "印发《",
    ] {
        let _ = extractor.extract(text);
    }
}

mod issuers;

/// A short name (《条例》, an alias, a tail of a title) stands for the plan
/// the text last named that way, and only nearby: the issuers and date of
/// its sentence are evidence about that plan, never about another one that
/// happens to end the same way.
#[test]
fn a_short_name_stands_for_the_plan_last_named_nearby() {
    let digest = "杭州市人民政府印发《杭州市数据条例》。\n\n\
        2024年3月5日,商务部公布《杭州市家电管理条例》(以下简称《条例》)。《条例》自公布之日起施行。\n\n\
        《杭州市算力条例》提出,加快建设算力设施。\n\n";
    let filler = "本市持续推进各项工作,各区县按照统一部署抓好落实。\n".repeat(400);
    // (name, text, (title, issuers) of each plan)
    type Row = (
        &'static str,
        String,
        &'static [(&'static str, &'static [&'static str])],
    );
    let rows: &[Row] = &[
        (
            "a title named again takes back its alias",
            digest.repeat(2),
            &[
                ("杭州市数据条例", &["杭州市人民政府"]),
                ("杭州市家电管理条例", &["商务部"]),
                ("杭州市算力条例", &[]),
            ],
        ),
        (
            "an alias before a title ending the same way",
            "工信部印发《杭州市数据监测方案》(以下简称《方案》)。\n\
                《方案》参照了《杭州市断面设置方案》。财政部印发了《方案》。"
                .to_owned(),
            &[
                ("杭州市数据监测方案", &["工业和信息化部", "财政部"]),
                ("杭州市断面设置方案", &[]),
            ],
        ),
        (
            "a back-reference far from every title of its genre",
            format!("《杭州市数据条例》提出,加快建设数据设施。\n{filler}商务部印发《条例》。"),
            &[("杭州市数据条例", &[])],
        ),
    ];
    for (name, text, want) in rows {
        let plans = extract(text, None);
        let got: Vec<(&str, Vec<&str>)> = plans
            .iter()
            .map(|p| {
                let issuers = p.issuers.iter().map(String::as_str).collect();
                (p.title.as_str(), issuers)
            })
            .collect();
        let want: Vec<(&str, Vec<&str>)> = want.iter().map(|(t, i)| (*t, i.to_vec())).collect();
        assert_eq!(got, want, "{name}");
    }
}
