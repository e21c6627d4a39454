use crate::AgencyLevel;

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
    // Another country's ministry or central bank is none of the PRC's; a
    // country named further back leaves the body standing.
    ("foreign ministry", "某国称,美国商务部宣布新规。", &[]),
    ("foreign central bank", "欧洲央行行长表示将加息。", &[]),
    ("foreign minister's title", "德国财政部长当天表示", &[]),
    (
        "country earlier in the sentence",
        "美国加征关税后,商务部新闻发言人表示",
        &["商务部"],
    ),
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
    (
        "unlisted suffix before a post",
        "闵行区科学技术和经济委员会副主任李明介绍。",
        &["闵行区科学技术和经济委员会"],
    ),
    (
        "unlisted suffix with its parent written",
        "上海市闵行区科学技术和经济委员会主任说。",
        &["上海市闵行区科学技术和经济委员会"],
    ),
    (
        "unlisted suffix before an issuing verb",
        "滨海县农业农村和水利局印发实施方案。",
        &["滨海县农业农村和水利局"],
    ),
    (
        "unlisted suffix after 由",
        "由徐汇区科技和信息化委员会牵头推进。",
        &["徐汇区科技和信息化委员会"],
    ),
    (
        "unlisted suffix with no cue",
        "徐汇区科技和信息化委员会。",
        &[],
    ),
    (
        "clause with a verb is no body",
        "深圳市将联合有关局发布通知。",
        &[],
    ),
    (
        "villagers' committee",
        "海宁市某某村村民委员会主任表示。",
        &[],
    ),
    ("company office", "苏州市某某公司办公室主任表示。", &[]),
    (
        "market regulators in general",
        "苏州市场监管部门负责人表示。",
        &[],
    ),
    (
        "short central names without 国家",
        "据统计局数据，医保局、版权局和标准委联合发文，网信办和国际发展合作署参加。",
        &[
            "国家统计局",
            "国家医疗保障局",
            "国家新闻出版署",
            "国家标准化管理委员会",
            "国家互联网信息办公室",
            "国家国际发展合作署",
        ],
    ),
    (
        "a short central name after a place or level is local",
        "深圳市统计局发布数据，市统计局表示，深圳医保局跟进。",
        &["深圳市统计局", "深圳市统计局", "深圳市医疗保障局"],
    ),
    ("a short name inside a word", "能源局势趋稳。", &[]),
    (
        "a national mark after a place stays central",
        "北京国务院新闻办公室举行发布会。",
        &["国务院新闻办公室"],
    ),
    (
        "coordination bodies of the State Council",
        "国务院农民工工作领导小组办公室印发通知，国务院深化医药卫生体制改革领导小组召开会议。",
        &[
            "国务院农民工工作领导小组办公室",
            "国务院深化医药卫生体制改革领导小组",
        ],
    ),
    (
        "a joint meeting is no body",
        "国务院促进中小企业发展工作部际联席会议召开。",
        &[],
    ),
    (
        "classes of bodies",
        "各地交通运输部门、人力资源社会保障部门和国务院各部门办公厅要落实。",
        &[],
    ),
    (
        "a ministry's portal",
        "工业和信息化部门户网站发布消息。",
        &["工业和信息化部"],
    ),
    (
        "a government's website",
        "链接：广东省政府网 广州市政府网站；广东省政府表示欢迎。",
        &["广州市人民政府", "广东省人民政府"],
    ),
    (
        "an official short suffix stays as written",
        "安徽省数据资源局和合肥市数据资源管理局",
        &["安徽省数据资源局", "合肥市数据资源管理局"],
    ),
    (
        "a bureau's general office",
        "长丰县科技工业和信息化局办公室2024年3月1日印发",
        &["长丰县科技工业和信息化局办公室"],
    ),
];

