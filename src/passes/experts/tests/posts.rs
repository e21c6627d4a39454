//! Affiliations of local leaders and of titles led by places, and quoted
//! parts inside an organization name, through the whole pipeline.

/// Runs the pipeline and returns (name, titles, affiliation) of each expert.
fn experts(input: &str) -> Vec<(String, Vec<String>, Option<String>)> {
    crate::passes::testing::extractor(None)
        .extract(input)
        .experts
        .into_iter()
        .map(|e| (e.name, e.titles, e.affiliation))
        .collect()
}

#[test]
fn affiliation_is_canonical_after_leading_places() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "province before a city's commission",
            "江苏省苏州市发改委副主任钱文博介绍,今年重大项目开工提速。",
            "苏州市发展和改革委员会",
        ),
        (
            "province before a city's bureau",
            "会上,山西省太原市工信局局长赵立新表示,全市将加快算力设施建设。",
            "太原市工业和信息化局",
        ),
        (
            "traditional script",
            "江蘇省蘇州市發改委副主任錢文博介紹,今年重大項目開工提速。",
            "苏州市发展和改革委员会",
        ),
    ];
    check_affiliations(rows);
}

/// Asserts the first expert of each row's input has the row's affiliation
/// and a title written in the input (in simplified script).
fn check_affiliations(rows: &[(&str, &str, &str)]) {
    let extractor = crate::passes::testing::extractor(None);
    for (name, input, want) in rows {
        let got = experts(input);
        let affiliation = got.first().and_then(|e| e.2.as_deref());
        assert_eq!(affiliation, Some(*want), "{name}: {got:?}");
        let title = got.first().and_then(|e| e.1.first()).map(String::as_str);
        let plain = extractor.simplify(input);
        assert!(title.is_some_and(|t| plain.contains(t)), "{name}: {got:?}");
    }
}

/// A body and its post written as one (财政部长) share a character: the
/// affiliation is the body, whole; the title stays as written.
#[test]
fn a_post_sharing_its_first_character_with_the_body() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "a ministry",
            "财政部长李明华表示,将加大支出力度。",
            "财政部",
        ),
        (
            "a city's bureau",
            "深圳市公安局长王立新表示,要加强治安。",
            "深圳市公安局",
        ),
        (
            "a foreign ministry",
            "某国交通部长阿兰·杜邦表示,将扩建港口。",
            "某国交通部",
        ),
        // The body's name already ends in the character: nothing is added.
        (
            "written in full",
            "国家统计局局长林小雨表示,经济持续恢复。",
            "国家统计局",
        ),
        // 校长 shares nothing with 大学.
        (
            "not a shared post",
            "某某大学校长王立松表示,要加强合作。",
            "某某大学",
        ),
    ];
    check_affiliations(rows);
}

#[test]
fn local_leaders_speak_for_their_government_or_party_committee() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "vice mayor",
            "吴忠市副市长马建国表示,要抓好项目落地。",
            "吴忠市人民政府",
        ),
        (
            "executive vice mayor",
            "吴忠市常务副市长马建国表示,要抓好项目落地。",
            "吴忠市人民政府",
        ),
        (
            "mayor",
            "石嘴山市市长李卫东指出,全市上下要形成合力。",
            "石嘴山市人民政府",
        ),
        (
            "governor",
            "甘肃省省长张明远在调研时强调,要加快产业转型。",
            "甘肃省人民政府",
        ),
        (
            "autonomous region chairman",
            "宁夏回族自治区副主席王志刚强调,要守住安全底线。",
            "宁夏回族自治区人民政府",
        ),
        (
            "district head after its city: the district",
            "银川市兴庆区区长周海燕介绍,辖区内新增企业300家。",
            "兴庆区人民政府",
        ),
        (
            "county head",
            "盐池县县长刘光明表示,县里将持续改善营商环境。",
            "盐池县人民政府",
        ),
        (
            "city party secretary, place written in full",
            "吴忠市市委书记陈向阳强调,要压实责任。",
            "中共吴忠市委员会",
        ),
        (
            "city party secretary, committee abbreviated",
            "吴忠市委书记陈向阳强调,要压实责任。",
            "中共吴忠市委员会",
        ),
    ];
    for (name, input, want) in rows {
        let got = experts(input);
        let affiliation = got.first().and_then(|e| e.2.as_deref());
        assert_eq!(affiliation, Some(*want), "{name}: {got:?}");
    }
}

