//! A link that opens a platform's detail view in place, and still works as
//! an ordinary link (new tab, copy address).

use leptos::prelude::*;

use super::state::use_explorer;

#[component]
pub fn PlatformLink(
    /// The platform's id.
    id: String,
    /// The link text.
    name: String,
    /// An element id, so focus can return to this link.
    #[prop(optional)]
    dom_id: Option<String>,
) -> impl IntoView {
    let explorer = use_explorer();
    let href = explorer.platform_href(&id);
    view! {
        <a
            id=dom_id
            href=href
            on:click=move |ev| {
                let plain = ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
                if plain {
                    ev.prevent_default();
                    explorer.open_platform(&id);
                }
            }
        >
            {name}
        </a>
    }
}
