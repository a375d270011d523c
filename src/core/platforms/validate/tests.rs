use super::*;

/// The date the tests run on.
const TODAY: Date = match Date::new(2026, 11, 28) {
    Some(date) => date,
    None => Date::LAST,
};

/// A complete, valid platform object with the given id.
fn platform_json(id: &str) -> Value {
    serde_json::json!({
        "id": id,
        "name": format!("Platform {id}"),
        "dataAccess": ["Sentinel (1, 2)"],
        "hardwareServices": ["GPU"],
        "compatibleWorkflows": ["Jupyter notebooks"],
        "developmentTools": ["Jupyter"],
        "supportedLanguages": ["Python"],
        "visualisationTools": [{ "name": "xcube viewer", "url": "https://viewer.example.org/" }, "Jupyter"],
        "producedWorkflowType": ["OGC API Processes"]
    })
}

fn file(platforms: Vec<Value>) -> String {
    serde_json::json!({ "platforms": platforms }).to_string()
}

fn with(id: &str, field: &str, value: Value) -> Value {
    let mut platform = platform_json(id);
    if let Some(object) = platform.as_object_mut() {
        object.insert(field.to_string(), value);
    }
    platform
}

fn without(id: &str, field: &str) -> Value {
    let mut platform = platform_json(id);
    if let Some(object) = platform.as_object_mut() {
        object.remove(field);
    }
    platform
}

fn load(platforms: Vec<Value>) -> Loaded {
    parse_platforms(&file(platforms), TODAY).unwrap_or_else(|e| panic!("file rejected: {e}"))
}

fn ids(loaded: &Loaded) -> Vec<&str> {
    loaded.platforms.iter().map(|p| p.id.as_str()).collect()
}

#[test]
fn a_valid_file_loads_every_fact() {
    let loaded = load(vec![platform_json("a")]);
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let platform = &loaded.platforms[0];
    assert_eq!(platform.name, "Platform a");
    let tools = platform.facts(FacetKind::VisualisationTools);
    assert_eq!(tools[0], Fact { name: "xcube viewer".into(), url: Some("https://viewer.example.org/".into()) });
    assert_eq!(tools[1], Fact { name: "Jupyter".into(), url: None });
}

#[test]
fn unknown_fields_are_tolerated() {
    let loaded = load(vec![with("a", "futureField", serde_json::json!({"x": 1}))]);
    assert_eq!(ids(&loaded), ["a"]);
    assert!(loaded.issues.is_empty());
}

#[test]
fn file_level_errors_are_values() {
    assert!(matches!(parse_platforms("", TODAY), Err(FileError::NotJson(m)) if m.contains("empty")));
    assert!(matches!(parse_platforms("{not json", TODAY), Err(FileError::NotJson(_))));
    assert_eq!(parse_platforms("[]", TODAY), Err(FileError::WrongShape("the top level must be an object")));
    assert_eq!(parse_platforms("{}", TODAY), Err(FileError::WrongShape("the field \"platforms\" is missing")));
    assert_eq!(
        parse_platforms("{\"platforms\": 3}", TODAY),
        Err(FileError::WrongShape("\"platforms\" must be a list"))
    );
    assert_eq!(
        parse_platforms("{\"platforms\": null}", TODAY),
        Err(FileError::WrongShape("\"platforms\" must be a list"))
    );
    assert!(matches!(parse_platforms("{\"platforms\": [{}, }", TODAY), Err(FileError::NotJson(_))));
    assert!(matches!(parse_platforms("{\"platforms\": []} x", TODAY), Err(FileError::NotJson(_))));
    let huge = format!("{{\"platforms\": [], \"pad\": \"{}\"}}", "x".repeat(MAX_FILE_BYTES));
    assert!(matches!(parse_platforms(&huge, TODAY), Err(FileError::WrongShape(_))));
}

