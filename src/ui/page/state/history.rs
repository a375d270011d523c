//! The browser history side of `Explorer`: how a change enters the history,
//! reading the query and writing it back.

use leptos::prelude::*;

/// How a state change enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back undoes it (facet clicks, sorting, opening a platform).
    Push,
    /// Rewrite the current entry (every keystroke in the search box).
    Replace,
}

/// The page's query string; empty in the prerender, which renders the page
/// as an empty URL shows it.
pub fn location_search() -> String {
    if cfg!(target_arch = "wasm32") {
        window().location().search().unwrap_or_default()
    } else {
        String::new()
    }
}

pub fn write_history(entry: Entry, query: &str) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let hash = location.hash().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    let history = match window().history() {
        Ok(history) => history,
        Err(_) => return,
    };
    let result = match entry {
        Entry::Push => history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
        // Keep the entry's state: a host router (VitePress) keeps its own there.
        Entry::Replace => {
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            history.replace_state_with_url(&state, "", Some(&url))
        }
    };
    if let Err(error) = result {
        leptos::logging::warn!("could not update the address bar: {error:?}");
    }
}
