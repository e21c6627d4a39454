//! Builds a policy-like document from fuzz input read as a small program,
//! so that a short input can stand for a long text: one op can write a
//! clause a thousand times, a list of five hundred distinct names, a title
//! chain, a run of places or a number thousands of digits long. libFuzzer
//! mutates the program; the document's size follows, up to [`MAX_LEN`].
//!
//! An op is one kind byte and three argument bytes:
//!
//! | kind % 10 | writes |
//! |---|---|
//! | 0 | clause `a` of [`CLAUSES`], `n` times |
//! | 1 | `n` distinct names joined by 、, then a speech verb |
//! | 2 | a chain of `n` titles joined by 、, then a name and a verb |
//! | 3 | `n` places, with separator `a` (none, 、, ，, 和) |
//! | 4 | `n` agencies joined by 、, then 联合印发 and a title |
//! | 5 | a number of `n` digits in script `a`, then a unit |
//! | 6 | the next `a % 64` input bytes as text (invalid UTF-8 replaced) |
//! | 7 | `n` nested 《, a title, then `b % 4` closing 》 |
//! | 8 | `n` untitled mentions of one speaker (张三表示，) |
//! | 9 | a run of `n` spaces, line breaks or ideographic spaces |
//!
//! `n` is `1 + (a·256 + b) % 4096`, so a run can reach thousands of items.

/// The largest document built: big enough for work that grows faster than
/// the text to show as a timeout (an untitled speaker repeated to this size
/// takes about 15 s in a fuzzing build today), small enough that linear
/// code reads it in well under a second even with coverage counters.
pub const MAX_LEN: usize = 256 << 10;

/// Clauses of policy news, each a candidate for one or more record kinds.
pub const CLAUSES: &[&str] = &[
    "工业和信息化部等六部门联合印发《算力基础设施高质量发展行动计划(2024—2026年)》(以下简称《行动计划》)，",
    "提出到2026年，全国算力规模超过300EFLOPS，智能算力占比达到35%以上。",
    "浙江省人民政府办公厅印发《浙江省加快人工智能产业发展若干措施》，",
    "统筹设立规模200亿元的人工智能产业基金，计划培育30家以上领军企业。",
    "设立规模三千五百万元的引导基金，",
    "中国信息经济研究院副院长、首席研究员王立新对《华夏经济观察》记者表示，",
    "“算力是数字经济时代的新型生产力。”",
    "浙江大学计算机学院教授陈明远认为，",
    "据统计，前三季度，全省数字经济核心产业增加值同比增长8.6%，",
    "市发改委、市经信局随后发布《杭州市算力券实施细则》。",
    "国家计划委员会发布数据,全国粮食产量达到6.5亿吨。",
    "力争“十四五”末产业规模迈上千亿台阶，",
    "到二〇二五年，",
    "国务院关于印发《新一代人工智能发展规划》的通知(国发〔2017〕35号)",
    "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：",
    "2023年6月8日",
    "来源：工业和信息化部网站",
    "对年纳税首次突破500万元的企业给予最高20万元奖励。",
    "主持人：请问张局长，",
    "张局长：谢谢。",
    "闵行区科学技术和经济委员会主任王某表示，",
    "由徐汇区科技和信息化委员会牵头，",
    "廣州市工業和信息化局印發《廣州市促進低空經濟高質量發展若干措施》，",
    "業(yè)發(fā)展",
    "《 这是一个没有闭合的书名号",
    "（以下简称“方案”）",
    "附件：1.重点任务分工表",
    "\n\n",
    "。",
    "，",
];

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "欧阳", "司马",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "立新", "明远", "晓", "一鸣", "建国", "敏", "静", "海涛", "玉兰", "志强",
];
const TITLES: &[&str] = &[
    "局长",
    "副局长",
    "主任",
    "副主任",
    "教授",
    "研究员",
    "首席经济学家",
    "董事长",
    "总经理",
    "党组书记",
    "处长",
    "院长",
    "秘书长",
    "分析师",
    "工业和信息化部原副部长",
    "浙江大学计算机学院",
    "中国信息通信研究院",
    "上海市经济和信息化委员会",
    "资深人工智能专家",
];
const VERBS: &[&str] = &["表示", "认为", "说", "指出", "介绍", "透露"];
const PLACES: &[&str] = &[
    "北京市",
    "上海",
    "天津市",
    "河北省",
    "山西",
    "浙江省",
    "杭州",
    "深圳市",
    "广东省",
    "滨海县",
    "闵行区",
    "宁夏回族自治区",
    "吴忠市",
    "海南州",
    "江西省赣州市南康区",
    "苏州",
    "朝阳",
];
const AGENCIES: &[&str] = &[
    "工信部",
    "国家发展改革委",
    "财政部",
    "国家数据局",
    "上海市发展改革委",
    "杭州市经信局",
    "浙江省人民政府办公厅",
    "市财政局",
    "国务院",
    "中共中央办公厅",
    "市人民政府",
];
const UNITS: &[&str] = &[
    "亿元", "万元", "EFLOPS", "%", "个", "家", "万人", "吨", "年", "",
];
const SPACES: &[&str] = &[" ", "\n", "\u{3000}", "\t", "\r\n"];