#[test]
fn a_missing_required_field_names_platform_and_field_and_spares_the_others() {
    let loaded = load(vec![platform_json("a"), without("b", "name"), platform_json("c")]);
    assert_eq!(ids(&loaded), ["a", "c"]);
    assert_eq!(loaded.issues.len(), 1);
    assert_eq!(loaded.issues[0].to_string(), "platform \"b\": field \"name\" is missing (platform not shown)");
}

#[test]
fn a_missing_fact_list_is_not_documented_and_an_empty_one_is_none() {
    let loaded = load(vec![without("a", "supportedLanguages"), with("b", "supportedLanguages", serde_json::json!([]))]);
    assert_eq!(ids(&loaded), ["a", "b"]);
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    assert!(!loaded.platforms[0].documents(FacetKind::SupportedLanguages));
    assert!(loaded.platforms[1].documents(FacetKind::SupportedLanguages));
    assert!(loaded.platforms[1].facts(FacetKind::SupportedLanguages).is_empty());
    assert!(!loaded.platforms[0].documents(FacetKind::Features), "features are optional like every fact list");
}

#[test]
fn a_wrong_type_names_what_was_found() {
    let loaded = load(vec![with("b", "dataAccess", serde_json::json!("Sentinel-2"))]);
    assert_eq!(ids(&loaded), ["b"], "a bad fact list is ignored, the platform shown");
    assert!(!loaded.platforms[0].documents(FacetKind::DataAccess));
    assert_eq!(loaded.issues[0].field, "dataAccess");
    assert_eq!(loaded.issues[0].problem, "must be a list, found a string");
    assert_eq!(loaded.issues[0].consequence, Consequence::FieldIgnored);
    let loaded = load(vec![with("b", "name", serde_json::json!(42))]);
    assert_eq!(loaded.issues[0].problem, "must be a string, found a number");
}

#[test]
fn a_platform_without_an_id_is_named_by_position() {
    let loaded = load(vec![platform_json("a"), without("x", "id")]);
    assert_eq!(ids(&loaded), ["a"]);
    assert_eq!(loaded.issues[0].platform, "#2");
    assert_eq!(loaded.issues[0].field, "id");
}

#[test]
fn a_non_object_entry_is_skipped() {
    let loaded = load(vec![serde_json::json!("oops"), platform_json("a")]);
    assert_eq!(ids(&loaded), ["a"]);
    assert_eq!(loaded.issues[0].problem, "must be an object, found a string");
}

#[test]
fn ids_must_be_slugs_and_unique() {
    let loaded = load(vec![platform_json("a"), platform_json("a"), platform_json("Bad Id")]);
    assert_eq!(ids(&loaded), ["a"]);
    assert_eq!(loaded.issues.len(), 2);
    assert_eq!(loaded.issues[0].problem, "repeats an earlier platform's id");
    assert_eq!(loaded.issues[1].field, "id");
}

#[test]
fn bad_list_entries_are_dropped_alone() {
    let loaded = load(vec![with("a", "dataAccess", serde_json::json!(["Landsat-8", 7, "", {"url": "https://x.org"}]))]);
    assert_eq!(ids(&loaded), ["a"]);
    let names: Vec<&str> = loaded.platforms[0].facts(FacetKind::DataAccess).iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["Landsat-8"]);
    let fields: Vec<&str> = loaded.issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["dataAccess[1]", "dataAccess[2]", "dataAccess[3]"]);
    assert!(loaded.issues.iter().all(|i| i.consequence == Consequence::FieldIgnored));
}

#[test]
fn wrong_optional_fields_are_ignored_not_fatal() {
    let loaded = load(vec![with("a", "description", serde_json::json!(["x"]))]);
    assert_eq!(ids(&loaded), ["a"]);
    assert_eq!(loaded.platforms[0].description, "");
    assert_eq!(
        loaded.issues[0].to_string(),
        "platform \"a\": field \"description\" must be a string, found a list (ignored)"
    );
}

