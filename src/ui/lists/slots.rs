//! Long lists whose DOM is reused. The logo grid and the tables render a
//! page of entries; a filter change used to replace most of them (about
//! 1,200 nodes created and 1,200 removed at 1,006 platforms). Instead each
//! list keeps one slot per entry of the page, keyed by its place, and slot
//! `i` shows the `i`-th platform of the page: a change rewrites text and
//! attributes in place, and only the parts that differ in shape (a logo,
//! a list of facts) are rebuilt.
//!
//! A slot reads only its own signals (its position comes through a
//! [`Fanout`]), so slots can come and go without leaving subscribers behind.
//! What a slot's view may read besides is `ui::context::SlotCx`.

use std::sync::Arc;

use leptos::prelude::*;

use super::fanout::{At, Fanout};
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::model::Platform;

/// A page of platform positions shown through reusable slots.
#[derive(Clone, Copy)]
pub struct Slots {
    page: Fanout<Vec<usize>, Option<usize>>,
    index: StoredValue<Arc<PlatformIndex>>,
    /// How many slots the page needs.
    pub count: Memo<usize>,
}

impl Slots {
    /// Call in the list's owner, which outlives its slots.
    pub fn new(page: Memo<Vec<usize>>, index: Arc<PlatformIndex>) -> Self {
        Slots {
            page: Fanout::new(page, |page, slot| page.get(slot).copied()),
            index: StoredValue::new(index),
            count: Memo::new(move |_| page.with(Vec::len)),
        }
    }

    /// What slot `slot` shows, for the slot's own view.
    pub fn shown(&self, slot: usize) -> Shown {
        Shown { at: self.page.watch(ArcRwSignal::new(Some(slot))), index: self.index.get_value() }
    }
}

/// The platform one slot shows.
#[derive(Clone)]
pub struct Shown {
    pub at: At,
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
}
