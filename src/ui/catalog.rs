//! Open Science Catalog records: per-platform record counts and lists, and
//! the catalog search section. Views over `core::matching` and
//! `core::catalog_search`; requests go through `api::catalog`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::fanout::Fanout;
use super::paging::ShowAll;
use super::retry::RetryButton;
use super::slots::Shown;
use super::state::use_explorer;
use crate::api::catalog::{CatalogError, Operation, StaticCatalog};
use crate::core::catalog_search::{api_query, record_texts, static_search, static_twin};
use crate::core::config::Config;
use crate::core::markdown::to_safe_html;
use crate::core::matching::{openers, platforms_of, published_from, PlatformMatch, Published};
use crate::core::model::Platform;
use crate::core::paging::{page_of, RECORD_PAGE};
use crate::core::stac::{collections_have_free_text, search_has_free_text, Record, RecordKind, StacLink, Visited};

type Loaded = Result<Arc<StaticCatalog>, CatalogError>;

/// The catalog as the page knows it; `Copy`, provided by `ExplorerPage`.
#[derive(Clone, Copy)]
pub struct Catalog {
    config: StoredValue<Config>,
    /// The static catalog walk (workflows, experiments, their products).
    records: LocalResource<Loaded>,
    /// What each platform published, by platform position, once loaded.
    published: Memo<Option<Vec<Published>>>,
    /// Each card's record count, once loaded (see `fanout`).
    counts: Fanout<Option<Vec<Published>>, Option<usize>>,
    /// Each walked record's searchable text, built at the first static search.
    texts: Memo<Option<Arc<Vec<String>>>>,
}

fn count_of(published: &Option<Vec<Published>>, position: usize) -> Option<usize> {
    published.as_ref().and_then(|all| all.get(position).map(Published::len))
}

impl Catalog {
    pub fn new(config: Config) -> Self {
        let root = config.static_catalog_url.clone();
        let timeout = config.timeout();
        // The walk's requests are cancelled when the explorer unmounts.
        let walk: StoredValue<Option<Operation>, LocalStorage> = StoredValue::new_local(None);
        let records = LocalResource::new(move || {
            let root = root.clone();
            let op = Operation::new(timeout);
            walk.set_value(Some(op.clone()));
            async move { op.static_records(&root).await.map(Arc::new) }
        });
        on_cleanup(move || abort(walk));
        let explorer = use_explorer();
        let published = Memo::new(move |_| {
            let loaded = records.get()?;
            let catalog = loaded.ok()?;
            let index = explorer.index();
            Some((0..index.len()).map(|p| published_from(p, &index.platforms, &catalog.records)).collect())
        });
        let counts = Fanout::new(published, count_of);
        let texts = Memo::new(move |_| Some(Arc::new(record_texts(&records.get()?.ok()?.records))));
        Catalog { config: StoredValue::new(config), records, published, counts, texts }
    }
}

impl Catalog {
    /// Published-record counts of the given platforms, once the catalog is loaded.
    pub fn published_counts(&self, positions: &[usize]) -> Option<Vec<usize>> {
        self.published.with(|all| {
            let all = all.as_ref()?;
            positions.iter().map(|&p| all.get(p).map(Published::len)).collect()
        })
    }
}

/// Cancels the operation in `slot`, if any (on unmount: no request outlives the view).
fn abort(slot: StoredValue<Option<Operation>, LocalStorage>) {
    if let Some(op) = slot.try_get_value().flatten() {
        op.abort();
    }
}

pub fn use_catalog() -> Option<Catalog> {
    use_context::<Catalog>()
}

/// "4 published records" on a card, once the catalog is loaded.
#[component]
pub fn RecordCount(
    /// The platform (a reused slot changes it).
    shown: Shown,
) -> impl IntoView {
    let count = use_catalog().map(|catalog| catalog.counts.watch(shown.at));
    let text = move || {
        let count = count.as_ref()?.get()?;
        Some(match count {
            0 => "No catalog records yet".to_string(),
            1 => "1 published record".to_string(),
            n => format!("{n} published records"),
        })
    };
    view! { <p class="record-count">{text}</p> }
}

/// A catalog failure with a Retry button.
#[component]
fn CatalogProblem(
    /// What went wrong.
    error: CatalogError,
    /// What Retry does.
    retry: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="catalog-error" role="alert">
            <p>{error.to_string()}</p>
            <RetryButton retry />
        </div>
    }
}

