//! Development-zone committees written after a place: 成都高新区管委会,
//! 杭州市钱塘新区管理委员会, 某某市经济技术开发区管委会.

/// Longest zone name between the place and 管委会, in characters.
const MAX_CHARS: usize = 10;
/// Characters a zone name does not contain: list words and particles
/// (深圳和成都高新区管委会 is no zone of 深圳).
const STOP_CHARS: &[char] = &['的', '和', '与', '及', '等', '在', '将', '对', '由', '向'];
const COMMITTEES: [&str; 2] = ["管委会", "管理委员会"];

/// Where the zone name starting at `start` ends and where its committee
/// word ends, if the text up to `limit` reads zone + 管委会. The zone name
/// ends in 区 or 园 (高新区, 开发区, 新区, 园区, 科技园).
pub(crate) fn zone_end(text: &str, start: usize, limit: usize) -> Option<(usize, usize)> {
    let rest = text.get(start..)?;
    for (chars, (offset, c)) in rest.char_indices().enumerate() {
        if chars >= MAX_CHARS || start + offset >= limit || !is_cjk(c) || STOP_CHARS.contains(&c) {
            return None;
        }
        if chars == 0 || !matches!(c, '区' | '园') {
            continue;
        }
        let middle = offset + c.len_utf8();
        let tail = rest.get(middle..)?;
        if let Some(word) = COMMITTEES.iter().find(|w| tail.starts_with(**w)) {
            return Some((start + middle, start + middle + word.len()));
        }
    }
    None
}

fn is_cjk(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}
