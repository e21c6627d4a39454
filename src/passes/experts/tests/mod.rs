use super::*;

mod layout;
mod limits;
mod names_and_cues;
mod news;
mod posts;
mod roundups;
use crate::lexicon::tsv as gazetteer;
use crate::text::normalize::{Converter, Normalized};
use crate::{Agency, AgencyLevel, Span};

/// What one expert should come out as: name, titles, affiliation, outlet.
type Want = (
    &'static str,
    &'static [&'static str],
    Option<&'static str>,
    Option<&'static str>,
);

/// Runs the pass alone on the normalized `input`, with agencies given as
/// (canonical name, surface in the input) pushed in by hand.
fn run(input: &str, agencies: &[(&str, &str)]) -> Vec<Expert> {
    let converter = Converter::new(gazetteer::T2S).expect("embedded table parses");
    let normalized = Normalized::new(input, &converter);
    let text = normalized.text();
    let mut doc = Document::default();
    for &(name, surface) in agencies {
        let start = text.find(surface).expect("agency surface is in the text");
        doc.agencies.push(Agency {
            name: name.to_owned(),
            surface: String::new(),
            span: Span::new(start, start + surface.len()),
            level: AgencyLevel::Central,
            region: None,
            parent: None,
        });
    }
    static RULES: std::sync::LazyLock<Rules> = std::sync::LazyLock::new(|| {
        Rules::new(&crate::passes::testing::LEXICON).expect("embedded gazetteers parse")
    });
    RULES.run(
        &crate::passes::testing::Prepared::new(text).context(None),
        &mut doc,
    );
    doc.experts
}

fn check(name: &str, got: &[Expert], want: &[Want]) {
    let got: Vec<Want> = got
        .iter()
        .map(|e| {
            let leak = |s: &str| -> &'static str { Box::leak(s.to_owned().into_boxed_str()) };
            let titles: Vec<&'static str> = e.titles.iter().map(|t| leak(t)).collect();
            (
                leak(&e.name),
                &*Box::leak(titles.into_boxed_slice()),
                e.affiliation.as_deref().map(leak),
                e.outlet.as_deref().map(leak),
            )
        })
        .collect();
    assert_eq!(got, want, "{name}");
}

