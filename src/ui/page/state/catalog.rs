//! `Catalog`: the Open Science Catalog as the page knows it — the static
//! walk (once per page), what each platform published, the searchable
//! texts. Views over `core::catalog`; requests go through `api::catalog`.

use std::sync::Arc;

use leptos::prelude::*;

use super::explorer::Explorer;
use crate::api::catalog::{CatalogError, Operation, StaticCatalog, Statics};
use crate::core::catalog::record_match::{published_from, Published};
use crate::core::catalog::search::record_texts;
use crate::core::config::Config;
use crate::ui::context::slot::RecordCounts;
use crate::ui::lists::fanout::Fanout;

/// The static walk's outcome.
pub type Walked = Result<Arc<StaticCatalog>, CatalogError>;

/// `Copy`; provided by the page when a catalog is configured.
#[derive(Clone, Copy)]
pub struct Catalog {
    pub config: StoredValue<Config>,
    /// The static catalog walk (workflows, experiments, their products).
    pub walk: LocalResource<Walked>,
    /// What each platform published, by platform position, once walked.
    pub published: Memo<Option<Arc<Vec<Published>>>>,
    /// Each card's record count, once walked (see `ui::lists::fanout`).
    pub counts: RecordCounts,
    /// Each walked record's searchable text, built at the first static search.
    texts: Memo<Option<Arc<Vec<String>>>>,
}

fn count_of(published: &Option<Arc<Vec<Published>>>, position: usize) -> Option<usize> {
    published.as_ref().and_then(|all| all.get(position).map(Published::len))
}

impl Catalog {
    pub fn new(config: Config, explorer: Explorer) -> Self {
        let root = config.static_catalog_url.clone();
        let timeout = config.timeout();
        // The walk's requests are cancelled when the explorer unmounts.
        let operation: StoredValue<Option<Operation>, LocalStorage> = StoredValue::new_local(None);
        let walk = LocalResource::new(move || {
            let root = root.clone();
            let op = Operation::new(timeout);
            operation.set_value(Some(op.clone()));
            async move { op.static_records(&root).await.map(Arc::new) }
        });
        on_cleanup(move || abort(operation));
        let published = Memo::new(move |_| {
            let walked = walk.get()?.ok()?;
            let index = explorer.index();
            Some(Arc::new((0..index.len()).map(|p| published_from(p, &index.platforms, &walked.records)).collect()))
        });
        let counts = Fanout::new(published, count_of);
        let texts = Memo::new(move |_| Some(Arc::new(record_texts(&walk.get()?.ok()?.records))));
        Catalog { config: StoredValue::new(config), walk, published, counts, texts }
    }

    /// Published-record counts of the given platforms, once walked.
    pub fn published_counts(&self, positions: &[usize]) -> Option<Vec<usize>> {
        self.published.with(|all| {
            let all = all.as_ref()?;
            positions.iter().map(|&p| all.get(p).map(Published::len)).collect()
        })
    }

    /// The walked catalog as a search reads it; waits for the walk.
    pub async fn statics(self) -> Result<Statics, CatalogError> {
        let walk = self.walk.await?;
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