/// Bare level prefixes, zone committees and county bodies with their
/// parent: (name, input, expected canonical names in order).
const LOCAL_CASES: &[(&str, &str, &[&str])] = &[
    (
        "bare city bodies",
        "湖州市人民政府办公厅发出通知。经市政府同意，由市财政局会同市住建局组织实施。",
        &[
            "湖州市人民政府办公厅",
            "湖州市人民政府",
            "湖州市财政局",
            "湖州市住房和城乡建设局",
        ],
    ),
    (
        "bare region bodies",
        "宁夏回族自治区人民政府召开会议，自治区党委、自治区发展改革委负责同志参加。",
        &[
            "宁夏回族自治区人民政府",
            "中共宁夏回族自治区委员会",
            "宁夏回族自治区发展和改革委员会",
        ],
    ),
    (
        "bare province",
        "江西省商务厅表示，方案报省政府批准后实施。",
        &["江西省商务厅", "江西省人民政府"],
    ),
    (
        "bare district keeps the written parent",
        "天津市滨海新区人民政府发布通知，区发展改革委负责解读。",
        &["天津市滨海新区人民政府", "天津市滨海新区发展和改革委员会"],
    ),
    (
        "bare county party and government",
        "桐庐县召开大会，县委、县政府主要负责同志出席。",
        &["中共桐庐县委员会", "桐庐县人民政府"],
    ),
    (
        "banner committee",
        "阿荣旗旗委和旗政府联合部署",
        &["中共阿荣旗委员会", "阿荣旗人民政府"],
    ),
    (
        "title names the governing city",
        "温州市出台新政支持民营经济\n杭州市此前已有类似做法，市财政局将安排专项资金。",
        &["温州市财政局"],
    ),
    (
        "science and information bureau",
        "海淀区科学技术和信息化局发布名单",
        &["海淀区科学技术和信息化局"],
    ),
    (
        "county body keeps its parent",
        "北京市海淀区人民政府印发措施",
        &["北京市海淀区人民政府"],
    ),
    (
        "zone after a place",
        "支持南昌高新区管委会牵头建设",
        &["南昌高新区管理委员会"],
    ),
    (
        "long zone word",
        "株洲高新技术产业开发区管理委员会近日发布细则",
        &["株洲高新技术产业开发区管理委员会"],
    ),
    (
        "zone without a place",
        "由赣江新区管委会统筹，支持天府新区管委会试点",
        &["赣江新区管理委员会", "天府新区管理委员会"],
    ),
    ("zone word alone", "各开发区管委会要落实责任", &[]),
    (
        "experimental zone without a place",
        "会议邀请舟山群岛综合实验区管委会、南沙深度合作区执行委员会参加",
        &["舟山群岛综合实验区管理委员会", "南沙深度合作区执行委员会"],
    ),
    (
        "time opener before a zone",
        "今年以来前海深度合作区执行委员会持续发力",
        &["前海深度合作区执行委员会"],
    ),
    (
        "generic zone name",
        "产业园区管委会和市高新区管委会负责招商",
        &[],
    ),
    (
        "executive committee needs a cooperation zone",
        "江北新区执行委员会",
        &[],
    ),
    (
        "quoted zone name after a place",
        "安徽芜湖“智造谷”产业园区管委会主任介绍",
        &["芜湖“智造谷”产业园区管理委员会"],
    ),
    (
        "quoted zone name without a place",
        "“算力港”产业园区管委会负责运营",
        &[],
    ),
    (
        "data bodies",
        "云南省大数据发展局、山东省大数据局和重庆市大数据应用发展管理局联合发文",
        &[
            "云南省大数据发展局",
            "山东省大数据局",
            "重庆市大数据应用发展管理局",
        ],
    ),
    (
        "province before a city body",
        "山西省太原市工信局副局长介绍",
        &["太原市工业和信息化局"],
    ),
    (
        "ministry before an institute",
        "生态环境部环境规划院副院长表示",
        &["生态环境部"],
    ),
    (
        "list continues the body just named",
        "甘肃省发展改革委印发通知。青海省委、省政府联合出台意见,省财政厅负责落实。",
        &[
            "甘肃省发展和改革委员会",
            "中共青海省委员会",
            "青海省人民政府",
            "青海省财政厅",
        ],
    ),
    (
        "same clause names the province",
        "甘肃省发展改革委印发通知。同时青海省要求省财政厅加大投入。",
        &["甘肃省发展和改革委员会", "青海省财政厅"],
    ),
    (
        "governor named in the sentence keeps it",
        "湖州市发展改革委印发通知。湖州市财政局与嘉兴市财政局签约,市政府将加大投入。",
        &[
            "湖州市发展和改革委员会",
            "湖州市财政局",
            "嘉兴市财政局",
            "湖州市人民政府",
        ],
    ),
    (
        "prefecture bodies",
        "凉山州委、州政府印发意见,自治州发展改革委负责解读。",
        &[
            "中共凉山彝族自治州委员会",
            "凉山彝族自治州人民政府",
            "凉山彝族自治州发展和改革委员会",
        ],
    ),
    (
        "stem + 州 body",
        "大理州人民政府和红河州委",
        &["大理白族自治州人民政府", "中共红河哈尼族彝族自治州委员会"],
    ),
    ("神州 is no prefecture", "西宁市出台措施,神州政府", &[]),
    ("no governing place", "市财政局负责资金保障", &[]),
    (
        "city as a word",
        "杭州市发布通知，城市管理局和全市政府投资项目",
        &[],
    ),
    (
        "market regulator is central",
        "杭州市出台措施，市场监管总局肯定做法",
        &["国家市场监督管理总局"],
    ),
    (
        "list of levels",
        "杭州市桐庐县发布，各区、县政府和省市两级财政局",
        &[],
    ),
    (
        "region and county words",
        "杭州市西湖区发布，区域协调，县域经济，新区政府",
        &[],
    ),
    ("residents and province", "浙江省省内市民", &[]),
    (
        "place cited once governs nothing",
        "关于做好秋冬季防火工作的通知\n各地要抓好落实，参照山西省做法，报省人民政府备案。",
        &[],
    ),
    (
        "levels before a party alias",
        "西安市召开会议，市县委要负总责",
        &[],
    ),
    ("foreign city", "福州市接待纽约市政府代表团", &[]),
    (
        "a county's own document",
        "长丰县人民政府关于印发实施方案的通知\n经县委、县政府同意，县财政局要加强指导。",
        &[
            "长丰县人民政府",
            "中共长丰县委员会",
            "长丰县人民政府",
            "长丰县财政局",
        ],
    ),
    (
        "Party offices after a bare 市委",
        "广州市民政局通知\n市委统战部、市委政法委、市委编办、市委外办和市委老干部局",
        &[
            "广州市民政局",
            "中共广州市委统一战线工作部",
            "中共广州市委政法委员会",
            "中共广州市委机构编制委员会办公室",
            "中共广州市委外事工作委员会办公室",
            "中共广州市委老干部局",
        ],
    ),
    (
        "a district named often governs no 区政府 in a city's document",
        "广州市民政局通知\n越秀区、海珠区要落实。地址：越秀区某路\n区政府",
        &["广州市民政局"],
    ),
    (
        "bodies under their names before the 2018 reform",
        "河北省工商局、省质监局、省国土资源厅、省卫生计生委和省编委联合开展检查。",
        &[
            "河北省工商行政管理局",
            "河北省质量技术监督局",
            "河北省国土资源厅",
            "河北省卫生和计划生育委员会",
            "河北省机构编制委员会",
        ],
    ),
    (
        "the provincial government's general office, shortened",
        "广东省召开会议。省府办公厅印发通知。",
        &["广东省人民政府办公厅"],
    ),
    (
        "a zone committee named after an area",
        "合肥市滨湖片区管委会负责人介绍，滨湖片区管委会将推进建设。",
        &["合肥市滨湖片区管理委员会", "滨湖片区管理委员会"],
    ),
];

