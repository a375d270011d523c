//! The "Compare" checkbox of one platform (on its card and its table rows).

use leptos::prelude::*;

use crate::ui::context::slot::use_slot;
use crate::ui::lists::slots::Shown;

/// Reads its state through the slot context's picks (a signal of its own,
/// see `ui::lists::fanout`), so rows can come and go freely.
#[component]
pub fn CompareToggle(
    /// The platform (a reused slot changes it).
    shown: Shown,
    /// Show the word "Compare" beside the box (cards) or not (table rows).
    #[prop(optional)]
    with_text: bool,
) -> impl IntoView {
    let slot = use_slot();
    let pick = slot.pick(shown.at.clone());
    let checked = pick.clone();
    let label = shown.text(|p| format!("Compare {}", p.name));
    let data_compare = shown.text(|p| p.id.clone());
    let on_change = move |_| {
        if let Some(id) = shown.with_untracked(|p| p.id.clone()) {
            slot.toggle_compare(id);
        }
    };
    view! {
        <label class="compare-toggle">
            <input
                type="checkbox"
                data-compare=data_compare
                aria-label=label
                prop:checked=move || checked.with(|p| p.picked)
                disabled=move || pick.with(|p| p.full && !p.picked)
                on:change=on_change
            />
            {with_text.then_some(view! { <span aria-hidden="true">"Compare"</span> })}
        </label>
    }
}
