use super::*;
use serde_json::json;

const BASE: &str = "https://cat.example/osc/workflows/ndvi/record.json";

fn workflow() -> Value {
    json!({
        "type": "Feature",
        "id": "ndvi",
        "geometry": null,
        "properties": {
            "type": "workflow",
            "title": "NDVI trends",
            "description": "Computes *NDVI*.",
            "keywords": ["vegetation"],
            "themes": [{"scheme": "https://x", "concepts": [{"id": "land"}, {"id": "land"}]}],
            "osc:project": "green-watch",
            "updated": "2025-03-01T00:00:00Z"
        },
        "links": [
            {"rel": "application-originating-platform", "href": "https://deep.earthsystemdatalab.net/", "title": "DeepESDL platform"},
            {"rel": "parent", "href": "../catalog.json"},
            {"rel": "no-href"}
        ]
    })
}

#[test]
fn a_workflow_record_parses_with_resolved_links() {
    let r = record(&workflow(), BASE).unwrap_or_else(|| panic!("not a record"));
    assert_eq!((r.id.as_str(), r.kind, r.title.as_str()), ("ndvi", RecordKind::Workflow, "NDVI trends"));
    assert_eq!(r.themes, ["land"]);
    assert_eq!(r.project.as_deref(), Some("green-watch"));
    assert_eq!(r.updated.as_deref(), Some("2025-03-01T00:00:00Z"));
    assert_eq!(r.links.len(), 2);
    assert_eq!(r.links[1].href, "https://cat.example/osc/workflows/catalog.json");
    assert_eq!(r.links[0].title.as_deref(), Some("DeepESDL platform"));
}

/// The three ways an experiment names its product in the Open Science
/// Catalog, and the two ways a product names its experiment.
#[test]
fn experiments_and_products_name_each_other_in_every_shape_the_catalog_uses() {
    let experiment = |properties: serde_json::Value, links: serde_json::Value| {
        let value = json!({"type": "Feature", "id": "e", "properties": properties, "links": links});
        record(&value, "https://cat.example/osc/experiments/e/record.json").map(|r| r.products).unwrap_or_default()
    };
    let props = json!({"type": "experiment"});
    let child = json!([{"rel": "child", "href": "../../products/by-child/collection.json"}]);
    assert_eq!(experiment(props.clone(), child), ["by-child"]);
    let related = json!([{"rel": "related", "href": "../../products/by-related/collection.json"},
        {"rel": "related", "href": "../../workflows/w/record.json"}]);
    assert_eq!(experiment(props.clone(), related), ["by-related"]);
    let property = json!({"type": "experiment", "osc:product": "by-property"});
    assert_eq!(experiment(property, json!([])), ["by-property"]);
    let both = json!({"type": "experiment", "osc:product": ["a", "b"]});
    let same = json!([{"rel": "related", "href": "https://cat.example/osc/products/a/collection.json"},
        {"rel": "via", "href": "../../products/ignored/collection.json"}]);
    assert_eq!(experiment(both, same), ["a", "b"], "each product once; other rels do not name products");

    let product = |value: serde_json::Value| {
        record(&value, "https://cat.example/osc/products/p/collection.json").map(|r| r.experiments).unwrap_or_default()
    };
    let by_link = json!({"type": "Collection", "id": "p", "osc:type": "product",
        "links": [{"rel": "related", "href": "../../experiments/run-1/record.json"}]});
    assert_eq!(product(by_link), ["run-1"]);
    let by_property = json!({"type": "Collection", "id": "p", "osc:type": "product", "osc:experiment": "run-2"});
    assert_eq!(product(by_property), ["run-2"]);
    let workflow = json!({"type": "Feature", "id": "w", "properties": {"type": "workflow", "osc:product": "x"}});
    assert_eq!(
        record(&workflow, BASE).map(|r| (r.products, r.experiments)),
        Some((vec![], vec![])),
        "only experiments name products"
    );
}

