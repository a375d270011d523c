//! The root component: loads the configuration and the platform list, then
//! shows the explorer, or a clear error with Retry.

use std::sync::Arc;

use leptos::prelude::*;

use super::context::host::{Host, Placement};
use super::page::ExplorerPage;
use super::prerender::TakeOver;
use super::widgets::retry::RetryButton;
use crate::api::{load_config, load_platforms, load_snapshot, today, PlatformListError};
use crate::core::catalog::snapshot::Snapshot;
use crate::core::config::{Config, Overrides, Shipped};
use crate::core::date::Date;
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::validate::{Issue, Loaded};

/// Where the app finds its settings: `config.json` (relative to the page,
/// or absolute), then the host's overrides.
#[derive(Clone)]
pub struct Settings {
    pub config_url: String,
    /// The element's own files, as its module found them.
    pub shipped: Shipped,
    pub overrides: Overrides,
}

/// What the explorer is shown from. The index is shared, not copied: the
/// resource keeps its value and every read of it clones.
type Data = (Config, Arc<PlatformIndex>, Vec<Issue>, Option<Date>, Option<Arc<Snapshot>>);

/// The configuration, then the platform list and the catalog snapshot (if
/// the build made one) side by side.
async fn load(settings: Settings) -> Result<Data, PlatformListError> {
    let config = load_config(&settings.config_url, &settings.shipped).await?.overridden(&settings.overrides);
    let today = today();
    let (platforms, snapshot) = futures::join!(
        load_platforms(&config.platforms_url, today.unwrap_or(Date::LAST)),
        load_snapshot(&config.catalog_snapshot_url)
    );
    let Loaded { platforms, issues } = platforms?;
    Ok((config, Arc::new(PlatformIndex::new(platforms)), issues, today, snapshot.map(Arc::new)))
}

#[component]
pub fn App(
    /// Standalone page or element.
    placement: Placement,
    /// Where the configuration comes from.
    settings: Settings,
) -> impl IntoView {
    provide_context(Host::new(&placement));
    let data = LocalResource::new(move || load(settings.clone()));
    let Placement { prose, prefix, element, sections, .. } = placement;
    // Compact (the tables folded in a narrow host) only embedded, by default.
    let compact = element.is_some() && sections.compact();
    // Only the standalone page has a prerendered copy to take over from.
    let standalone = element.is_none();
    // A plain match, not `<Suspense>`: a Suspense would also wait for every
    // resource read beneath it, so the page would show "Loading platforms…"
    // until the catalog walk had finished.
    let content = move || match data.get() {
        None => view! { <p class="loading" role="status">"Loading platforms…"</p> }.into_any(),
        Some(Ok((config, index, issues, today, snapshot))) => {
            let prefix = prefix.clone();
            view! { <ExplorerPage index issues config snapshot prefix prose today sections compact /> {standalone.then(TakeOver)} }
                .into_any()
        }
        Some(Err(error)) => view! {
            {standalone.then(TakeOver)}
            <div class="load-error" role="alert">
                <h2>"The platform list could not be loaded"</h2>
                <p>{error.to_string()}</p>
                <RetryButton retry=Callback::new(move |_| data.refetch()) />
            </div>
        }
        .into_any(),
    };
    // An element inside a host page must not add a second `main` landmark.
    if element.is_some() {
        view! { <div class="ec-root">{content}</div> }.into_any()
    } else {
        view! { <main id="main" class="ec-root">{content}</main> }.into_any()
    }
}
