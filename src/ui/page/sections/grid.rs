//! The logo grid: a card per matching platform, the first of them in
//! reused slots (`ui::widgets::card`), and the empty state.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::view::filter::exclusions;
use crate::core::view::show_all::{visible, GRID_FIRST};
use crate::ui::lists::show_all::ShowAll;
use crate::ui::lists::slots::Slots;
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::widgets::card::PlatformCard;

/// The matching platforms as cards, in file order. Long lists show their
/// first cards; those are reused slots (see `ui::lists::slots`).
#[component]
pub fn LogoGrid() -> impl IntoView {
    let explorer = use_explorer();
    let expanded = RwSignal::new(false);
    let matches = Memo::new(move |_| explorer.matches.with(|m| m.iter().collect::<Vec<usize>>()));
    let shown = Memo::new(move |_| matches.with(|all| visible(all, expanded.get(), GRID_FIRST)));
    // The grid is in file order.
    let all = Arc::new((0..explorer.index().len()).collect::<Vec<usize>>());
    let order = Memo::new(move |_| all.clone());
    let slots = Slots::new(order, shown, explorer.matches, explorer.index(), GRID_FIRST);
    view! {
        <section class="grid-section" aria-labelledby="grid-heading">
            <h2 id="grid-heading" class="visually-hidden">"Platforms"</h2>
            <ul id="logo-grid" class="logo-grid">
                <For each=move || slots.keys() key=|slot| *slot children=move |slot| view! { <PlatformCard shown=slots.shown(slot) /> } />
            </ul>
            <ShowAll
                total=Signal::derive(move || matches.with(Vec::len))
                expanded
                first=GRID_FIRST
                controls="logo-grid"
                context=" in the logo grid".to_string()
            />
            <EmptyState />
        </section>
    }
}

/// Shown when nothing matches: names each active filter and how many
/// platforms removing it alone would bring back.
#[component]
fn EmptyState() -> impl IntoView {
    let explorer = use_explorer();
    let nothing = move || explorer.matches.with(|m| m.count() == 0);
    let reasons = move || explorer.filters.with(|f| exclusions(&explorer.index(), f));
    view! {
        <Show when=nothing>
            <div class="empty-state">
                <p><strong>"No platform matches all of these filters."</strong></p>
                <ul>
                    {move || {
                        reasons()
                            .into_iter()
                            .map(|(active, count)| {
                                let noun = if count == 1 { "platform" } else { "platforms" };
                                view! {
                                    <li>
                                        {active.describe()}
                                        {format!(" — without it, {count} {noun} would match. ")}
                                        <button type="button" class="link-button" on:click={
                                            let active = active.clone();
                                            move |_| explorer.remove_filter(&active)
                                        }>
                                            "Remove " <span class="visually-hidden">{active.describe()}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