#[test]
fn local_examples() {
    let extractor = crate::passes::testing::extractor(None);
    for (name, input, expected) in LOCAL_CASES {
        let doc = extractor.extract(input);
        let got: Vec<&str> = doc.agencies.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(&got, expected, "{name}: {input}");
    }
}

#[test]
fn bare_prefix_fields_and_span() {
    let input = "广州市出台方案。市财政局负责。";
    let doc = crate::passes::testing::extractor(None).extract(input);
    let agency = doc.agencies.last().expect("one body");
    assert_eq!(agency.surface, "市财政局");
    assert_eq!(agency.level, AgencyLevel::Prefectural);
    assert_eq!(agency.region.as_deref(), Some("广州市"));
}

#[test]
fn examples() {
    let extractor = crate::passes::testing::extractor(None);
    for (name, input, expected) in CASES {
        let doc = extractor.extract(input);
        let got: Vec<&str> = doc.agencies.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(&got, expected, "{name}: {input}");
    }
}

#[test]
fn local_fields_and_span() {
    let input = "据悉,上海市发展改革委印发";
    let doc = crate::passes::testing::extractor(None).extract(input);
    let agency = &doc.agencies[0];
    assert_eq!(agency.surface, "上海市发展改革委");
    assert_eq!(agency.level, AgencyLevel::Provincial);
    assert_eq!(agency.region.as_deref(), Some("上海市"));
    assert_eq!(doc.places[0].surface, "上海市");
}

