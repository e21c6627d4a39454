//! Structure-aware: the input is a program that builds a long policy-like
//! document from repeated clauses, lists of names, title chains, places,
//! agencies and numbers (see `src/builder.rs`), so that work growing faster
//! than the text shows as a timeout from a short input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    zhengce_fuzz::check(&zhengce_fuzz::builder::build(data));
});
