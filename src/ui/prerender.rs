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
        let placement = Placement { prose: true, prefix: String::new(), element: None, container: None };
        provide_context(Host::new(&placement));
        // Rendered once, untracked: nothing here should subscribe (and debug
        // builds would warn about every signal read outside a reactive scope).
        untrack(|| {
            let Loaded { platforms, issues } = loaded;
            let index = Arc::new(PlatformIndex::new(platforms));
            let (today, snapshot) = (Some(today), snapshot.map(Arc::new));
            view! { <main id="main" class="ec-root" data-prerendered=""><ExplorerPage index issues today snapshot /></main> }
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
