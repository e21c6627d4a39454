//! Forms of policy news: a day of the month alone before the verb, quoted
//! forum names with a colon inside a cue, the words after a verb that takes
//! an aspect particle or a saying complement (警告说), short transliterated names, words opening with a
//! surname character that name nobody, a weak surname read bare once its
//! bearer was reported or mentioned with a title, titles written after the name with a
//! modifier, surname-and-post names linked to a name written before its
//! post, turn heads of a name and an honorific or of a title holding a
//! parenthesized part, and 提出 as a speech verb only before a comma.

use super::{Want, check, run};

#[test]
fn news_forms() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a day of the month alone before the cue",
            "某某大学教授王立松17日在座谈会上表示,出口仍有韧性。",
            &[("王立松", &["某某大学教授"], Some("某某大学"), None)],
        ),
        (
            "a day of the month alone before the verb",
            "某部发言人林小雨3日说,相关工作正有序推进。",
            &[("林小雨", &["某部发言人"], Some("某部"), None)],
        ),
        (
            "a quoted forum name holding a colon inside the cue",
            "某某大学教授林子涵在“某某论坛:年中经济形势分析会”专家座谈会上表示,政策空间仍在。",
            &[("林子涵", &["某某大学教授"], Some("某某大学"), None)],
        ),
        (
            "three transcription characters after a job word",
            "某国储备银行行长伯纳克近日指出,通胀回落仍需时日。",
            &[("伯纳克", &["某国储备银行行长"], Some("某国储备银行"), None)],
        ),
        (
            "a weak surname in a listed job title",
            "某某局局长丘文华说,去年成绩理想。",
            &[("丘文华", &["某某局局长"], Some("某某局"), None)],
        ),
        (
            "a weak surname read bare after a titled report",
            "某某大学教授万立松表示,出口仍有韧性。万立松认为,内需仍需提振。",
            &[
                ("万立松", &["某某大学教授"], Some("某某大学"), None),
                ("万立松", &["某某大学教授"], Some("某某大学"), None),
            ],
        ),
        (
            "a weak surname read bare after a titled mention with no verb",
            "某某科技公司董事长万海清和总经理林木出席活动。万海清说,企业是发展的主体。",
            &[(
                "万海清",
                &["某某科技公司董事长"],
                Some("某某科技公司"),
                None,
            )],
        ),
        (
            "a verb that reports only before a comma, before a comma",
            "某部部长王立松提出,要加快传统产业升级。",
            &[("王立松", &["某部部长"], Some("某部"), None)],
        ),
        (
            "a verb that reports only before a comma, before its object",
            "某部部长王立松提出三点要求。",
            &[],
        ),
        (
            "a weak surname alone, never reported with a title",
            "万立松认为,内需仍需提振。",
            &[],
        ),
        (
            "a modifier before a title written after the name",
            "钱立新副部长分别介绍了有关情况。",
            &[("钱立新", &["副部长"], None, None)],
        ),
        (
            "a modifier is part of the post, never of the name",
            "王五副部长表示,要加快建设。",
            &[("王五", &["副部长"], None, None)],
        ),
        (
            "a surname and a post after the name and that post",
            "会议首先由孙立平董事长致辞。孙董事长表示,企业将扩大投资。",
            &[("孙立平", &["董事长"], None, None)],
        ),
        (
            "a surname and a modified post after a mention with an adverb",
            "钱立新副部长分别介绍了有关情况。钱副部长还特别强调,要把握机会。",
            &[
                ("钱立新", &["副部长"], None, None),
                ("钱立新", &["副部长"], None, None),
            ],
        ),
        (
            "a surname and a post with nobody named",
            "孙董事长表示,企业将扩大投资。",
            &[],
        ),
        (
            "an organization before a parenthesized part and a role",
            "某省委党校(某某学院)教授陈立新表示,成绩来之不易。",
            &[(
                "陈立新",
                &["某省委党校(某某学院)教授"],
                Some("某省委党校(某某学院)"),
                None,
            )],
        ),
        (
            "a day word between a dotted name and its verb",
            "某国央行行长阿兰·杜邦同一天称,关税将伤害经济。",
            &[("阿兰·杜邦", &["某国央行行长"], Some("某国央行"), None)],
        ),
        (
            "the same day after a dotted name",
            "某国财政部长让·马丁同日表示,预算已经吃紧。",
            &[("让·马丁", &["某国财政部长"], Some("某国财政部"), None)],
        ),
    ];
    for (name, input, want) in rows {
        check(name, &run(input, &[]), want);
    }
}

/// A dotted run that holds a function word or ends like an organization
/// is a clause or a body around a name, not a person speaking.
#[test]
fn dotted_runs_that_are_no_names() {
    let rows: &[(&str, &str)] = &[
        (
            "a foundation's forecast",
            "某国彼得·马丁基金会的预测显示,债务还将增加。",
        ),
        ("a congratulation", "协会对威廉·福特获奖表示祝贺。"),
        (
            "a foundation speaking",
            "某国彼得·马丁基金会表示,将继续资助。",
        ),
    ];
    for (name, input) in rows {
        check(name, &run(input, &[]), &[]);
    }
}

