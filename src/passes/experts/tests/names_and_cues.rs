//! Weak surnames, long names without a
//! middle dot, every outlet cue with and without 在 and 《》, affiliations
//! that go on past an agency, and quoted terms that open indirect reports.

use super::{Want, check, run};

#[test]
fn weak_surnames_and_long_names() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "numeral surname between title and verb",
            "国家统计局综合司司长万海涛指出,消费持续回暖。",
            &[(
                "万海涛",
                &["国家统计局综合司司长"],
                Some("国家统计局综合司"),
                None,
            )],
        ),
        (
            "conjunction surname between title and verb",
            "省农业农村厅副厅长和建军介绍,春播进度快于往年。",
            &[(
                "和建军",
                &["省农业农村厅副厅长"],
                Some("省农业农村厅"),
                None,
            )],
        ),
        (
            "weak surname before a cue",
            "某某大学教授时晓东在接受采访时认为,出口仍有韧性。",
            &[("时晓东", &["某某大学教授"], Some("某某大学"), None)],
        ),
        (
            "six characters after a post",
            "自治区农牧厅厅长乌力吉巴雅尔表示,牧区草原生态持续向好。",
            &[(
                "乌力吉巴雅尔",
                &["自治区农牧厅厅长"],
                Some("自治区农牧厅"),
                None,
            )],
        ),
        (
            "five characters before a cue",
            "盟委书记额尔敦巴根在调研时强调,要守住生态底线。",
            &[("额尔敦巴根", &["盟委书记"], Some("盟委"), None)],
        ),
        (
            "four characters without a surname",
            "旗委书记阿尔斯楞介绍,全旗草畜平衡面积持续扩大。",
            &[("阿尔斯楞", &["旗委书记"], Some("旗委"), None)],
        ),
        (
            "job word inside a long candidate",
            "市人大常委会主任委员王小明表示,将加强监督。",
            &[(
                "王小明",
                &["市人大常委会主任委员"],
                Some("市人大常委会"),
                None,
            )],
        ),
    ];
    for (name, input, want) in rows {
        check(name, &run(input, &[]), want);
    }
}

#[test]
fn weak_and_long_readings_need_a_title() {
    let rows: &[(&str, &str)] = &[
        ("numeral without a title", "万家企业表示,订单已排到年底。"),
        ("conjunction and a post", "书记和市长表示,要抓好落实。"),
        ("a post and an adverb", "副局长时常表示,要多下基层。"),
        (
            "long candidate with a function word",
            "副市长陪同调研并表示,要优化服务。",
        ),
        (
            "long candidate without a title",
            "乌力吉巴雅尔表示,草原生态向好。",
        ),
        (
            "delegation on a visit",
            "厅长一行到企业调研时表示,要加快进度。",
        ),
        ("title alone before a cue", "处长在会上表示,将加快推进。"),
        ("idiom after a post", "区委书记千方百计表示,要办好实事。"),
        ("action after a post", "副市长率队调研表示,要优化服务。"),
        ("occasion after a post", "市长陪同考察时强调,要优化环境。"),
        (
            "adverb phrase after a post",
            "局长近期多次表示,要加快进度。",
        ),
    ];
    for (name, input) in rows {
        let got = run(input, &[]);
        assert!(got.is_empty(), "{name}: {got:?}");
    }
}

#[test]
fn outlet_cues_with_and_without_zai() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "在回答《》记者提问时",
            "某某大学教授韩立平在回答《经济参考报》记者提问时表示,要扩大内需。",
            Some("经济参考报"),
        ),
        (
            "回答 bare outlet 记者的提问时",
            "某某大学教授韩立平回答新华社记者的提问时说,要扩大内需。",
            Some("新华社"),
        ),
        (
            "在接受《》记者的采访时",
            "某某大学教授韩立平在接受《中国证券报》记者的采访时表示,要扩大内需。",
            Some("中国证券报"),
        ),
        (
            "接受 bare outlet 采访时",
            "某某大学教授韩立平接受澎湃新闻采访时指出,要扩大内需。",
            Some("澎湃新闻"),
        ),
        (
            "在对《》记者介绍情况时",
            "某某大学教授韩立平在对《经济日报》记者介绍情况时说,要扩大内需。",
            Some("经济日报"),
        ),
        (
            "对 bare outlet 记者",
            "某某大学教授韩立平对第一财经记者表示,要扩大内需。",
            Some("第一财经"),
        ),
        (
            "在向本报记者介绍时 (no outlet named)",
            "某某大学教授韩立平在向本报记者介绍时表示,要扩大内需。",
            None,
        ),
        (
            "在答记者问时",
            "某某大学教授韩立平在答记者问时表示,要扩大内需。",
            None,
        ),
        (
            "medium word after the 《》",
            "某某大学教授韩立平在接受《财经》杂志记者专访时表示,要扩大内需。",
            Some("财经"),
        ),
        (
            "event then answer",
            "某某大学教授韩立平在论坛上回答《南方日报》记者提问时称,要扩大内需。",
            Some("南方日报"),
        ),
    ];
    for (name, input, outlet) in rows {
        let want: &[Want] = &[("韩立平", &["某某大学教授"], Some("某某大学"), *outlet)];
        check(name, &run(input, &[]), want);
    }
}

