use crate::{Extractor, Place};

use crate::lexicon::places::Table;

/// (name, input, expected canonical names in order).
const CASES: &[(&str, &str, &[&str])] = &[
    ("full name", "深圳市近日出台新政。", &["深圳市"]),
    ("short prefecture", "深圳将加快布局算力。", &["深圳市"]),
    (
        "province and city",
        "广东省广州市发布通知。",
        &["广东省", "广州市"],
    ),
    ("inside agency", "上海市发展改革委印发通知。", &["上海市"]),
    (
        "inside company",
        "苏州市某某科技股份有限公司表示。",
        &["苏州市"],
    ),
    (
        "list",
        "北京、广东、浙江等地走在前列。",
        &["北京市", "广东省", "浙江省"],
    ),
    ("county full", "位于璧山区的夜市开街。", &["璧山区"]),
    (
        "county after parent",
        "重庆璧山打造夜间经济。",
        &["重庆市", "璧山区"],
    ),
    ("county short alone", "璧山打造夜间经济。", &[]),
    (
        "shared full name resolved",
        "北京市朝阳区召开会议。",
        &["北京市", "朝阳区"],
    ),
    ("shared full name alone", "鼓楼区召开会议。", &[]),
    ("province beats city", "吉林推进数字化转型。", &["吉林省"]),
    (
        "autonomous region",
        "内蒙古自治区和广西出台政策。",
        &["内蒙古自治区", "广西壮族自治区"],
    ),
    ("market is not city", "上海市场持续回暖。", &["上海市"]),
    (
        "traditional script",
        "廣東省與臺灣地區",
        &["广东省", "台湾省"],
    ),
    (
        "no one-character abbreviation",
        "京津冀协同发展,沪苏浙皖联动。",
        &[],
    ),
    ("no region", "长三角和粤港澳大湾区", &[]),
    ("no country", "中国和全国各地", &[]),
    ("time is not a place", "北京时间8点", &[]),
    ("a verb across a name", "进一步推广安全生产经验。", &[]),
    ("a river", "黄浦江两岸和钱塘江畔", &[]),
    ("a site in a district", "房山区周口店遗址", &["房山区"]),
    ("university", "中山大学发布报告。", &[]),
    ("car maker", "长安汽车发布新车。", &[]),
    ("ordinary word", "祝大家安康。中山先生", &[]),
    (
        "ordinary word after parent",
        "广东中山出台措施。",
        &["广东省", "中山市"],
    ),
    ("street", "南京路步行街", &[]),
    ("two-character county", "全县和新县城", &[]),
    ("sandwich", "三明治", &[]),
    (
        "famous county short form",
        "浦东和义乌",
        &["浦东新区", "义乌市"],
    ),
    ("economy is not jinan", "数字经济南北差距", &[]),
    ("metropolis is not chengdu", "形成都市圈", &[]),
    ("river bank", "黄河南岸", &[]),
    (
        "autonomous prefecture stem + 州 beside a same-named city",
        "楚雄州和红河州要加快建设。",
        &["楚雄彝族自治州", "红河哈尼族彝族自治州"],
    ),
    (
        "stem + 州 whose stem is an ordinary word",
        "玉溪市、文山州率先推进试点。",
        &["玉溪市", "文山壮族苗族自治州"],
    ),
    (
        "prefecture stem + 州 inside a body",
        "甘孜州人民政府和凉山州委",
        &["甘孜藏族自治州", "凉山彝族自治州"],
    ),
    (
        "league full names",
        "兴安盟、锡林郭勒盟和阿拉善盟",
        &["兴安盟", "锡林郭勒盟", "阿拉善盟"],
    ),
    (
        "mountain needs parent",
        "井冈山精神;江西井冈山",
        &["江西省", "井冈山市"],
    ),
    (
        "county short forms in a list beside a city",
        "首批名单有嘉兴、海宁、桐乡和温岭。",
        &["嘉兴市", "海宁市", "桐乡市", "温岭市"],
    ),
    (
        "dash-joined cluster",
        "嘉兴—海宁—平湖组团入选。",
        &["嘉兴市", "海宁市", "平湖市"],
    ),
    (
        "list closed by a level cue",
        "重点支持花都、增城、从化等区发展。",
        &["花都区", "增城区", "从化区"],
    ),
    (
        "level cue in the clause",
        "温岭是全国百强县之一,海宁等地紧随其后。",
        &["温岭市", "海宁市"],
    ),
    (
        "parent named earlier in the document",
        "广州市出台意见。增城将建设科创走廊。",
        &["广州市", "增城区"],
    ),
    (
        "parent named later in the document",
        "增城将建设科创走廊,这是广州的东部门户。",
        &["增城区", "广州市"],
    ),
    (
        "county short form with nothing around",
        "海宁表示欢迎。",
        &[],
    ),
    ("ordinary words in a list", "坚持团结、和平、发展。", &[]),
    (
        "ordinary word in a list beside a place",
        "天津市倡导和平与发展。",
        &["天津市"],
    ),
    (
        "ordinary word under its parent in the document",
        "深圳市发布报告,前景一片光明。",
        &["深圳市"],
    ),
    (
        "shared short form needs a parent of one of them",
        "鼓楼、玄武等区",
        &["玄武区"],
    ),
    (
        "shared short form resolved by a distant parent",
        "南京市出台方案。鼓楼将率先试点。",
        &["南京市", "鼓楼区"],
    ),
    ("universities", "厦门大学和浙江大学联合培养", &[]),
    (
        "inside a longer word across its start",
        "杭州市出台意见。以上城市要加快发展。",
        &["杭州市"],
    ),
    (
        "inside longer words",
        "廊坊市印发通知。在发展中固安全,推进雄安新区建设。",
        &["廊坊市"],
    ),
    (
        "a county short form after an opener",
        "廊坊市印发通知。在固安建设新城,飞往固安的航班。",
        &["廊坊市", "固安县", "固安县"],
    ),
    (
        "a prefecture's short form across a word",
        "突出农村特色和田园风貌。",
        &[],
    ),
    (
        "former names give their successor",
        "襄樊市和思茅地区",
        &["襄阳市", "普洱市"],
    ),
    (
        "former short form of a prefecture",
        "湖北襄樊加快发展",
        &["湖北省", "襄阳市"],
    ),
    (
        "former county short forms need their parent",
        "卢湾和闸北",
        &[],
    ),
    (
        "former county after its parent",
        "上海卢湾区",
        &["上海市", "黄浦区"],
    ),
    (
        "a former and a current county share a name",
        "重庆市江北区;宁波市江北区",
        &["重庆市", "两江新区", "宁波市", "江北区"],
    ),
    (
        "former prefecture over a county's short form",
        "云南思茅盛产茶叶。",
        &["云南省", "普洱市"],
    ),
    (
        "the county's short form under its parent",
        "普洱市出台方案。思茅将率先试点。",
        &["普洱市", "思茅区"],
    ),
];

