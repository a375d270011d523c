//! `Explorer`: the page's shared state — one `ViewState` signal, mirrored
//! in the URL (`history`), and the memos every section derives from it.

use std::sync::Arc;

use leptos::prelude::*;

use super::history::{location_search, write_history, Entry};
use crate::core::bitset::BitSet;
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::provenance::Freshness;
use crate::core::view::events::{platform_select_detail, PLATFORM_SELECT};
use crate::core::view::filter::{all_facet_counts, matches, Active, Filters};
use crate::core::view::sort::{sort_rows, Sort};
use crate::core::view::state::ViewState;
use crate::core::view::tables::TableId;
use crate::core::view::url_state::{decode, merge};
use crate::ui::context::host::Host;
use crate::ui::context::slot::{pick_of, Pick, Picks, RecordCounts, SlotActions, SlotCx};
use crate::ui::lists::fanout::Fanout;

/// How long typing must pause before a replaced history entry (a search
/// keystroke) is written to the address bar.
pub const REPLACE_DELAY_MS: u64 = 300;

/// A sort and every platform's position in it.
type SortOrder = (Option<Sort>, Arc<Vec<usize>>);

/// What the page's sections read and change. `Copy`, so views capture it
/// freely. Only `ui::page` can name it: views in reused slots get a
/// `SlotCx` instead (see `slot_cx`).
#[derive(Clone, Copy)]
pub struct Explorer {
    index: StoredValue<Arc<PlatformIndex>>,
    /// Prefix of our URL query keys ("" when standalone).
    prefix: StoredValue<String>,
    /// Every platform's position in each sort order used so far: a sort
    /// click the page has seen before costs nothing to sort.
    orders: StoredValue<Vec<SortOrder>>,
    /// A URL write waiting for the next frame to be painted, or for typing
    /// to pause (see `update`).
    pending_history: StoredValue<Option<Entry>>,
    /// Counts changes: a keystroke's write waits and happens only if no
    /// change came after it.
    generation: StoredValue<u64>,
    /// A write is queued for after the next frame.
    frame_write: StoredValue<bool>,
    pub state: RwSignal<ViewState>,
    pub filters: Memo<Filters>,
    /// Platforms passing every filter.
    pub matches: Memo<BitSet>,
    pub host: Host,
    /// Per facet kind (by [`crate::core::platforms::model::FacetKind::index`]), each
    /// value's disjunctive count.
    pub counts: Memo<Vec<Vec<usize>>>,
    /// The compare boxes of cards and rows read their state through this.
    pub picks: Fanout<Picks, Pick>,
    /// Today and the allowed age of a source; `None` without a clock.
    pub freshness: Option<Freshness>,
}

impl Explorer {
    /// Creates the state from the current URL and keeps both in step; tells
    /// the host page when the filters change.
    pub fn new(index: Arc<PlatformIndex>, prefix: &str, host: Host, freshness: Option<Freshness>) -> Self {
        let prefix = prefix.to_string();
        let state = RwSignal::new(decode(&location_search(), &prefix));
        let filters = Memo::new(move |_| state.with(|s| s.filters.clone()));
        let shared = index.clone();
        let matches = Memo::new(move |_| filters.with(|f| matches(&shared, f)));
        let shared = index.clone();
        let counts = Memo::new(move |_| filters.with(|f| all_facet_counts(&shared, f)));
        let shared = index.clone();
        let picks = Memo::new(move |_| {
            state.with(|s| Picks::new(s.compare.iter().filter_map(|id| shared.position(id)).collect(), s.compare.len()))
        });
        let explorer = Explorer {
            index: StoredValue::new(index),
            prefix: StoredValue::new(prefix),
            pending_history: StoredValue::new(None),
            generation: StoredValue::new(0),
            frame_write: StoredValue::new(false),
            orders: StoredValue::new(Vec::new()),
            state,
            filters,
            matches,
            host,
            counts,
            picks: Fanout::new(picks, pick_of),
            freshness,
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
            use crate::core::view::events::{filters_change_detail, FILTERS_CHANGE};
            let explorer = self;
            let handle = window_event_listener(leptos::ev::popstate, move |_| {
                // The URL is the truth now: a write still waiting would undo Back.
                explorer.pending_history.set_value(None);
                let prefix = explorer.prefix.get_value();
                explorer.state.set(decode(&location_search(), &prefix));
            });
            on_cleanup(move || {
                handle.remove();
                // Unmounted (an element re-mounts when an attribute changes)
                // while typing paused: the typed text still reaches the URL.
                explorer.write_pending();
            });
            // Only an element has a host to tell; the standalone page skips
            // building the event on every filter change.
            let (filters, matches, host) = (self.filters, self.matches, self.host);
            if host.is_element() {
                Effect::new(move |announced: Option<()>| {
                    let detail = filters.with(|f| filters_change_detail(f, matches.with(BitSet::count)));
                    if announced.is_some() {
                        host.dispatch(FILTERS_CHANGE, &detail);
                    }
                });
            }
        }
    }

    pub fn index(&self) -> Arc<PlatformIndex> {
        self.index.get_value()
    }

    /// The narrow context of the views in reused slots: per-view signals
    /// and actions, no signal of the page.
    pub fn slot_cx(&self, record_counts: Option<RecordCounts>) -> SlotCx {
        let explorer = *self;
        let actions = SlotActions {
            toggle_compare: Callback::new(move |id: String| {
                explorer.update(Entry::Push, |s| {
                    s.toggle_compare(&id);
                })
            }),
            open_platform: Callback::new(move |id: String| explorer.open_platform(&id)),
            platform_href: Callback::new(move |id: String| explorer.platform_href(&id)),
        };
        SlotCx::new(self.index(), self.picks, record_counts, actions)
    }

