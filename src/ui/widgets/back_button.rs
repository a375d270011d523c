//! "← All platforms": leaves the detail or comparison view.

use leptos::prelude::*;

#[component]
pub fn BackButton(
    /// What the click does.
    on_back: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="back" on:click=move |_| on_back.run(())>
            <span aria-hidden="true">"← "</span>
            "All platforms"
        </button>
    }
}