/// One record: type badge, title, metadata, description, links.
#[component]
pub fn RecordCard(
    /// The record shown.
    record: Record,
    /// The platforms it can be opened on.
    platforms: Vec<PlatformMatch>,
) -> impl IntoView {
    let explorer = use_explorer();
    let index = explorer.index();
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

/// "Published from this platform" in the detail view.
#[component]
pub fn PublishedRecords(
    /// Position of the platform.
    position: usize,
) -> impl IntoView {
    let Some(catalog) = use_catalog() else {
        return ().into_any();
    };
    let explorer = use_explorer();
    let retry = Callback::new(move |_| catalog.records.refetch());
    let body = move || match catalog.records.get() {
        None => view! { <p class="loading" role="status">"Loading the Open Science Catalog…"</p> }.into_any(),
        Some(Err(error)) => view! { <CatalogProblem error retry /> }.into_any(),
        Some(Ok(loaded)) => {
            let index = explorer.index();
            // Shared by the three groups' closures, not copied into each.
            let all_published = Arc::new(catalog.published.get().unwrap_or_default());
            let published = all_published.get(position).cloned().unwrap_or_default();
            if published.is_empty() {
                return view! {
                    <p class="none">"No workflow, experiment or product in the Open Science Catalog names this platform yet."</p>
                }
                .into_any();
            }
            let group = |title: &'static str, key: &'static str, list: Vec<usize>| {
                (!list.is_empty()).then(|| {
                    let total = list.len();
                    let (index, loaded, all_published) = (index.clone(), loaded.clone(), all_published.clone());
                    let expanded = RwSignal::new(false);
                    let cards = move || {
                        page_of(&list, expanded.get(), RECORD_PAGE)
                            .into_iter()
                            .filter_map(|at| {
                                let platforms = openers(at, &index.platforms, &loaded.records, &all_published);
                                let record = loaded.records.get(at).cloned()?;
                                Some(view! { <li><RecordCard record platforms /></li> })
                            })
                            .collect_view()
                    };
                    let id = format!("published-{key}");
                    view! {
                        <h4 class="record-group">{format!("{title} ({total})")}</h4>
                        <ul class="records" id=id.clone()>{cards}</ul>
                        <ShowAll
                            total=Signal::stored(total)
                            expanded
                            page=RECORD_PAGE
                            controls=id
                            context=format!(" of the {}", title.to_lowercase())
                            noun="records"
                        />
                    }
                })
            };
            let unread = match loaded.failed {
                0 => None,
                1 => Some("1 catalog record could not be read; the others are shown.".to_string()),
                n => Some(format!("{n} catalog records could not be read; the others are shown.")),
            };
            view! {
                {unread.map(|text| view! { <p class="notice catalog-unread">{text}</p> })}
                <p role="status">{format!("{} records published from this platform.", published.len())}</p>
                {group("Workflows", "workflows", published.workflows)}
                {group("Experiments", "experiments", published.experiments)}
                {group("Products", "products", published.products)}
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

/// Where the next page of a search comes from.
#[derive(Clone, Debug)]
enum Cursor {
    Api(StacLink),
    Static { kinds: Vec<RecordKind>, offset: usize },
}

#[derive(Clone, Debug, Default)]
struct Results {
    records: Vec<(Record, Vec<PlatformMatch>)>,
    cursors: Vec<Cursor>,
    /// API pages already fetched: a repeating `next` link ends the paging.
    visited: Visited,
}

const PAGE: usize = 10;

/// Fetches one page from every cursor; returns the records and the cursors left.
async fn next_page(
    op: &Operation,
    catalog: Catalog,
    cursors: Vec<Cursor>,
    visited: &mut Visited,
    text: &str,
) -> Result<(Vec<Record>, Vec<Cursor>), CatalogError> {
    let mut records = Vec::new();
    let mut left = Vec::new();
    for cursor in cursors {
        match cursor {
            Cursor::Api(link) => {
                let page = op.follow(&link).await?;
                records.extend(page.records);
                left.extend(visited.next(page.next).map(Cursor::Api));
            }
            Cursor::Static { kinds, offset } => {
                let loaded = catalog.records.await?;
                let texts = catalog.texts.get_untracked().unwrap_or_default();
                let hits = static_search(&loaded.records, &texts, text, &kinds);
                records.extend(hits.iter().skip(offset).take(PAGE).filter_map(|&at| loaded.records.get(at).cloned()));
                if offset + PAGE < hits.len() {
                    left.push(Cursor::Static { kinds, offset: offset + PAGE });
                }
            }
        }
    }
    Ok((records, left))
}

/// The first cursors for `text`: the API's free text where its conformance
/// says it works, else the static catalog.
async fn first_cursors(op: &Operation, catalog: Catalog, text: &str) -> Result<Vec<Cursor>, CatalogError> {
    let api = catalog.config.with_value(|c| c.stac_api_url.trim_end_matches('/').to_string());
    let landing = op.landing(&api).await?;
    let classes = &landing.conforms_to;
    let q = crate::core::url_state::escape(&api_query(text));
    let api_link = |endpoint: Option<String>, path: &str| {
        let base = endpoint.unwrap_or_else(|| format!("{api}/{path}"));
        let joiner = if base.contains('?') { '&' } else { '?' };
        let href = format!("{base}{joiner}q={q}&limit={PAGE}");
        Cursor::Api(StacLink { rel: "next".into(), href, ..StacLink::default() })
    };
    let collections = if collections_have_free_text(classes) {
        api_link(landing.collections_url.clone(), "collections")
    } else {
        Cursor::Static { kinds: vec![RecordKind::Product, RecordKind::Workflow], offset: 0 }
    };
    let items = if search_has_free_text(classes) {
        api_link(landing.search_url.clone(), "search")
    } else {
        Cursor::Static { kinds: vec![RecordKind::Experiment], offset: 0 }
    };
    Ok(vec![collections, items])
}

/// The platforms each result can be opened on, through its static twin
/// (waits for the static catalog walk: its records name the platforms).
async fn with_platforms(
    catalog: Catalog,
    platforms: &[Platform],
    records: Vec<Record>,
) -> Vec<(Record, Vec<PlatformMatch>)> {
    let loaded = catalog.records.await.ok();
    let statics = loaded.as_ref().map_or(&[][..], |c| c.records.as_slice());
    let published = catalog.published.get_untracked().unwrap_or_default();
    records
        .into_iter()
        .map(|record| match static_twin(&record, statics) {
            // The static record has the platform links the API drops, and the real id.
            Some(at) => {
                let matches = openers(at, platforms, statics, &published);
                (statics.get(at).cloned().unwrap_or(record), matches)
            }
            None => {
                let matches = platforms_of(&record, platforms);
                (record, matches)
            }
        })
        .collect()
}

/// Search over the Open Science Catalog, with paging and the platforms each
/// result opens on.
#[component]
pub fn CatalogSearch() -> impl IntoView {
    let Some(catalog) = use_catalog() else {
        return ().into_any();
    };
    let explorer = use_explorer();
    let query = RwSignal::new(String::new());
    let submitted = RwSignal::new(String::new());
    let results: RwSignal<Option<Result<Results, CatalogError>>> = RwSignal::new(None);
    let busy = RwSignal::new(false);
    let operation: StoredValue<Option<Operation>, LocalStorage> = StoredValue::new_local(None);
    on_cleanup(move || abort(operation));
    let start = move |more: bool| {
        let text = submitted.get_untracked();
        if text.trim().is_empty() {
            results.set(None);
            return;
        }
        if let Some(old) = operation.get_value() {
            old.abort();
        }
        let op = Operation::new(catalog.config.with_value(Config::timeout));
        operation.set_value(Some(op.clone()));
        let previous = if more { results.get_untracked().and_then(Result::ok) } else { None };
        busy.set(true);
        let index = explorer.index();
        spawn_local(async move {
            let outcome = async {
                let (mut kept, cursors, mut visited) = match previous {
                    Some(r) => (r.records, r.cursors, r.visited),
                    None => {
                        let mut visited = Visited::default();
                        let first = first_cursors(&op, catalog, &text).await?;
                        let cursors = first
                            .into_iter()
                            .filter_map(|cursor| match cursor {
                                Cursor::Api(link) => visited.next(Some(link)).map(Cursor::Api),
                                other => Some(other),
                            })
                            .collect();
                        (Vec::new(), cursors, visited)
                    }
                };
                let (records, cursors) = next_page(&op, catalog, cursors, &mut visited, &text).await?;
                kept.extend(with_platforms(catalog, &index.platforms, records).await);
                Ok::<_, CatalogError>(Results { records: kept, cursors, visited })
            }
            .await;
            if !matches!(outcome, Err(CatalogError::Aborted)) {
                results.set(Some(outcome));
                busy.set(false);
            }
        });
    };
    let retry = Callback::new(move |_| start(false));
    let list = move || match results.get() {
        None => ().into_any(),
        Some(Err(error)) => view! { <CatalogProblem error retry /> }.into_any(),
        Some(Ok(found)) => {
            let more = !found.cursors.is_empty();
            let count = found.records.len();
            let cards = found
                .records
                .into_iter()
                .map(|(record, platforms)| view! { <li><RecordCard record platforms /></li> })
                .collect_view();
            view! {
                <p class="search-count" role="status">
                    {match count {
                        0 => "No records match.".to_string(),
                        1 => "1 record".to_string(),
                        n => format!("{n} records{}", if more { " so far" } else { "" }),
                    }}
                </p>
                <ul class="records">{cards}</ul>
                {more.then(|| view! {
                    <button type="button" class="button load-more" disabled=move || busy.get() on:click=move |_| start(true)>
                        "Load more"
                    </button>
                })}
            }
            .into_any()
        }
    };
    view! {
        <section class="catalog-search" aria-labelledby="catalog-search-heading">
            <h2 id="catalog-search-heading">"Search the Open Science Catalog"</h2>
            <p>"Find published workflows, experiments and products, and the platforms each can be opened on."</p>
            <form role="search" on:submit=move |ev| {
                ev.prevent_default();
                submitted.set(query.get_untracked());
                start(false);
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
            <Show when=move || busy.get()>
                <p class="loading" role="status">"Searching…"</p>
            </Show>
            {list}
        </section>
    }
    .into_any()
}
