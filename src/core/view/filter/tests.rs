use super::*;
use crate::core::platforms::index::tests::sample;
use FacetKind::*;

fn hits(filters: &Filters) -> Vec<usize> {
    matches(&sample(), filters).iter().collect()
}

fn with(pairs: &[(FacetKind, &str)]) -> Filters {
    let mut filters = Filters::default();
    for (kind, label) in pairs {
        filters.select(*kind, label);
    }
    filters
}

#[test]
fn no_filter_matches_everything() {
    assert_eq!(hits(&Filters::default()), [0, 1, 2]);
    assert!(Filters::default().is_empty());
}

#[test]
fn values_in_one_facet_are_ored() {
    assert_eq!(hits(&with(&[(DataAccess, "CLMS")])), [0]);
    assert_eq!(hits(&with(&[(DataAccess, "CLMS"), (DataAccess, "Landsat-8")])), [0, 1]);
}

#[test]
fn facets_are_anded() {
    assert_eq!(hits(&with(&[(DataAccess, "Sentinel-5P"), (HardwareServices, "Dask Gateway")])), [1]);
    assert_eq!(hits(&with(&[(DataAccess, "CLMS"), (SupportedLanguages, "R")])), Vec::<usize>::new());
}

#[test]
fn normalised_values_filter_sensibly() {
    assert_eq!(hits(&with(&[(DataAccess, "Sentinel-2")])), [0, 1, 2], "Sentinel-2 matches Sentinel (1, 2, 3)");
    assert_eq!(hits(&with(&[(DataAccess, "sentinel 5P")])), [0, 1]);
    assert_eq!(hits(&with(&[(HardwareServices, "GPUs")])), [0, 1, 2]);
}

#[test]
fn the_search_text_is_anded_with_facets() {
    let mut filters = with(&[(SupportedLanguages, "Python")]);
    filters.query = "landsat".into();
    assert_eq!(hits(&filters), [1]);
}

#[test]
fn an_unknown_value_matches_nothing() {
    assert_eq!(hits(&with(&[(DataAccess, "Envisat")])), Vec::<usize>::new());
}

#[test]
fn counts_ignore_the_facets_own_selection() {
    let index = sample();
    let filters = with(&[(SupportedLanguages, "R"), (DataAccess, "CLMS")]);
    // Data access counts apply only the language filter (openeo).
    let labels: Vec<&str> = index.values(DataAccess).iter().map(|v| v.label.as_str()).collect();
    let counts = facet_counts(&index, &filters, DataAccess);
    let pairs: Vec<(&str, usize)> = labels.into_iter().zip(counts).collect();
    assert_eq!(pairs.iter().find(|p| p.0 == "Sentinel-2"), Some(&("Sentinel-2", 1)));
    assert_eq!(pairs.iter().find(|p| p.0 == "CLMS"), Some(&("CLMS", 0)));
    // Language counts apply only the data access filter (deep).
    let counts = facet_counts(&index, &filters, SupportedLanguages);
    let languages: Vec<&str> = index.values(SupportedLanguages).iter().map(|v| v.label.as_str()).collect();
    assert_eq!(languages, ["Python", "JavaScript", "R"]);
    assert_eq!(counts, [1, 0, 0]);
}

#[test]
fn toggle_and_spelling_variants() {
    let mut filters = Filters::default();
    filters.toggle(DataAccess, "Sentinel-2");
    filters.toggle(DataAccess, "sentinel 2");
    assert!(filters.is_empty(), "the second spelling removes the first");
    filters.select(DataAccess, "Sentinel-2");
    filters.select(DataAccess, "SENTINEL-2");
    assert_eq!(filters.selected(DataAccess).values().collect::<Vec<_>>(), ["Sentinel-2"]);
    filters.select(DataAccess, " -- ");
    assert_eq!(filters.selected(DataAccess).len(), 1, "a value without letters or digits is ignored");
    filters.clear();
    assert!(filters.is_empty());
}

#[test]
fn exclusions_name_each_filter_and_what_removing_it_gives() {
    let mut filters = with(&[(DataAccess, "CLMS"), (SupportedLanguages, "R")]);
    filters.query = "gpu".into();
    let found: Vec<(String, usize)> =
        exclusions(&sample(), &filters).into_iter().map(|(a, n)| (a.describe(), n)).collect();
    assert_eq!(
        found,
        [
            ("Search: “gpu”".to_string(), 0),
            ("Data Access: CLMS".to_string(), 1),
            ("Supported Languages: R".to_string(), 1),
        ]
    );
}

#[test]
fn all_facet_counts_equal_each_kind_alone() {
    let index = sample();
    for filters in [Filters::default(), with(&[(DataAccess, "CLMS")]), Filters { query: "gpu".into(), ..with(&[]) }] {
        let all = all_facet_counts(&index, &filters);
        for kind in FacetKind::ALL {
            assert_eq!(all.get(kind.index()), Some(&facet_counts(&index, &filters, kind)));
        }
    }
}
