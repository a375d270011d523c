//! Any bytes as a STAC response: parsing must return a value, never panic;
//! records that parse must match and render without panicking.
#![no_main]

use earthcode_platforms::core::catalog::markdown::to_safe_html;
use earthcode_platforms::core::catalog::record_match::{platforms_of, published_from};
use earthcode_platforms::core::catalog::stac::{children, conformance, document, join_url, landing, listing};
use earthcode_platforms::core::date::Date;
use earthcode_platforms::core::platforms::validate::parse_platforms;
use libfuzzer_sys::fuzz_target;

const PLATFORMS: &str = include_str!("../../public/platforms.json");
const BASE: &str = "https://catalog.example/osc/workflows/x/record.json";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let platforms = parse_platforms(PLATFORMS, Date::LAST).map(|l| l.platforms).unwrap_or_default();
    let _ = conformance(&text);
    let _ = landing(&text, BASE);
    let _ = children(&text, BASE);
    let _ = join_url(BASE, &text);
    let mut records = Vec::new();
    if let Ok(found) = listing(&text, BASE) {
        records.extend(found.records);
    }
    if let Ok(Some(record)) = document(&text, BASE) {
        records.push(record);
    }
    for record in &records {
        let _ = platforms_of(record, &platforms);
        let html = to_safe_html(&record.description);
        assert!(!html.contains("<script"), "raw HTML must never pass through");
    }
    for p in 0..platforms.len() {
        let _ = published_from(p, &platforms, &records);
    }
});
