//! The explorer's shared state: one `ViewState` signal, mirrored in the URL.

use std::sync::Arc;

use leptos::prelude::*;

use super::host::Host;
use crate::core::bitset::BitSet;
use crate::core::events::{platform_select_detail, PLATFORM_SELECT};
use crate::core::filter::{matching, Filters};
use crate::core::index::PlatformIndex;
use crate::core::sort::sort_rows;
use crate::core::tables::TableId;
use crate::core::url_state::{decode, merge};
use crate::core::view_state::ViewState;

/// How a state change enters the browser history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    /// A new entry: Back undoes it (facet clicks, sorting, opening a platform).
    Push,
    /// Rewrite the current entry (every keystroke in the search box).
    Replace,
}

/// What every component of the explorer reads and changes. `Copy`, so views
/// capture it freely.
#[derive(Clone, Copy)]
pub struct Explorer {
    index: StoredValue<Arc<PlatformIndex>>,
    /// Prefix of our URL query keys ("" when standalone).
    prefix: StoredValue<String>,
    pub state: RwSignal<ViewState>,
    pub filters: Memo<Filters>,
    /// Platforms passing every filter.
    pub matches: Memo<BitSet>,
    pub host: Host,
}

impl Explorer {
    /// Creates the state from the current URL and keeps both in step; tells
    /// the host page when the filters change.
    pub fn new(index: Arc<PlatformIndex>, prefix: &str, host: Host) -> Self {
        let prefix = prefix.to_string();
        let state = RwSignal::new(decode(&location_search(), &prefix));
        let filters = Memo::new(move |_| state.with(|s| s.filters.clone()));
        let shared = index.clone();
        let matches = Memo::new(move |_| filters.with(|f| matching(&shared, f)));
        let explorer = Explorer {
            index: StoredValue::new(index),
            prefix: StoredValue::new(prefix),
            state,
            filters,
            matches,
            host,
        };
        explorer.watch_browser();
        explorer
    }

    /// Back/Forward re-decode the URL; filter changes are told to the host.
    /// In the browser only: the prerender (native) has neither a window nor
    /// an executor for effects.
    fn watch_browser(self) {
        #[cfg(target_arch = "wasm32")]
        {
            use crate::core::events::{filters_change_detail, FILTERS_CHANGE};
            let explorer = self;
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                let prefix = explorer.prefix.get_value();
                explorer.state.set(decode(&location_search(), &prefix));
            });
            on_cleanup(move || handle.remove());
            let (filters, matches, host) = (self.filters, self.matches, self.host);
            Effect::new(move |announced: Option<()>| {
                let detail = filters.with(|f| filters_change_detail(f, matches.with(BitSet::count)));
                if announced.is_some() {
                    host.dispatch(FILTERS_CHANGE, &detail);
                }
            });
        }
    }

    pub fn index(&self) -> Arc<PlatformIndex> {
        self.index.get_value()
    }

    /// Changes the state and records it in the URL.
    pub fn update(&self, entry: Entry, change: impl FnOnce(&mut ViewState)) {
        self.state.update(change);
        let query = self.state.with_untracked(|s| merge(&location_search(), &self.prefix.get_value(), s));
        write_history(entry, &query);
    }

    /// The visible rows of one table, sorted.
    pub fn rows(&self, table: TableId) -> Memo<Vec<usize>> {
        let explorer = *self;
        Memo::new(move |_| {
            let sort = explorer.state.with(|s| s.sort(table));
            let mut rows: Vec<usize> = explorer.matches.with(|m| m.iter().collect());
            explorer.index.with_value(|index| sort_rows(&index.platforms, &mut rows, sort));
            rows
        })
    }

    /// The shareable `href` of a platform's detail view: only the platform,
    /// so a link copied from a filtered page still shows the whole detail.
    /// Clicks are intercepted (see `open_platform`); the href serves new tabs.
    pub fn platform_href(&self, id: &str) -> String {
        let state = ViewState { platform: Some(id.to_string()), ..ViewState::default() };
        merge(&location_search(), &self.prefix.get_value(), &state)
    }

    /// Opens a platform's detail view, keeping the filters for the way back.
    pub fn open_platform(&self, id: &str) {
        let id = id.to_string();
        self.host.dispatch(PLATFORM_SELECT, &platform_select_detail(&id));
        self.update(Entry::Push, |s| s.platform = Some(id));
        self.host.focus_soon("platform-detail-heading".to_string());
    }
}

pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}

/// The page's query string; empty in the prerender, which renders the page
/// as an empty URL shows it.
fn location_search() -> String {
    if cfg!(target_arch = "wasm32") {
        window().location().search().unwrap_or_default()
    } else {
        String::new()
    }
}

fn write_history(entry: Entry, query: &str) {
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
        Entry::Replace => history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)),
    };
    if let Err(error) = result {
        leptos::logging::warn!("could not update the address bar: {error:?}");
    }
}