#[test]
fn forms() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "title name verb",
            "会上,国家统计局副局长王小明表示,今年经济运行总体平稳。",
            &[("王小明", &["国家统计局副局长"], Some("国家统计局"), None)],
        ),
        (
            "chain split at 、, outlet in 《》",
            "某某大学经济学院院长、教授林子涵对《经济参考报》记者表示,要稳住预期。",
            &[(
                "林子涵",
                &["某某大学经济学院院长", "教授"],
                Some("某某大学经济学院"),
                Some("经济参考报"),
            )],
        ),
        (
            "interview cue",
            "如何看待这一变化?深圳市数字经济研究中心主任周建华在接受《深圳特区报》记者采访时介绍,企业需求旺盛。",
            &[(
                "周建华",
                &["深圳市数字经济研究中心主任"],
                Some("深圳市数字经济研究中心"),
                Some("深圳特区报"),
            )],
        ),
        (
            "press conference answer, bare outlet",
            "省数据局局长胡海燕在发布会上回答新华社记者提问时说,将加快数据流通。",
            &[(
                "胡海燕",
                &["省数据局局长"],
                Some("省数据局"),
                Some("新华社"),
            )],
        ),
        (
            "date and event between name and verb",
            "某研究院原副院长何立新3月12日在2025中国经济论坛上指出,要重视算力建设。",
            &[("何立新", &["某研究院原副院长"], Some("某研究院"), None)],
        ),
        (
            "bare outlet after 对",
            "何立新对澎湃新闻表示,这是一个好的开端。",
            &[("何立新", &[], None, Some("澎湃新闻"))],
        ),
        (
            "direct speech before the speaker",
            "“算力是新的生产力。要把基础打牢。”星河证券首席经济学家孙一鸣说。",
            &[("孙一鸣", &["星河证券首席经济学家"], Some("星河证券"), None)],
        ),
        (
            "role-only title has no affiliation",
            "数字经济专家邓思远认为,场景开放是关键。",
            &[("邓思远", &["数字经济专家"], None, None)],
        ),
        (
            "role title after an organization",
            "华东师范大学经济学院副教授欧阳明辉分析,消费回暖可期。",
            &[(
                "欧阳明辉",
                &["华东师范大学经济学院副教授"],
                Some("华东师范大学经济学院"),
                None,
            )],
        ),
        (
            "carried titles, pronoun adds nothing",
            "蓝海科技股份有限公司董事长、总裁袁立认为,行业正在洗牌。他表示,公司会加大投入。袁立坦言,压力不小。",
            &[
                (
                    "袁立",
                    &["蓝海科技股份有限公司董事长", "总裁"],
                    Some("蓝海科技股份有限公司"),
                    None,
                ),
                (
                    "袁立",
                    &["蓝海科技股份有限公司董事长", "总裁"],
                    Some("蓝海科技股份有限公司"),
                    None,
                ),
            ],
        ),
        (
            "two people, one name",
            "甲市商务局局长张伟表示,要促消费。乙公司总经理张伟说,订单增长明显。",
            &[
                ("张伟", &["甲市商务局局长"], Some("甲市商务局"), None),
                ("张伟", &["乙公司总经理"], Some("乙公司"), None),
            ],
        ),
        (
            "leading time phrase is not a title",
            "此前,该局局长不在场。近日国家信息中心研究员方晓强调,数据要素市场潜力巨大。",
            &[("方晓", &["国家信息中心研究员"], Some("国家信息中心"), None)],
        ),
        (
            "dotted name",
            "新疆大学教授阿不都·热合曼表示:“要因地制宜。”",
            &[("阿不都·热合曼", &["新疆大学教授"], Some("新疆大学"), None)],
        ),
        (
            "title after the name",
            "对此,清华大学李文博教授认为,要用好超大规模市场优势。",
            &[("李文博", &["清华大学", "教授"], Some("清华大学"), None)],
        ),
        (
            "organization alone as title",
            "星河科技集团郑一凡表示,新品将在年内上市。",
            &[("郑一凡", &["星河科技集团"], Some("星河科技集团"), None)],
        ),
        (
            "据 … 介绍",
            "据市数据局局长胡海燕介绍,全市已开放数据集三百个。",
            &[("胡海燕", &["市数据局局长"], Some("市数据局"), None)],
        ),
        (
            "adverb between name and verb",
            "胡海燕曾多次公开表示,数据安全是底线。",
            &[("胡海燕", &[], None, None)],
        ),
        (
            "concurrent posts with 兼",
            "某某研究院院长兼党委书记韩立平指出,要加强基础研究。",
            &[(
                "韩立平",
                &["某某研究院院长兼党委书记"],
                Some("某某研究院"),
                None,
            )],
        ),
        (
            "a person after 对 is no outlet",
            "市长宋明对王小明表示感谢。",
            &[("宋明", &["市长"], None, None)],
        ),
        (
            "writing in a paper",
            "某某大学教授韩立平在《经济日报》撰文指出,要扩大有效投资。",
            &[("韩立平", &["某某大学教授"], Some("某某大学"), None)],
        ),
        (
            "on a question",
            "某某大学教授韩立平就数据跨境流动问题回应称,规则正在完善。",
            &[("韩立平", &["某某大学教授"], Some("某某大学"), None)],
        ),
        (
            "event and byline before the name",
            "(本报记者 王芳)在昨天召开的座谈会上胡海燕表示,要加强协同。",
            &[("胡海燕", &[], None, None)],
        ),
        (
            "dotted name after a lead phrase",
            "据悉阿不都·热合曼表示,项目已经启动。",
            &[("阿不都·热合曼", &[], None, None)],
        ),
        (
            "traditional script",
            "國家信息中心研究員方曉強調,數據要素市場潛力巨大。",
            &[("方晓", &["国家信息中心研究员"], Some("国家信息中心"), None)],
        ),
    ];
    for (name, input, want) in rows {
        check(name, &run(input, &[]), want);
    }
}

