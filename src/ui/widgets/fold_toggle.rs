//! The button that folds a part of the explorer in a narrow container
//! ("Filters", "Capability tables"): `aria-expanded` says whether the part
//! is open, `aria-controls` names it. The style sheet decides when it shows.

use leptos::prelude::*;

#[component]
pub fn FoldToggle(
    /// Whether the part is unfolded.
    open: RwSignal<bool>,
    /// The button's class (its style).
    class: &'static str,
    /// The id of the part it folds.
    controls: &'static str,
    /// The button's text.
    children: Children,
) -> impl IntoView {
    view! {
        <button
            type="button"
            class=class
            aria-expanded=move || open.get().to_string()
            aria-controls=controls
            on:click=move |_| open.update(|o| *o = !*o)
        >
            {children()}
        </button>
    }
}
