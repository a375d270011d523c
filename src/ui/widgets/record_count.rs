//! "4 published records" on a card, once the catalog is loaded.

use leptos::prelude::*;

use crate::ui::context::slot::use_slot;
use crate::ui::lists::slots::Shown;

#[component]
pub fn RecordCount(
    /// The platform (a reused slot changes it).
    shown: Shown,
) -> impl IntoView {
    let count = use_slot().record_count(shown.at);
    let text = move || {
        let count = count.as_ref()?.get()?;
        Some(match count {
            0 => "No catalog records yet".to_string(),
            1 => "1 published record".to_string(),
            n => format!("{n} published records"),
        })
    };
    view! { <p class="record-count">{text}</p> }
}
