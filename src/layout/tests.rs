use super::*;
use crate::text::date::{DateValue, Found, Parser};

fn published(text: &str) -> Option<String> {
    static RULES: std::sync::LazyLock<Rules> =
        std::sync::LazyLock::new(|| Rules::new().expect("rules compile"));
    let rules = &*RULES;
    let segments = crate::text::segment::Segments::new(text);
    rules.read(text, &segments).published.map(|d| d.to_string())
}

#[test]
fn published_dates() {
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "front matter",
            "---\ntitle: \"各地出台新政\"\ndate: 2024-03-05 09:12:00 +08:00\n---\n正文",
            Some("2024-03-05"),
        ),
        (
            "front matter quoted",
            "---\ndate: \"2022-11-30\"\n---\n正文",
            Some("2022-11-30"),
        ),
        (
            "date key outside front matter",
            "正文\ndate: 2022-11-30\n",
            None,
        ),
        (
            "source name and time label",
            "标题\n中国政府网 时间:2021-04-21 09:43\n正文",
            Some("2021-04-21"),
        ),
        (
            "posted on",
            "帖子\n发表于 2025-3-7 22:50:57\n正文",
            Some("2025-03-07"),
        ),
        (
            "date in parentheses under the title",
            "某市政府工作报告\n(2023年2月8日)\n各位代表:",
            Some("2023-02-08"),
        ),
        (
            "date in parentheses with blanks after it",
            "某市政府工作报告\n(2023年2月8日在市人大会议上) \t\n各位代表:",
            Some("2023-02-08"),
        ),
        (
            "a parenthesis closing a long line is no dateline",
            "某某标题\n这是一段写得很长很长的正文开头文字而且一直没有停下来直到这里已经远远超过了六十个字符的限制所以不算作标题下面的日期行再补几个字凑够长度吧好了(2023年2月8日)\n正文",
            None,
        ),
        (
            "a label before a closing date: the line's first date",
            "标题\n发布时间:2024-03-05 (2023年2月8日)\n正文",
            Some("2024-03-05"),
        ),
        (
            "compact date in a heading",
            "# 《新闻联播》 (20240305)\n\n正文",
            Some("2024-03-05"),
        ),
        (
            "wire dateline takes the year of a date in the text",
            "本报北京12月28日电 记者报道。\n会议于2023年12月27日召开。",
            Some("2023-12-28"),
        ),
        (
            "wire dateline with no year",
            "本报北京12月28日电 记者报道。",
            None,
        ),
        (
            "dateline with source",
            "要闻 >\n\n多地出台算力新政\n\n2022-07-15 10:20:33   来源:新华社\n\n正文",
            Some("2022-07-15"),
        ),
        (
            "chinese dateline with author",
            "标题\n2021年09月03日 08:15 | 作者:张三\n正文",
            Some("2021-09-03"),
        ),
        (
            "normalized dateline without space",
            "标题\n2024年06月20日14:02 | 作者:本报记者\n正文",
            Some("2024-06-20"),
        ),
        (
            "label",
            "标题\n发布时间:2020-12-01\n正文",
            Some("2020-12-01"),
        ),
        (
            "label chinese form",
            "标题\n发文日期:2019年3月8日\n正文",
            Some("2019-03-08"),
        ),
        (
            "signature",
            "国务院办公厅关于某事的通知\n各省人民政府:\n现将有关事项通知如下。\n\n国务院办公厅\n2018年4月12日\n(此件公开发布)\n",
            Some("2018-04-12"),
        ),
        (
            "two signing bodies",
            "正文。\n中共中央办公厅\n国务院办公厅\n2021年7月2日\n",
            Some("2021-07-02"),
        ),
        (
            "policy date inside",
            "标题\n5月31日,某市印发《某某行动方案》。2025年5月,某局印发通知。",
            None,
        ),
        (
            "related articles list",
            "标题\n\n正文很长。\n\n相关阅读\n\n财经\n\n2023-06-08\n\n财经\n\n2023-06-07\n",
            None,
        ),
        (
            "copyright line",
            "正文。\nCopyright © 2001-2025 某某网络科技股份有限公司\n",
            None,
        ),
        (
            "date line after a sentence is no signature",
            "会议指出,要加快推进工作。\n2019年1月24日\n",
            None,
        ),
        ("impossible date", "发布时间:2023-02-30\n", None),
        (
            "source then date",
            "访谈标题\n\n来源:中国改革报2024年11月4日\n\n问:",
            Some("2024-11-04"),
        ),
        (
            "author then pipe and date",
            "标题\n作者:王五| 2022-09-30\n正文",
            Some("2022-09-30"),
        ),
        (
            "outlet then pipe",
            "标题\n人民网 | 2021/12/06\n正文",
            Some("2021-12-06"),
        ),
        (
            "wire tag",
            "标题\n\n【南方日报讯】2024年6月3日 省政府日前印发通知。",
            Some("2024-06-03"),
        ),
        (
            "home wire",
            "标题\n本报讯 2020.05.18 记者从市里获悉",
            Some("2020-05-18"),
        ),
        (
            "date time outlet",
            "标题\n\n2022年11月02日08:30某某日报\n\n近日,省里印发方案。",
            Some("2022-11-02"),
        ),
        (
            "date outlet",
            "标题\n2022-11-02经济日报\n正文",
            Some("2022-11-02"),
        ),
        (
            "date label",
            "标题\n日期:2023/04/07\n正文",
            Some("2023-04-07"),
        ),
        (
            "time label",
            "标题\n时间:2023.04.07\n正文",
            Some("2023-04-07"),
        ),
        (
            "update label",
            "标题\n更新:2023年4月7日\n正文",
            Some("2023-04-07"),
        ),
        (
            "publish label",
            "标题 | 发布:2023-04-07 | 浏览量",
            Some("2023-04-07"),
        ),
        (
            "label word inside a sentence",
            "标题\n会议确定的发布:2023-04-07",
            None,
        ),
        (
            "date opening a body line",
            "标题\n2023年4月7日,省政府召开常务会议。",
            None,
        ),
        (
            "order signed by its official",
            "某市人民政府令\n第15号\n\n《某市停车管理办法》已经市人民政府常务会议审议通过,现予公布,自2024年1月1日起施行。\n\n市长张某某\n2023年11月20日\n",
            Some("2023-11-20"),
        ),
        (
            "order whose copy lost its line breaks",
            "某市人民政府令\n第15号\n\n《某市停车管理办法》已经审议通过,现予公布,自2024年1月1日起施行。市长张某某 2023年11月20日\n",
            Some("2023-11-20"),
        ),
        (
            "body and date on one line",
            "标题\n\n正文。\n\n某市人民政府办公厅 2022年3月4日\n",
            Some("2022-03-04"),
        ),
        (
            "effective date is no signature",
            "某市人民政府令\n第15号\n\n本办法自2024年1月1日起施行。\n",
            None,
        ),
        (
            "official inside a sentence",
            "标题\n正文。市长张某某2023年11月20日到企业调研,了解生产情况。\n",
            None,
        ),
    ];
    for (name, text, want) in rows {
        assert_eq!(published(text).as_deref(), *want, "{name}");
    }
}

