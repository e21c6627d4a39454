//! Long and repetitive texts: every step looks a bounded way back or
//! forward, so the records come out as for a short text, in time linear in
//! the text (these tests assert the records, not the time).

use super::run;

#[test]
fn repeated_bare_speakers_take_the_latest_titles() {
    // Each bare 张三 once scanned every earlier record for a titled namesake.
    let times = 20_000;
    let input = format!("局长张三出席会议。{}", "张三表示，".repeat(times));
    let experts = run(&input, &[]);
    assert_eq!(experts.len(), times);
    assert!(
        experts
            .iter()
            .all(|e| e.name == "张三" && e.titles == ["局长"] && e.verb.as_deref() == Some("表示")),
        "every bare 张三 takes the titles of the introduction"
    );
    let starts: Vec<usize> = experts.iter().map(|e| e.span.start).collect();
    assert!(starts.windows(2).all(|w| w[0] < w[1]), "in text order");
}

#[test]
fn repeated_titled_then_bare_speakers() {
    let times = 5_000;
    let input = "国家统计局副局长王小明表示,经济平稳。王小明认为,前景向好。".repeat(times);
    let experts = run(&input, &[]);
    assert_eq!(experts.len(), 2 * times);
    assert!(
        experts
            .iter()
            .all(|e| e.name == "王小明" && e.titles == ["国家统计局副局长"])
    );
}

#[test]
fn a_title_longer_than_the_look_back_is_cut_there() {
    // Past LOOK_BACK bytes before the verb no clause mark is looked for:
    // the clause, and so the title, starts there.
    let look_back = super::speaker::LOOK_BACK;
    let filler = "数".repeat(look_back);
    let input = format!("{filler}局长王五表示,要稳。");
    let experts = run(&input, &[]);
    let verb = input.find("表示").expect("verb");
    let expert = experts.first().expect("one expert");
    assert_eq!(expert.span.start, verb - look_back);
    assert_eq!(expert.titles, [format!("{}局长", "数".repeat(76))]);
    // A clause mark inside the look-back ends the title as usual.
    let input = format!("{filler},局长王五表示,要稳。");
    let experts = run(&input, &[]);
    assert_eq!(
        experts.first().map(|e| e.titles.clone()),
        Some(vec!["局长".to_owned()])
    );
}
