//! Any bytes: when they are UTF-8, extraction must not panic, every span
//! must slice the input to its surface, and the document must serialize.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        zhengce_fuzz::check(text);
    }
});
