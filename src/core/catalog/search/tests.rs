use super::*;
use crate::core::catalog::stac::record;
use crate::core::platforms::model::MatchRule;
use serde_json::json;

fn make(kind: &str, id: &str, title: &str) -> Record {
    let value = json!({"type": "Feature", "id": id, "properties": {"type": kind, "title": title, "description": "Uses **Sentinel-2** <b>data</b>", "keywords": ["ice"]}});
    record(&value, "https://x.example/r.json").unwrap_or_else(|| panic!("record"))
}

#[test]
fn api_queries_never_carry_syntax_pgstac_rejects() {
    assert_eq!(api_query("glacier pulse"), "glacier AND pulse");
    assert_eq!(api_query("  (sea ice) \"leads\" OR"), "sea AND ice AND leads");
    assert_eq!(api_query("sentinel-2 -x"), "sentinel-2 AND x");
    assert_eq!(api_query("()"), "");
    assert_eq!(api_query("éclair"), "éclair");
}

#[test]
fn static_search_needs_every_word_anywhere() {
    let records =
        [make("workflow", "a", "Glacier pulse"), make("experiment", "b", "Sea ice"), make("workflow", "c", "Other")];
    let all = [RecordKind::Workflow, RecordKind::Experiment, RecordKind::Product];
    let texts = record_texts(&records);
    assert_eq!(static_search(&records, &texts, "glacier", &all), [0]);
    assert_eq!(static_search(&records, &texts, "ICE sentinel-2", &all), [0, 1, 2]);
    assert_eq!(static_search(&records, &texts, "sea ice", &all), [1]);
    assert_eq!(static_search(&records, &texts, "data", &all), [0, 1, 2], "the description is searched as text");
    assert_eq!(static_search(&records, &texts, "ice", &[RecordKind::Experiment]), [1]);
}

#[test]
fn api_ids_find_their_static_twin() {
    let records = [
        make("workflow", "glacier-pulse", "W"),
        make("experiment", "glacier-pulse", "E"),
        make("experiment", "harbour-watch-experiment", "H"),
    ];
    assert_eq!(static_twin(&make("workflow", "glacier-pulse-workflow", "W"), &records), Some(0));
    assert_eq!(static_twin(&make("experiment", "glacier-pulse-experiment", "E"), &records), Some(1));
    assert_eq!(static_twin(&make("experiment", "harbour-watch-experiment", "H"), &records), Some(2));
    assert_eq!(static_twin(&make("workflow", "unknown", "U"), &records), None);
}

const API: &str = "https://api.example/stac";
const FREE_TEXT: [&str; 2] = [
    "https://api.stacspec.org/v1.0.0-rc.1/collection-search#free-text",
    "https://api.stacspec.org/v1.0.0-rc.1/item-search#free-text",
];

fn landing(classes: &[&str]) -> Landing {
    Landing { conforms_to: classes.iter().map(|c| c.to_string()).collect(), ..Landing::default() }
}

fn api_href(cursor: &Cursor) -> Option<&str> {
    match cursor {
        Cursor::Api(link) => Some(link.href.as_str()),
        Cursor::Static { .. } => None,
    }
}

#[test]
fn a_search_asks_the_api_only_where_its_conformance_promises_free_text() {
    let mut both = Search::start(API, &landing(&FREE_TEXT), "sea (ice)");
    let cursors = both.take_cursors();
    let hrefs: Vec<_> = cursors.iter().filter_map(api_href).collect();
    assert_eq!(
        hrefs,
        [
            "https://api.example/stac/collections?q=sea%20AND%20ice&limit=10",
            "https://api.example/stac/search?q=sea%20AND%20ice&limit=10"
        ]
    );

    let mut none = Search::start(API, &landing(&[]), "ice");
    assert_eq!(
        none.take_cursors(),
        [
            Cursor::Static { kinds: vec![RecordKind::Product, RecordKind::Workflow], offset: 0 },
            Cursor::Static { kinds: vec![RecordKind::Experiment], offset: 0 },
        ]
    );

    let mut items_only = Search::start(API, &landing(&FREE_TEXT[1..]), "ice");
    let cursors = items_only.take_cursors();
    assert!(matches!(cursors.first(), Some(Cursor::Static { .. })), "collections fall back to the static catalog");
    assert_eq!(cursors.get(1).and_then(api_href), Some("https://api.example/stac/search?q=ice&limit=10"));
}

