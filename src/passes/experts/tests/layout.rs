//! Forms that depend on the text's layout: transcript turns, interview
//! headings, markup around a name, paragraph indents, quoted event names in
//! a cue, and the choice between a compound surname and a job word.

use super::{Want, check, run};

#[test]
fn transcript_turns() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "presser: introduced, then a turn at a line start",
            "省统计局副局长赵一凡出席发布会并答记者问。\n赵一凡：今年全省经济稳中有进。\n",
            &[("赵一凡", &["省统计局副局长"], Some("省统计局"), None)],
        ),
        (
            "turn after a sentence end on the same line",
            "省统计局副局长赵一凡出席发布会。赵一凡：今年全省经济稳中有进。",
            &[("赵一凡", &["省统计局副局长"], Some("省统计局"), None)],
        ),
        (
            "attendee list, two turns",
            "出席发布会的有：市发展改革委主任钱明、市财政局局长孙立。\n钱明：全年投资保持增长。\n记者：财政方面呢？\n孙立：将加快专项债发行。",
            &[
                ("钱明", &["市发展改革委主任"], Some("市发展改革委"), None),
                ("孙立", &["市财政局局长"], Some("市财政局"), None),
            ],
        ),
        (
            "one record per turn",
            "市住建局局长周明远出席发布会。\n周明远：今年将新开工保障房一万套。\n记者：进度如何？\n周明远：目前已开工六成。",
            &[
                ("周明远", &["市住建局局长"], Some("市住建局"), None),
                ("周明远", &["市住建局局长"], Some("市住建局"), None),
            ],
        ),
        (
            "interview heading, name turns",
            "——访省能源局局长周海涛\n记者：今年有何打算？\n周海涛：力争新增光伏装机五百万千瓦。",
            &[("周海涛", &["省能源局局长"], Some("省能源局"), None)],
        ),
        (
            "interview heading, question and answer labels",
            "专访某某大学能源研究院院长林可欣\n问：储能前景如何？\n答：储能将迎来快速发展。",
            &[(
                "林可欣",
                &["某某大学能源研究院院长"],
                Some("某某大学能源研究院"),
                None,
            )],
        ),
        (
            "a bare speaker takes the titles of a mention with no verb",
            "省统计局局长王一帆出席会议。王一帆指出,全省经济稳中向好。",
            &[("王一帆", &["省统计局局长"], Some("省统计局"), None)],
        ),
        (
            "a head that introduces its speaker",
            "省发展改革委副主任、新闻发言人马晓东：今年全省投资稳步增长。\n马晓东：项目储备充足。",
            &[
                (
                    "马晓东",
                    &["省发展改革委副主任", "新闻发言人"],
                    Some("省发展改革委"),
                    None,
                ),
                (
                    "马晓东",
                    &["省发展改革委副主任", "新闻发言人"],
                    Some("省发展改革委"),
                    None,
                ),
            ],
        ),
    ];
    for (name, input, want) in rows {
        check(name, &run(input, &[]), want);
    }
}

#[test]
fn labels_and_unintroduced_names_never_speak() {
    let rows: &[(&str, &str)] = &[
        (
            "labels",
            "记者：今年有何打算？\n主持人：请回答。\n问：进度如何？\n答：进展顺利。",
        ),
        (
            "name with no title before",
            "赵一凡出席了会议。\n赵一凡：全年经济稳中有进。",
        ),
        (
            "turn before the introduction",
            "赵一凡：全年经济稳中有进。\n省统计局副局长赵一凡出席。",
        ),
        (
            "answer without an interview heading",
            "问：进度如何？\n答：进展顺利。",
        ),
        (
            "a longer name is another person",
            "省统计局副局长赵一凡亮出席。\n赵一凡：全年经济稳中有进。",
        ),
        ("address label", "地址：某市某区某路1号\n电话：12345678"),
        ("reporter asks", "新华社记者王晓明：请问今年的重点是什么？"),
        (
            "a contact line is no turn",
            "办公室主任张立新负责联络。\n张立新：0551-12345678",
        ),
    ];
    for (name, input) in rows {
        assert_eq!(run(input, &[]), Vec::new(), "{name}");
    }
}

#[test]
fn turn_records() {
    let input = "省统计局副局长赵一凡出席发布会。\n赵一凡：今年全省经济稳中有进。\n记者：请问…";
    let doc = crate::passes::testing::extractor(None).extract(input);
    let turn = doc.experts.last().expect("a turn");
    assert_eq!(turn.surface, "赵一凡");
    assert_eq!(turn.verb, None);
    assert_eq!(turn.quote.as_deref(), Some("今年全省经济稳中有进。"));
}

