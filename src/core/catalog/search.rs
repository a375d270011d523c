//! Catalog search: the `q` sent to the API, where each page of results
//! comes from (`Cursor`: the API where its conformance classes promise free
//! text, else the static catalog), when paging ends, the fallback search
//! over the static catalog, and how results are merged with the platforms
//! they open on (through an API result's static record: the API drops
//! platform links and renames ids). `api::catalog::search_more` runs the
//! requests; everything it decides is here.

use crate::core::catalog::markdown::to_text;
use crate::core::catalog::record_match::{openers, platforms_of, PlatformMatch, Published};
use crate::core::catalog::stac::{
    collections_have_free_text, search_has_free_text, Landing, Record, RecordKind, StacLink, Visited,
};
use crate::core::percent::escape;
use crate::core::platforms::model::Platform;

/// Results asked of each source per "Load more" (the API's `limit`).
pub const SEARCH_LIMIT: usize = 10;

/// Where the next results of a search come from.
#[derive(Clone, Debug, PartialEq)]
pub enum Cursor {
    /// An API listing: the first URL, then each `next` link.
    Api(StacLink),
    /// The static catalog's records of these kinds, from `offset` on.
    Static { kinds: Vec<RecordKind>, offset: usize },
}

/// A search as far as it has gone: the results shown, each with the
/// platforms it opens on, and the cursors of what comes next.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Search {
    pub found: Vec<(Record, Vec<PlatformMatch>)>,
    cursors: Vec<Cursor>,
    /// API listings already asked for: a repeating `next` link ends the paging.
    visited: Visited,
    /// Why the API could not be asked, when this search reads the static
    /// catalog instead (the page says so, with the reason).
    pub api_down: Option<String>,
}

impl Search {
    /// A new search for `text` against the API at `api` (no trailing
    /// slash): collections (products, workflows) and items (experiments),
    /// each from the API where its conformance classes say `q` works, else
    /// from the static catalog.
    pub fn start(api: &str, landing: &Landing, text: &str) -> Search {
        let classes = &landing.conforms_to;
        let q = escape(&api_query(text));
        let api_link = |endpoint: &Option<String>, path: &str| {
            let base = endpoint.clone().unwrap_or_else(|| format!("{api}/{path}"));
            let joiner = if base.contains('?') { '&' } else { '?' };
            let href = format!("{base}{joiner}q={q}&limit={SEARCH_LIMIT}");
            Cursor::Api(StacLink { rel: "next".into(), href, ..StacLink::default() })
        };
        let collections = if collections_have_free_text(classes) {
            api_link(&landing.collections_url, "collections")
        } else {
            Cursor::Static { kinds: vec![RecordKind::Product, RecordKind::Workflow], offset: 0 }
        };
        let items = if search_has_free_text(classes) {
            api_link(&landing.search_url, "search")
        } else {
            Cursor::Static { kinds: vec![RecordKind::Experiment], offset: 0 }
        };
        let mut search = Search::default();
        for cursor in [collections, items] {
            search.push(Some(cursor));
        }
        search
    }

    /// A search of the static catalog alone, for when the API does not
    /// answer: products and workflows, then experiments, as the API would.
    pub fn without_api(reason: String) -> Search {
        let mut search = Search { api_down: Some(reason), ..Search::default() };
        search.push(Some(Cursor::Static { kinds: vec![RecordKind::Product, RecordKind::Workflow], offset: 0 }));
        search.push(Some(Cursor::Static { kinds: vec![RecordKind::Experiment], offset: 0 }));
        search
    }

    /// Whether "Load more" has anything to load.
    pub fn has_more(&self) -> bool {
        !self.cursors.is_empty()
    }

    /// The cursors to fetch now; what they return is `push`ed back.
    pub fn take_cursors(&mut self) -> Vec<Cursor> {
        std::mem::take(&mut self.cursors)
    }

