use super::*;
use crate::core::platforms::model::Fact;

/// A small platform for tests: `facts` pairs a kind with its written values.
pub(crate) fn platform(id: &str, facts: &[(FacetKind, &[&str])]) -> Platform {
    let mut lists: [Option<Vec<Fact>>; 8] = Default::default();
    for list in &mut lists {
        *list = Some(Vec::new());
    }
    for (kind, names) in facts {
        lists[kind.index()] = Some(names.iter().map(|n| Fact { name: n.to_string(), url: None }).collect());
    }
    Platform {
        id: id.into(),
        name: id.to_uppercase(),
        description: format!("About {id}"),
        via: None,
        logo_url: None,
        docs_url: None,
        homepage_url: None,
        access_url: None,
        links: vec![],
        facts: lists,
        record_match: vec![],
        access: None,
        support: None,
        publishing: None,
        status: None,
        sources: vec![],
    }
}

/// Three platforms shaped like the real ones.
pub(crate) fn sample() -> PlatformIndex {
    use FacetKind::*;
    PlatformIndex::new(vec![
        platform(
            "deep",
            &[
                (DataAccess, &["Sentinel (1, 2, 3, 5P)", "CLMS"]),
                (HardwareServices, &["GPU"]),
                (SupportedLanguages, &["Python"]),
            ],
        ),
        platform(
            "edc",
            &[
                (DataAccess, &["Sentinel (1, 2, 3, 5P)", "Landsat-8", "SPOT 6/7"]),
                (HardwareServices, &["Dask Gateway", "GPUs"]),
                (SupportedLanguages, &["Python"]),
            ],
        ),
        platform(
            "openeo",
            &[
                (DataAccess, &["Sentinel (1, 2, 3)"]),
                (HardwareServices, &["GPU"]),
                (SupportedLanguages, &["Python", "R", "JavaScript"]),
            ],
        ),
    ])
}

fn labels(index: &PlatformIndex, kind: FacetKind) -> Vec<&str> {
    index.values(kind).iter().map(|v| v.label.as_str()).collect()
}

fn members(index: &PlatformIndex, kind: FacetKind, label: &str) -> Vec<usize> {
    index.value(kind, &key(label)).map(|v| v.members.iter().collect()).unwrap_or_default()
}

#[test]
fn values_are_expanded_merged_and_most_common_first() {
    let index = sample();
    assert_eq!(
        labels(&index, FacetKind::DataAccess),
        ["Sentinel-1", "Sentinel-2", "Sentinel-3", "Sentinel-5P", "CLMS", "Landsat-8", "SPOT-6", "SPOT-7"]
    );
    assert_eq!(labels(&index, FacetKind::HardwareServices), ["GPU", "Dask Gateway"]);
    assert_eq!(members(&index, FacetKind::HardwareServices, "GPU"), [0, 1, 2], "GPUs is GPU");
    assert_eq!(members(&index, FacetKind::DataAccess, "Sentinel-5P"), [0, 1]);
    assert_eq!(members(&index, FacetKind::DataAccess, "sentinel 2"), [0, 1, 2]);
    assert!(labels(&index, FacetKind::ProducedWorkflowType).is_empty());
}

#[test]
fn search_matches_every_word_in_any_field() {
    let index = sample();
    let hits = |q: &str| index.search(q).iter().collect::<Vec<_>>();
    assert_eq!(hits(""), [0, 1, 2]);
    assert_eq!(hits("python"), [0, 1, 2]);
    assert_eq!(hits("javascript"), [2]);
    assert_eq!(hits("landsat gpu"), [1]);
    assert_eq!(hits("Sentinel-5P"), [0, 1]);
    assert_eq!(hits("sentinel 5p"), [0, 1]);
    assert_eq!(hits("about openeo"), [2]);
    assert_eq!(hits("spot-6"), [1]);
    assert!(hits("nothing-like-this").is_empty());
}
