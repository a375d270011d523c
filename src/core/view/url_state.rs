//! The URL codec: [`ViewState`] ⇄ query string, with a fixed key order and an
//! optional key prefix so an embedded explorer never touches its host's own
//! parameters.
//!
//! `?q=gpu&dataAccess=Sentinel-2&dataAccess=CLMS&infrastructureSort=dataAccess:desc&compare=a&compare=b&view=compare&platform=deepesdl`
//!
//! The chooser: `?need=supportedLanguages:R&want=access:free-tier&need=examples&view=choose`
//! (`need` a must have, `want` a nice to have).

use crate::core::percent::{escape, unescape};
use crate::core::platforms::model::FacetKind;
use crate::core::view::sort::Sort;
use crate::core::view::state::ViewState;
use crate::core::view::tables::TableId;

/// `ViewState` → `key=value` pairs (not yet escaped), in a fixed order:
/// search, facets in sidebar order (values by key), sorts, platform.
pub fn encode(state: &ViewState, prefix: &str) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    if !state.filters.query.is_empty() {
        pairs.push((format!("{prefix}q"), state.filters.query.clone()));
    }
    for kind in FacetKind::ALL {
        for label in state.filters.selected(kind).values() {
            pairs.push((format!("{prefix}{}", kind.key()), label.clone()));
        }
    }
    for table in TableId::ALL {
        if let Some(sort) = state.sort(table) {
            pairs.push((sort_key(prefix, table), sort.encode()));
        }
    }
    for id in &state.compare {
        pairs.push((format!("{prefix}compare"), id.clone()));
    }
    for need in state.needs.list() {
        pairs.push((format!("{prefix}{}", if need.must { "need" } else { "want" }), need.encode()));
    }
    if state.comparing {
        pairs.push((format!("{prefix}view"), "compare".to_string()));
    } else if state.choosing {
        pairs.push((format!("{prefix}view"), "choose".to_string()));
    }
    if let Some(id) = &state.platform {
        pairs.push((format!("{prefix}platform"), id.clone()));
    }
    pairs
}

/// Query string (with or without the leading `?`) → `ViewState`. Unknown
/// keys and malformed values are ignored; it never fails.
pub fn decode(query: &str, prefix: &str) -> ViewState {
    let mut state = ViewState::default();
    let mut seen_query = false;
    for (raw_key, value) in parse_query(query) {
        let Some(name) = raw_key.strip_prefix(prefix) else { continue };
        if name == "q" && !seen_query {
            state.filters.query = value;
            seen_query = true;
        } else if name == "platform" {
            if !value.trim().is_empty() && state.platform.is_none() {
                state.platform = Some(value);
            }
        } else if name == "compare" {
            if !state.compare.contains(&value) {
                state.toggle_compare(&value);
            }
        } else if name == "view" {
            state.comparing = value == "compare";
            state.choosing = value == "choose";
        } else if name == "need" || name == "want" {
            state.needs.add_encoded(&value, name == "need");
        } else if let Some(kind) = FacetKind::from_key(name) {
            state.filters.select(kind, &value);
        } else if let Some(table) = TableId::ALL.into_iter().find(|t| name == sort_key("", *t)) {
            if let (Some(slot), Some(sort)) = (state.sorts.get_mut(table.index()), Sort::decode(&value)) {
                *slot = Some(sort);
            }
        }
    }
    state
}

/// The new query string for `state`: the host's own parameters first, in
/// their order and untouched, then ours. Empty, or starting with `?`.
pub fn merge(existing: &str, prefix: &str, state: &ViewState) -> String {
    let foreign = existing
        .strip_prefix('?')
        .unwrap_or(existing)
        .split('&')
        .filter(|piece| !piece.is_empty())
        .filter(|piece| !is_ours(&unescape(piece.split('=').next().unwrap_or_default()), prefix))
        .map(str::to_string);
    let ours = encode(state, prefix).into_iter().map(|(k, v)| format!("{}={}", escape(&k), escape(&v)));
    let all: Vec<String> = foreign.chain(ours).collect();
    if all.is_empty() {
        String::new()
    } else {
        format!("?{}", all.join("&"))
    }
}

/// `?embed=1` (or `true`): the standalone page is framed by another site and
/// shows only the explorer, without its own header and prose.
pub fn embed_requested(query: &str) -> bool {
    parse_query(query).into_iter().any(|(key, value)| key == "embed" && matches!(value.as_str(), "1" | "true"))
}

fn sort_key(prefix: &str, table: TableId) -> String {
    format!("{prefix}{}Sort", table.key())
}

fn is_ours(key: &str, prefix: &str) -> bool {
    let Some(name) = key.strip_prefix(prefix) else { return false };
    name == "q"
        || name == "platform"
        || name == "compare"
        || name == "view"
        || name == "need"
        || name == "want"
        || FacetKind::from_key(name).is_some()
        || TableId::ALL.iter().any(|t| name == sort_key("", *t))
}

/// Splits and unescapes a query string; empty pieces are skipped.
pub fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .strip_prefix('?')
        .unwrap_or(query)
        .split('&')
        .filter(|piece| !piece.is_empty())
        .map(|piece| {
            let (k, v) = piece.split_once('=').unwrap_or((piece, ""));
            (unescape(k), unescape(v))
        })
        .collect()
}

#[cfg(test)]
mod tests;
