//! The active filters as removable chips, the result count and "Clear all".

use leptos::prelude::*;

use crate::ui::page::state::explorer::use_explorer;
use crate::ui::page::state::history::Entry;

/// "Showing 3 of 6 platforms", announced to screen readers on change.
#[component]
pub fn ResultCount() -> impl IntoView {
    let explorer = use_explorer();
    let total = explorer.index().len();
    let text = move || {
        let shown = explorer.matches.with(|m| m.count());
        let noun = if total == 1 { "platform" } else { "platforms" };
        if shown == total {
            format!("Showing all {total} {noun}")
        } else {
            format!("Showing {shown} of {total} {noun}")
        }
    };
    view! { <p class="result-count" role="status" aria-live="polite">{text}</p> }
}

/// One chip per active filter, then "Clear all". The block stays in the
/// page, hidden while no filter is active, so the first filter or search
/// keystroke does not build it and clearing does not tear it down.
#[component]
pub fn ActiveFilters() -> impl IntoView {
    let explorer = use_explorer();
    let active = Memo::new(move |_| explorer.filters.with(|f| f.active()));
    view! {
        <div class="active-filters" hidden=move || active.with(Vec::is_empty)>
            <h2 class="visually-hidden">"Active filters"</h2>
            <ul class="chips">
                <For
                    each=move || active.get()
                    key=|a| (a.kind, a.key.clone(), a.label.clone())
                    children=move |a| {
                        let text = a.describe();
                        let active = a.clone();
                        view! {
                            <li>
                                <button
                                    type="button"
                                    class="chip"
                                    aria-label=format!("Remove filter {text}")
                                    on:click=move |_| explorer.remove_filter(&active)
                                >
                                    <span>{text.clone()}</span>
                                    <span aria-hidden="true">" ×"</span>
                                </button>
                            </li>
                        }
                    }
                />
            </ul>
            <button
                type="button"
                class="clear-all"
                on:click=move |_| explorer.update(Entry::Push, |s| s.filters.clear())
            >
                "Clear all"
            </button>
        </div>
    }
}
