//! Forms of policy news: a day of the month alone before the verb, quoted
//! forum names with a colon inside a cue, and the words after a verb that
//! takes an aspect particle.

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
    ];
    for (name, input, want) in rows {
        check(name, &run(input, &[]), want);
    }
}

#[test]
fn an_aspect_particle_is_no_part_of_the_words() {
    let got = run("某局局长王立松介绍了园区规划和重点项目。", &[]);
    let quotes: Vec<Option<&str>> = got.iter().map(|e| e.quote.as_deref()).collect();
    assert_eq!(quotes, [Some("园区规划和重点项目")]);
}