#[test]
fn date_expressions() {
    let parser = Parser::new();
    let reference = Some(PartialDate::day(2023, 6, 8).expect("valid"));
    let rows: &[(&str, &str, Option<PartialDate>, Option<&str>)] = &[
        ("full", "2025年5月31日,", None, Some("2025-05-31")),
        ("month", "2025年5月,", None, Some("2025-05")),
        ("iso", "于2024-01-09发布", None, Some("2024-01-09")),
        ("bare day", "5月31日,", reference, Some("2023-05-31")),
        ("bare month", "3月印发", reference, Some("2023-03")),
        ("bare day long after reference", "7月21日,", reference, None),
        (
            "bare day just before a january reference",
            "12月20日,",
            PartialDate::day(2024, 1, 5),
            Some("2023-12-20"),
        ),
        ("this year", "今年4月", reference, Some("2023-04")),
        ("last year", "去年", reference, Some("2022")),
        ("next year", "明年1月", reference, Some("2024-01")),
        ("bare day no reference", "5月31日", None, None),
        ("vague", "近日印发", reference, None),
        ("range", "2023—2025年", reference, None),
        ("deadline", "到2025年", reference, None),
        ("bad month", "2025年13月", None, None),
        (
            "chinese numerals",
            "二〇二四年五月三十一日",
            None,
            Some("2024-05-31"),
        ),
        (
            "chinese month",
            "二〇一九年十二月印发",
            None,
            Some("2019-12"),
        ),
        ("chinese impossible day", "二〇二五年二月三十日", None, None),
    ];
    for (name, text, reference, want) in rows {
        let found: Vec<Found> = parser.find(text, *reference, || None).collect();
        let date = found.first().and_then(|f| match f.value {
            DateValue::Date(d) => Some(d.to_string()),
            _ => None,
        });
        assert_eq!(date.as_deref(), *want, "{name}");
    }
}

#[test]
fn vague_and_range_are_marked() {
    let parser = Parser::new();
    let kinds: Vec<DateValue> = parser
        .find("日前,2021-2025年", None, || None)
        .map(|f| f.value)
        .collect();
    assert_eq!(kinds, [DateValue::Vague, DateValue::Range]);
}

#[test]
fn published_through_the_pipeline() {
    let extractor = crate::passes::testing::extractor(None);
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "ideographic space between source and date",
            "专访标题\n\n来源：中国改革报\u{3000}2024年11月4日\n\n问：",
            Some("2024-11-04"),
        ),
        (
            "traditional wire tag",
            "轉載標題\n\n【南方日報訊】2024年6月3日\n省政府日前印發通知。",
            Some("2024-06-03"),
        ),
        (
            "date time and outlet with ideographic spaces",
            "標題\n\n2022年11月02日 08:30\u{3000}某某日報\n\n正文。",
            Some("2022-11-02"),
        ),
        (
            "order with a spaced signature",
            "某市人民政府令\n第15号\n\n《某市停车管理办法》已经市人民政府常务会议审议通过，现予公布，自2024年1月1日起施行。\n\n市长\u{3000}张某某\n2023年11月20日\n",
            Some("2023-11-20"),
        ),
    ];
    for (name, text, want) in rows {
        let doc = extractor.extract(text);
        let got = doc.published.map(|d| d.to_string());
        assert_eq!(got.as_deref(), *want, "{name}");
    }
}

