//! The logo grid: a card per platform, hidden when the filters exclude it.

use leptos::prelude::*;

use super::catalog::RecordCount;
use super::compare::CompareToggle;
use super::paging::ShowAll;
use super::platform_link::PlatformLink;
use super::state::use_explorer;
use crate::core::filter::exclusions;
use crate::core::model::Platform;
use crate::core::paging::{page_of, GRID_PAGE};

/// A platform's logo, or its initials when there is no logo or it fails to load.
#[component]
pub fn Logo(
    /// Whose logo.
    platform: Platform,
) -> impl IntoView {
    let failed = RwSignal::new(platform.logo_url.is_none());
    let initials = platform.initials();
    let name = platform.name.clone();
    let src = platform.logo_url.clone().unwrap_or_default();
    view! {
        <div class="logo">
            {move || {
                if failed.get() {
                    view! {
                        <span class="initials" role="img" aria-label=format!("{name} (logo unavailable)")>
                            {initials.clone()}
                        </span>
                    }
                        .into_any()
                } else {
                    view! {
                        <img
                            src=src.clone()
                            alt=format!("{name} logo")
                            width="180"
                            height="80"
                            loading="lazy"
                            decoding="async"
                            on:error=move |_| failed.set(true)
                        />
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// One card: logo, name (opens the detail view), docs and access links.
/// Nothing in it reads a long-lived signal (see `fanout`).
#[component]
fn PlatformCard(
    /// Position of the platform in the index.
    position: usize,
) -> impl IntoView {
    let explorer = use_explorer();
    let index = explorer.index();
    let Some(platform) = index.platforms.get(position).cloned() else {
        return ().into_any();
    };
    let id = platform.id.clone();
    view! {
        <li class="card" data-platform=id.clone()>
            <Logo platform=platform.clone() />
            <h3 class="card-name">
                <PlatformLink id=id.clone() name=platform.name.clone() dom_id=format!("card-{id}") />
            </h3>
            <RecordCount position />
            <CompareToggle position id=platform.id.clone() name=platform.name.clone() with_text=true />
            <p class="card-links">
                {platform.docs_url.clone().map(|url| view! { <a href=url>"Docs"</a> })}
                {platform.access_url.clone().map(|url| {
                    view! { <a href=url rel="noopener" target="_blank">"Open platform"<span class="visually-hidden">" (new tab)"</span></a> }
                })}
            </p>
        </li>
    }
    .into_any()
}

/// The matching platforms as cards, in file order: a keyed list, so a card
/// that still matches is kept as it is. Long lists show a page first.
#[component]
pub fn LogoGrid() -> impl IntoView {
    let explorer = use_explorer();
    let expanded = RwSignal::new(false);
    let matching = Memo::new(move |_| explorer.matches.with(|m| m.iter().collect::<Vec<usize>>()));
    let shown = Memo::new(move |_| matching.with(|all| page_of(all, expanded.get(), GRID_PAGE)));
    view! {
        <section class="grid-section" aria-labelledby="grid-heading">
            <h2 id="grid-heading" class="visually-hidden">"Platforms"</h2>
            <ul id="logo-grid" class="logo-grid">
                <For each=move || shown.get() key=|position| *position children=move |position| view! { <PlatformCard position /> } />
            </ul>
            <ShowAll
                total=Signal::derive(move || matching.with(Vec::len))
                expanded
                page=GRID_PAGE
                controls="logo-grid"
                context=" in the logo grid".to_string()
            />
            <EmptyState />
        </section>
    }
}

/// Shown when nothing matches: names each active filter and how many
/// platforms removing it alone would bring back.
#[component]
fn EmptyState() -> impl IntoView {
    let explorer = use_explorer();
    let nothing = move || explorer.matches.with(|m| m.count() == 0);
    let reasons = move || explorer.filters.with(|f| exclusions(&explorer.index(), f));
    view! {
        <Show when=nothing>
            <div class="empty-state">
                <p><strong>"No platform matches all of these filters."</strong></p>
                <ul>
                    {move || {
                        reasons()
                            .into_iter()
                            .map(|(active, count)| {
                                let on_remove = super::chips::remove(&active);
                                let noun = if count == 1 { "platform" } else { "platforms" };
                                view! {
                                    <li>
                                        {active.describe()}
                                        {format!(" — without it, {count} {noun} would match. ")}
                                        <button type="button" class="link-button" on:click=move |_| on_remove()>
                                            "Remove " <span class="visually-hidden">{active.describe()}</span>
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </div>
        </Show>
    }
}
