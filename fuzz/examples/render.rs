//! Prints the document a `document` fuzz input builds, so that a crash or
//! timeout found by that target can become a plain-text regression test:
//!
//! ```text
//! cargo run --release --example render -- artifacts/document/timeout-… > case.txt
//! ```

fn main() {
    let path = std::env::args().nth(1).expect("usage: render FILE");
    let data = std::fs::read(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"));
    print!("{}", zhengce_fuzz::builder::build(&data));
}
