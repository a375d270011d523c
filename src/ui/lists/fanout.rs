//! Per-row reactivity that leaves nothing behind when the row goes away.
//!
//! reactive_graph removes a memo or effect from its sources' subscriber
//! lists only when it re-runs, never when it is disposed: there is no drop
//! hook that calls `SourceSet::clear_sources`, and a signal or memo clones
//! its `SubscriberSet` on every change without dropping the dead `Weak`
//! entries (`graph/sets.rs`, `signal/subscriber_traits.rs`,
//! `computed/inner.rs`). Checked in reactive_graph 0.2.16 (our Cargo.lock),
//! unchanged on the 0.9 beta branch; no upstream issue exists (leptos PRs
//! #4138 and #4201 only made large sets cheaper). A reproduction: create a
//! memo reading one long-lived signal under a child `Owner`, clean the owner
//! up, repeat 1,000 times: the signal keeps 1,000 subscribers and every
//! `set` walks them. Remove this module once a release drops disposed
//! subscribers (the browser test `slots_leave_no_watchers_behind` and
//! `scripts/bench/leak.mjs` tell).
//!
//! A view that comes and goes (a table row, a card of the paged grid) and
//! reads a long-lived signal would therefore leave a dead subscriber in it
//! each time it is removed. So such views never read the explorer's
//! long-lived signals (they cannot: see `ui::context::SlotCx`); each
//! watches a signal of its own, made and registered here. One effect per
//! `Fanout` writes the registered signals when the shared value changes; a
//! row's registration ends with the row.

use std::cell::Cell;

use leptos::prelude::*;

/// The platform a view shows, by position. A view that always shows the
/// same platform holds a constant; a reused slot of a list (see `slots`)
/// changes it.
pub type At = ArcRwSignal<Option<usize>>;

thread_local! {
    /// Views registered with any `Fanout` on this page, for tests.
    static LIVE: Cell<usize> = const { Cell::new(0) };
}

/// How many views are registered with any `Fanout` right now. A browser
/// test asserts it does not grow over filter/clear cycles.
pub fn live_watchers() -> usize {
    LIVE.with(Cell::get)
}

/// A registered view: its token, what it shows, its signal.
type Watcher<V> = (u64, At, ArcRwSignal<V>);

/// One long-lived value (`source`) seen by many short-lived views, each
/// through `project(&source, position)` (the default value while a view
/// shows nothing).
pub struct Fanout<S: Send + Sync + 'static, V: Send + Sync + 'static> {
    entries: StoredValue<Vec<Watcher<V>>>,
    next: StoredValue<u64>,
    source: Memo<S>,
    project: fn(&S, usize) -> V,
}

impl<S: Send + Sync + 'static, V: Send + Sync + 'static> Clone for Fanout<S, V> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<S: Send + Sync + 'static, V: Send + Sync + 'static> Copy for Fanout<S, V> {}

impl<S, V> Fanout<S, V>
where
    S: PartialEq + Send + Sync + 'static,
    V: Clone + Default + PartialEq + Send + Sync + 'static,
{
    /// Call in a long-lived owner (the page), not in a row.
    pub fn new(source: Memo<S>, project: fn(&S, usize) -> V) -> Self {
        let entries: StoredValue<Vec<Watcher<V>>> = StoredValue::new(Vec::new());
        // In the browser only: the prerender renders once, natively, with no
        // executor to run effects.
        if cfg!(target_arch = "wasm32") {
            Self::forward(source, entries, project);
        }
        Fanout { entries, next: StoredValue::new(0), source, project }
    }

    fn value(source: Memo<S>, project: fn(&S, usize) -> V, at: Option<usize>) -> V {
        at.map(|position| source.with_untracked(|s| project(s, position))).unwrap_or_default()
    }

    /// The one effect: writes every registered signal whose value changed.
    fn forward(source: Memo<S>, entries: StoredValue<Vec<Watcher<V>>>, project: fn(&S, usize) -> V) {
        Effect::new(move |_| {
            // Tracks `source` even while nothing is registered.
            let changes: Vec<(ArcRwSignal<V>, V)> = source.with(|s| {
                entries.with_value(|all| {
                    all.iter()
                        .map(|(_, at, signal)| {
                            let value = at.get_untracked().map(|position| project(s, position)).unwrap_or_default();
                            (signal.clone(), value)
                        })
                        .filter(|(signal, value)| signal.with_untracked(|current| current != value))
                        .collect()
                })
            });
            for (signal, value) in changes {
                signal.set(value);
            }
        });
    }

    /// The value for what `at` shows, as a signal owned by the calling view:
    /// registered until the current reactive owner (the row) is cleaned up.
    pub fn watch(&self, at: At) -> ArcRwSignal<V> {
        let (source, project) = (self.source, self.project);
        let signal = ArcRwSignal::new(Self::value(source, project, at.get_untracked()));
        let token = self.next.get_value();
        self.next.set_value(token.wrapping_add(1));
        self.entries.update_value(|all| all.push((token, at.clone(), signal.clone())));
        LIVE.with(|n| n.set(n.get() + 1));
        let entries = self.entries;
        on_cleanup(move || {
            entries.try_update_value(|all| all.retain(|(t, _, _)| *t != token));
            LIVE.with(|n| n.set(n.get().saturating_sub(1)));
        });
        // A reused slot shows another platform: its value follows. The
        // effect belongs to the view and reads only the view's own signals.
        if cfg!(target_arch = "wasm32") {
            let written = signal.clone();
            Effect::new(move |seen: Option<()>| {
                let now = at.get();
                if seen.is_some() {
                    let value = Self::value(source, project, now);
                    if written.with_untracked(|current| *current != value) {
                        written.set(value);
                    }
                }
            });
        }
        signal
    }
}
