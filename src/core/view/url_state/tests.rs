use super::*;
use crate::core::view::sort::{Column, Direction};

fn sample_state() -> ViewState {
    let mut state = ViewState::default();
    state.filters.query = "gpu & co = 100%".into();
    state.filters.select(FacetKind::DataAccess, "Sentinel-2");
    state.filters.select(FacetKind::DataAccess, "CLMS");
    state.filters.select(FacetKind::SupportedLanguages, "Python");
    state.sorts[TableId::Fair.index()] =
        Some(Sort { column: Column::Facet(FacetKind::SupportedLanguages), direction: Direction::Descending });
    state.platform = Some("deepesdl".into());
    state.compare = vec!["pangeo-edc".into(), "cdse-openeo".into()];
    state.comparing = true;
    state
}

#[test]
fn encode_has_a_fixed_readable_order() {
    assert_eq!(
        merge("", "", &sample_state()),
        "?q=gpu%20%26%20co%20%3D%20100%25&dataAccess=CLMS&dataAccess=Sentinel-2&supportedLanguages=Python\
         &fairSort=supportedLanguages:desc&compare=pangeo-edc&compare=cdse-openeo&view=compare&platform=deepesdl"
    );
    assert_eq!(merge("", "", &ViewState::default()), "");
}

#[test]
fn decode_inverts_encode() {
    for prefix in ["", "ecp-"] {
        let state = sample_state();
        assert_eq!(decode(&merge("", prefix, &state), prefix), state);
    }
}

#[test]
fn decode_is_tolerant() {
    let state = decode("?dataAccess=sentinel+2&dataAccess=Sentinel-2&fairSort=bogus&infrastructureSort=platform:desc&x=%ZZ&&platform=&q", "");
    assert_eq!(state.filters.selected(FacetKind::DataAccess).values().collect::<Vec<_>>(), ["sentinel 2"]);
    assert_eq!(state.sort(TableId::Fair), None);
    assert_eq!(
        state.sort(TableId::Infrastructure),
        Some(Sort { column: Column::Platform, direction: Direction::Descending })
    );
    assert_eq!(state.platform, None);
    assert_eq!(state.filters.query, "");
}

#[test]
fn host_parameters_survive_and_prefixes_isolate() {
    let mut state = ViewState::default();
    state.filters.select(FacetKind::HardwareServices, "GPU");
    assert_eq!(merge("?lang=en&ecp-q=old&q=host", "ecp-", &state), "?lang=en&q=host&ecp-hardwareServices=GPU");
    assert_eq!(decode("?q=host&hardwareServices=CPU", "ecp-"), ViewState::default());
}

#[test]
fn escaping_round_trips_any_text() {
    for text in ["", "a b", "ü/é?#&=+%", "🛰️ مرحبا", "%E2%82"] {
        assert_eq!(unescape(&escape(text)), text);
    }
    assert_eq!(unescape("%E2%82%AC"), "€");
    assert_eq!(unescape("100%"), "100%");
    assert_eq!(unescape("%zz"), "%zz");
}

#[test]
fn compare_picks_are_deduplicated_and_capped() {
    let state = decode("?compare=a&compare=b&compare=a&compare=c&compare=d&compare=&view=compare", "");
    assert_eq!(state.compare, ["a", "b", "c"]);
    assert!(state.comparing);
    assert!(!decode("?view=other", "").comparing);
}

#[test]
fn embed_mode_is_asked_for_with_embed_1() {
    assert!(embed_requested("?embed=1"));
    assert!(embed_requested("?q=gpu&embed=true"));
    assert!(!embed_requested("?embed=0"));
    assert!(!embed_requested("?ec-embed=1"));
    assert!(!embed_requested(""));
}

#[test]
fn the_chooser_round_trips_and_drops_what_it_does_not_know() {
    use crate::core::view::choose::Need;
    let mut state = ViewState { choosing: true, ..ViewState::default() };
    state.needs.set(Need::facet(FacetKind::SupportedLanguages, "R", true));
    state.needs.set(Need::access(crate::core::platforms::model::AccessModel::NorSponsorship, false));
    state.needs.set(Need::examples(true));
    let query = merge("?lang=en", "ecp-", &state);
    assert_eq!(
        query,
        "?lang=en&ecp-need=supportedLanguages:R&ecp-want=access:nor-sponsorship&ecp-need=examples&ecp-view=choose"
    );
    assert_eq!(decode(&query, "ecp-"), state);
    assert_eq!(merge(&query, "ecp-", &ViewState::default()), "?lang=en", "need and want are ours");
    let bad = decode("?need=colour:red&want=access:gold&need=examples&need=examples&view=choose", "");
    assert_eq!(bad.needs.list(), [Need::examples(true)]);
    assert_eq!(bad.needs.dropped().0, ["colour:red", "access:gold"]);
}
