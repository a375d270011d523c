use super::*;
use crate::core::platforms::index::tests::platform;
use crate::core::platforms::model::Access;

fn with_access(mut p: Platform, models: &[AccessModel]) -> Platform {
    p.access = Some(Access { models: models.to_vec(), ..Access::default() });
    p
}

fn undocumented(mut p: Platform, kind: FacetKind) -> Platform {
    p.facts[kind.index()] = None;
    p
}

fn sample() -> PlatformIndex {
    use FacetKind::*;
    PlatformIndex::new(vec![
        with_access(
            platform("deep", &[(SupportedLanguages, &["Python"]), (HardwareServices, &["GPU", "Dask Gateway"])]),
            &[AccessModel::OwnPayment, AccessModel::NorSponsorship],
        ),
        with_access(
            platform(
                "openeo",
                &[(SupportedLanguages, &["Python", "R"]), (CompatibleWorkflows, &["OpenEO Process Graphs"])],
            ),
            &[AccessModel::NorSponsorship, AccessModel::FreeTier],
        ),
        undocumented(platform("quiet", &[]), SupportedLanguages),
    ])
}

fn ids(index: &PlatformIndex, fits: &[Fit]) -> Vec<String> {
    fits.iter().filter_map(|f| index.platforms.get(f.position)).map(|p| p.id.clone()).collect()
}

#[test]
fn every_platform_is_ranked_with_a_reason_per_need() {
    let index = sample();
    let needs =
        [Need::facet(FacetKind::SupportedLanguages, "R", true), Need::access(AccessModel::NorSponsorship, true)];
    let fits = rank(&index, &needs, None);
    assert_eq!(ids(&index, &fits), ["openeo", "deep", "quiet"], "meeting more ranks higher");
    assert_eq!(fits[0].verdicts, [Verdict::Met, Verdict::Met]);
    assert!(fits[0].meets_every_must());
    assert_eq!(fits[1].verdicts, [Verdict::Missed, Verdict::Met]);
    assert_eq!(fits[2].verdicts, [Verdict::Undocumented, Verdict::Undocumented], "not a no: not documented");
    let only_r = [Need::facet(FacetKind::SupportedLanguages, "R", true)];
    assert_eq!(ids(&index, &rank(&index, &only_r, None)), ["openeo", "quiet", "deep"], "unknown before no");
    assert_eq!(summary(&index, &needs, &fits), "Best fit: OPENEO. 1 of 3 platforms meet every must have.");
}

#[test]
fn a_must_outweighs_any_number_of_nices_and_ties_go_to_published_then_name() {
    let index = sample();
    let needs = [
        Need::facet(FacetKind::HardwareServices, "GPU", false),
        Need::facet(FacetKind::HardwareServices, "Dask Gateway", false),
        Need::facet(FacetKind::CompatibleWorkflows, "OpenEO Process Graphs", true),
    ];
    assert_eq!(ids(&index, &rank(&index, &needs, None)), ["openeo", "deep", "quiet"]);
    let python = [Need::facet(FacetKind::SupportedLanguages, "python", true)];
    assert_eq!(ids(&index, &rank(&index, &python, None)), ["deep", "openeo", "quiet"], "by name");
    assert_eq!(ids(&index, &rank(&index, &python, Some(&[0, 4, 9]))), ["openeo", "deep", "quiet"], "by records");
}

#[test]
fn examples_need_the_catalog() {
    let index = sample();
    let needs = [Need::examples(true)];
    let fits = rank(&index, &needs, None);
    assert!(fits.iter().all(|f| f.verdicts == [Verdict::Undocumented]));
    let fits = rank(&index, &needs, Some(&[0, 3, 0]));
    assert_eq!(ids(&index, &fits)[0], "openeo");
    assert_eq!(fits[0].verdicts, [Verdict::Met]);
    assert_eq!(fits[1].verdicts, [Verdict::Undocumented], "no record rule: cannot say");
}

#[test]
fn needs_round_trip_and_bad_ones_are_reported() {
    for need in [
        Need::facet(FacetKind::DataAccess, "Sentinel-2", true),
        Need::access(AccessModel::FreeTier, false),
        Need::examples(true),
    ] {
        assert_eq!(Need::decode(&need.encode(), need.must), Some(need));
    }
    let mut needs = Needs::default();
    for value in ["nope:x", "access:gold", "supportedLanguages:", "supportedLanguages:R", "supportedLanguages:r"] {
        needs.add_encoded(value, true);
    }
    assert_eq!(needs.list().len(), 1, "spellings collapse");
    assert_eq!(needs.dropped(), (&["nope:x".to_string(), "access:gold".into(), "supportedLanguages:".into()][..], 0));
    for n in 0..5_000 {
        needs.add_encoded(&format!("dataAccess:v{n}"), n % 2 == 0);
        needs.add_encoded("bogus", true);
    }
    assert_eq!(needs.list().len(), MAX_NEEDS);
    let (named, more) = needs.dropped();
    assert_eq!(named.len() + more, 3 + 1 + 5_000 - (MAX_NEEDS - 1));
}

#[test]
fn values_no_platform_has_are_set_apart() {
    let index = sample();
    let mut needs = Needs::default();
    needs.set(Need::facet(FacetKind::SupportedLanguages, "R", true));
    needs.set(Need::facet(FacetKind::SupportedLanguages, "COBOL", true));
    needs.set(Need::examples(false));
    let (known, unknown) = needs.known_to(&index);
    assert_eq!(known.len(), 2);
    assert_eq!(unknown, [Need::facet(FacetKind::SupportedLanguages, "COBOL", true)]);
}

#[test]
fn no_needs_and_no_platforms() {
    let index = sample();
    assert_eq!(ids(&index, &rank(&index, &[], None)), ["deep", "openeo", "quiet"]);
    assert_eq!(summary(&index, &[], &rank(&index, &[], None)), "Pick what your work needs; 3 platforms are listed.");
    let empty = PlatformIndex::new(vec![]);
    assert!(rank(&empty, &[Need::examples(true)], None).is_empty());
    assert_eq!(summary(&empty, &[], &[]), "No platforms to rank.");
}

#[test]
fn a_ranking_sets_unknown_values_apart_and_marks_checkboxes() {
    let index = sample();
    let mut needs = Needs::default();
    needs.set(Need::facet(FacetKind::SupportedLanguages, "COBOL", true));
    needs.set(Need::facet(FacetKind::SupportedLanguages, "R", false));
    let ranking = Ranking::new(&index, &needs, None);
    assert_eq!(ranking.unknown.len(), 1);
    assert_eq!(ranking.needs.len(), 1);
    assert_eq!(ranking.summary(&index), "Best fit: OPENEO. 3 platforms ranked by your nice-to-haves.");
    assert_eq!(needs.mark(&Need::facet(FacetKind::SupportedLanguages, "r", true)), 1);
    assert_eq!(needs.mark(&Need::facet(FacetKind::SupportedLanguages, "COBOL", false)), 2);
    assert_eq!(needs.mark(&Need::examples(true)), 0);
}