#[test]
fn layout_around_the_speaker() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "compound surname across a job word",
            "省工业和信息化局局长孙立平指出,要加快技术改造。",
            &[(
                "孙立平",
                &["省工业和信息化局局长"],
                Some("省工业和信息化局"),
                None,
            )],
        ),
        (
            "compound surname after a job word",
            "某公司总经理欧阳明辉表示,将扩大产能。",
            &[("欧阳明辉", &["某公司总经理"], Some("某公司"), None)],
        ),
        (
            "quoted event name in a cue",
            "商务部副部长凌一飞日前在“2025中国-中亚合作论坛”期间指出,要扩大双向投资。",
            &[("凌一飞", &["商务部副部长"], Some("商务部"), None)],
        ),
        (
            "ASCII-quoted event name and 《》 in a cue",
            "省商务厅厅长许文静在\"2025《数字贸易》峰会\"上表示,跨境电商增长较快。",
            &[("许文静", &["省商务厅厅长"], Some("省商务厅"), None)],
        ),
        (
            "full-width paragraph indent",
            "\u{3000}\u{3000}省教育厅发展规划处处长郑一鸣表示,学位供给持续扩大。",
            &[(
                "郑一鸣",
                &["省教育厅发展规划处处长"],
                Some("省教育厅发展规划处"),
                None,
            )],
        ),
        (
            "HTML tags around the name",
            "<p>省交通运输厅副厅长<strong>钱立群</strong>介绍,全年完成投资八百亿元。</p>",
            &[(
                "钱立群",
                &["省交通运输厅副厅长"],
                Some("省交通运输厅"),
                None,
            )],
        ),
        (
            "markdown bold name",
            "省交通运输厅副厅长**钱立群**表示,将加快农村公路建设。",
            &[(
                "钱立群",
                &["省交通运输厅副厅长"],
                Some("省交通运输厅"),
                None,
            )],
        ),
    ];
    for (name, input, want) in rows {
        check(name, &run(input, &[]), want);
    }
}

#[test]
fn markup_spans_map_to_the_input() {
    // Normalization drops the markup; the spans still cover the input.
    let rows: &[(&str, &str, &str, &str)] = &[
        // (name, input, surface, the name's text)
        (
            "HTML tags around the name",
            "省交通运输厅副厅长<strong>钱立群</strong>介绍,全年完成投资八百亿元。",
            "省交通运输厅副厅长<strong>钱立群",
            "钱立群",
        ),
        (
            "markdown bold name",
            "省交通运输厅副厅长**钱立群**表示,将加快农村公路建设。",
            "省交通运输厅副厅长**钱立群",
            "钱立群",
        ),
        (
            "entity between title and name",
            "司长&nbsp;王松波说,进展顺利。",
            "司长&nbsp;王松波",
            "王松波",
        ),
        (
            "tags around the title",
            "<span class=\"t\">省长</span>张三指出,要稳就业。",
            "省长</span>张三",
            "张三",
        ),
    ];
    let extractor = crate::passes::testing::extractor(None);
    for &(name, input, surface, person) in rows {
        let doc = extractor.extract(input);
        let expert = doc.experts.first().expect(name);
        assert_eq!(expert.surface, surface, "{name}");
        assert_eq!(expert.name, person, "{name}");
        assert_eq!(
            input.get(expert.span.start..expert.span.end),
            Some(expert.surface.as_str()),
            "{name}"
        );
    }
}

#[test]
fn a_place_inside_a_name_is_no_place() {
    let rows: &[(&str, &str, &[&str])] = &[
        (
            "city name inside a person's name",
            "某证券首席经济学家花长春认为,长春市消费回暖。",
            &["长春市"],
        ),
        (
            "the title's place stays",
            "吉林省发展改革委主任花长春表示,投资稳步增长。",
            &["吉林省"],
        ),
    ];
    let extractor = crate::passes::testing::extractor(None);
    for (name, input, want) in rows {
        let doc = extractor.extract(input);
        let places: Vec<&str> = doc.places.iter().map(|p| p.name()).collect();
        assert_eq!(&places, want, "{name}");
        assert_eq!(
            doc.experts.first().map(|e| e.name.as_str()),
            Some("花长春"),
            "{name}"
        );
    }
}