#[test]
fn examples() {
    let extractor = crate::passes::testing::extractor(None);
    for (name, input, expected) in CASES {
        let doc = extractor.extract(input);
        let got: Vec<&str> = doc.places.iter().map(|p| p.name()).collect();
        assert_eq!(&got, expected, "{name}: {input}");
        for place in &doc.places {
            assert_eq!(
                input.get(place.span.start..place.span.end),
                Some(place.surface.as_str()),
                "{name}"
            );
        }
    }
}

#[test]
fn fields() {
    let doc = crate::passes::testing::extractor(None).extract("深圳加快发展");
    let place = &doc.places[0];
    assert_eq!(place.surface, "深圳");
    assert_eq!(place.code(), "440300");
    assert_eq!(place.level, crate::PlaceLevel::Prefecture);
    assert_eq!(place.province(), "广东省");
    assert_eq!(super::government_of(place), "深圳市人民政府");
    assert_eq!(
        super::place_ending_at(&doc, 6).map(|p| p.name()),
        Some("深圳市")
    );
}

#[test]
fn former_names_are_marked() {
    let doc = crate::passes::testing::extractor(None).extract("襄樊市与襄阳市");
    let got: Vec<(&str, &str, bool)> = doc
        .places
        .iter()
        .map(|p| (p.surface.as_str(), p.code(), p.former))
        .collect();
    assert_eq!(
        got,
        [("襄樊市", "420600", true), ("襄阳市", "420600", false)]
    );
}