#[test]
fn only_http_and_relative_urls_survive() {
    for bad in [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "data:text/html,<b>",
        "vbscript:x",
        "java\tscript:x",
        " ",
        "file:///etc/passwd",
    ] {
        assert_eq!(safe_url(bad), None, "{bad:?}");
    }
    for good in
        ["https://deep.earthsystemdatalab.net/", "HTTP://x.org", "/img/a.png", "./a", "logo.png", "?platform=a", "#top"]
    {
        assert_eq!(safe_url(good).as_deref(), Some(good), "{good:?}");
    }
    let loaded = load(vec![with("a", "accessUrl", serde_json::json!("javascript:alert(1)"))]);
    assert_eq!(loaded.platforms[0].access_url, None);
    assert_eq!(loaded.issues[0].field, "accessUrl");
}

#[test]
fn links_keep_the_valid_entries() {
    let links = serde_json::json!([
        {"label": "NoR pricing", "url": "https://nor.example/price"},
        {"label": "Evil", "url": "javascript:alert(1)"},
        {"label": "", "url": "https://x.org"},
        "nope"
    ]);
    let loaded = load(vec![with("a", "links", links)]);
    assert_eq!(
        loaded.platforms[0].links,
        [Link { label: "NoR pricing".into(), url: "https://nor.example/price".into() }]
    );
    assert_eq!(loaded.issues.len(), 3);
}

#[test]
fn long_and_odd_text_is_bounded_not_rejected() {
    let long = "é".repeat(100_000);
    let loaded = load(vec![with("a", "description", serde_json::json!(long))]);
    assert_eq!(loaded.platforms[0].description.chars().count(), MAX_TEXT_CHARS);
    let odd = "مرحبا 🛰️ e\u{301} <script>alert(1)</script>";
    let loaded = load(vec![with("a", "name", serde_json::json!(odd))]);
    assert_eq!(loaded.platforms[0].name, odd);
}

#[test]
fn the_shipped_platform_list_is_valid() {
    let text = include_str!("../../../../public/platforms.json");
    let loaded = parse_platforms(text, TODAY).unwrap_or_else(|e| panic!("{e}"));
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    assert_eq!(
        ids(&loaded),
        [
            "deepesdl",
            "edc-eoxhub",
            "pangeo-edc",
            "cdse-openeo",
            "cocalc-edc",
            "polar-tep-edc",
            "insula",
            "geohazards-tep"
        ]
    );
}

#[test]
fn every_shipped_fact_has_a_dated_source() {
    use crate::core::platforms::provenance::{present_fields, sources_of};
    let loaded =
        parse_platforms(include_str!("../../../../public/platforms.json"), TODAY).unwrap_or_else(|e| panic!("{e}"));
    for platform in &loaded.platforms {
        assert!(!platform.sources.is_empty(), "{} has sources", platform.id);
        assert!(platform.status.is_some() && platform.access.is_some(), "{} has a status and access", platform.id);
        // recordMatch is how the page finds catalog records, not a fact it shows.
        for field in present_fields(platform).into_iter().filter(|f| *f != "recordMatch") {
            assert!(!sources_of(platform, field).is_empty(), "{}: no source backs {field}", platform.id);
        }
        for source in &platform.sources {
            assert!(!source.covers.is_empty(), "{}: {} backs nothing", platform.id, source.title);
        }
        for kind in FacetKind::ALL {
            let names: Vec<&str> = platform.facts(kind).iter().map(|f| f.name.as_str()).collect();
            let unique: std::collections::HashSet<&&str> = names.iter().collect();
            assert_eq!(unique.len(), names.len(), "{}: a {} fact is repeated", platform.id, kind.key());
        }
    }
    let seed_backed = loaded.platforms.iter().filter(|p| p.sources.iter().any(|s| s.url.contains("0deb5032"))).count();
    assert_eq!(seed_backed, 6, "the seed's six keep it as a source");
}

/// A platform with one more field, `value`, at `field`.
fn loaded_with(field: &str, value: Value) -> Loaded {
    load(vec![with("a", field, value)])
}

fn reported(loaded: &Loaded) -> Vec<String> {
    loaded.issues.iter().map(ToString::to_string).collect()
}