#[test]
fn not_speakers() {
    let rows: &[(&str, &str)] = &[
        ("unnamed expert", "专家认为,人工智能产业前景广阔。"),
        (
            "unnamed official",
            "国务院国资委有关负责人表示,将加大投入。",
        ),
        (
            "unnamed comrade",
            "市发展改革委规划处负责同志在会上表示,将加快推进。",
        ),
        ("industry insiders", "业内人士指出,价格竞争仍将持续。"),
        ("byline", "(新华日报记者 王芳 李强)\n责任编辑:张伟"),
        ("company", "该公司表示,将按期交付。"),
        ("central bank", "央行表示,将保持流动性合理充裕。"),
        ("pronoun", "她强调,要守住安全底线。"),
        (
            "look-alike verb",
            "上海市人工智能产业协会(以下简称协会)发布报告。",
        ),
        ("reporter", "记者了解到,多家企业已经开始布局。"),
        ("only mentioned", "王小明去年当选为协会会长,负责日常工作。"),
        ("withheld name", "市民刘女士告诉记者,现在办事方便多了。"),
        (
            "common word with a surname character",
            "程序员表示,工作量很大。",
        ),
        (
            "company name with a surname character",
            "华为认为,算力需求将持续增长。",
        ),
        (
            "meeting and document",
            "会议强调,要稳中求进。文件指出,到2025年基本建成。",
        ),
        (
            "board of directors",
            "董事会认为,本次交易有利于公司长远发展。",
        ),
        ("industry", "金融业普遍认为,利率仍有下行空间。"),
        (
            "adverb that starts with a surname",
            "经常说的一句话是要实干。",
        ),
        ("direct quote then pronoun", "“这是一个好消息。”他说。"),
    ];
    for (name, input) in rows {
        assert!(run(input, &[]).is_empty(), "{name}: {:?}", run(input, &[]));
    }
}

#[test]
fn agency_names_the_affiliation() {
    /// (row name, input, agencies as (canonical, surface), wanted affiliation)
    type Row = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
        Option<&'static str>,
    );
    let rows: &[Row] = &[
        (
            "abbreviation canonicalized",
            "工信部原副部长何立新表示,要加快建设数据集。",
            &[("工业和信息化部", "工信部")],
            Some("工业和信息化部"),
        ),
        (
            "office inside a commission",
            "上海市经信委软件处处长潘宁介绍,已经出台细则。",
            &[("上海市经济和信息化委员会", "上海市经信委")],
            Some("上海市经济和信息化委员会"),
        ),
        (
            "department reported in full",
            "商务部对外贸易司司长李明表示,外贸稳中有进。",
            &[
                ("商务部对外贸易司", "商务部对外贸易司"),
                ("商务部", "商务部"),
            ],
            Some("商务部对外贸易司"),
        ),
        (
            "organization speaking is no name",
            "商务部表示,将出台新举措。",
            &[("商务部", "商务部")],
            None,
        ),
    ];
    for (name, input, agencies, want) in rows {
        let got = run(input, agencies);
        match want {
            Some(want) => {
                assert_eq!(got.len(), 1, "{name}: {got:?}");
                assert_eq!(got[0].affiliation.as_deref(), Some(*want), "{name}");
            }
            None => assert!(got.is_empty(), "{name}: {got:?}"),
        }
    }
}

#[test]
fn quotes() {
    let rows: &[(&str, &str, &str)] = &[
        ("indirect", "王小明表示,要稳住预期。下一句。", "要稳住预期"),
        (
            "after colon, several sentences, nested",
            "王小明说:“第一句。第二句提到‘新基建’。”后文。",
            "第一句。第二句提到‘新基建’。",
        ),
        (
            "corner brackets",
            "王小明說:「要穩住預期。」",
            "要稳住预期。",
        ),
        (
            "before the speaker",
            "“要稳住预期。”王小明说。",
            "要稳住预期。",
        ),
        (
            "paragraphs reopened with “",
            "王小明说:“第一段。\n“第二段。”\n后文。",
            "第一段。\n“第二段。",
        ),
        (
            "quote on the line before",
            "“要稳住预期。”\n王小明说。",
            "要稳住预期。",
        ),
    ];
    for (name, input, want) in rows {
        let got = run(input, &[]);
        assert_eq!(got.len(), 1, "{name}: {got:?}");
        assert_eq!(got[0].quote.as_deref(), Some(*want), "{name}");
    }
}

