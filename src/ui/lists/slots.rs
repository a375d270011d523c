//! Long lists whose DOM is reused. The logo grid and the tables render a
//! page of entries; a filter change used to replace most of them (about
//! 1,200 nodes created and 1,200 removed at 1,006 platforms). Instead each
//! list keeps one slot per entry of the page, keyed by its place, and slot
//! `i` shows the `i`-th platform of the page: a change rewrites text and
//! attributes in place, and only the parts that differ in shape (a logo,
//! a list of facts) are rebuilt.
//!
//! A list whose platforms all fit its first page (6 or 8 platforms; see
//! `core::view::show_all::resident`) goes further: it keeps one view per
//! platform, in the list's order, and hides those that do not match. A
//! filter change then only flips `hidden` attributes, and bringing every
//! platform back builds no DOM at all.
//!
//! A slot reads only its own signals (its position and whether it matches
//! come through a [`Fanout`]), so slots can come and go without leaving
//! subscribers behind. What a slot's view may read besides is
//! `ui::context::SlotCx`.

use std::sync::Arc;

use leptos::prelude::*;

use super::fanout::{At, Fanout};
use crate::core::bitset::BitSet;
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::model::Platform;
use crate::core::view::show_all::resident;

/// The views of a list of platforms: a page of reused slots, or one view
/// per platform (see the module's notes).
#[derive(Clone, Copy)]
pub struct Slots {
    mode: Mode,
    index: StoredValue<Arc<PlatformIndex>>,
}

#[derive(Clone, Copy)]
enum Mode {
    /// Slot `i` shows the `i`-th platform of the page; as many slots as the
    /// page has entries.
    Place { page: Fanout<Vec<usize>, Option<usize>>, count: Memo<usize> },
    /// A view per platform, keyed by its position, in the list's order;
    /// hidden while the platform does not match.
    Resident { order: Memo<Arc<Vec<usize>>>, matching: Fanout<BitSet, bool> },
}

impl Slots {
    /// Call in the list's owner, which outlives its slots. `order` is every
    /// platform in the list's order, `page` what the list shows of it now
    /// (those that match, the first `first` until "Show all"), `matches` the
    /// platforms passing the filters.
    pub fn new(
        order: Memo<Arc<Vec<usize>>>,
        page: Memo<Vec<usize>>,
        matches: Memo<BitSet>,
        index: Arc<PlatformIndex>,
        first: usize,
    ) -> Self {
        let mode = if resident(index.len(), first) {
            Mode::Resident { order, matching: Fanout::new(matches, |m, position| m.contains(position)) }
        } else {
            Mode::Place {
                page: Fanout::new(page, |page, slot| page.get(slot).copied()),
                count: Memo::new(move |_| page.with(Vec::len)),
            }
        };
        Slots { mode, index: StoredValue::new(index) }
    }

    /// The keys of the views the list renders, in order (a `For`'s `each`):
    /// slot numbers, or platform positions when every platform has a view.
    pub fn keys(&self) -> Vec<usize> {
        match self.mode {
            Mode::Place { count, .. } => (0..count.get()).collect(),
            Mode::Resident { order, .. } => order.with(|all| all.to_vec()),
        }
    }

    /// What the view of `key` shows, for the view itself.
    pub fn shown(&self, key: usize) -> Shown {
        let index = self.index.get_value();
        match self.mode {
            Mode::Place { page, .. } => Shown { at: page.watch(ArcRwSignal::new(Some(key))), matching: None, index },
            Mode::Resident { matching, .. } => {
                let at = ArcRwSignal::new(Some(key));
                Shown { matching: Some(matching.watch(at.clone())), at, index }
            }
        }
    }
}

/// The platform one slot shows.
#[derive(Clone)]
pub struct Shown {
    pub at: At,
    /// Whether it passes the filters, for a view kept while it does not.
    matching: Option<ArcRwSignal<bool>>,
    index: Arc<PlatformIndex>,
}

impl Shown {
    /// `read` of the platform shown; tracks which one it is.
    pub fn with<T>(&self, read: impl FnOnce(&Platform) -> T) -> Option<T> {
        self.at.get().and_then(|position| self.index.platforms.get(position)).map(read)
    }

    /// The same, untracked (in event handlers).
    pub fn with_untracked<T>(&self, read: impl FnOnce(&Platform) -> T) -> Option<T> {
        self.at.get_untracked().and_then(|position| self.index.platforms.get(position)).map(read)
    }

    /// A text of the platform shown, as a reactive closure for a view.
    pub fn text(&self, read: fn(&Platform) -> String) -> impl Fn() -> String + Clone + Send + Sync + 'static {
        let shown = self.clone();
        move || shown.with(read).unwrap_or_default()
    }

    /// Whether the view is hidden (its platform does not match), for its
    /// `hidden` attribute. A reused slot is never hidden: it goes instead.
    pub fn hidden(&self) -> impl Fn() -> bool + Clone + Send + Sync + 'static {
        let matching = self.matching.clone();
        move || matching.as_ref().is_some_and(|m| !m.get())
    }
}
