//! A link that opens a platform's detail view in place, and still works as
//! an ordinary link (new tab, copy address).

use leptos::prelude::*;

use crate::ui::context::slot::use_slot;

/// A left click without a modifier: the page handles it in place; any
/// other click (new tab, new window) is left to the browser.
pub fn is_plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

#[component]
pub fn PlatformLink(
    /// The platform's id (a reused slot changes it).
    #[prop(into)]
    id: Signal<String>,
    /// The link text.
    #[prop(into)]
    name: Signal<String>,
    /// An element id, so focus can return to this link.
    #[prop(optional, into)]
    dom_id: MaybeProp<String>,
) -> impl IntoView {
    let slot = use_slot();
    view! {
        <a
            id=move || dom_id.get()
            href=move || slot.platform_href(id.get())
            on:click=move |ev| {
                if is_plain_click(&ev) {
                    ev.prevent_default();
                    slot.open_platform(id.get_untracked());
                }
            }
        >
            {name}
        </a>
    }
}