#[test]
fn a_term_quoted_in_running_text_is_no_quote_of_the_speaker_after_it() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "term ending the line above",
            "园区按下“快进键”\n王小明表示,",
            None,
        ),
        ("term before a comma", "园区按下“快进键”,王小明表示。", None),
        (
            "clause opening the text",
            "“要稳住预期”,王小明表示。",
            Some("要稳住预期"),
        ),
        (
            "clause opening a sentence",
            "会议召开。“要稳住预期”,王小明表示。",
            Some("要稳住预期"),
        ),
        (
            "clause on a line of its own",
            "会议现场\n“要稳住预期”\n王小明表示。",
            Some("要稳住预期"),
        ),
    ];
    for (name, input, want) in rows {
        let got = run(input, &[]);
        assert_eq!(got.len(), 1, "{name}: {got:?}");
        assert_eq!(got[0].quote.as_deref(), *want, "{name}");
    }
}

#[test]
fn span_covers_titles_and_name() {
    let input = "会上,国家统计局副局长王小明表示,今年经济运行总体平稳。";
    let doc = crate::passes::testing::extractor(None).extract(input);
    let expert = doc.experts.first().expect("one expert");
    assert_eq!(expert.surface, "国家统计局副局长王小明");
    assert_eq!(expert.verb.as_deref(), Some("表示"));
}

#[test]
fn no_panic_on_odd_input() {
    for input in [
        "表示",
        "说",
        "“",
        "”说",
        "王表示:“",
        "·表示",
        "李·",
        "，表示：「",
    ] {
        let _ = run(input, &[]);
    }
}

#[test]
fn pipeline_canonicalizes_affiliation() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "ministry abbreviation",
            "工信部原副部长何立新表示,要加快建设数据集。",
            "工业和信息化部",
        ),
        (
            "local commission abbreviation",
            "上海市发展改革委副主任周立群指出,要稳住外资。",
            "上海市发展和改革委员会",
        ),
        (
            "traditional script",
            "工信部原副部長何立新表示,要加快建設數據集。",
            "工业和信息化部",
        ),
    ];
    let extractor = crate::passes::testing::extractor(None);
    for (name, input, want) in rows {
        let doc = extractor.extract(input);
        let expert = doc.experts.first().expect(name);
        assert_eq!(expert.affiliation.as_deref(), Some(*want), "{name}");
    }
}

proptest::proptest! {
    #[test]
    fn never_panics_and_spans_stay_in_bounds(
        input in "[王李欧阳张三明教授局长、,。:“”「」()·对《》记者表示说称在上时4月1日 a]{0,60}"
    ) {
        let doc = crate::extract(&input);
        for expert in &doc.experts {
            proptest::prop_assert_eq!(input.get(expert.span.start..expert.span.end), Some(expert.surface.as_str()));
        }
    }
}

#[test]
fn prefix_shifts_every_span() {
    let input = "某某大学经济学院院长、教授林子涵对《经济参考报》记者表示,要稳住预期。";
    let prefix = "前言。\n";
    let extractor = crate::passes::testing::extractor(None);
    let plain = extractor.extract(input);
    let shifted = extractor.extract(&format!("{prefix}{input}"));
    let spans = |doc: &Document| doc.experts.iter().map(|e| e.span).collect::<Vec<_>>();
    let moved: Vec<Span> = spans(&plain)
        .into_iter()
        .map(|s| Span::new(s.start + prefix.len(), s.end + prefix.len()))
        .collect();
    assert!(!moved.is_empty());
    assert_eq!(spans(&shifted), moved);
}
