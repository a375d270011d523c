//! The filter sidebar: free-text search and one checkbox group per facet.

use leptos::prelude::*;

use crate::core::platforms::model::FacetKind;
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::page::state::history::Entry;
use crate::ui::widgets::fold_toggle::FoldToggle;

/// Values shown before a group needs "Show all".
const COLLAPSED_VALUES: usize = 8;

/// The search box and every facet group. In a narrow container the facets
/// fold behind a "Filters" button; the search box stays in view.
#[component]
pub fn Sidebar() -> impl IntoView {
    let explorer = use_explorer();
    let open = RwSignal::new(false);
    let active_count = move || explorer.filters.with(|f| f.active().len());
    view! {
        <form class="sidebar" role="search" aria-label="Filter platforms" on:submit=|ev| ev.prevent_default()>
            <SearchBox />
            <FoldToggle open class="filters-toggle" controls="facets">
                "Filters"
                {move || match active_count() {
                    0 => String::new(),
                    n => format!(" ({n} active)"),
                }}
            </FoldToggle>
            <div id="facets" class="facets" class:open=move || open.get()>
                {FacetKind::ALL.into_iter().map(|kind| view! { <FacetGroup kind /> }).collect_view()}
            </div>
        </form>
    }
}

/// Free text over every field. Keystrokes rewrite the current history entry
/// instead of adding one each.
#[component]
fn SearchBox() -> impl IntoView {
    let explorer = use_explorer();
    let query = move || explorer.state.with(|s| s.filters.query.clone());
    view! {
        <div class="search">
            <label for="platform-search">"Search platforms"</label>
            <input
                id="platform-search"
                type="search"
                autocomplete="off"
                placeholder="e.g. Sentinel-2, GPU, R"
                prop:value=query
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    explorer.update(Entry::Replace, |s| s.filters.query = text);
                }
            />
        </div>
    }
}

/// One facet as a group of checkboxes, each with the number of platforms it
/// would match.
#[component]
fn FacetGroup(
    /// Which kind of fact this group filters on.
    kind: FacetKind,
) -> impl IntoView {
    let explorer = use_explorer();
    let index = explorer.index();
    let values: Vec<(usize, String)> =
        index.values(kind).iter().enumerate().map(|(at, v)| (at, v.label.clone())).collect();
    let total = values.len();
    let counts = Memo::new(move |_| explorer.counts.with(|c| c.get(kind.index()).cloned().unwrap_or_default()));
    let expanded = RwSignal::new(false);
    let list_id = format!("facet-{}-values", kind.key());
    let items = values
        .into_iter()
        .map(|(at, label)| {
            let checked_label = label.clone();
            let toggle_label = label.clone();
            let checked = Memo::new(move |_| explorer.filters.with(|f| f.is_selected(kind, &checked_label)));
            let count = move || counts.with(|c| c.get(at).copied().unwrap_or(0));
            let hidden = move || at >= COLLAPSED_VALUES && !expanded.get() && !checked.get();
            view! {
                <li hidden=hidden class:empty=move || count() == 0>
                    <label>
                        <input
                            type="checkbox"
                            data-value=label.clone()
                            prop:checked=checked
                            on:change=move |_| {
                                let label = toggle_label.clone();
                                explorer.update(Entry::Push, |s| s.filters.toggle(kind, &label));
                            }
                        />
                        <span class="value">{label}</span>
                        <span class="count">{count}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet" data-facet=kind.key()>
            <legend>{kind.label()}</legend>
            <ul id=list_id.clone()>{items}</ul>
            <Show when=move || { total > COLLAPSED_VALUES }>
                <button
                    type="button"
                    class="link-button"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=list_id.clone()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || if expanded.get() { "Show fewer".to_string() } else { format!("Show all {total}") }}
                </button>
            </Show>
        </fieldset>
    }
}