#[test]
fn experiments_products_and_api_workflow_collections_are_recognised() {
    let experiment =
        json!({"type": "Feature", "id": "e1", "properties": {"type": "experiment", "osc:workflow": "ndvi"}});
    let product = json!({"type": "Collection", "id": "p1", "osc:type": "product", "title": "P", "themes": ["land"], "osc:experiment": "e1"});
    let api_workflow = json!({"type": "Collection", "id": "ndvi", "keywords": ["workflow", "x"], "title": "NDVI"});
    let other = json!({"type": "Collection", "id": "theme-land"});
    let e = record(&experiment, BASE).unwrap_or_else(|| panic!("experiment"));
    assert_eq!((e.kind, e.workflow.as_deref(), e.title.as_str()), (RecordKind::Experiment, Some("ndvi"), "e1"));
    let p = record(&product, BASE).unwrap_or_else(|| panic!("product"));
    assert_eq!((p.kind, p.experiments.as_slice()), (RecordKind::Product, &["e1".to_string()][..]));
    assert_eq!(p.themes, ["land"]);
    assert_eq!(record(&api_workflow, BASE).map(|r| r.kind), Some(RecordKind::Workflow));
    assert_eq!(record(&other, BASE), None);
    assert_eq!(record(&json!({"properties": {"type": "workflow"}}), BASE), None, "no id");
    assert_eq!(record(&json!([1, 2]), BASE), None);
}

#[test]
fn pages_carry_records_next_links_and_counts() {
    let text = json!({
        "type": "FeatureCollection",
        "features": [workflow(), {"id": "junk"}],
        "links": [{"rel": "next", "href": "https://api.example/search?token=next:abc", "method": "GET"}],
        "numberMatched": 31
    })
    .to_string();
    let page = listing(&text, "https://api.example/search").unwrap_or_default();
    assert_eq!(page.records.len(), 1);
    assert_eq!(page.matched, Some(31));
    assert_eq!(page.next.map(|n| n.href), Some("https://api.example/search?token=next:abc".to_string()));

    let posted = json!({"collections": [], "links": [{"rel": "next", "href": "/search", "method": "POST", "body": {"token": "t2"}}]});
    let next = page_next(&posted.to_string());
    assert_eq!(next.as_ref().and_then(|n| n.method.as_deref()), Some("POST"));
    assert_eq!(next.and_then(|n| n.body), Some(json!({"token": "t2"})));
}

fn page_next(text: &str) -> Option<StacLink> {
    listing(text, "https://api.example/stac/collections").ok().and_then(|p| p.next)
}

#[test]
fn bad_responses_are_errors_not_panics() {
    assert!(matches!(listing("{", BASE), Err(ParseError::InvalidJson(_))));
    assert_eq!(listing("{\"features\": 3}", BASE), Err(ParseError::WrongShape("a list of features or collections")));
    assert_eq!(listing("[]", BASE), Err(ParseError::WrongShape("a list of features or collections")));
    assert!(matches!(conformance("{\"conformsTo\": {}}"), Err(ParseError::WrongShape(_))));
    assert!(matches!(children("7", BASE), Err(ParseError::WrongShape(_))));
    assert_eq!(document("{\"id\": 5}", BASE), Ok(None));
}

#[test]
fn free_text_support_comes_from_conformance() {
    let classes = conformance(
        r#"{"conformsTo": ["https://api.stacspec.org/v1.0.0/core",
            "https://api.stacspec.org/v1.0.0-rc.1/collection-search#free-text"]}"#,
    )
    .unwrap_or_default();
    assert!(!search_has_free_text(&classes));
    assert!(collections_have_free_text(&classes));
    assert!(search_has_free_text(&["https://api.stacspec.org/v1.0.0-rc.1/item-search#free-text".to_string()]));
}