#[test]
fn dates_read_against_the_date_before_them() {
    let parser = Parser::new();
    let rows: &[(&str, &str, &[&str])] = &[
        (
            "same day",
            "2024年3月1日召开会议,同日印发",
            &["2024-03-01", "2024-03-01"],
        ),
        (
            "same year",
            "2023年5月8日启动,同年9月印发",
            &["2023-05-08", "2023-09"],
        ),
        (
            "bare day takes a nearby year",
            "2022年6月30日,7月5日",
            &["2022-06-30", "2022-07-05"],
        ),
        ("same day with nothing before", "同日印发", &[]),
    ];
    for (name, text, want) in rows {
        let got: Vec<String> = parser
            .find(text, None, || None)
            .filter_map(|f| match f.value {
                DateValue::Date(d) => Some(d.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(&got, want, "{name}");
    }
}

#[test]
fn the_previous_date_is_read_only_when_a_date_refers_to_it() {
    let parser = Parser::new();
    let before = PartialDate::day(2021, 3, 4);
    // (window, whether the date before it is read, the dates found)
    let rows: &[(&str, bool, &[&str])] = &[
        ("同日印发", true, &["2021-03-04"]),
        ("同年9月印发", true, &["2021-09"]),
        ("5月6日印发", true, &["2021-05-06"]),
        (
            "2022年6月30日印发,同日施行",
            false,
            &["2022-06-30", "2022-06-30"],
        ),
        ("近日印发", false, &[]),
        ("印发", false, &[]),
    ];
    for (window, wanted, dates) in rows {
        let read = std::cell::Cell::new(false);
        let got: Vec<String> = parser
            .find(window, None, || {
                read.set(true);
                before
            })
            .filter_map(|f| match f.value {
                DateValue::Date(d) => Some(d.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(read.get(), *wanted, "{window}");
        assert_eq!(&got, dates, "{window}");
    }
}

/// The head's end as first written: character by character.
fn head_end_by_chars(text: &str) -> usize {
    let mut counted = 0;
    for (i, c) in text.char_indices() {
        if counted >= HEAD_BYTES || i >= HEAD_LIMIT {
            return i;
        }
        if !crate::text::segment::is_numeral(c) {
            counted += c.len_utf8();
        }
    }
    text.len()
}

#[test]
fn head_end_counts_text_other_than_numerals() {
    let cases = [
        String::new(),
        "标题".to_owned(),
        "字".repeat(499),
        "字".repeat(500),
        "字".repeat(501),
        "a".repeat(1499),
        "a".repeat(1500),
        format!("a{}", "字".repeat(600)),
        format!("{}二〇二五年{}", "字".repeat(498), "字".repeat(10)),
        format!("{}2025年{}", "a".repeat(1497), "字".repeat(10)),
        "二〇二五三千五百万".repeat(300),
        format!("{}{}", "一二三四五六七八九十".repeat(190), "字".repeat(600)),
        format!("{}尾", "1".repeat(7000)),
        "年1".repeat(2000),
        "😀二".repeat(800),
    ];
    for text in cases {
        let segments = Segments::new(&text);
        assert_eq!(
            head_end(&text, segments.numerals()),
            head_end_by_chars(&text),
            "{} bytes",
            text.len()
        );
    }
}

proptest::proptest! {
    #[test]
    fn head_end_agrees_with_the_character_walk(
        parts in proptest::collection::vec(
            proptest::sample::select(vec!["a", "字", "二", "1", "😀", "年", "\n", "〇"]),
            0..4000,
        )
    ) {
        let text: String = parts.concat();
        let segments = Segments::new(&text);
        proptest::prop_assert_eq!(head_end(&text, segments.numerals()), head_end_by_chars(&text));
    }
}

#[test]
fn headline_is_cut_at_a_mark_and_bounded() {
    let rules = Rules::new().expect("layout rules build");
    let headline = |text: &str| {
        let layout = rules.read(text, &Segments::new(text));
        text.get(layout.headline.start..layout.headline.end)
            .map(str::to_owned)
    };
    assert_eq!(
        headline("\n关于印发《某某方案》的通知\n各区:").as_deref(),
        Some("关于印发《某某方案》的通知")
    );
    assert_eq!(
        headline("某市人民政府办公室文件 某政办发〔2024〕3号").as_deref(),
        Some("某市人民政府办公室文件 某政办发")
    );
    // A text with no line break and no stop: its headline ends within
    // HEAD_LIMIT bytes, on a character boundary.
    let long = "甲乙".repeat(HEAD_LIMIT);
    let cut = headline(&long).expect("on a boundary");
    assert!(
        cut.len() <= HEAD_LIMIT && cut.len() + 3 > HEAD_LIMIT,
        "{}",
        cut.len()
    );
}