#[test]
fn affiliation_past_the_agency() {
    /// (row name, input, agencies as (canonical, surface), wanted affiliation)
    type Row = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
        &'static str,
    );
    let rows: &[Row] = &[
        (
            "institute under a ministry",
            "自然资源部信息中心主任林涛表示,数据共享加快推进。",
            &[("自然资源部", "自然资源部")],
            "自然资源部信息中心",
        ),
        (
            "research institute under a ministry",
            "财政部科研所研究员林涛认为,财政政策仍有空间。",
            &[("财政部", "财政部")],
            "财政部科研所",
        ),
        (
            "department under a ministry",
            "工信部运行监测协调局局长林涛介绍,工业生产稳定。",
            &[("工业和信息化部", "工信部")],
            "工信部运行监测协调局",
        ),
        (
            "division keeps the agency",
            "科技部办公厅综合室主任林涛介绍,项目已全部立项。",
            &[("科学技术部", "科技部")],
            "科学技术部",
        ),
        (
            "laboratory is a body of its own",
            "生态环境部重点实验室主任林涛指出,监测网络已覆盖全国。",
            &[("生态环境部", "生态环境部")],
            "生态环境部重点实验室",
        ),
    ];
    for (name, input, agencies, want) in rows {
        let got = run(input, agencies);
        assert_eq!(got.len(), 1, "{name}: {got:?}");
        assert_eq!(got[0].affiliation.as_deref(), Some(*want), "{name}");
    }
}

#[test]
fn quoted_terms_and_direct_quotes() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "quoted term opens an indirect report",
            "王小明表示,“十四五”以来,产业规模持续扩大。下一句。",
            "“十四五”以来,产业规模持续扩大",
        ),
        (
            "quoted term after a colon",
            "王小明说:“双碳”目标正倒逼企业转型。",
            "“双碳”目标正倒逼企业转型",
        ),
        (
            "direct quote closed before 。",
            "王小明说:“稳中求进”。后文。",
            "稳中求进",
        ),
        (
            "direct quote ending the text",
            "王小明说:“稳中求进”",
            "稳中求进",
        ),
        (
            "direct quote resumed after the speaker",
            "王小明说:“要稳住预期,”他补充说。",
            "要稳住预期,",
        ),
        (
            "direct quote ending a line",
            "王小明表示:“要稳住预期”\n下一段。",
            "要稳住预期",
        ),
    ];
    for (name, input, want) in rows {
        let got = run(input, &[]);
        assert_eq!(got.len(), 1, "{name}: {got:?}");
        assert_eq!(got[0].quote.as_deref(), Some(*want), "{name}");
    }
}

#[test]
fn left_out_on_purpose() {
    let rows: &[(&str, &str)] = &[
        (
            "pronoun after a person only mentioned",
            "国家数据局局长刘明远发布了年度报告。他指出,数据产业增长迅速。",
        ),
        (
            "interview answer after name and colon",
            "记者:今年的重点是什么?\n刘明远:数据产业要加快发展。",
        ),
    ];
    for (name, input) in rows {
        let got = run(input, &[]);
        assert!(got.is_empty(), "{name}: {got:?}");
    }
}

#[test]
fn pipeline_affiliation_past_the_agency() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "institute after a ministry",
            "自然资源部信息中心主任林涛表示,数据共享加快推进。",
            "自然资源部信息中心",
        ),
        (
            "division of a local commission",
            "上海市经信委人工智能处处长潘宁介绍,细则已经出台。",
            "上海市经济和信息化委员会",
        ),
        (
            "weak surname, department of a commission",
            "国家发展改革委就业司司长万海涛指出,就业总体稳定。",
            "国家发展改革委就业司",
        ),
    ];
    let extractor = crate::passes::testing::extractor(None);
    for (name, input, want) in rows {
        let doc = extractor.extract(input);
        let expert = doc.experts.first().expect(name);
        assert_eq!(expert.affiliation.as_deref(), Some(*want), "{name}");
    }
}
