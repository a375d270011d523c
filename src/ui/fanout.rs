//! Per-row reactivity that leaves nothing behind when the row goes away.
//!
//! reactive_graph 0.2 removes a memo or effect from its sources' subscriber
//! lists only when it re-runs, never when it is disposed, and a signal or
//! memo clones its subscriber list on every change without dropping the dead
//! ones. A view that comes and goes (a table row, a card of the paged grid)
//! and reads a long-lived signal therefore leaves a dead subscriber in it
//! each time it is removed; every live subscriber that re-runs later pays a
//! linear removal from that ever-growing list. So such views never read the
//! explorer's long-lived signals: each watches a signal of its own, made and
//! registered here. One effect per `Fanout` writes the registered signals
//! when the shared value changes; a row's registration ends with the row.

use leptos::prelude::*;

/// A registered view: its token, its position, its signal.
type Watcher<V> = (u64, usize, ArcRwSignal<V>);

/// One long-lived value (`source`) seen by many short-lived views, each
/// through `project(&source, position)`.
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
    V: Clone + PartialEq + Send + Sync + 'static,
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

    /// The one effect: writes every registered signal whose value changed.
    fn forward(source: Memo<S>, entries: StoredValue<Vec<Watcher<V>>>, project: fn(&S, usize) -> V) {
        Effect::new(move |_| {
            // Tracks `source` even while nothing is registered.
            let changes: Vec<(ArcRwSignal<V>, V)> = source.with(|s| {
                entries.with_value(|all| {
                    all.iter()
                        .map(|(_, position, signal)| (signal.clone(), project(s, *position)))
                        .filter(|(signal, value)| signal.with_untracked(|current| current != value))
                        .collect()
                })
            });
            for (signal, value) in changes {
                signal.set(value);
            }
        });
    }

    /// `position`'s value as a signal owned by the calling view: registered
    /// until the current reactive owner (the row) is cleaned up.
    pub fn watch(&self, position: usize) -> ArcRwSignal<V> {
        let project = self.project;
        let signal = ArcRwSignal::new(self.source.with_untracked(|s| project(s, position)));
        let token = self.next.get_value();
        self.next.set_value(token.wrapping_add(1));
        self.entries.update_value(|all| {
            all.push((token, position, signal.clone()));
        });
        let entries = self.entries;
        on_cleanup(move || {
            entries.try_update_value(|all| all.retain(|(t, _, _)| *t != token));
        });
        signal
    }

    /// How many views are registered (for tests).
    pub fn watchers(&self) -> usize {
        self.entries.with_value(Vec::len)
    }
}