#[test]
fn new_facts_load() {
    let loaded = load(vec![serde_json::json!({
        "id": "a",
        "name": "A",
        "homepageUrl": "https://a.example/",
        "features": ["STAC", "xcube"],
        "status": "documentation-in-progress",
        "access": {"models": ["nor-sponsorship", "credits"], "note": "Ask NoR.", "norUrl": "https://nor.example/a",
                   "priceListUrl": "https://nor.example/a.pdf", "sponsorshipUrl": "https://nor.example/how"},
        "support": {"forumUrl": "https://forum.example/", "email": "help@a.example", "issuesUrl": "https://git.example/issues"},
        "publishing": {"tool": "a-publisher", "url": "https://a.example/publish", "note": "opens a pull request"},
        "sources": [{"url": "https://a.example/docs", "title": "A docs", "checked": "2026-11-28", "covers": ["name", "features", "access"]}]
    })]);
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    let a = &loaded.platforms[0];
    assert_eq!(a.homepage_url.as_deref(), Some("https://a.example/"));
    assert_eq!(a.facts(FacetKind::Features).len(), 2);
    assert_eq!(a.status, Some(Status::DocumentationInProgress));
    let access = a.access.clone().unwrap_or_default();
    assert_eq!(access.models, [AccessModel::NorSponsorship, AccessModel::Credits]);
    assert_eq!(access.price_list_url.as_deref(), Some("https://nor.example/a.pdf"));
    assert_eq!(a.support.as_ref().and_then(|s| s.email.as_deref()), Some("help@a.example"));
    assert_eq!(a.publishing.as_ref().map(|p| p.tool.as_str()), Some("a-publisher"));
    assert_eq!(a.sources[0].checked.to_string(), "2026-11-28");
    assert_eq!(a.sources[0].covers, ["name", "features", "access"]);
}

#[test]
fn a_source_without_a_date_or_with_a_future_one_is_dropped_and_named() {
    let sources = serde_json::json!([
        {"url": "https://a.example/1", "title": "No date", "covers": ["name"]},
        {"url": "https://a.example/2", "title": "Tomorrow", "checked": "2026-11-29", "covers": ["name"]},
        {"url": "https://a.example/3", "title": "Not a date", "checked": "28/11/2026", "covers": ["name"]},
        {"url": "https://a.example/4", "title": "Fine", "checked": "2026-11-28", "covers": ["name", "colour"]}
    ]);
    let loaded = loaded_with("sources", sources);
    assert_eq!(ids(&loaded), ["a"], "the rest loads");
    assert_eq!(
        reported(&loaded),
        [
            "platform \"a\": field \"sources[0].checked\" is missing: a source needs the date it was checked (ignored)",
            "platform \"a\": field \"sources[1].checked\" is in the future (2026-11-29, today is 2026-11-28) (ignored)",
            "platform \"a\": field \"sources[2].checked\" must be a date YYYY-MM-DD (ignored)",
            "platform \"a\": field \"sources[3].covers[1]\" names no field of a platform (ignored)",
        ]
    );
    let titles: Vec<&str> = loaded.platforms[0].sources.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["Fine"]);
    assert_eq!(loaded.platforms[0].sources[0].covers, ["name"]);
}

#[test]
fn a_source_must_be_on_the_web_and_titled() {
    let sources = serde_json::json!([
        {"url": "javascript:alert(1)", "title": "Evil", "checked": "2026-01-01", "covers": []},
        {"url": "/relative/page", "title": "Relative", "checked": "2026-01-01", "covers": []},
        {"url": "https://a.example/", "checked": "2026-01-01", "covers": []},
        "https://a.example/"
    ]);
    let loaded = loaded_with("sources", sources);
    let fields: Vec<&str> = loaded.issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["sources[0].url", "sources[1].url", "sources[2].title", "sources[3]"]);
    assert!(loaded.platforms[0].sources.is_empty());
}