    /// Removes one active filter (a chip, or the empty state's suggestion).
    pub fn remove_filter(&self, active: &Active) {
        let rest = self.state.with_untracked(|s| s.filters.without(active));
        self.update(Entry::Push, |s| s.filters = rest);
    }

    /// Changes the state and records it in the URL.
    /// An element never adds history entries: the host's history is the
    /// host's (Back leaves the page, as the host's router expects).
    ///
    /// The URL is written once the page has painted the change: `pushState`
    /// and `replaceState` cost 1–5 ms each on this page and nothing on screen
    /// waits for them. Changes within one task make one write (a push if any
    /// of them asked for one), always of the latest state. A push is written
    /// after the next frame; a replace (a search keystroke) once typing has
    /// paused for [`REPLACE_DELAY_MS`], so a typed word costs one write, not
    /// one per keystroke.
    pub fn update(&self, entry: Entry, change: impl FnOnce(&mut ViewState)) {
        // Only search keystrokes ask to replace the entry.
        let typing = entry == Entry::Replace;
        let entry = if self.host.is_element() { Entry::Replace } else { entry };
        let waiting = self.pending_history.get_value();
        if entry == Entry::Push && waiting == Some(Entry::Replace) {
            // Typed, then clicked before the pause: the typed text goes into
            // the current entry first, so Back returns to it.
            self.write_pending();
        }
        self.state.update(change);
        let waiting = self.pending_history.get_value();
        let merged = if waiting == Some(Entry::Push) { Entry::Push } else { entry };
        self.pending_history.set_value(Some(merged));
        // Every change ends the wait of the keystrokes before it.
        let generation = self.generation.get_value().wrapping_add(1);
        self.generation.set_value(generation);
        let explorer = *self;
        if typing {
            let write = move || {
                // A later change restarted the wait, or wrote it.
                if explorer.generation.try_get_value() == Some(generation) {
                    explorer.write_pending();
                }
            };
            set_timeout(write, std::time::Duration::from_millis(REPLACE_DELAY_MS));
        } else if !self.frame_write.get_value() {
            self.frame_write.set_value(true);
            // After the next frame is painted: the frame callback runs
            // before painting, the task it queues after.
            request_animation_frame(move || {
                set_timeout(
                    move || {
                        if explorer.frame_write.try_set_value(false).is_none() {
                            explorer.write_pending();
                        }
                    },
                    std::time::Duration::ZERO,
                )
            });
        }
    }

    fn write_pending(self) {
        // Gone with the explorer (unmounted), or cancelled by Back.
        let Some(Some(entry)) = self.pending_history.try_get_value() else { return };
        self.pending_history.set_value(None);
        let Some(prefix) = self.prefix.try_get_value() else { return };
        let Some(query) = self.state.try_with_untracked(|s| merge(&location_search(), &prefix, s)) else { return };
        write_history(entry, &query);
    }

    /// Every platform's position in one table's current sort order.
    pub fn order_of(&self, table: TableId) -> Memo<Arc<Vec<usize>>> {
        let explorer = *self;
        let sort = Memo::new(move |_| explorer.state.with(|s| s.sort(table)));
        Memo::new(move |_| explorer.order(sort.get()))
    }

    /// The matching rows of a table in `order` (see `order_of`). Every
    /// platform is sorted once per sort; filtering then keeps that order
    /// (the sort is stable, so this equals sorting the matching rows).
    pub fn rows(&self, order: Memo<Arc<Vec<usize>>>) -> Memo<Vec<usize>> {
        let matches = self.matches;
        Memo::new(move |_| {
            order.with(|all| matches.with(|m| all.iter().copied().filter(|&at| m.contains(at)).collect()))
        })
    }

    /// Every platform's position in `sort` order, sorted once per page.
    fn order(&self, sort: Option<Sort>) -> Arc<Vec<usize>> {
        if let Some(known) = self.orders.with_value(|all| all.iter().find(|(s, _)| *s == sort).map(|(_, o)| o.clone()))
        {
            return known;
        }
        let order = self.index.with_value(|index| {
            let mut all: Vec<usize> = (0..index.len()).collect();
            sort_rows(&index.platforms, &mut all, sort);
            Arc::new(all)
        });
        self.orders.update_value(|all| all.push((sort, order.clone())));
        order
    }

    /// The shareable `href` of a platform's detail view: only the platform,
    /// so a link copied from a filtered page still shows the whole detail.
    /// Clicks are intercepted (see `open_platform`); the href serves new tabs.
    pub fn platform_href(&self, id: &str) -> String {
        self.href_of(&ViewState { platform: Some(id.to_string()), ..ViewState::default() })
    }

    /// The address of `state` (our keys under our prefix, the host's kept),
    /// for a link that also works opened in a new tab.
    pub fn href_of(&self, state: &ViewState) -> String {
        merge(&location_search(), &self.prefix.get_value(), state)
    }

    /// Opens a platform's detail view, keeping the filters for the way back.
    /// The host hears of it last: its handler may remove the element.
    pub fn open_platform(&self, id: &str) {
        let detail = platform_select_detail(id);
        let id = id.to_string();
        self.update(Entry::Push, |s| s.platform = Some(id));
        self.host.focus_soon("platform-detail-heading".to_string());
        self.host.dispatch(PLATFORM_SELECT, &detail);
    }
}

pub fn use_explorer() -> Explorer {
    expect_context::<Explorer>()
}