#[test]
fn the_landing_pages_own_endpoints_win_and_keep_their_query() {
    let with_links = Landing {
        search_url: Some("https://other.example/find?token=a".into()),
        collections_url: Some("https://other.example/cols".into()),
        ..landing(&FREE_TEXT)
    };
    let mut search = Search::start(API, &with_links, "ice");
    let cursors = search.take_cursors();
    let hrefs: Vec<_> = cursors.iter().filter_map(api_href).collect();
    assert_eq!(
        hrefs,
        ["https://other.example/cols?q=ice&limit=10", "https://other.example/find?token=a&q=ice&limit=10"]
    );
}

#[test]
fn paging_ends_when_no_source_has_a_next_page_or_a_next_link_repeats() {
    let mut search = Search::start(API, &landing(&FREE_TEXT), "ice");
    assert!(search.has_more());
    let first = search.take_cursors();
    assert!(!search.has_more(), "taken cursors are gone until pushed back");
    let next = StacLink { rel: "next".into(), href: format!("{API}/search?token=2"), ..StacLink::default() };
    search.push(Some(Cursor::Api(next.clone())));
    search.push(None);
    assert!(search.has_more());
    assert_eq!(search.take_cursors(), [Cursor::Api(next.clone())]);
    search.push(Some(Cursor::Api(next)));
    assert!(!search.has_more(), "a next link already fetched ends the paging");
    let repeat_first = first.into_iter().next();
    search.push(repeat_first);
    assert!(!search.has_more(), "so does a link back to the first listing");
}

#[test]
fn static_pages_step_by_the_limit_and_end_with_the_hits() {
    let hits: Vec<usize> = (100..125).collect();
    let kinds = vec![RecordKind::Experiment];
    let (shown, next) = static_step(&hits, kinds.clone(), 0);
    assert_eq!(shown, (100..110).collect::<Vec<_>>());
    assert_eq!(next, Some(Cursor::Static { kinds: kinds.clone(), offset: 10 }));
    let (shown, next) = static_step(&hits, kinds.clone(), 20);
    assert_eq!(shown, (120..125).collect::<Vec<_>>());
    assert_eq!(next, None);
    let (shown, next) = static_step(&hits[..10], kinds.clone(), 0);
    assert_eq!(shown.len(), 10);
    assert_eq!(next, None, "exactly one page: no Load more");
    assert_eq!(static_step(&[], kinds, 0), (Vec::new(), None));
}

#[test]
fn results_are_shown_as_their_static_twin_with_its_platforms() {
    let statics = [make("workflow", "glacier-pulse", "Static title")];
    // The rule names P through a property only the static record has.
    let rule = MatchRule { property: Some(("title".into(), "Static title".into())), ..MatchRule::default() };
    let platform = Platform {
        access_url: Some("https://p.example/".into()),
        record_match: vec![rule],
        ..crate::core::platforms::index::tests::platform("p", &[])
    };
    let published = [crate::core::catalog::record_match::published_from(0, std::slice::from_ref(&platform), &statics)];
    let merged = with_platforms(
        vec![make("workflow", "glacier-pulse-workflow", "API title"), make("workflow", "unknown", "Only in the API")],
        &statics,
        &published,
        std::slice::from_ref(&platform),
    );
    let titles: Vec<&str> = merged.iter().map(|(r, _)| r.title.as_str()).collect();
    assert_eq!(titles, ["Static title", "Only in the API"]);
    assert_eq!(merged.first().map(|(r, _)| r.id.as_str()), Some("glacier-pulse"), "the real id");
    let opens: Vec<&[PlatformMatch]> = merged.iter().map(|(_, p)| p.as_slice()).collect();
    let on_p = PlatformMatch { platform: 0, open_url: Some("https://p.example/".into()) };
    assert_eq!(opens, [std::slice::from_ref(&on_p), &[]], "the twin's platforms, not the API record's");
}

#[test]
fn without_the_api_a_search_reads_the_static_catalog_and_says_so() {
    let mut search = Search::without_api("HTTP 503".into());
    assert_eq!(search.api_down.as_deref(), Some("HTTP 503"));
    assert_eq!(search.take_cursors(), {
        let mut none = Search::start(API, &landing(&[]), "ice");
        none.take_cursors()
    });
    assert_eq!(Search::start(API, &landing(&FREE_TEXT), "ice").api_down, None);
}
