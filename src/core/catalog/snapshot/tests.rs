use super::*;
use crate::core::catalog::record_match::published_from;
use crate::core::catalog::walk::tests::{walk_in_rounds, ROOT};
use crate::core::date::Date;
use crate::core::platforms::validate::parse_platforms;

fn walked() -> Snapshot {
    let (catalog, _) = walk_in_rounds(6, &[]);
    Snapshot { taken_at: "2026-11-20T06:00:00Z".into(), source: ROOT.into(), catalog }
}

/// Everything but the properties the snapshot leaves out.
fn essentials(r: &Record) -> impl PartialEq + std::fmt::Debug {
    (
        (r.id.clone(), r.kind, r.title.clone(), r.description.clone(), r.keywords.clone(), r.themes.clone()),
        (r.project.clone(), r.updated.clone(), r.workflow.clone(), r.products.clone(), r.experiments.clone()),
        r.links.clone(),
    )
}

#[test]
fn a_snapshot_reads_back_as_the_records_it_was_written_from() {
    let snapshot = walked();
    let back = parse(&to_json(&snapshot)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back.taken_at, snapshot.taken_at);
    assert_eq!(back.source, ROOT);
    assert_eq!(back.catalog.failed, 0);
    assert_eq!(back.catalog.records.len(), snapshot.catalog.records.len());
    for (a, b) in snapshot.catalog.records.iter().zip(&back.catalog.records) {
        assert_eq!(essentials(a), essentials(b), "{}", a.id);
    }
}

#[test]
fn every_platform_publishes_the_same_records_from_a_snapshot() {
    let platforms = parse_platforms(include_str!("../../../../public/platforms.json"), Date::LAST)
        .map(|l| l.platforms)
        .unwrap_or_default();
    let snapshot = walked();
    let back = parse(&to_json(&snapshot)).unwrap_or_else(|e| panic!("{e}"));
    let mut listed = 0;
    for p in 0..platforms.len() {
        let live = published_from(p, &platforms, &snapshot.catalog.records);
        assert_eq!(published_from(p, &platforms, &back.catalog.records), live, "{}", platforms[p].id);
        listed += live.len();
    }
    assert!(listed > 10, "the fixture's platforms publish records ({listed})");
}

#[test]
fn the_snapshot_is_small_and_carries_no_bulky_properties() {
    let text = to_json(&walked());
    for key in ["\"extent\"", "\"assets\"", "\"stac_extensions\"", "\"contacts\""] {
        assert!(!text.contains(key), "{key} left out");
    }
    assert!(text.len() < 60_000, "{} bytes for the fixture", text.len());
}

#[test]
fn bad_snapshots_are_errors_or_count_their_unreadable_records() {
    assert!(matches!(parse("{"), Err(ParseError::InvalidJson(_))));
    assert_eq!(parse("[]"), Err(ParseError::WrongShape("a catalog snapshot")));
    assert_eq!(parse(r#"{"records": []}"#), Err(ParseError::WrongShape("a catalog snapshot")), "no date");
    assert_eq!(parse(r#"{"takenAt": "yesterday", "records": []}"#), Err(ParseError::WrongShape("a catalog snapshot")));
    assert_eq!(parse(r#"{"takenAt": "2026-11-20T06:00:00Z"}"#), Err(ParseError::WrongShape("a catalog snapshot")));
    let partly = r#"{"takenAt": "2026-11-20T06:00:00Z", "failed": 2, "records": [
        {"type": "Feature", "id": "w", "properties": {"type": "workflow", "title": "W"}}, {"id": 3}, "x"]}"#;
    let snapshot = parse(partly).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(snapshot.catalog.records.len(), 1);
    assert_eq!(snapshot.catalog.failed, 4, "two unread in the walk, two in the file");
    assert_eq!(snapshot.day(), "2026-11-20");
    assert_eq!(snapshot.age_in_days(Date::parse("2026-11-28").unwrap_or(Date::LAST)), Some(8));
}
