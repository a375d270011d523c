//! The logo grid: a card per matching platform, a page of them in reused slots.

use std::cell::RefCell;

use leptos::prelude::*;

use super::catalog::RecordCount;
use super::compare::CompareToggle;
use super::paging::ShowAll;
use super::platform_link::PlatformLink;
use super::slots::{Shown, Slots};
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
    logo(&platform)
}

thread_local! {
    /// Logo URLs that failed to load on this page: shown as initials at
    /// once when their card comes back, without asking again.
    static FAILED_LOGOS: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn logo(platform: &Platform) -> impl IntoView + use<> {
    let known_bad = |url: &String| FAILED_LOGOS.with(|failed| failed.borrow().contains(url));
    let failed = RwSignal::new(platform.logo_url.as_ref().is_none_or(known_bad));
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
                    let bad = src.clone();
                    view! {
                        <img
                            src=src.clone()
                            alt=format!("{name} logo")
                            width="180"
                            height="80"
                            loading="lazy"
                            decoding="async"
                            on:error=move |_| {
                                FAILED_LOGOS.with(|failed| failed.borrow_mut().push(bad.clone()));
                                // The card may show another platform by now.
                                let _ = failed.try_set(true);
                            }
                        />
                    }
                        .into_any()
                }
            }}
        </div>
    }
}

/// One card: logo, name (opens the detail view), docs and access links,
/// for whichever platform its slot shows (see `slots`). Nothing in it reads
/// a long-lived signal (see `fanout`).
#[component]
fn PlatformCard(
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

/// The matching platforms as cards, in file order. Long lists show a page
/// first; the page's cards are reused slots (see `slots`).
#[component]
pub fn LogoGrid() -> impl IntoView {
    let explorer = use_explorer();
    let expanded = RwSignal::new(false);
    let matching = Memo::new(move |_| explorer.matches.with(|m| m.iter().collect::<Vec<usize>>()));
    let shown = Memo::new(move |_| matching.with(|all| page_of(all, expanded.get(), GRID_PAGE)));
    let slots = Slots::new(shown);
    view! {
        <section class="grid-section" aria-labelledby="grid-heading">
            <h2 id="grid-heading" class="visually-hidden">"Platforms"</h2>
            <ul id="logo-grid" class="logo-grid">
                <For each=move || 0..slots.count.get() key=|slot| *slot children=move |slot| view! { <PlatformCard shown=slots.shown(slot) /> } />
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
