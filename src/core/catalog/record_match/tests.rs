use super::*;
use crate::core::catalog::stac::document;
use crate::core::platforms::validate::parse_platforms;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

fn shipped() -> Vec<Platform> {
    parse_platforms(include_str!("../../../../public/platforms.json"), crate::core::date::Date::LAST)
        .map(|l| l.platforms)
        .unwrap_or_default()
}

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/osc");

/// Every workflow, experiment and product of the static fixture catalog.
fn fixture_records() -> Vec<Record> {
    let mut records = Vec::new();
    for (folder, file) in
        [("workflows", "record.json"), ("experiments", "record.json"), ("products", "collection.json")]
    {
        let mut dirs: Vec<_> = std::fs::read_dir(Path::new(FIXTURE).join(folder))
            .unwrap_or_else(|e| panic!("{folder}: {e}"))
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir())
            .collect();
        dirs.sort_by_key(|e| e.path());
        for dir in dirs {
            let path = dir.path().join(file);
            let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            let name = dir.file_name().to_string_lossy().into_owned();
            let url = format!("https://cat.example/osc/{folder}/{name}/{file}");
            if let Ok(Some(record)) = document(&text, &url) {
                records.push(record);
            }
        }
    }
    records
}

fn inventory() -> Value {
    let text = std::fs::read_to_string(Path::new(FIXTURE).join("_inventory.json")).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or(Value::Null)
}

fn names(records: &[Record], positions: &[usize]) -> Vec<String> {
    let mut list: Vec<String> = positions.iter().map(|&at| records[at].id.clone()).collect();
    list.sort();
    list
}

#[test]
fn every_platform_gets_exactly_its_fixture_records() {
    let platforms = shipped();
    let records = fixture_records();
    assert_eq!(records.len(), 14 + 8 + 14);
    let inventory = inventory();
    for (position, platform) in platforms.iter().enumerate() {
        let published = published_from(position, &platforms, &records);
        let listed = inventory["platforms"][&platform.id].as_array().cloned().unwrap_or_default();
        let expected = |kind: &str| -> Vec<String> {
            let mut ids: Vec<String> = listed
                .iter()
                .filter(|r| r["type"] == kind)
                .filter_map(|r| r["id"].as_str().map(str::to_string))
                .collect();
            ids.sort();
            ids
        };
        assert_eq!(names(&records, &published.workflows), expected("workflow"), "{} workflows", platform.id);
        assert_eq!(names(&records, &published.experiments), expected("experiment"), "{} experiments", platform.id);
        let experiments = expected("experiment");
        let mut products: Vec<String> = inventory["products"]
            .as_object()
            .into_iter()
            .flatten()
            .filter(|(_, p)| p["experiment"].as_str().is_some_and(|e| experiments.iter().any(|x| x == e)))
            .map(|(id, _)| id.clone())
            .collect();
        products.sort();
        assert_eq!(names(&records, &published.products), products, "{} products", platform.id);
    }
}

#[test]
fn records_without_a_platform_match_none() {
    let platforms = shipped();
    let records = fixture_records();
    for entry in inventory()["no_platform"].as_array().into_iter().flatten() {
        let id = entry["id"].as_str().unwrap_or_default();
        let record =
            records.iter().find(|r| r.id == id && r.kind.key() == entry["type"]).unwrap_or_else(|| panic!("{id}"));
        assert!(platforms_of(record, &platforms).is_empty(), "{id}");
    }
}

#[test]
fn the_id_collision_is_kept_apart_by_kind() {
    let records = fixture_records();
    let kinds: Vec<RecordKind> = records.iter().filter(|r| r.id == "glacier-pulse").map(|r| r.kind).collect();
    assert_eq!(kinds, [RecordKind::Workflow, RecordKind::Experiment, RecordKind::Product]);
    let platforms = shipped();
    let edc = platforms.iter().position(|p| p.id == "edc-eoxhub").unwrap_or(usize::MAX);
    let published = published_from(edc, &platforms, &records);
    let kinds_of = |list: &[usize]| list.iter().filter(|&&at| records[at].id == "glacier-pulse").count();
    assert_eq!(
        (kinds_of(&published.workflows), kinds_of(&published.experiments), kinds_of(&published.products)),
        (1, 1, 1)
    );
}

#[test]
fn open_links_prefer_the_records_own_notebook_link() {
    let platforms = shipped();
    let records = fixture_records();
    let record = records.iter().find(|r| r.id == "fjord-melt-notebook").unwrap_or_else(|| panic!("fixture"));
    let found = platforms_of(record, &platforms);
    assert_eq!(found.len(), 1);
    assert_eq!(platforms[found[0].platform].id, "deepesdl");
    assert!(found[0].open_url.as_deref().is_some_and(|u| u.starts_with("https://deep.earthsystemdatalab.net/hub/")));
}

fn record_with(links: Vec<StacLink>, properties: BTreeMap<&str, Value>) -> Record {
    Record {
        id: "r".into(),
        kind: RecordKind::Workflow,
        title: "R".into(),
        description: String::new(),
        keywords: vec![],
        themes: vec![],
        project: None,
        updated: None,
        workflow: None,
        products: vec![],
        experiments: vec![],
        links,
        properties: properties.into_iter().map(|(k, v)| (k.to_string(), v)).collect(),
    }
}