    /// Keeps a cursor for the next "Load more": `None` (that source is
    /// done) and an API link already visited are dropped.
    pub fn push(&mut self, cursor: Option<Cursor>) {
        let kept = match cursor {
            Some(Cursor::Api(link)) => self.visited.next(Some(link)).map(Cursor::Api),
            other => other,
        };
        self.cursors.extend(kept);
    }
}

/// One "Load more" of a static cursor: the positions to show from `hits`
/// (the static search's result) and the cursor after them, if any.
pub fn static_step(hits: &[usize], kinds: Vec<RecordKind>, offset: usize) -> (Vec<usize>, Option<Cursor>) {
    let shown = hits.iter().skip(offset).take(SEARCH_LIMIT).copied().collect();
    let next = (offset + SEARCH_LIMIT < hits.len()).then_some(Cursor::Static { kinds, offset: offset + SEARCH_LIMIT });
    (shown, next)
}

/// Results with the platforms each opens on. A result with a static twin
/// is shown as that record (it has the platform links the API drops, and
/// the real id); one without is matched on its own links.
pub fn with_platforms(
    records: Vec<Record>,
    statics: &[Record],
    published: &[Published],
    platforms: &[Platform],
) -> Vec<(Record, Vec<PlatformMatch>)> {
    records
        .into_iter()
        .map(|record| match static_twin(&record, statics) {
            Some(at) => {
                let matches = openers(at, platforms, statics, published);
                (statics.get(at).cloned().unwrap_or(record), matches)
            }
            None => {
                let matches = platforms_of(&record, platforms);
                (record, matches)
            }
        })
        .collect()
}

/// The user's words as a pgstac `q`: every word required. Characters
/// pgstac's parser rejects (quotes, parentheses, operators) are dropped:
/// two bare words or a stray `(` would otherwise be an HTTP 500.
pub fn api_query(text: &str) -> String {
    text.split_whitespace()
        .map(|word| word.chars().filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.')).collect::<String>())
        .map(|word| word.trim_matches(['-', '.']).to_string())
        .filter(|word| !word.is_empty() && !["and", "or", "not"].contains(&word.to_lowercase().as_str()))
        .collect::<Vec<_>>()
        .join(" AND ")
}

/// Each record's searchable text, lower case: title, id, keywords, themes,
/// project and the description as text. Built once per catalog walk, so a
/// search only scans it.
pub fn record_texts(records: &[Record]) -> Vec<String> {
    records
        .iter()
        .map(|r| {
            format!(
                "{} {} {} {} {} {}",
                r.title,
                r.id,
                r.keywords.join(" "),
                r.themes.join(" "),
                r.project.as_deref().unwrap_or_default(),
                to_text(&r.description)
            )
            .to_lowercase()
        })
        .collect()
}

/// Records of the given kinds whose text ([`record_texts`]) contains every
/// word (case-insensitive), in catalog order.
pub fn static_search(records: &[Record], texts: &[String], text: &str, kinds: &[RecordKind]) -> Vec<usize> {
    let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
    records
        .iter()
        .zip(texts)
        .enumerate()
        .filter(|(_, (r, haystack))| kinds.contains(&r.kind) && words.iter().all(|w| haystack.contains(w.as_str())))
        .map(|(at, _)| at)
        .collect()
}

/// The static-catalog record an API result stands for: same kind and id,
/// or the id without the suffix the crawler adds (`-workflow`, `-experiment`).
pub fn static_twin(api_record: &Record, records: &[Record]) -> Option<usize> {
    let suffix = match api_record.kind {
        RecordKind::Workflow => Some("-workflow"),
        RecordKind::Experiment => Some("-experiment"),
        RecordKind::Product => None,
    };
    let bare = suffix.and_then(|s| api_record.id.strip_suffix(s));
    let find = |id: &str| records.iter().position(|r| r.kind == api_record.kind && r.id == id);
    find(&api_record.id).or_else(|| bare.and_then(find))
}

#[cfg(test)]
mod tests;