/// Reads fuzz input as a program, one op at a time.
struct Program<'a> {
    data: &'a [u8],
}

impl Program<'_> {
    fn byte(&mut self) -> Option<u8> {
        let (&b, rest) = self.data.split_first()?;
        self.data = rest;
        Some(b)
    }
}

/// Digits of `n` in one of four scripts.
fn number(out: &mut String, digits: usize, script: u8, seed: usize) {
    const CHINESE: [char; 10] = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const NUMERAL: &[&str] = &["三", "千", "五", "百", "万", "亿", "十", "两", "零"];
    for i in 0..digits {
        let d = (seed + i * 7) % 10;
        match script % 4 {
            0 => out.push(char::from(b'0' + d as u8)),
            1 => out.push(char::from_u32(0xFF10 + d as u32).unwrap_or('0')),
            2 => out.push(CHINESE[d]),
            _ => out.push_str(NUMERAL[(seed + i) % NUMERAL.len()]),
        }
    }
}

/// The `i`-th distinct name: surname, given name, and a third character
/// once the pairs run out.
fn name(i: usize) -> String {
    let surname = SURNAMES[i % SURNAMES.len()];
    let given = GIVEN[(i / SURNAMES.len()) % GIVEN.len()];
    let round = i / (SURNAMES.len() * GIVEN.len());
    let extra = if round == 0 {
        String::new()
    } else {
        char::from_u32(0x4E00 + (round as u32 * 131) % 0x5000)
            .map(String::from)
            .unwrap_or_default()
    };
    format!("{surname}{given}{extra}")
}

/// The document `data` describes; at most [`MAX_LEN`] bytes.
pub fn build(data: &[u8]) -> String {
    let mut program = Program { data };
    let mut out = String::new();
    while out.len() < MAX_LEN {
        let (Some(kind), Some(a), Some(b)) = (program.byte(), program.byte(), program.byte())
        else {
            break;
        };
        let n = 1 + (usize::from(a) * 256 + usize::from(b)) % 4096;
        let pick = usize::from(a);
        match kind % 10 {
            0 => {
                let clause = CLAUSES[pick % CLAUSES.len()];
                for _ in 0..n {
                    out.push_str(clause);
                    if out.len() >= MAX_LEN {
                        break;
                    }
                }
            }
            1 => {
                for i in 0..n {
                    if i > 0 {
                        out.push('、');
                    }
                    out.push_str(&name(i + pick));
                }
                out.push_str(VERBS[pick % VERBS.len()]);
                out.push('，');
            }
            2 => {
                for i in 0..n {
                    if i > 0 {
                        out.push('、');
                    }
                    out.push_str(TITLES[(i + pick) % TITLES.len()]);
                }
                out.push_str(&name(pick));
                out.push_str(VERBS[pick % VERBS.len()]);
                out.push('，');
            }
            3 => {
                let separator = ["", "、", "，", "和"][pick % 4];
                for i in 0..n {
                    if i > 0 {
                        out.push_str(separator);
                    }
                    out.push_str(PLACES[(i + usize::from(b)) % PLACES.len()]);
                }
            }
            4 => {
                for i in 0..n {
                    if i > 0 {
                        out.push('、');
                    }
                    out.push_str(AGENCIES[(i + pick) % AGENCIES.len()]);
                }
                out.push_str("联合印发《关于推进数字经济发展的实施意见》。");
            }
            5 => {
                out.push_str("到2025年，规模突破");
                number(&mut out, n, a, usize::from(b));
                out.push_str(UNITS[usize::from(b) % UNITS.len()]);
                out.push('。');
            }
            6 => {
                let len = (pick % 64).min(program.data.len());
                let (text, rest) = program.data.split_at(len);
                out.push_str(&String::from_utf8_lossy(text));
                program.data = rest;
            }
            7 => {
                for _ in 0..n {
                    out.push('《');
                }
                out.push_str("关于加快推进数字经济发展的通知");
                for _ in 0..usize::from(b) % 4 {
                    out.push('》');
                }
            }
            8 => {
                let speaker = format!("{}{}，", name(pick), VERBS[usize::from(b) % VERBS.len()]);
                for _ in 0..n {
                    out.push_str(&speaker);
                    if out.len() >= MAX_LEN {
                        break;
                    }
                }
            }
            _ => {
                let space = SPACES[pick % SPACES.len()];
                for _ in 0..n {
                    out.push_str(space);
                }
            }
        }
    }
    let mut end = out.len().min(MAX_LEN);
    while !out.is_char_boundary(end) {
        end -= 1;
    }
    out.truncate(end);
    out
}
