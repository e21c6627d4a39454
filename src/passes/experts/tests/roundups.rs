//! Round-ups, transcripts and later mentions, through the whole pipeline
//! (agencies and places found by their passes).

/// (case, input, experts as (name, titles, affiliation), in order).
type Case = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static [&'static str], Option<&'static str>)],
);

const CASES: &[Case] = &[
    (
        "heads on lines of their own, words in the paragraphs after",
        "部长通道\n国家发展改革委主任 郑明：\n今年将加大投资力度。\n同时要扩大内需。\n财政部部长王立：\n财政政策将更加给力。\n",
        &[
            (
                "郑明",
                &["国家发展改革委主任"],
                Some("国家发展和改革委员会"),
            ),
            ("王立", &["财政部部长"], Some("财政部")),
        ],
    ),
    (
        "a head with a space and the words on its line",
        "新闻发言人 李华：欢迎大家参加今天的发布会。",
        &[("李华", &["新闻发言人"], None)],
    ),
    (
        "attribution after the quote, with a cue ending in 后",
        "“数据市场要稳步推进。”国家数据局局长周斌在会后表示。",
        &[("周斌", &["国家数据局局长"], Some("国家数据局"))],
    ),
    (
        "titles of a first mention without speech",
        "中国科学院院士、某实验室主任赵远作主旨报告。赵远指出,基础研究是源头。",
        &[(
            "赵远",
            &["中国科学院院士", "某实验室主任"],
            Some("中国科学院"),
        )],
    ),
    (
        "a framed quote by surname and post",
        "中国科学院院士赵远出席论坛。正如赵院士在论坛上所说,创新没有捷径。",
        &[("赵远", &["中国科学院院士"], Some("中国科学院"))],
    ),
    (
        "surname and post linked to the full name",
        "国务院总理李强代表国务院作政府工作报告。李总理强调,要稳中求进。",
        &[("李强", &["国务院总理"], Some("国务院"))],
    ),
    (
        "surname and post with nobody named in full",
        "王院长表示,学校将扩大招生。",
        &[],
    ),
    (
        "deputies speak for their body",
        "全国政协委员孙红梅建议加大支持。全国人大代表钱建国表示,要加强基层医疗。",
        &[
            (
                "孙红梅",
                &["全国政协委员"],
                Some("中国人民政治协商会议全国委员会"),
            ),
            ("钱建国", &["全国人大代表"], Some("全国人民代表大会")),
        ],
    ),
    (
        "the country before a central body",
        "中国国务院总理李克强今早在全国人大发表报告。李克强称,要稳就业。",
        &[("李克强", &["中国国务院总理"], Some("国务院"))],
    ),
    (
        "a speaker in the clause before the comma",
        "某大学能源研究院院长林伯强接受我们访问时,形容煤炭企业在挖金子。",
        &[(
            "林伯强",
            &["某大学能源研究院院长"],
            Some("某大学能源研究院"),
        )],
    ),
    (
        "a legal definition",
        "第二条 本办法所称港澳青年,是指45周岁以下的青年。",
        &[],
    ),
    (
        "a clause with a quantity in Chinese numerals run into a head",
        "力争全县企业达到一百五十家,市住房城乡建设局局长 郑立群:\n工业总产值突破五百亿元,现制定以下措施。\n",
        &[],
    ),
    (
        "an ordinal in a joined head",
        "■■全国人大代表,某市第一人民医院院长林国栋：\n今年还要再增加十个会诊点,并培训一批乡村医生。\n",
        &[(
            "林国栋",
            &["全国人大代表", "某市第一人民医院院长"],
            Some("某市第一人民医院"),
        )],
    ),
    (
        "a headline-like line below the first: short words, no sentence end",
        "某网首页\n部长谈民生：稳就业 促消费\n记者从会上获悉,今年将新增就业岗位。\n",
        &[],
    ),
    (
        "a head without an organization whose words end a sentence",
        "某网首页\n发言人 赵新：今天的发布会到此结束。\n",
        &[("赵新", &["发言人"], None)],
    ),
    (
        "a head without an organization on a line of its own",
        "某网首页\n首席专家 钱立：\n今年的产量还会增加,质量也会提高。\n",
        &[("钱立", &["首席专家"], None)],
    ),
    (
        "a person introduced above, named again over a headline-like line",
        "某网首页\n今天带您认识某公司车间主任钱立。\n钱立：扎根车间 匠心报国\n钱立带领团队完成了攻关。\n",
        &[],
    ),
    (
        "a clause run into the title (认识) leaves the mention no title",
        "今天带您认识某公司车间主任钱立。钱立表示,要把技术做到极致。",
        &[("钱立", &[], None)],
    ),
];

#[test]
fn roundups() {
    let extractor = crate::passes::testing::extractor(None);
    for &(case, input, want) in CASES {
        let doc = extractor.extract(input);
        let got: Vec<(&str, Vec<&str>, Option<&str>)> = doc
            .experts
            .iter()
            .map(|e| {
                (
                    e.name.as_str(),
                    e.titles.iter().map(String::as_str).collect(),
                    e.affiliation.as_deref(),
                )
            })
            .collect();
        let want: Vec<(&str, Vec<&str>, Option<&str>)> =
            want.iter().map(|&(n, t, a)| (n, t.to_vec(), a)).collect();
        assert_eq!(got, want, "{case}: {input}");
    }
}
