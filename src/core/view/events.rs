//! What the embedded explorer tells its host page: the `detail` of the
//! `platform-select`, `filters-change` and `choose-change` events, as JSON text. The shell
//! parses it into a JS object and dispatches the event on the element.

use serde_json::{json, Map, Value};

use crate::core::platforms::model::FacetKind;
use crate::core::view::choose::Need;
use crate::core::view::filter::Filters;

/// Event names, as the host listens for them.
pub const PLATFORM_SELECT: &str = "platform-select";
pub const FILTERS_CHANGE: &str = "filters-change";
pub const CHOOSE_CHANGE: &str = "choose-change";

/// `{"id": "deepesdl"}`.
pub fn platform_select_detail(id: &str) -> String {
    json!({ "id": id }).to_string()
}

/// `{"query": "gpu", "facets": {"dataAccess": ["Sentinel-2"]}, "matches": 2}`:
/// the search text (trimmed), every facet with at least one selected value
/// (labels, in the order the sidebar lists them), and how many platforms pass.
pub fn filters_change_detail(filters: &Filters, matches: usize) -> String {
    let mut facets = Map::new();
    for kind in FacetKind::ALL {
        let labels: Vec<Value> = filters.selected(kind).values().map(|label| Value::from(label.as_str())).collect();
        if !labels.is_empty() {
            facets.insert(kind.key().to_string(), Value::Array(labels));
        }
    }
    json!({ "query": filters.query.trim(), "facets": facets, "matches": matches }).to_string()
}

/// `{"needs": [{"need": "supportedLanguages:R", "must": true}], "ranked": ["cdse-openeo", …]}`:
/// the needs as the URL writes them, and every platform's id, best first.
pub fn choose_change_detail(needs: &[Need], ranked: &[&str]) -> String {
    let needs: Vec<Value> = needs.iter().map(|n| json!({ "need": n.encode(), "must": n.must })).collect();
    json!({ "needs": needs, "ranked": ranked }).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Value {
        serde_json::from_str(text).unwrap_or(Value::Null)
    }

    #[test]
    fn platform_select_names_the_platform() {
        assert_eq!(parse(&platform_select_detail("pangeo")), json!({ "id": "pangeo" }));
        assert_eq!(parse(&platform_select_detail("a\"b")), json!({ "id": "a\"b" }), "quotes stay data");
    }

    #[test]
    fn filters_change_lists_only_active_facets_by_their_json_key() {
        let mut filters = Filters::default();
        filters.query = "  gpu ".into();
        filters.select(FacetKind::DataAccess, "Sentinel-2");
        filters.select(FacetKind::DataAccess, "Copernicus DEM");
        filters.select(FacetKind::SupportedLanguages, "Python");
        let detail = parse(&filters_change_detail(&filters, 2));
        assert_eq!(
            detail,
            json!({
                "query": "gpu",
                "facets": { "dataAccess": ["Copernicus DEM", "Sentinel-2"], "supportedLanguages": ["Python"] },
                "matches": 2
            })
        );
    }

    #[test]
    fn no_filters_is_an_empty_selection() {
        let detail = parse(&filters_change_detail(&Filters::default(), 6));
        assert_eq!(detail, json!({ "query": "", "facets": {}, "matches": 6 }));
    }

    #[test]
    fn choose_change_names_needs_and_the_ranking() {
        let needs = [Need::facet(FacetKind::SupportedLanguages, "R", true), Need::examples(false)];
        let detail = parse(&choose_change_detail(&needs, &["cdse-openeo", "deepesdl"]));
        assert_eq!(
            detail,
            json!({
                "needs": [{ "need": "supportedLanguages:R", "must": true }, { "need": "examples", "must": false }],
                "ranked": ["cdse-openeo", "deepesdl"]
            })
        );
    }
}