#[test]
fn every_former_name_has_a_current_successor() {
    let table = Table::new(&[]).expect("embedded places parse");
    let former: Vec<_> = table
        .divisions
        .iter()
        .filter(|d| d.successor.is_some())
        .collect();
    assert!(former.len() > 300, "{}", former.len());
    for d in former {
        let successor = d.successor.and_then(|s| table.division(s));
        assert!(
            successor.is_some_and(|s| s.successor.is_none() && s.code == d.code),
            "{}",
            d.name
        );
    }
}

#[test]
fn every_row_parses_with_unique_six_digit_codes() {
    let table = Table::new(&[]).expect("embedded places parse");
    assert!(table.divisions.len() > 3000);
    let mut codes = std::collections::HashSet::new();
    for d in table.divisions.iter().filter(|d| d.successor.is_none()) {
        assert!(
            d.code.len() == 6 && d.code.bytes().all(|b| b.is_ascii_digit()),
            "{}",
            d.code
        );
        assert!(codes.insert(d.code.clone()), "repeated code {}", d.code);
        assert!(
            table.province_of(codes.len() - 1).is_some(),
            "{} has a province",
            d.name
        );
    }
}

#[test]
fn user_rows_replace_and_extend() {
    let extractor = Extractor::builder()
        .places("990101\t测试特区\t测试\tprefecture\t440000\n")
        .build()
        .expect("valid rows");
    let doc = extractor.extract("测试特区发布通知");
    assert_eq!(doc.places[0].province(), "广东省");
    // A user row's text is owned; the embedded table's is borrowed, and
    // every mention of a division shares its names, so a place record
    // copies only its surface.
    assert!(!doc.places[0].names_are_embedded());
    let embedded = extractor.extract("广东省深圳市，深圳市");
    for place in &embedded.places {
        assert!(place.names_are_embedded(), "{place:?}");
    }
    assert_eq!(embedded.places.len(), 3);
    assert!(embedded.places[1].shares_names_with(&embedded.places[2]));
    assert!(!embedded.places[0].shares_names_with(&embedded.places[1]));
    // A former name's record is its successor's, names and all.
    let renamed = extractor.extract("湖北省襄樊市，湖北省襄阳市");
    let [_, former, _, current] = renamed.places.as_slice() else {
        panic!("four places: {:?}", renamed.places);
    };
    assert!(former.former && !current.former);
    assert!(former.shares_names_with(current), "{former:?}");
    let renamed = Extractor::builder()
        .places("440399\t深圳市\t深圳\tprefecture\t440000\n")
        .build()
        .expect("valid rows");
    assert_eq!(renamed.extract("深圳").places[0].code(), "440399");
    let bad = Extractor::builder().places("99\t坏\t\tcounty\t\n").build();
    assert!(bad.is_err());
}

#[test]
fn stop_words_name_real_short_forms() {
    let table = Table::new(&[]).expect("embedded places parse");
    for p in &table.patterns {
        if p.context || p.free {
            assert!(!p.readings.is_empty(), "{} is no place name", p.text);
        }
        if p.block {
            assert!(p.readings.is_empty(), "{} blocks a real name", p.text);
        }
    }
}

#[test]
#[cfg(target_pointer_width = "64")]
fn a_place_record_is_at_most_64_bytes() {
    // Half a million places (a 4 MiB list of names) then take under 32 MiB
    // in one array: glibc maps every block above that afresh, so a larger
    // array faults in fresh pages on every extraction.
    assert!(size_of::<Place>() <= 64, "{}", size_of::<Place>());
}
