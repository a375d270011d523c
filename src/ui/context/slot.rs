//! `SlotCx`: everything a view inside a reused slot (a card, a table row,
//! and the widgets in them) may read or do. A slot must not read a
//! long-lived signal (see `ui::lists::fanout`), so this carries no signal
//! of the page: per-view values come through `Fanout::watch`, actions
//! through callbacks. The page builds it from its state; widgets cannot
//! name that state, so a slot that reads it does not compile.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::catalog::record_match::Published;
use crate::core::platforms::index::PlatformIndex;
use crate::core::view::compare::MAX_COMPARED;
use crate::ui::lists::fanout::{At, Fanout};

/// The platforms picked for comparison (positions), and how many ids the
/// URL names, known or not (what "full" counts).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Picks {
    positions: Vec<usize>,
    count: usize,
}

impl Picks {
    pub fn new(positions: Vec<usize>, count: usize) -> Self {
        Picks { positions, count }
    }
}

/// One platform's compare box.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pick {
    pub picked: bool,
    /// As many platforms as can be compared are picked.
    pub full: bool,
}

pub fn pick_of(picks: &Picks, position: usize) -> Pick {
    Pick { picked: picks.positions.contains(&position), full: picks.count >= MAX_COMPARED }
}

/// Published-record counts by platform position, once the catalog is loaded.
pub type RecordCounts = Fanout<Option<Arc<Vec<Published>>>, Option<usize>>;

/// What a slot's views may use; `Copy`, provided by the page.
#[derive(Clone, Copy)]
pub struct SlotCx {
    index: StoredValue<Arc<PlatformIndex>>,
    picks: Fanout<Picks, Pick>,
    counts: Option<RecordCounts>,
    toggle_compare: Callback<String>,
    open_platform: Callback<String>,
    platform_href: Callback<String, String>,
}

/// The page's side of a `SlotCx`: what its callbacks do.
pub struct SlotActions {
    /// Ticks or unticks a platform's compare box (by id).
    pub toggle_compare: Callback<String>,
    /// Opens a platform's detail view (by id).
    pub open_platform: Callback<String>,
    /// The shareable address of a platform's detail view (by id).
    pub platform_href: Callback<String, String>,
}

impl SlotCx {
    pub fn new(
        index: Arc<PlatformIndex>,
        picks: Fanout<Picks, Pick>,
        counts: Option<RecordCounts>,
        actions: SlotActions,
    ) -> Self {
        let SlotActions { toggle_compare, open_platform, platform_href } = actions;
        SlotCx { index: StoredValue::new(index), picks, counts, toggle_compare, open_platform, platform_href }
    }

    pub fn index(&self) -> Arc<PlatformIndex> {
        self.index.get_value()
    }

    /// The compare box state of what `at` shows, as the view's own signal.
    pub fn pick(&self, at: At) -> ArcRwSignal<Pick> {
        self.picks.watch(at)
    }

    /// The record count of what `at` shows; `None` without a catalog.
    pub fn record_count(&self, at: At) -> Option<ArcRwSignal<Option<usize>>> {
        self.counts.map(|counts| counts.watch(at))
    }

    pub fn toggle_compare(&self, id: String) {
        self.toggle_compare.run(id);
    }

    pub fn open_platform(&self, id: String) {
        self.open_platform.run(id);
    }

    pub fn platform_href(&self, id: String) -> String {
        self.platform_href.run(id)
    }
}

pub fn use_slot() -> SlotCx {
    expect_context::<SlotCx>()
}
