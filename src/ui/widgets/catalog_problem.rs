//! A catalog failure, said in words, with a Retry button.

use leptos::prelude::*;

use super::retry::RetryButton;
use crate::api::catalog::CatalogError;

/// A catalog failure with a Retry button.
#[component]
pub fn CatalogProblem(
    /// What went wrong.
    error: CatalogError,
    /// What Retry does.
    retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="catalog-error" role="alert">
            <p>{error.to_string()}</p>
            <RetryButton retry />
        </div>
    }
}