#[test]
fn unknown_access_models_and_statuses_are_named() {
    let loaded = loaded_with("access", serde_json::json!({"models": ["free-tier", "barter", 3], "norUrl": "ftp://x"}));
    assert_eq!(
        reported(&loaded),
        [
            "platform \"a\": field \"access.models[1]\" must be one of own-payment, nor-sponsorship, free-tier, credits (ignored)",
            "platform \"a\": field \"access.models[2]\" must be one of own-payment, nor-sponsorship, free-tier, credits (ignored)",
            "platform \"a\": field \"access.norUrl\" must be an http(s) or relative URL (ignored)",
        ]
    );
    assert_eq!(loaded.platforms[0].access.as_ref().map(|a| a.models.clone()), Some(vec![AccessModel::FreeTier]));
    let loaded = loaded_with("status", serde_json::json!("finished"));
    assert_eq!(
        reported(&loaded),
        ["platform \"a\": field \"status\" must be one of documented, documentation-in-progress, listed (ignored)"]
    );
    assert_eq!(loaded.platforms[0].status, None);
    let loaded = loaded_with("access", serde_json::json!("NoR"));
    assert_eq!(reported(&loaded), ["platform \"a\": field \"access\" must be an object, found a string (ignored)"]);
}

#[test]
fn support_and_publishing_parts_are_checked_alone() {
    let loaded = loaded_with(
        "support",
        serde_json::json!({"email": "mailto:x@y.org?subject=<b>", "forumUrl": "javascript:x", "issuesUrl": "https://git.example/"}),
    );
    let fields: Vec<&str> = loaded.issues.iter().map(|i| i.field.as_str()).collect();
    assert_eq!(fields, ["support.email", "support.forumUrl"]);
    assert_eq!(
        loaded.platforms[0].support.as_ref().and_then(|s| s.issues_url.as_deref()),
        Some("https://git.example/")
    );
    let loaded = loaded_with("publishing", serde_json::json!({"url": "https://a.example/"}));
    assert_eq!(reported(&loaded), ["platform \"a\": field \"publishing.tool\" is missing or empty (ignored)"]);
    assert_eq!(loaded.platforms[0].publishing, None);
    let loaded = loaded_with("homepageUrl", serde_json::json!("data:text/html,x"));
    assert_eq!(
        reported(&loaded),
        ["platform \"a\": field \"homepageUrl\" must be an http(s) or relative URL (ignored)"]
    );
}

#[test]
fn e_mail_addresses_are_plain() {
    for good in ["earth-code@esa.int", "esdl-support@brockmann-consult.de", "a.b+c@x.example"] {
        assert!(is_email(good), "{good}");
    }
    for bad in ["", "x", "@esa.int", "a@b", "a@.b", "a b@c.d", "a@b.c?x=1", "<a@b.c>", "a@b@c.d"] {
        assert!(!is_email(bad), "{bad}");
    }
}

#[test]
fn a_skipped_platform_reports_only_why_it_is_skipped() {
    let mut broken = with("b", "accessUrl", serde_json::json!("javascript:alert(1)"));
    if let Some(object) = broken.as_object_mut() {
        object.remove("name");
    }
    let duplicate = with("a", "docsUrl", serde_json::json!(7));
    let loaded = load(vec![platform_json("a"), broken, duplicate]);
    let reported: Vec<String> = loaded.issues.iter().map(|i| format!("{} {}", i.platform, i.field)).collect();
    assert_eq!(reported, ["\"b\" name", "\"a\" id"]);
}

#[test]
fn a_bad_fact_url_is_named_by_its_position() {
    let facts = serde_json::json!([{"name": "viewer", "url": "javascript:alert(1)"}]);
    let loaded = load(vec![with("a", "visualisationTools", facts)]);
    assert_eq!(loaded.platforms[0].facts(FacetKind::VisualisationTools)[0], Fact { name: "viewer".into(), url: None });
    assert_eq!(
        loaded.issues[0].to_string(),
        "platform \"a\": field \"visualisationTools[0].url\" must be an http(s) or relative URL (ignored)"
    );
}