#[test]
fn words_that_open_with_a_surname_name_nobody() {
    let rows: &[(&str, &str)] = &[
        ("entrepreneurs all", "与会企业家均表示看好发展前景。"),
        ("solemnly", "公司郑重承诺按期交付。"),
        ("in particular", "报告尤其提到要稳定就业。"),
        // A state speaking is no person, nor is it with the adverb after it.
        ("a country", "伊朗表示,将继续谈判。"),
        ("a side in talks", "会谈结束后,巴方称双方达成共识。"),
        ("a country and an adverb", "伊朗还表示,将继续谈判。"),
        ("a side and an adverb", "乌方则称,正在评估。"),
        ("an army's side", "乌军方称,已击退进攻。"),
        ("a seat of government", "白宫称,双方同意继续会谈。"),
        ("a telegram", "贺电说,两国友谊源远流长。"),
        (
            "an adverb before the verb",
            "总书记高兴地回应说,大家辛苦了。",
        ),
        // 说明 shows or explains: its 说 is no speech verb.
        (
            "shows, not says",
            "报告展示了发展成果,充分说明了改革方向是对的。",
        ),
        (
            "an explanation's words",
            "在关于建议的说明中指出,要推动发展。",
        ),
        ("a body speaking", "阿盟称,地区局势令人担忧。"),
        (
            "a party in a legal text",
            "申请人认为行政机关未履行职责的,可以申请复议。",
        ),
        ("an outlay", "二是稳定居民支出预期,扩大即期消费。"),
    ];
    for (name, input) in rows {
        check(name, &run(input, &[]), &[]);
    }
}

#[test]
fn a_titled_name_that_opens_like_a_state_is_read() {
    let got = run("某局局长伊朗明表示,要稳住预期。", &[]);
    let names: Vec<&str> = got.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["伊朗明"]);
}

#[test]
fn an_aspect_particle_is_no_part_of_the_words() {
    let got = run("某局局长王立松介绍了园区规划和重点项目。", &[]);
    let quotes: Vec<Option<&str>> = got.iter().map(|e| e.quote.as_deref()).collect();
    assert_eq!(quotes, [Some("园区规划和重点项目")]);
}

#[test]
fn a_saying_complement_is_no_part_of_the_words() {
    for (input, want) in [
        (
            "某国外交部发言人王立松3日警告说,局势仍在升级。",
            "局势仍在升级",
        ),
        ("某局局长王立松补充道:“要稳住预期。”", "要稳住预期。"),
    ] {
        let got = run(input, &[]);
        let quotes: Vec<Option<&str>> = got.iter().map(|e| e.quote.as_deref()).collect();
        assert_eq!(quotes, [Some(want)], "{input}");
    }
}

#[test]
fn a_next_speaker_ends_the_words_of_the_one_before() {
    let rows: &[(&str, &[Option<&str>])] = &[
        // The next speaker opens a clause of its own: the words stop there.
        (
            "某局局长王立松表示,要加快发展数字经济,某市市长赵文博认为,应当稳住预期。",
            &[Some("要加快发展数字经济"), Some("应当稳住预期")],
        ),
        // Speech relayed: the words open with another speaker and run on.
        (
            "某局局长王立松表示,赵文博主任指出,“要稳中求进”。",
            &[Some("赵文博主任指出,“要稳中求进”"), Some("要稳中求进")],
        ),
        // Speakers with nothing between them report nothing but each other.
        (
            "局长王立松表示局长赵文博表示",
            &[Some("局长赵文博表示"), None],
        ),
    ];
    for &(input, want) in rows {
        let got = run(input, &[]);
        let quotes: Vec<Option<&str>> = got.iter().map(|e| e.quote.as_deref()).collect();
        assert_eq!(quotes, want, "{input}");
    }
}

#[test]
fn turn_heads_of_news_transcripts() {
    let rows: &[(&str, &str, &[Want])] = &[
        (
            "a name and an honorific head a turn of the person introduced",
            "某某杂志社社长李文博作客本网。\n主持人:各位网友好。\n李文博嘉宾:各位网友,大家好,很高兴来交流。\n",
            &[("李文博", &["某某杂志社社长"], Some("某某杂志社"), None)],
        ),
        (
            "a name and an honorific never introduced head no turn",
            "主持人:各位网友好。\n李文博嘉宾:各位网友,大家好,很高兴来交流。\n",
            &[],
        ),
        (
            "a parenthesized part inside a head's title",
            "某某研究院(某某中心)研究员陈立新:这是在巨大冲击之下取得的成绩。\n",
            &[(
                "陈立新",
                &["某某研究院(某某中心)研究员"],
                Some("某某研究院(某某中心)"),
                None,
            )],
        ),
    ];
    for (name, input, want) in rows {
        check(name, &run(input, &[]), want);
    }
}

/// 强调指出, 明确指出, 深刻指出 are one verb: the words start after 指出.
#[test]
fn an_adverb_and_zhichu_are_one_verb() {
    for (input, verb) in [
        ("某局局长王立松强调指出,要稳住预期。", "强调指出"),
        ("某局局长王立松深刻指出,要稳住预期。", "深刻指出"),
    ] {
        let got = run(input, &[]);
        let read: Vec<(Option<&str>, Option<&str>)> = got
            .iter()
            .map(|e| (e.verb.as_deref(), e.quote.as_deref()))
            .collect();
        assert_eq!(read, [(Some(verb), Some("要稳住预期"))], "{input}");
    }
}
