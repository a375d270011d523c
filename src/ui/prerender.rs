//! The page as HTML at build time (`src/bin/prerender.rs`): the same
//! components, rendered natively with Leptos's `to_html`, so the grid and
//! both tables are in `index.html` as served. The app then renders the live
//! page hidden and swaps it in (`ui::start`), with no visible change.

use std::sync::Arc;

use leptos::prelude::*;

use super::context::host::{Host, Placement};
use super::page::ExplorerPage;
use crate::core::catalog::snapshot::Snapshot;
use crate::core::date::Date;
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::validate::Loaded;

/// Where `index.html` takes the rendered page.
pub const PLACEHOLDER: &str = "<!-- prerender -->";

/// The attribute that marks the static copy; `TakeOver` removes it.
pub const MARKER: &str = "data-prerendered";

/// The standalone page's `<main>` for `loaded`, as the app first renders it
/// with an empty URL (no filters), dated `today`; with a catalog `snapshot`,
/// the cards show its record counts, as the live page will at once.
pub fn page_html(loaded: Loaded, today: Date, snapshot: Option<Snapshot>) -> String {
    let owner = Owner::new();
    owner.with(|| {
        let placement = Placement::standalone(true);
        provide_context(Host::new(&placement));
        // Rendered once, untracked: nothing here should subscribe (and debug
        // builds would warn about every signal read outside a reactive scope).
        untrack(|| {
            let Loaded { platforms, issues } = loaded;
            let index = Arc::new(PlatformIndex::new(platforms));
            let (today, snapshot) = (Some(today), snapshot.map(Arc::new));
            view! { <main id="main" class="ec-root" data-prerendered=""><ExplorerPage index issues today snapshot prerendered=true /></main> }
                .to_html()
        })
    })
}

/// Rendered once the live page is in place (or its load error): removes the
/// static copy and shows the live page in one task, so the browser paints
/// the change as a single frame. Without a static copy it does nothing.
#[component]
pub fn TakeOver() -> impl IntoView {
    Effect::new(|_| take_over());
}

fn take_over() {
    let document = document();
    let Ok(Some(copy)) = document.query_selector(&format!("[{MARKER}]")) else { return };
    copy.remove();
    if let Ok(Some(live)) = document.query_selector("[data-live-holder]") {
        let _ = live.remove_attribute("hidden");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::platforms::validate::parse_platforms;

    #[test]
    fn the_shipped_platforms_render_as_cards_and_table_rows() {
        let text = std::fs::read_to_string("public/platforms.json").unwrap_or_default();
        let today = Date::new(2026, 11, 28).unwrap_or(Date::LAST);
        let loaded = parse_platforms(&text, today).unwrap_or_else(|e| panic!("{e}"));
        let ids: Vec<String> = loaded.platforms.iter().map(|p| p.id.clone()).collect();
        let html = page_html(loaded, today, None);
        assert!(html.starts_with(r#"<main id="main" data-prerendered="" class="ec-root">"#));
        assert!(html.contains("<h1>Working with Platforms</h1>"));
        for id in &ids {
            assert!(html.contains(&format!(r#"<li data-platform="{id}" class="card">"#)), "card {id}");
            assert_eq!(
                html.matches(&format!(r#"<tr data-platform="{id}">"#)).count(),
                2,
                "a row of {id} in each table"
            );
        }
        assert_eq!(html.matches("<table").count(), 2);
        assert!(html.contains("Showing all 8 platforms"));
        let footer =
            format!(r#"EarthCODE Platform Explorer <span class="version">{}</span>"#, env!("CARGO_PKG_VERSION"));
        assert!(html.contains(&footer), "the version in the footer");
    }

    #[test]
    fn the_chooser_is_prerendered_as_its_empty_form_hidden_until_a_chooser_link() {
        let text = std::fs::read_to_string("public/platforms.json").unwrap_or_default();
        let loaded = parse_platforms(&text, Date::LAST).unwrap_or_else(|e| panic!("{e}"));
        let html = page_html(loaded, Date::LAST, None);
        let copy = html.split(r#"<div data-chooser-copy="" hidden>"#).nth(1).unwrap_or_default();
        let copy = copy.split(r#"<div class="explorer""#).next().unwrap_or_default();
        assert!(copy.contains(r#"<h2 id="choose-heading" tabindex="-1">Find a platform</h2>"#), "{copy}");
        for legend in ["The languages you write", "How you will pay", "Examples to start from"] {
            assert!(copy.contains(&format!("<legend>{legend}</legend>")), "{legend}");
        }
        assert!(copy.matches(r#"type="checkbox""#).count() > 20, "a box per choice and its must have");
        assert!(!copy.contains("checked"), "the empty form");
        assert!(!copy.contains("chooser-status") && !copy.contains(r#"class="fits""#), "no ranking without the app");
        let header = html.split("</header>").next().unwrap_or_default();
        assert!(header.contains(r#"<p class="chooser-link">"#), "the entry link is in the page header");
        assert_eq!(html.matches(r#"<p class="chooser-link">"#).count(), 1);
    }

    #[test]
    fn with_a_snapshot_the_cards_show_its_record_counts() {
        use crate::core::catalog::record_match::published_from;
        use crate::core::catalog::walk::tests::{walk_in_rounds, ROOT};
        let text = std::fs::read_to_string("public/platforms.json").unwrap_or_default();
        let today = Date::LAST;
        let loaded = parse_platforms(&text, today).unwrap_or_else(|e| panic!("{e}"));
        let platforms = loaded.platforms.clone();
        let (catalog, _) = walk_in_rounds(6, &[]);
        let counts: Vec<usize> =
            (0..platforms.len()).map(|p| published_from(p, &platforms, &catalog.records).len()).collect();
        let snapshot = Snapshot { taken_at: "2026-11-20T06:00:00Z".into(), source: ROOT.into(), catalog };
        let html = page_html(loaded, today, Some(snapshot));
        for (platform, count) in platforms.iter().zip(counts) {
            let card =
                html.split(&format!(r#"<li data-platform="{}" class="card">"#, platform.id)).nth(1).unwrap_or_default();
            let card = card.split("</li>").next().unwrap_or_default();
            let expected = match count {
                0 => "No catalog records yet".to_string(),
                1 => "1 published record".to_string(),
                n => format!("{n} published records"),
            };
            assert!(card.contains(&expected), "{}: {expected} in {card}", platform.id);
        }
        let without = page_html(parse_platforms(&text, today).unwrap_or_else(|e| panic!("{e}")), today, None);
        assert!(!without.contains("published record"), "no snapshot, no counts");
    }
}
