use crate::{AgencyLevel, Extractor};

/// (name, input, expected canonical names in order).
const CASES: &[(&str, &str, &[&str])] = &[
    ("ministry alias", "工信部印发通知。", &["工业和信息化部"]),
    (
        "commission alias",
        "国家发展改革委召开发布会。",
        &["国家发展和改革委员会"],
    ),
    (
        "bare alias is central",
        "发改委表示将加快审批。",
        &["国家发展和改革委员会"],
    ),
    (
        "press office",
        "国新办举行新闻发布会。",
        &["国务院新闻办公室"],
    ),
    (
        "state assets",
        "国务院国资委和国资委",
        &[
            "国务院国有资产监督管理委员会",
            "国务院国有资产监督管理委员会",
        ],
    ),
    ("successor", "原银保监会", &["国家金融监督管理总局"]),
    (
        "local alias",
        "上海市发展改革委近日印发。",
        &["上海市发展和改革委员会"],
    ),
    (
        "local short suffix",
        "深圳市工信局发布名单。",
        &["深圳市工业和信息化局"],
    ),
    ("government", "北京市政府常务会议", &["北京市人民政府"]),
    (
        "general office",
        "天津市人民政府办公厅印发",
        &["天津市人民政府办公厅"],
    ),
    (
        "commission of municipality",
        "上海市经信委和北京市科委",
        &["上海市经济和信息化委员会", "北京市科学技术委员会"],
    ),
    (
        "provincial department",
        "广东省工信厅",
        &["广东省工业和信息化厅"],
    ),
    ("department only provincial", "深圳市工信厅", &[]),
    (
        "big data bureau",
        "贵州省大数据发展管理局副局长",
        &["贵州省大数据发展管理局"],
    ),
    (
        "party committee",
        "中共广东省委、广东省委",
        &["中共广东省委员会", "中共广东省委员会"],
    ),
    ("zone", "中关村管委会发布", &["中关村科技园区管理委员会"]),
    ("department", "国家数据局综合司司长", &["国家数据局综合司"]),
    (
        "long department",
        "商务部市场运行和消费促进司负责人",
        &["商务部市场运行和消费促进司"],
    ),
    (
        "no department before verb",
        "工信部近日印发通知;商务部加快布局",
        &["工业和信息化部", "商务部"],
    ),
    ("generic local", "省发改委和市国资委", &[]),
    ("bare place", "深圳印发方案", &[]),
    ("meeting is not a body", "国务院常务会议审议通过", &[]),
    ("state council", "国务院印发通知", &["国务院"]),
    ("media", "新华社报道", &[]),
    ("vague", "有关部门和市政府", &[]),
    (
        "traditional",
        "廣東省工業和信息化廳",
        &["广东省工业和信息化厅"],
    ),
];

#[test]
fn examples() {
    let extractor = Extractor::new();
    for (name, input, expected) in CASES {
        let doc = extractor.extract(input);
        let got: Vec<&str> = doc.agencies.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(&got, expected, "{name}: {input}");
    }
}

#[test]
fn local_fields_and_span() {
    let input = "据悉,上海市发展改革委印发";
    let doc = Extractor::new().extract(input);
    let agency = &doc.agencies[0];
    assert_eq!(agency.surface, "上海市发展改革委");
    assert_eq!(agency.level, AgencyLevel::Provincial);
    assert_eq!(agency.region.as_deref(), Some("上海市"));
    assert_eq!(doc.places[0].surface, "上海市");
}

#[test]
fn department_parent() {
    let doc = Extractor::new().extract("国务院国资委规划发展局负责人");
    let agency = &doc.agencies[0];
    assert_eq!(agency.name, "国务院国资委规划发展局");
    assert_eq!(
        agency.parent.as_deref(),
        Some("国务院国有资产监督管理委员会")
    );
    assert_eq!(agency.level, AgencyLevel::Central);
}

#[test]
fn helpers_find_agencies_by_position() {
    let extractor = Extractor::new();
    let doc = extractor.extract("工信部印发");
    // Spans are mapped back to the input after the passes; here the input is
    // already normalized, so both coordinates agree.
    assert_eq!(
        super::agency_ending_at(&doc, "工信部".len()).map(|a| a.name.as_str()),
        Some("工业和信息化部")
    );
    assert_eq!(
        super::agencies_within(&doc, crate::Span::new(0, 15)).count(),
        1
    );
}

#[test]
fn every_embedded_row_parses() {
    assert!(super::table::central(&[]).expect("agencies").entries.len() > 150);
    assert!(super::table::suffixes().expect("suffixes").entries.len() > 120);
}
