//! One Open Science Catalog record: type badge, title, metadata, the
//! description (Markdown rendered to safe HTML by the core), links.

use leptos::prelude::*;

use crate::core::catalog::markdown::to_safe_html;
use crate::core::catalog::record_match::PlatformMatch;
use crate::core::catalog::stac::Record;
use crate::ui::context::slot::use_slot;

/// One record: type badge, title, metadata, description, links.
#[component]
pub fn RecordCard(
    /// The record shown.
    record: Record,
    /// The platforms it can be opened on.
    platforms: Vec<PlatformMatch>,
) -> impl IntoView {
    let index = use_slot().index();
    let opens = platforms
        .into_iter()
        .filter_map(|m| {
            let name = index.platforms.get(m.platform)?.name.clone();
            let url = m.open_url?;
            Some(view! {
                <a class="open-on" href=url rel="noopener" target="_blank">
                    {format!("Open on {name}")}
                    <span class="visually-hidden">" (new tab)"</span>
                </a>
            })
        })
        .collect_view();
    let date = record.updated.as_deref().and_then(|d| d.get(..10)).map(str::to_string);
    let kind = record.kind;
    view! {
        <article class="record" data-record=record.id.clone() data-kind=kind.key()>
            <p class="record-meta">
                <span class=format!("badge badge-{}", kind.key())>{kind.label()}</span>
                {record.project.clone().map(|p| view! { <span>"Project: " {p}</span> })}
                {(!record.themes.is_empty()).then(|| view! { <span>"Themes: " {record.themes.join(", ")}</span> })}
                {date.map(|d| view! { <span>"Updated " <time datetime=d.clone()>{d.clone()}</time></span> })}
            </p>
            <h4 class="record-title">{record.title.clone()}</h4>
            <div class="record-description" inner_html=to_safe_html(&record.description)></div>
            <p class="record-links">
                <a href=kind.osc_page(&record.id) rel="noopener" target="_blank">
                    "View in the Open Science Catalog" <span class="visually-hidden">" (new tab)"</span>
                </a>
                {opens}
            </p>
        </article>
    }
}

/// Records as list items (the `<ul class="records">` is the caller's), each
/// with the platforms it opens on: one view for every list of records.
pub fn record_items(records: Vec<(Record, Vec<PlatformMatch>)>) -> impl IntoView {
    records.into_iter().map(|(record, platforms)| view! { <li><RecordCard record platforms /></li> }).collect_view()
}