#[test]
fn department_parent() {
    let doc = crate::passes::testing::extractor(None).extract("国务院国资委规划发展局负责人");
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
    let extractor = crate::passes::testing::extractor(None);
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
    assert!(
        crate::lexicon::agencies::central(&[])
            .expect("agencies")
            .entries
            .len()
            > 150
    );
    assert!(
        crate::lexicon::agencies::suffixes()
            .expect("suffixes")
            .entries
            .len()
            > 120
    );
}

#[test]
fn written_province_joins_the_span() {
    let extractor = crate::passes::testing::extractor(None);
    let doc = extractor.extract("浙江省宁波市发改委表示");
    let agency = doc.agencies.first().expect("one body");
    assert_eq!(agency.name, "宁波市发展和改革委员会");
    assert_eq!(agency.surface, "浙江省宁波市发改委");
    let doc = extractor.extract("四川成都高新区管委会发布");
    let zone = doc.agencies.first().expect("one zone");
    assert_eq!(zone.name, "成都高新区管理委员会");
    assert_eq!(zone.surface, "四川成都高新区管委会");
    assert_eq!(zone.region.as_deref(), Some("成都市"));
}

/// Runs the places and agencies passes alone over `text` (already in
/// normalized form) and returns the agencies' names.
fn agencies_of(text: &str) -> Vec<String> {
    static RULES: std::sync::LazyLock<super::Rules> =
        std::sync::LazyLock::new(|| super::Rules::new().expect("rules build"));
    let prepared = crate::passes::testing::Prepared::new(text);
    let cx = prepared.context(None);
    let mut doc = crate::Document::default();
    crate::passes::places::Rules::new().run(&cx, &mut doc);
    RULES.run(&cx, &mut doc);
    doc.agencies.into_iter().map(|a| a.name).collect()
}

/// How often the long-input tests repeat their sentence: enough that a
/// step reading the whole text (or every earlier record) per mention would
/// take minutes, while the linear pass takes well under a second.
const REPEAT: usize = 20_000;

/// Each body with an unlisted suffix looks for a post in a few characters
/// after it, not in the rest of the text.
#[test]
fn unlisted_bodies_in_a_long_text() {
    let text = "闵行区科学技术和经济委员会主任李明介绍。".repeat(REPEAT);
    let names = agencies_of(&text);
    assert_eq!(names.len(), REPEAT);
    assert!(names.iter().all(|n| n == "闵行区科学技术和经济委员会"));
}

/// The governing place is chosen once, from a set of the places whose
/// bodies are named, not by reading every body for every place.
#[test]
fn governing_place_among_many_bodies() {
    let mut text = "湖州市财政局印发通知。".repeat(REPEAT);
    text.push_str("经市政府同意。");
    let names = agencies_of(&text);
    assert_eq!(names.len(), REPEAT + 1);
    assert_eq!(names.last().map(String::as_str), Some("湖州市人民政府"));
}

/// Each bare prefix finds the body holding the place of its sentence by a
/// search among the bodies just before it, not over every body found.
#[test]
fn bare_prefixes_each_after_a_body() {
    let text = "湖州市财政局印发通知,市政府同意。".repeat(REPEAT);
    let names = agencies_of(&text);
    assert_eq!(names.len(), 2 * REPEAT);
    assert!(
        names
            .chunks(2)
            .all(|pair| pair == ["湖州市财政局", "湖州市人民政府"])
    );
}

/// Each zone committee is checked against the bodies found by one binary
/// search, not by reading every body found before it.
#[test]
fn zone_committees_among_many_bodies() {
    let text = "湖州市财政局印发通知,由赣江新区管委会统筹。".repeat(REPEAT);
    let names = agencies_of(&text);
    assert_eq!(names.len(), 2 * REPEAT);
    assert!(
        names
            .chunks(2)
            .all(|pair| pair == ["湖州市财政局", "赣江新区管理委员会"])
    );
}
