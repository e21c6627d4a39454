//! Internal departments written right after a central body: 国家数据局综合司,
//! 商务部市场运行和消费促进司, 国务院研究室综合一司.

/// Longest department name, in characters, counting its ending.
const MAX_CHARS: usize = 12;
/// Shortest department name: 综合司, 办公厅 (two characters would admit 局长).
const MIN_CHARS: usize = 3;

/// Characters no department name contains: particles, prepositions,
/// adverbs that start a predicate (工信部将…, 商务部等…, 国家数据局在…).
const STOP_CHARS: &[char] = &[
    '的', '了', '在', '将', '等', '对', '已', '于', '为', '是', '就', '也', '都', '从', '向', '把',
    '被', '让', '及', '或', '并', '且', '今', '近', '还', '再', '又', '要', '正', '均', '所',
    // Job words and speech verbs: 局长, 副主任, 书记, 说, 称, 表示.
    '长', '副', '任', '记', '说', '称', '示',
];
/// Words that start a predicate or end in 局/司 without naming a unit.
const STOP_WORDS: &[&str] = &[
    "印发", "发布", "召开", "举行", "联合", "会同", "表示", "指出", "日前", "负责", "关于", "布局",
    "格局", "当局", "结局", "大局", "全局", "开局", "破局", "出局", "公司", "上司", "官司",
];

/// The end (byte offset) of a department name starting at `start` and
/// ending by `limit`, if the text there names one.
pub(crate) fn department_end(text: &str, start: usize, limit: usize) -> Option<usize> {
    let rest = text.get(start..limit)?;
    // 工信部和…, 商务部与…: a conjunction starts the next item of a list.
    if rest.starts_with(['和', '与', '同', '会', '及', '暨']) {
        return None;
    }
    for (chars, (offset, c)) in rest.char_indices().enumerate() {
        if chars >= MAX_CHARS || !is_cjk(c) || STOP_CHARS.contains(&c) {
            return None;
        }
        let run = offset + c.len_utf8();
        let name = rest.get(..run)?;
        let ends = matches!(c, '司' | '局' | '厅') || name.ends_with("办公室");
        if ends && chars + 1 >= MIN_CHARS {
            if STOP_WORDS.iter().any(|w| name.contains(w)) {
                return None;
            }
            return Some(start + run);
        }
    }
    None
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