#[test]
fn a_post_that_does_not_fit_the_place_names_no_government() {
    // 主席 heads an autonomous region's government, not a province's; a 市长
    // does not head a 县.
    let rows: &[(&str, &str, &str)] = &[
        (
            "chairman after a province",
            "甘肃省主席团成员张明远表示,要加快产业转型。",
            "甘肃省人民政府",
        ),
        (
            "mayor after a county",
            "盐池县市长刘光明表示,县里将持续改善营商环境。",
            "盐池县人民政府",
        ),
    ];
    for (name, input, never) in rows {
        let got = experts(input);
        assert!(
            got.iter().all(|e| e.2.as_deref() != Some(*never)),
            "{name}: {got:?}"
        );
    }
}

#[test]
fn quoted_part_inside_an_organization_name() {
    let rows: &[(&str, &str, &str, &str)] = &[
        (
            "slogan inside a park's committee",
            "四川绵阳“科技城”新区管委会主任孙志强表示,新区已集聚企业上千家。",
            "四川绵阳“科技城”新区管委会主任",
            "孙志强",
        ),
        (
            "slogan inside a centre, outlet after the name",
            "贵州贵安“数谷”创新中心主任何晓东对《经济日报》记者表示,数据要素市场潜力巨大。",
            "贵州贵安“数谷”创新中心主任",
            "何晓东",
        ),
        (
            "corner brackets",
            "浙江湖州「绿色智造」服务中心主任钱文博介绍,园区能耗持续下降。",
            "浙江湖州「绿色智造」服务中心主任",
            "钱文博",
        ),
    ];
    for (name, input, title, person) in rows {
        let got = experts(input);
        let first = got.first();
        assert_eq!(
            first.map(|e| e.0.as_str()),
            Some(*person),
            "{name}: {got:?}"
        );
        assert_eq!(
            first.map(|e| e.1.clone()),
            Some(vec![(*title).to_owned()]),
            "{name}"
        );
    }
}

#[test]
fn quotations_still_end_a_clause() {
    let rows: &[(&str, &str, &str, &[&str])] = &[
        (
            "direct speech before the speaker",
            "“数据要素市场潜力巨大。”创新中心主任何晓东说。",
            "何晓东",
            &["创新中心主任"],
        ),
        (
            "quoted term after a clause mark",
            "围绕“东数西算”,国家数据局局长刘小明表示,要加快建设。",
            "刘小明",
            &["国家数据局局长"],
        ),
        (
            "a long quoted part is no name",
            "他说要办好“推动数据要素市场化配置改革试点”国家数据局局长刘小明表示,要加快建设。",
            "刘小明",
            &["国家数据局局长"],
        ),
    ];
    for (name, input, person, titles) in rows {
        let got = experts(input);
        let first = got.iter().find(|e| e.0 == *person);
        assert_eq!(
            first.map(|e| e.1.clone()),
            Some(titles.iter().map(|t| (*t).to_owned()).collect()),
            "{name}: {got:?}"
        );
    }
}

/// A clause ending in 的 before the titles describes the person; the titles
/// start after it, unless only a bare post follows it.
#[test]
fn a_describing_clause_is_no_part_of_the_titles() {
    let rows: &[(&str, &str, &[&str], Option<&str>)] = &[
        (
            "a visit",
            "某部部长王立新在某市会见来访的某国总理阿兰·杜邦。阿兰·杜邦表示,愿加强合作。",
            &["某国总理"],
            Some("某国"),
        ),
        (
            "a delegation's head",
            "率代表团出席庆祝活动的某某部部长王立新表示,要巩固成果。",
            &["某某部部长"],
            Some("某某部"),
        ),
        (
            "a 的 inside a quoted title",
            "《关于加快发展的意见》起草组组长王立新表示,要抓好落实。",
            &["《关于加快发展的意见》起草组组长"],
            Some("《关于加快发展的意见》起草组"),
        ),
        (
            "a bare post after the clause",
            "国家发展改革委分管日常工作的副主任林小雨表示,要稳住预期。",
            &["国家发展改革委分管日常工作的副主任"],
            Some("国家发展和改革委员会"),
        ),
    ];
    for (name, input, titles, affiliation) in rows {
        let got = experts(input);
        let last = got.last().expect("a speaker");
        assert_eq!(last.1, *titles, "{name}: {got:?}");
        assert_eq!(last.2.as_deref(), *affiliation, "{name}: {got:?}");
    }
}

/// A headline or clause run into the words before a name holds a verb no
/// title holds (召开): it gives no title, and the titles come from the
/// body's own mention.
#[test]
fn a_clause_with_a_verb_is_no_title() {
    let text =
        "某某委员会召开专题协商会王立新出席\n某某委员会主任王立新出席会议。王立新表示,要凝聚共识。";
    let got = experts(text);
    let titles: Vec<&String> = got.iter().flat_map(|e| &e.1).collect();
    assert!(!titles.is_empty(), "{got:?}");
    assert!(titles.iter().all(|t| !t.contains("召开")), "{got:?}");
}
