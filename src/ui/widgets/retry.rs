//! The Retry button of a failed load (the platform list, the catalog).

use leptos::prelude::*;

/// "Retry", then "Retrying…" until the answer replaces the message that
/// holds it (a new message brings a new button). Clicks in between are ignored.
#[component]
pub fn RetryButton(
    /// What Retry does.
    retry: Callback<()>,
) -> impl IntoView {
    let retrying = RwSignal::new(false);
    let click = move |_| {
        if !retrying.get_untracked() {
            retrying.set(true);
            retry.run(());
        }
    };
    view! {
        <button type="button" class="button" aria-disabled=move || retrying.get().then_some("true") on:click=click>
            {move || if retrying.get() { "Retrying…" } else { "Retry" }}
        </button>
    }
}
