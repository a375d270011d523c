//! "Search the Open Science Catalog": the form, the results with the
//! platforms each opens on, and "Load more". The search itself is
//! `api::catalog::Operation::search_more` over `core::catalog::search`;
//! this view starts it in a task and shows its outcome. (A Leptos `Action`
//! would fit, but its machinery added 4.6 KB gzip to the WASM.)

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::api::catalog::{CatalogError, Operation};
use crate::api::fetch::FetchError;
use crate::core::catalog::search::Search;
use crate::core::config::Config;
use crate::ui::page::state::catalog::{abort, use_catalog};
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::widgets::catalog_problem::CatalogProblem;
use crate::ui::widgets::record_card::record_items;
use crate::ui::widgets::retry::RetryButton;

#[component]
pub fn CatalogSearch() -> impl IntoView {
    let Some((catalog, config)) = use_catalog().and_then(|c| Some((c, StoredValue::new(c.config()?)))) else {
        return ().into_any();
    };
    let explorer = use_explorer();
    let results: RwSignal<Option<Result<Search, CatalogError>>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    // The search running now: a new one (or unmounting) cancels it.
    let running: StoredValue<Option<Operation>, LocalStorage> = StoredValue::new_local(None);
    on_cleanup(move || abort(running));
    let submitted = RwSignal::new(String::new());
    let start = move |more: bool| {
        let text = submitted.get_untracked();
        if text.trim().is_empty() {
            results.set(None);
            return;
        }
        abort(running);
        let op = Operation::new(config.with_value(Config::timeout));
        running.set_value(Some(op.clone()));
        let previous = if more { results.get_untracked().and_then(Result::ok) } else { None };
        let api = config.with_value(|c| c.stac_api_url.clone());
        busy.set(true);
        spawn_local(async move {
            let index = explorer.index();
            let outcome = op.search_more(&api, &text, previous, &index.platforms, || catalog.statics()).await;
            // A search replaced by a newer one shows nothing.
            if !matches!(outcome, Err(CatalogError::Fetch(FetchError::Aborted))) {
                results.set(Some(outcome));
                busy.set(false);
            }
        });
    };
    let retry = Callback::new(move |_| start(false));
    let list = move || match results.get() {
        None => ().into_any(),
        Some(Err(error)) => view! { <CatalogProblem error retry /> }.into_any(),
        Some(Ok(found)) => found_list(found, busy, Callback::new(move |_| start(true)), retry).into_any(),
    };
    view! {
        <section class="catalog-search" aria-labelledby="catalog-search-heading">
            <h2 id="catalog-search-heading">"Search the Open Science Catalog"</h2>
            <p>"Find published workflows, experiments and products, and the platforms each can be opened on."</p>
            {search_form(Callback::new(move |text| {
                submitted.set(text);
                start(false);
            }))}
            <Show when=move || busy.get()>
                <p class="loading" role="status">"Searching…"</p>
            </Show>
            {list}
        </section>
    }
    .into_any()
}

/// The search box; submitting it starts a new search for its words.
fn search_form(on_search: Callback<String>) -> impl IntoView {
    let query = RwSignal::new(String::new());
    view! {
        <form role="search" on:submit=move |ev| {
            ev.prevent_default();
            on_search.run(query.get_untracked());
        }>
            <label for="catalog-query">"Search the catalog"</label>
            <input
                id="catalog-query"
                type="search"
                placeholder="e.g. glacier velocity"
                prop:value=move || query.get()
                on:input=move |ev| query.set(event_target_value(&ev))
            />
            <button type="submit" class="button primary">"Search"</button>
        </form>
    }
}

/// The results so far, their count, and "Load more" while a source has more.
/// `busy`: a search is running; `more` loads the next results; `retry`
/// asks the API again when it was down.
fn found_list(found: Search, busy: RwSignal<bool>, more: Callback<()>, retry: Callback<()>) -> impl IntoView {
    let has_more = found.has_more();
    let count = found.found.len();
    let cards = record_items(found.found);
    let api_down = found.api_down.clone().map(|reason| {
        view! {
            <div class="notice api-down" role="alert">
                <p>"The catalog API is not answering, so this searches the published catalog instead. " {reason}</p>
                <RetryButton retry />
            </div>
        }
    });
    view! {
        {api_down}
        <p class="search-count" role="status">
            {match count {
                0 => "No records match.".to_string(),
                1 => "1 record".to_string(),
                n => format!("{n} records{}", if has_more { " so far" } else { "" }),
            }}
        </p>
        <ul class="records">{cards}</ul>
        {has_more.then(|| view! {
            <button type="button" class="button load-more" disabled=move || busy.get() on:click=move |_| more.run(())>
                "Load more"
            </button>
        })}
    }
}
