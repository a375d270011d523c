//! Any bytes as platforms.json: validation must return a value, never panic,
//! and whatever it accepts must index, filter, sort and export.
#![no_main]

use earthcode_platforms::core::view::export::platforms_json;
use earthcode_platforms::core::view::filter::{facet_counts, matches, Filters};
use earthcode_platforms::core::platforms::index::PlatformIndex;
use earthcode_platforms::core::platforms::model::FacetKind;
use earthcode_platforms::core::view::sort::{sort_rows, Column, Direction, Sort};
use earthcode_platforms::core::view::url_state::decode;
use earthcode_platforms::core::date::Date;
use earthcode_platforms::core::platforms::validate::parse_platforms;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    // The same bytes as a URL query must decode without panicking.
    let state = decode(&text, "");
    let Ok(loaded) = parse_platforms(&text, Date::LAST) else { return };
    let index = PlatformIndex::new(loaded.platforms.clone());
    let mut filters = Filters::default();
    for kind in FacetKind::ALL {
        if let Some(value) = index.values(kind).first() {
            filters.select(kind, &value.label);
        }
        let _ = facet_counts(&index, &filters, kind);
    }
    let _ = matches(&index, &state.filters);
    let mut rows: Vec<usize> = matches(&index, &filters).iter().collect();
    sort_rows(&index.platforms, &mut rows, Some(Sort { column: Column::Platform, direction: Direction::Descending }));
    // What the page accepts, it can export, and the export loads back the same.
    let exported = platforms_json(&loaded.platforms, &(0..loaded.platforms.len()).collect::<Vec<_>>());
    let again = parse_platforms(&exported, Date::LAST).map(|l| l.platforms);
    assert_eq!(again.as_deref(), Ok(loaded.platforms.as_slice()));
});