#[test]
fn catalog_children_are_child_and_item_links() {
    let text = json!({"type": "Catalog", "id": "osc", "links": [
        {"rel": "child", "href": "./workflows/catalog.json"},
        {"rel": "item", "href": "x/record.json"},
        {"rel": "self", "href": "./catalog.json"}
    ]})
    .to_string();
    let found: Vec<String> = children(&text, "https://cat.example/osc/catalog.json")
        .unwrap_or_default()
        .into_iter()
        .map(|l| l.href)
        .collect();
    assert_eq!(found, ["https://cat.example/osc/workflows/catalog.json", "https://cat.example/osc/x/record.json"]);
}

#[test]
fn urls_join_like_a_browser() {
    let base = "https://h.example/a/b/record.json?x=1";
    for (href, expected) in [
        ("../c/record.json", "https://h.example/a/c/record.json"),
        ("./d.json", "https://h.example/a/b/d.json"),
        ("d.json#top", "https://h.example/a/b/d.json#top"),
        ("../../../../e.json", "https://h.example/e.json"),
        ("/root.json", "https://h.example/root.json"),
        ("//other.example/x", "https://other.example/x"),
        ("https://abs.example/y", "https://abs.example/y"),
        ("?page=2", "https://h.example/a/b/record.json?page=2"),
        ("..", "https://h.example/a/"),
    ] {
        assert_eq!(join_url(base, href), expected, "{href}");
    }
    assert_eq!(join_url("https://h.example", "x.json"), "https://h.example/x.json");
    assert_eq!(join_url("", "x.json"), "x.json");
}

#[test]
fn osc_pages_follow_the_catalog_browser() {
    assert_eq!(RecordKind::Workflow.osc_page("ndvi"), "https://opensciencedata.esa.int/workflows/ndvi/record");
    assert_eq!(RecordKind::Product.osc_page("a b"), "https://opensciencedata.esa.int/products/a%20b/collection");
}

#[test]
fn a_landing_page_names_its_endpoints() {
    let text = json!({
        "type": "Catalog", "id": "api", "conformsTo": ["https://api.stacspec.org/v1.0.0/core"],
        "links": [
            {"rel": "conformance", "href": "/stac/conformance"},
            {"rel": "data", "href": "collections"},
            {"rel": "search", "href": "search", "method": "POST"},
            {"rel": "search", "href": "search", "method": "GET"}
        ]
    })
    .to_string();
    let found = landing(&text, "https://api.example/stac/").unwrap_or_default();
    assert_eq!(found.conforms_to, ["https://api.stacspec.org/v1.0.0/core"]);
    assert_eq!(found.conformance_url.as_deref(), Some("https://api.example/stac/conformance"));
    assert_eq!(found.collections_url.as_deref(), Some("https://api.example/stac/collections"));
    assert_eq!(found.search_url.as_deref(), Some("https://api.example/stac/search"));
    assert!(landing("[]", "https://api.example/").is_err());
}

#[test]
fn a_next_link_that_repeats_or_cycles_ends_the_paging() {
    let link = |href: &str| Some(StacLink { rel: "next".into(), href: href.into(), ..StacLink::default() });
    let mut visited = Visited::default();
    assert!(visited.next(link("https://a/search?token=1")).is_some());
    assert!(visited.next(link("https://a/search?token=2")).is_some());
    assert!(visited.next(link("https://a/search?token=1")).is_none(), "a cycle back to page 1 stops");
    assert!(visited.next(link("https://a/search?token=2")).is_none(), "a repeat stops");
    assert!(visited.next(None).is_none());
    let post = |token: &str| {
        Some(StacLink {
            method: Some("POST".into()),
            body: Some(json!({"token": token})),
            ..link("https://a/search").unwrap_or_default()
        })
    };
    assert!(visited.next(post("x")).is_some());
    assert!(visited.next(post("y")).is_some(), "same URL, other body: a new page");
    assert!(visited.next(post("x")).is_none());
}
