//! `Catalog`: the Open Science Catalog as the page knows it — the live
//! static walk (once per page), the build's snapshot until the walk ends
//! (or instead of it, when it fails), what each platform published, the
//! searchable texts. Views over `core::catalog`; requests go through
//! `api::catalog`.

use std::sync::Arc;

use leptos::prelude::*;

use super::explorer::Explorer;
use crate::api::catalog::{CatalogError, Operation, Statics};
use crate::api::fetch::FetchError;
use crate::core::catalog::record_match::{published_from, Published};
use crate::core::catalog::search::record_texts;
use crate::core::catalog::snapshot::Snapshot;
use crate::core::catalog::walk::StaticCatalog;
use crate::core::config::Config;
use crate::core::date::Date;
use crate::ui::context::slot::RecordCounts;
use crate::ui::lists::fanout::Fanout;

/// The live walk's outcome.
pub type Walked = Result<Arc<StaticCatalog>, CatalogError>;

/// Where the records on the page come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// The live static catalog, walked by this page.
    Live,
    /// The build's snapshot, taken on this day (`YYYY-MM-DD`).
    Snapshot { day: String, age_in_days: Option<i64> },
}

/// The records on the page and where they come from.
pub type Shown = (Arc<StaticCatalog>, Origin);

/// `Copy`; provided by the page when it has a catalog or a snapshot.
#[derive(Clone, Copy)]
pub struct Catalog {
    config: StoredValue<Option<Config>>,
    /// The live walk; `None` in the prerender (no network at build time).
    walk: Option<LocalResource<Walked>>,
    /// The records shown: the live walk once it has succeeded, else the snapshot.
    pub shown: Memo<Option<Shown>>,
    /// What each platform published, by platform position, of the records shown.
    pub published: Memo<Option<Arc<Vec<Published>>>>,
    /// Each card's record count (see `ui::lists::fanout`).
    pub counts: RecordCounts,
    /// Each shown record's searchable text, built at the first static search.
    texts: Memo<Option<Arc<Vec<String>>>>,
}

fn count_of(published: &Option<Arc<Vec<Published>>>, position: usize) -> Option<usize> {
    published.as_ref().and_then(|all| all.get(position).map(Published::len))
}

impl Catalog {
    /// The catalog of a page: the live walk of `config`'s static catalog
    /// (if any), and the `snapshot` (if any) until the walk ends, its age
    /// counted to `today`. `None` when there is neither.
    pub fn new(
        config: Option<Config>,
        snapshot: Option<Arc<Snapshot>>,
        today: Option<Date>,
        explorer: Explorer,
    ) -> Option<Self> {
        if config.is_none() && snapshot.is_none() {
            return None;
        }
        let walk = config.clone().map(|config| {
            let (root, timeout, in_flight) = (config.static_catalog_url.clone(), config.timeout(), config.in_flight());
            // The walk's requests are cancelled when the explorer unmounts.
            let operation: StoredValue<Option<Operation>, LocalStorage> = StoredValue::new_local(None);
            on_cleanup(move || abort(operation));
            LocalResource::new(move || {
                let root = root.clone();
                let op = Operation::new(timeout);
                operation.set_value(Some(op.clone()));
                async move { op.static_records(&root, in_flight).await.map(Arc::new) }
            })
        });
        let snapshot_shown = snapshot.map(|s| {
            let origin =
                Origin::Snapshot { day: s.day().to_string(), age_in_days: today.and_then(|d| s.age_in_days(d)) };
            (Arc::new(s.catalog.clone()), origin)
        });
        let shown = Memo::new(move |_| match walk.and_then(|w| w.get()) {
            Some(Ok(live)) => Some((live, Origin::Live)),
            _ => snapshot_shown.clone(),
        });
        let published = Memo::new(move |_| {
            let records = shown.with(|s| s.as_ref().map(|(catalog, _)| catalog.clone()))?;
            let index = explorer.index();
            Some(Arc::new((0..index.len()).map(|p| published_from(p, &index.platforms, &records.records)).collect()))
        });
        let counts = Fanout::new(published, count_of);
        let texts = Memo::new(move |_| shown.with(|s| s.as_ref().map(|(c, _)| Arc::new(record_texts(&c.records)))));
        Some(Catalog { config: StoredValue::new(config), walk, shown, published, counts, texts })
    }

    /// The live walk: `None` while it runs (or when there is none).
    pub fn live(&self) -> Option<Walked> {
        self.walk.and_then(|w| w.get())
    }

    /// Walks the live catalog again.
    pub fn retry(&self) {
        if let Some(walk) = self.walk {
            walk.refetch();
        }
    }

    /// The configuration, when the page has a live catalog.
    pub fn config(&self) -> Option<Config> {
        self.config.get_value()
    }

    /// Published-record counts of the given platforms, once known.
    pub fn published_counts(&self, positions: &[usize]) -> Option<Vec<usize>> {
        self.published.with(|all| {
            let all = all.as_ref()?;
            positions.iter().map(|&p| all.get(p).map(Published::len)).collect()
        })
    }

    /// The records a search reads: the live walk's once it has ended well;
    /// while it runs, the snapshot's if there is one (else it waits); when
    /// it failed, the snapshot's, else its error.
    pub async fn statics(self) -> Result<Statics, CatalogError> {
        let pending = self.walk.is_some_and(|w| w.get_untracked().is_none());
        if !(pending && self.shown.with_untracked(Option::is_some)) {
            if let Some(walk) = self.walk {
                if let Err(error) = walk.await {
                    if self.shown.with_untracked(Option::is_none) {
                        return Err(error);
                    }
                }
            }
        }
        let Some((walk, _)) = self.shown.get_untracked() else {
            return Err(CatalogError::Fetch(FetchError::Aborted));
        };
        Ok(Statics {
            walk,
            texts: self.texts.get_untracked().unwrap_or_default(),
            published: self.published.get_untracked().unwrap_or_default(),
        })
    }
}

/// Cancels the operation in `slot`, if any (on unmount: no request outlives the view).
pub fn abort(slot: StoredValue<Option<Operation>, LocalStorage>) {
    if let Some(op) = slot.try_get_value().flatten() {
        op.abort();
    }
}

pub fn use_catalog() -> Option<Catalog> {
    use_context::<Catalog>()
}
