//! A card of the logo grid, in a reused slot (see `ui::lists::slots`).

use leptos::prelude::*;

use super::compare_toggle::CompareToggle;
use super::logo::logo;
use super::platform_link::PlatformLink;
use super::record_count::RecordCount;
use crate::ui::lists::slots::Shown;

/// One card: logo, name (opens the detail view), docs and access links,
/// for whichever platform its slot shows. Nothing in it reads
/// a long-lived signal (see `ui::lists::fanout`).
#[component]
pub fn PlatformCard(
    /// The platform shown.
    shown: Shown,
) -> impl IntoView {
    let id = shown.text(|p| p.id.clone());
    let dom_id = shown.text(|p| format!("card-{}", p.id));
    let (logo_of, links_of) = (shown.clone(), shown.clone());
    let link_id = Signal::derive(id.clone());
    let name = Signal::derive(shown.text(|p| p.name.clone()));
    view! {
        <li class="card" data-platform=id.clone()>
            {move || logo_of.with(logo)}
            <h3 class="card-name">
                <PlatformLink id=link_id name dom_id=Signal::derive(dom_id) />
            </h3>
            <RecordCount shown=shown.clone() />
            <CompareToggle shown with_text=true />
            <p class="card-links">
                {move || links_of.with(|platform| {
                    let docs = platform.docs_url.clone().map(|url| view! { <a href=url>"Docs"</a> });
                    let open = platform.access_url.clone().map(|url| {
                        view! { <a href=url rel="noopener" target="_blank">"Open platform"<span class="visually-hidden">" (new tab)"</span></a> }
                    });
                    (docs, open)
                })}
            </p>
        </li>
    }
}
