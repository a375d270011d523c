//! "Published from this platform" in the detail view: the platform's
//! records in groups (`core::catalog::record_match::Published::groups`),
//! each showing its first records until "Show all".

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::catalog::record_match::{unread_notice, with_openers, Published};
use crate::core::catalog::stac::RecordKind;
use crate::core::catalog::walk::StaticCatalog;
use crate::core::view::show_all::{visible, RECORD_FIRST};
use crate::ui::lists::show_all::ShowAll;
use crate::ui::page::state::catalog::{use_catalog, Origin};
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::widgets::catalog_problem::CatalogProblem;
use crate::ui::widgets::record_card::record_items;
use crate::ui::widgets::retry::RetryButton;

#[component]
pub fn PublishedRecords(
    /// Position of the platform.
    position: usize,
) -> impl IntoView {
    let Some(catalog) = use_catalog() else {
        return ().into_any();
    };
    let retry = Callback::new(move |_| catalog.retry());
    let body = move || match (catalog.shown.get(), catalog.live()) {
        (None, None) => view! { <p class="loading" role="status">"Loading the Open Science Catalog…"</p> }.into_any(),
        (None, Some(Err(error))) => view! { <CatalogProblem error retry /> }.into_any(),
        (None, Some(Ok(_))) => ().into_any(),
        (Some((walked, origin)), live) => {
            let as_of = match (origin, live) {
                (Origin::Live, _) => None,
                (Origin::Snapshot { day, .. }, None) => Some(view! {
                    <p class="notice as-of" role="status">
                        "As of " <time datetime=day.clone()>{day.clone()}</time> " (the catalog as this page was built); checking the live catalog…"
                    </p>
                }.into_any()),
                (Origin::Snapshot { day, age_in_days }, Some(Err(error))) => Some(view! {
                    <div class="notice as-of" role="alert">
                        <p>
                            "The live catalog could not be reached, so these records are as of "
                            <time datetime=day.clone()>{day.clone()}</time>
                            {age_in_days.map(|days| match days {
                                0 => " (today).".to_string(),
                                1 => " (1 day ago).".to_string(),
                                n => format!(" ({n} days ago)."),
                            })}
                            " " {error.to_string()}
                        </p>
                        <RetryButton retry />
                    </div>
                }.into_any()),
                (Origin::Snapshot { .. }, Some(Ok(_))) => None,
            };
            let all_published = catalog.published.get().unwrap_or_default();
            let Some(published) = all_published.get(position).filter(|p| !p.is_empty()) else {
                return view! {
                    {as_of}
                    <p class="none">"No workflow, experiment or product in the Open Science Catalog names this platform yet."</p>
                }
                .into_any();
            };
            let groups = published
                .groups()
                .into_iter()
                .map(|(kind, list)| record_group(kind, list.to_vec(), walked.clone(), all_published.clone()))
                .collect_view();
            view! {
                {as_of}
                {unread_notice(walked.failed).map(|text| view! { <p class="notice catalog-unread">{text}</p> })}
                <p role="status">{format!("{} records published from this platform.", published.len())}</p>
                {groups}
            }
            .into_any()
        }
    };
    view! {
        <section class="published" aria-labelledby="published-heading">
            <h3 id="published-heading">"Published from this platform"</h3>
            {body}
        </section>
    }
    .into_any()
}

/// One kind of record (`list`: positions in the walk, in the order shown),
/// its first records, and "Show all". `all_published` tells which platforms
/// each record opens on.
fn record_group(
    kind: RecordKind,
    list: Vec<usize>,
    walked: Arc<StaticCatalog>,
    all_published: Arc<Vec<Published>>,
) -> impl IntoView {
    let explorer = use_explorer();
    let total = list.len();
    let expanded = RwSignal::new(false);
    let cards = move || {
        let shown = visible(&list, expanded.get(), RECORD_FIRST);
        record_items(with_openers(&shown, &explorer.index().platforms, &walked.records, &all_published))
    };
    let id = format!("published-{}s", kind.key());
    view! {
        <h4 class="record-group">{format!("{} ({total})", kind.plural())}</h4>
        <ul class="records" id=id.clone()>{cards}</ul>
        <ShowAll
            total=Signal::stored(total)
            expanded
            first=RECORD_FIRST
            controls=id
            context=format!(" of the {}", kind.plural().to_lowercase())
            noun="records"
        />
    }
}
