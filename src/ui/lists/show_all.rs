//! The "Show all N platforms" / "Show fewer" button of a long list (see
//! `core::paging`). A native button with `aria-expanded`; it stays where it
//! is when pressed, so focus does too.

use leptos::prelude::*;

use crate::core::view::show_all::{needs_toggle, toggle_label};

#[component]
pub fn ShowAll(
    /// How many entries the list has (all of them, not just those shown).
    #[prop(into)]
    total: Signal<usize>,
    /// Whether every entry is shown.
    expanded: RwSignal<bool>,
    /// Entries shown before the button is pressed.
    first: usize,
    /// The id of the list the button shows more of.
    #[prop(into)]
    controls: String,
    /// Which list, for screen readers: " in the logo grid".
    context: String,
    /// What the list holds, plural.
    #[prop(default = "platforms")]
    noun: &'static str,
) -> impl IntoView {
    view! {
        <Show when=move || needs_toggle(total.get(), first)>
            <p class="show-all">
                <button
                    type="button"
                    class="button"
                    aria-expanded=move || expanded.get().to_string()
                    aria-controls=controls.clone()
                    on:click=move |_| expanded.update(|e| *e = !*e)
                >
                    {move || toggle_label(total.get(), expanded.get(), noun)}
                    <span class="visually-hidden">{context.clone()}</span>
                </button>
            </p>
        </Show>
    }
}
