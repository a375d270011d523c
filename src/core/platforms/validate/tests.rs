use super::*;

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
    parse_platforms(&file(platforms)).unwrap_or_else(|e| panic!("file rejected: {e}"))
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
    assert!(matches!(parse_platforms(""), Err(FileError::NotJson(m)) if m.contains("empty")));
    assert!(matches!(parse_platforms("{not json"), Err(FileError::NotJson(_))));
    assert_eq!(parse_platforms("[]"), Err(FileError::WrongShape("the top level must be an object")));
    assert_eq!(parse_platforms("{}"), Err(FileError::WrongShape("the field \"platforms\" is missing")));
    assert_eq!(parse_platforms("{\"platforms\": 3}"), Err(FileError::WrongShape("\"platforms\" must be a list")));
    assert_eq!(parse_platforms("{\"platforms\": null}"), Err(FileError::WrongShape("\"platforms\" must be a list")));
    assert!(matches!(parse_platforms("{\"platforms\": [{}, }"), Err(FileError::NotJson(_))));
    assert!(matches!(parse_platforms("{\"platforms\": []} x"), Err(FileError::NotJson(_))));
    let huge = format!("{{\"platforms\": [], \"pad\": \"{}\"}}", "x".repeat(MAX_FILE_BYTES));
    assert!(matches!(parse_platforms(&huge), Err(FileError::WrongShape(_))));
}

#[test]
fn a_missing_required_field_names_platform_and_field_and_spares_the_others() {
    let loaded = load(vec![platform_json("a"), without("b", "supportedLanguages"), platform_json("c")]);
    assert_eq!(ids(&loaded), ["a", "c"]);
    assert_eq!(loaded.issues.len(), 1);
    assert_eq!(
        loaded.issues[0].to_string(),
        "platform \"b\": field \"supportedLanguages\" is missing (platform not shown)"
    );
}

#[test]
fn a_wrong_type_names_what_was_found() {
    let loaded = load(vec![with("b", "dataAccess", serde_json::json!("Sentinel-2"))]);
    assert!(loaded.platforms.is_empty());
    assert_eq!(loaded.issues[0].field, "dataAccess");
    assert_eq!(loaded.issues[0].problem, "must be a list, found a string");
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
    let loaded = parse_platforms(text).unwrap_or_else(|e| panic!("{e}"));
    assert!(loaded.issues.is_empty(), "{:?}", loaded.issues);
    assert_eq!(ids(&loaded), ["deepesdl", "edc-eoxhub", "pangeo-edc", "cdse-openeo", "cocalc-edc", "polar-tep-edc"]);
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
