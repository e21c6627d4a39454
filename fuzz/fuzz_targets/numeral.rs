//! The numeral parser: never a panic, never an infinite or NaN value, a
//! range's high end above its low end, and an exact number read the same
//! by both entry points.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    let (number, amount) = zhengce::fuzz_numeral(s);
    if let Some(value) = number {
        assert!(value.is_finite() && value >= 0.0, "{s:?} → {value}");
        assert_eq!(
            amount,
            Some((value, None)),
            "{s:?}: an exact number is an exact amount"
        );
    }
    if let Some((low, high)) = amount {
        assert!(low.is_finite() && low >= 0.0, "{s:?} → low {low}");
        if let Some(high) = high {
            assert!(high.is_finite() && high > low, "{s:?} → {low}..{high}");
        }
    }
});
