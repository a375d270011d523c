use std::path::Path;

use super::*;
use crate::core::catalog::stac::{children, document};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/osc");
pub(crate) const ROOT: &str = "https://cat.example/osc/catalog.json";

/// The fixture file behind a URL of the fictional host.
fn read(url: &str) -> Option<String> {
    let path = url.strip_prefix("https://cat.example/osc/")?;
    std::fs::read_to_string(Path::new(FIXTURE).join(path)).ok()
}

/// Walks the fixture in rounds: every document waiting at the start of a
/// round is asked for at once (`width` at most), as a browser with that
/// many requests in flight would. Returns the catalog and the rounds taken.
pub(crate) fn walk_in_rounds(width: usize, broken: &[&str]) -> (StaticCatalog, usize) {
    let mut walk = Walk::new(ROOT);
    let mut rounds = 0;
    loop {
        let mut batch = Vec::new();
        while batch.len() < width {
            match walk.next_request() {
                Some(request) => batch.push(request),
                None => break,
            }
        }
        if batch.is_empty() {
            return (walk.finish(), rounds);
        }
        rounds += 1;
        for (stop, url) in batch {
            let text = read(&url).filter(|_| !broken.iter().any(|b| url.ends_with(b)));
            match (stop, text) {
                (Stop::Record, Some(text)) => match document(&text, &url) {
                    Ok(record) => walk.record(record),
                    Err(_) => walk.failed(),
                },
                (Stop::Record, None) => walk.failed(),
                (_, Some(text)) => walk.links(stop, children(&text, &url).unwrap_or_default()),
                (_, None) => panic!("{url} is missing"),
            }
        }
    }
}

fn ids(catalog: &StaticCatalog, kind: RecordKind) -> Vec<String> {
    catalog.records.iter().filter(|r| r.kind == kind).map(|r| r.id.clone()).collect()
}

fn inventory() -> serde_json::Value {
    let text = read("https://cat.example/osc/_inventory.json").unwrap_or_default();
    serde_json::from_str(&text).unwrap_or_default()
}

#[test]
fn the_walk_finds_every_workflow_experiment_and_named_product() {
    let (catalog, _) = walk_in_rounds(usize::MAX, &[]);
    let inventory = inventory();
    let listed = |table: &str| -> Vec<String> {
        let mut ids: Vec<String> =
            inventory[table].as_object().into_iter().flatten().map(|(id, _)| id.clone()).collect();
        ids.sort();
        ids
    };
    assert_eq!(ids(&catalog, RecordKind::Workflow), listed("workflows"));
    assert_eq!(ids(&catalog, RecordKind::Experiment), listed("experiments"));
    let mut named: Vec<String> = inventory["experiments"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(_, e)| e["product"].as_str().map(str::to_string))
        .collect();
    named.sort();
    assert_eq!(ids(&catalog, RecordKind::Product), named, "the products experiments name, in all three shapes");
    assert!(named.iter().any(|p| p == "flood-extent-danube-2024"), "named by osc:product alone");
    assert_eq!(catalog.failed, 0);
}

#[test]
fn each_document_is_asked_for_once_in_as_few_rounds_as_the_shape_allows() {
    let mut walk = Walk::new(ROOT);
    let mut asked = Vec::new();
    let (catalog, rounds) = walk_in_rounds(usize::MAX, &[]);
    // root → both sections → every record → the products: four round trips.
    assert_eq!(rounds, 4);
    while let Some((_, url)) = walk.next_request() {
        asked.push(url);
    }
    assert_eq!(asked, [ROOT], "a new walk asks for the root only");
    assert_eq!(walk.asked(), 1);
    // One root, two sections, and each record once.
    let inventory = inventory();
    let counts = &inventory["counts"];
    let records = counts["workflows"].as_u64().unwrap_or(0) + counts["experiments"].as_u64().unwrap_or(0);
    assert_eq!(catalog.records.len() as u64, records + 8);
}

#[test]
fn the_order_and_number_of_requests_in_flight_change_nothing() {
    let (all_at_once, _) = walk_in_rounds(usize::MAX, &[]);
    for width in [1, 2, 6] {
        let (narrow, rounds) = walk_in_rounds(width, &[]);
        assert_eq!(narrow, all_at_once, "{width} in flight");
        assert!(rounds > 4, "{width} in flight takes more rounds ({rounds})");
    }
}

#[test]
fn unreadable_records_are_counted_and_the_rest_is_kept() {
    let (catalog, _) =
        walk_in_rounds(6, &["glacier-pulse/record.json", "products/fjord-meltwater-plumes/collection.json"]);
    // Both glacier-pulse records (workflow and experiment) and one product.
    assert_eq!(catalog.failed, 3);
    assert!(!ids(&catalog, RecordKind::Workflow).iter().any(|id| id == "glacier-pulse"));
    assert!(ids(&catalog, RecordKind::Workflow).iter().any(|id| id == "fjord-melt-notebook"));
    assert!(!ids(&catalog, RecordKind::Product).iter().any(|id| id == "glacier-pulse"), "its experiment is gone");
}

#[test]
fn only_the_workflow_and_experiment_sections_are_followed() {
    let mut walk = Walk::new(ROOT);
    let _ = walk.next_request();
    let link = |href: &str| StacLink { rel: "child".into(), href: href.into(), ..StacLink::default() };
    walk.links(
        Stop::Root,
        vec![
            link("https://cat.example/osc/products/catalog.json"),
            link("https://cat.example/osc/workflows/catalog.json"),
            link("https://cat.example/osc/experiments/catalog.json"),
            link("https://cat.example/osc/workflows/catalog.json"),
        ],
    );
    let queued: Vec<(Stop, String)> = std::iter::from_fn(|| walk.next_request()).collect();
    assert_eq!(
        queued,
        [
            (Stop::Section, "https://cat.example/osc/workflows/catalog.json".to_string()),
            (Stop::Section, "https://cat.example/osc/experiments/catalog.json".to_string()),
        ]
    );
}