#[test]
fn rule_conditions_are_anded_and_case_insensitive() {
    let link = StacLink {
        rel: "via".into(),
        href: "https://editor.openeo.org/?server=https%3A%2F%2Fopeneofed.dataspace.copernicus.eu%2Fopeneo".into(),
        title: Some("Open in the openEO Web Editor".into()),
        ..StacLink::default()
    };
    let record = record_with(vec![link], BTreeMap::new());
    let contains = MatchRule {
        href_contains: Some("server=https://openeofed.dataspace.copernicus.eu/openeo".into()),
        ..MatchRule::default()
    };
    assert!(contains.matches(&record).is_some(), "escaped hrefs are compared unescaped too");
    let wrong_rel = MatchRule { rel: Some("related".into()), ..contains.clone() };
    assert!(wrong_rel.matches(&record).is_none());
    let title = MatchRule { title_contains: Some("OPENEO WEB".into()), ..MatchRule::default() };
    assert!(title.matches(&record).is_some());
    assert!(MatchRule::default().matches(&record).is_none(), "an empty rule matches nothing");
}

#[test]
fn property_rules_match_strings_and_lists() {
    let rule = MatchRule { property: Some(("osc:platform".into(), "DeepESDL".into())), ..MatchRule::default() };
    let text = record_with(vec![], BTreeMap::from([("osc:platform", Value::from("deepesdl"))]));
    let list = record_with(vec![], BTreeMap::from([("osc:platform", serde_json::json!(["x", "DEEPESDL"]))]));
    let other = record_with(vec![], BTreeMap::from([("osc:platform", Value::from("pangeo"))]));
    assert_eq!(rule.matches(&text), Some(None));
    assert_eq!(rule.matches(&list), Some(None));
    assert_eq!(rule.matches(&other), None);
}

#[test]
fn matching_is_deterministic() {
    let platforms = shipped();
    let records = fixture_records();
    let first: Vec<Published> = (0..platforms.len()).map(|p| published_from(p, &platforms, &records)).collect();
    let mut reversed = records.clone();
    reversed.reverse();
    for (position, published) in first.iter().enumerate() {
        let again = published_from(position, &platforms, &records);
        assert_eq!(&again, published);
        let other_order = published_from(position, &platforms, &reversed);
        assert_eq!(names(&reversed, &other_order.workflows), names(&records, &published.workflows));
        assert_eq!(names(&reversed, &other_order.products), names(&records, &published.products));
    }
}

#[test]
fn products_open_on_the_platform_whose_chain_produced_them() {
    let platforms = shipped();
    let records = fixture_records();
    let published: Vec<Published> = (0..platforms.len()).map(|p| published_from(p, &platforms, &records)).collect();
    let product = records
        .iter()
        .position(|r| r.kind == RecordKind::Product && r.id == "fjord-meltwater-plumes")
        .unwrap_or_else(|| panic!("fixture product"));
    assert!(platforms_of(&records[product], &platforms).is_empty(), "the product names no platform");
    let found = openers(product, &platforms, &records, &published);
    assert_eq!(found.len(), 1);
    assert_eq!(platforms[found[0].platform].id, "deepesdl");
    assert_eq!(found[0].open_url.as_deref(), Some("https://deep.earthsystemdatalab.net/"));
    assert!(openers(usize::MAX, &platforms, &records, &published).is_empty());
    // As a list: in the order asked, positions past the end skipped.
    let listed = with_openers(&[product, usize::MAX, 0], &platforms, &records, &published);
    let ids: Vec<&str> = listed.iter().map(|(record, _)| record.id.as_str()).collect();
    assert_eq!(ids, ["fjord-meltwater-plumes", records[0].id.as_str()]);
    assert_eq!(listed[0].1, found);
    assert_eq!(listed[1].1, openers(0, &platforms, &records, &published));
}

#[test]
fn groups_list_the_kinds_that_have_records_in_a_fixed_order() {
    let published = Published::new(vec![4], vec![], vec![9, 2]);
    assert_eq!(published.groups(), [(RecordKind::Workflow, &[4][..]), (RecordKind::Product, &[9, 2][..])]);
    assert!(Published::default().groups().is_empty());
    assert_eq!(published.len(), 3);
}

#[test]
fn unread_records_are_told_in_words() {
    assert_eq!(unread_notice(0), None);
    assert_eq!(unread_notice(1).as_deref(), Some("1 catalog record could not be read; the others are shown."));
    assert_eq!(unread_notice(3).as_deref(), Some("3 catalog records could not be read; the others are shown."));
}

#[test]
fn a_platform_lists_every_record_that_names_it() {
    let platforms = shipped();
    let records = fixture_records();
    let published: Vec<Published> = (0..platforms.len()).map(|p| published_from(p, &platforms, &records)).collect();
    let mut named = 0;
    for (at, record) in records.iter().enumerate() {
        for found in platforms_of(record, &platforms) {
            named += 1;
            assert!(published[found.platform].lists(at), "{} names {}", record.id, platforms[found.platform].id);
        }
    }
    // The fixture's workflows and experiments that name a platform themselves.
    assert_eq!(named, 16);
    assert_eq!(published_from(platforms.len(), &platforms, &records), Published::default());
}
