//! A card of the logo grid, in a reused slot (see `ui::lists::slots`).

use leptos::prelude::*;

use super::compare_toggle::CompareToggle;
use super::logo::logo;
use super::platform_link::PlatformLink;
use super::record_count::RecordCount;
use crate::core::platforms::model::{FacetKind, Platform};
use crate::ui::lists::slots::Shown;

/// How many entries of a list a card names before "+N more".
const CARD_FIRST: usize = 3;

/// One card: logo, name (opens the detail view), a summary (status, via,
/// languages, features, data, access, published records), the compare box,
/// docs and access links, for whichever platform its slot shows. Every card
/// has the same lines in the same order. Nothing in it reads a long-lived
/// signal (see `ui::lists::fanout`).
#[component]
pub fn PlatformCard(
    /// The platform shown.
    shown: Shown,
) -> impl IntoView {
    let id = shown.text(|p| p.id.clone());
    let dom_id = shown.text(|p| format!("card-{}", p.id));
    let (logo_of, summary_of, links_of) = (shown.clone(), shown.clone(), shown.clone());
    let link_id = Signal::derive(id.clone());
    let name = Signal::derive(shown.text(|p| p.name.clone()));
    let hidden = shown.hidden();
    view! {
        <li class="card" data-platform=id.clone() hidden=hidden>
            {move || logo_of.with(logo)}
            <h3 class="card-name">
                <PlatformLink id=link_id name dom_id=Signal::derive(dom_id) />
            </h3>
            {move || summary_of.with(summary)}
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

/// The first few entries, then "+N more": "Sentinel-1, Landsat-8, MODIS +4 more".
pub fn first_few(names: &[&str]) -> String {
    let mut text = names.iter().take(CARD_FIRST).copied().collect::<Vec<_>>().join(", ");
    if names.len() > CARD_FIRST {
        text.push_str(&format!(" +{} more", names.len() - CARD_FIRST));
    }
    text
}

/// The card's summary: the status badge and via line, then one line each
/// for languages, features, data and access, "not documented" where no
/// source says.
fn summary(platform: &Platform) -> impl IntoView {
    let facts = |kind: FacetKind| {
        let names: Vec<&str> = platform.facts(kind).iter().map(|f| f.name.as_str()).collect();
        match (platform.documents(kind), names.is_empty()) {
            (false, _) => "not documented".to_string(),
            (true, true) => "none".to_string(),
            (true, false) => first_few(&names),
        }
    };
    let access = platform.access.as_ref().filter(|a| !a.models.is_empty()).map_or_else(
        || "not documented".to_string(),
        |a| a.models.iter().map(|m| m.label()).collect::<Vec<_>>().join(", "),
    );
    let line = |label: &'static str, key: &'static str, text: String| {
        view! { <div data-summary=key><dt>{label}</dt><dd>{text}</dd></div> }
    };
    view! {
        <p class="card-status">
            {platform.status.map_or_else(
                || view! { <span class="badge" data-status="none">"Status not documented"</span> }.into_any(),
                |s| view! { <span class="badge" data-status=s.key()>{s.label()}</span> }.into_any(),
            )}
            {platform.via.clone().map(|via| view! { <span class="card-via">"via " {via}</span> })}
        </p>
        <dl class="card-summary">
            {line("Languages", "supportedLanguages", facts(FacetKind::SupportedLanguages))}
            {line("Features", "features", facts(FacetKind::Features))}
            {line("Data", "dataAccess", facts(FacetKind::DataAccess))}
            {line("Access", "access", access)}
        </dl>
    }
}

#[cfg(test)]
mod tests {
    use super::first_few;

    #[test]
    fn long_lists_name_the_first_and_count_the_rest() {
        assert_eq!(first_few(&[]), "");
        assert_eq!(first_few(&["Python"]), "Python");
        assert_eq!(first_few(&["a", "b", "c"]), "a, b, c");
        assert_eq!(first_few(&["a", "b", "c", "d", "e"]), "a, b, c +2 more");
    }
}
