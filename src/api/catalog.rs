//! The catalog client's shell: HTTP with a per-request timeout, abort of
//! superseded operations, an in-memory cache, typed errors, and the order
//! of a search's requests. Parsing and every decision are in
//! `core::catalog` (`stac`, `search`, `record_match`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::fmt;
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use futures::future::LocalBoxFuture;
use futures::stream::{FuturesUnordered, StreamExt};
use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;

use super::fetch::FetchError;
use crate::core::catalog::record_match::Published;
use crate::core::catalog::search::{static_search, static_step, with_platforms, Cursor, Search};
use crate::core::catalog::stac::{self, Landing, Listing, ParseError, Record, StacLink};
use crate::core::catalog::walk::{StaticCatalog, Stop, Walk};
use crate::core::platforms::model::Platform;

/// Why the catalog could not answer, as the page tells it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CatalogError {
    /// The request brought no answer.
    Fetch(FetchError),
    /// The answer is not the STAC the page expected.
    InvalidResponse { url: String, error: ParseError },
}

impl fmt::Display for CatalogError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CatalogError::Fetch(FetchError::Unreachable { url, .. }) => write!(
                f,
                "Could not reach the catalog at {url}. It may be down or offline, or it does not allow this page \
                 to read it: the server must send CORS headers (Access-Control-Allow-Origin)."
            ),
            CatalogError::Fetch(FetchError::Status { url, status }) => {
                write!(f, "The catalog answered HTTP {status} for {url}.")
            }
            CatalogError::Fetch(FetchError::Timeout { url, after }) => {
                // Tenths by integer arithmetic (ties to even, like `{:.1}`): no float formatting in the wasm.
                let (tenths, rest) = (after.as_millis() / 100, after.as_millis() % 100);
                let tenths = if rest > 50 || (rest == 50 && tenths % 2 == 1) { tenths + 1 } else { tenths };
                write!(f, "The catalog did not answer within {}.{} seconds ({url}).", tenths / 10, tenths % 10)
            }
            CatalogError::Fetch(FetchError::Aborted) => write!(f, "The request was replaced by a newer one."),
            CatalogError::InvalidResponse { url, error } => {
                write!(f, "The catalog sent an unusable answer for {url}: {error}.")
            }
        }
    }
}

thread_local! {
    /// Successful responses by request; failures are never cached, so Retry asks again.
    static CACHE: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// One user-level operation (a search, a page load). Starting a new one
/// aborts the old: dropping or calling [`Operation::abort`] cancels every
/// request made under it.
#[derive(Clone)]
pub struct Operation {
    controller: Option<web_sys::AbortController>,
    timed_out: Rc<Cell<bool>>,
    /// How long one request may take.
    timeout: Duration,
}

impl Operation {
    pub fn new(timeout: Duration) -> Self {
        Operation { controller: web_sys::AbortController::new().ok(), timed_out: Rc::new(Cell::new(false)), timeout }
    }

    pub fn abort(&self) {
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }

    /// Fetches and parses `url`. Answers that parse are cached; a failed or
    /// unusable answer is not, so Retry asks the server again.
    async fn fetch<T>(
        &self,
        url: &str,
        post: Option<&serde_json::Value>,
        parse: impl Fn(&str) -> Result<T, ParseError>,
    ) -> Result<T, CatalogError> {
        let key = match post {
            Some(body) => format!("POST {url} {body}"),
            None => format!("GET {url}"),
        };
        if let Some(value) = CACHE.with(|c| c.borrow().get(&key).map(|hit| parse(hit))).and_then(Result::ok) {
            return Ok(value);
        }
        let text = self.text(url.to_string(), post.map(ToString::to_string)).await.map_err(CatalogError::Fetch)?;
        let value = parse(&text).map_err(|error| CatalogError::InvalidResponse { url: url.to_string(), error })?;
        CACHE.with(|c| c.borrow_mut().insert(key, text));
        Ok(value)
    }

    /// One request's body text. Boxed, so the request code exists once in
    /// the WASM rather than inlined into every caller's state machine.
    fn text(&self, url: String, post: Option<String>) -> LocalBoxFuture<'_, Result<String, FetchError>> {
        Box::pin(async move {
            let signal = self.controller.as_ref().map(web_sys::AbortController::signal);
            let controller = self.controller.clone();
            let timed_out = self.timed_out.clone();
            let timer = set_timeout_with_handle(
                move || {
                    timed_out.set(true);
                    if let Some(controller) = controller {
                        controller.abort();
                    }
                },
                self.timeout,
            )
            .ok();
            let request = match post {
                Some(body) => Request::post(&url)
                    .abort_signal(signal.as_ref())
                    .header("Content-Type", "application/json")
                    .body(body),
                None => Request::get(&url).abort_signal(signal.as_ref()).build(),
            };
            let outcome = match request {
                Ok(request) => match request.send().await {
                    Ok(response) if response.ok() => response.text().await.map_err(|_| self.failure(&url)),
                    Ok(response) => Err(FetchError::Status { url: url.clone(), status: response.status() }),
                    Err(_) => Err(self.failure(&url)),
                },
                Err(_) => Err(FetchError::Aborted),
            };
            if let Some(timer) = timer {
                timer.clear();
            }
            outcome
        })
    }

    fn failure(&self, url: &str) -> FetchError {
        let aborted = self.controller.as_ref().is_some_and(|c| c.signal().aborted());
        match (self.timed_out.get(), aborted) {
            (true, _) => FetchError::Timeout { url: url.to_string(), after: self.timeout },
            (false, true) => FetchError::Aborted,
            (false, false) => FetchError::Unreachable { url: url.to_string(), detail: String::new() },
        }
    }

    /// The API's landing page, with its conformance classes filled in
    /// from `/conformance` when the landing page does not list them.
    pub async fn landing(&self, api: &str) -> Result<Landing, CatalogError> {
        let root = format!("{}/", api.trim_end_matches('/'));
        let mut landing = self.fetch(&root, None, |t| stac::landing(t, &root)).await?;
        if landing.conforms_to.is_empty() {
            let url = landing.conformance_url.clone().unwrap_or_else(|| format!("{root}conformance"));
            landing.conforms_to = self.fetch(&url, None, stac::conformance).await?;
        }
        Ok(landing)
    }

    /// The listing a link points at, by GET, or by POST with its body.
    pub async fn follow(&self, next: &StacLink) -> Result<Listing, CatalogError> {
        let post = next.method.as_deref().is_some_and(|m| m.eq_ignore_ascii_case("POST"));
        let body = post.then(|| next.body.clone().unwrap_or_else(|| serde_json::json!({})));
        self.fetch(&next.href, body.as_ref(), |t| stac::listing(t, &next.href)).await
    }

    /// One step of a catalog search: starts it (`previous` is `None`: the
    /// API's landing page, then the first cursors) or loads more, then
    /// fetches one listing from every cursor in turn and merges the
    /// results with their platforms. The API's requests do not wait for the
    /// static catalog; a static cursor and the merge do (`statics`).
    pub async fn search_more<F: Future<Output = Result<Statics, CatalogError>>>(
        &self,
        api: &str,
        text: &str,
        previous: Option<Search>,
        platforms: &[Platform],
        statics: impl Fn() -> F,
    ) -> Result<Search, CatalogError> {
        let mut search = match previous {
            Some(search) => search,
            None => match self.landing(api).await {
                Ok(landing) => Search::start(api.trim_end_matches('/'), &landing, text),
                // The API is down: search the static catalog (or the
                // snapshot) instead, if the page has one.
                Err(CatalogError::Fetch(FetchError::Aborted)) => return Err(CatalogError::Fetch(FetchError::Aborted)),
                Err(error) => match statics().await {
                    Ok(_) => Search::without_api(error.to_string()),
                    Err(_) => return Err(error),
                },
            },
        };
        let mut records = Vec::new();
        for cursor in search.take_cursors() {
            match cursor {
                Cursor::Api(link) => {
                    let listing = self.follow(&link).await?;
                    records.extend(listing.records);
                    search.push(listing.next.map(Cursor::Api));
                }
                Cursor::Static { kinds, offset } => {
                    let statics = statics().await?;
                    let all = &statics.walk.records;
                    let hits = static_search(all, &statics.texts, text, &kinds);
                    let (shown, next) = static_step(&hits, kinds, offset);
                    records.extend(shown.into_iter().filter_map(|at| all.get(at).cloned()));
                    search.push(next);
                }
            }
        }
        let statics = statics().await.ok();
        let (walked, published) = match &statics {
            Some(s) => (s.walk.records.as_slice(), s.published.as_slice()),
            None => (&[][..], &[][..]),
        };
        search.found.extend(with_platforms(records, walked, published, platforms));
        Ok(search)
    }

    /// Walks the static catalog from `root` (`core::catalog::walk` decides
    /// what to ask for), with at most `in_flight` requests at once. The
    /// root or a section that cannot be read fails the walk; a record that
    /// cannot be read is counted and the rest is kept.
    pub async fn static_records(&self, root: &str, in_flight: usize) -> Result<StaticCatalog, CatalogError> {
        let mut walk = Walk::new(root);
        let mut running = FuturesUnordered::new();
        loop {
            while running.len() < in_flight.max(1) {
                let Some((stop, url)) = walk.next_request() else { break };
                running.push(self.document(stop, url));
            }
            let Some((stop, answer)) = running.next().await else { break };
            match answer {
                Ok(Document::Links(links)) => walk.links(stop, links),
                Ok(Document::Record(record)) => walk.record(record.map(|r| *r)),
                Err(_) if stop == Stop::Record => walk.failed(),
                Err(error) => return Err(error),
            }
        }
        Ok(walk.finish())
    }

    /// One document of the walk, read as its stop says.
    fn document(&self, stop: Stop, url: String) -> LocalBoxFuture<'_, (Stop, Result<Document, CatalogError>)> {
        Box::pin(async move {
            let answer = match stop {
                Stop::Record => {
                    self.fetch(&url, None, |t| stac::document(t, &url)).await.map(|r| Document::Record(r.map(Box::new)))
                }
                Stop::Root | Stop::Section => {
                    self.fetch(&url, None, |t| stac::children(t, &url)).await.map(Document::Links)
                }
            };
            (stop, answer)
        })
    }
}

/// A document of the walk, as read.
enum Document {
    Links(Vec<StacLink>),
    Record(Option<Box<Record>>),
}

/// The static catalog as a search reads it, once walked.
#[derive(Clone)]
pub struct Statics {
    pub walk: Arc<StaticCatalog>,
    /// Each walked record's searchable text (`core::catalog::search::record_texts`).
    pub texts: Arc<Vec<String>>,
    /// What each platform published, by platform position.
    pub published: Arc<Vec<Published>>,
}

#[cfg(test)]
mod tests {
    use super::{CatalogError, FetchError};
    use std::time::Duration;

    #[test]
    fn timeout_message_has_tenths_of_seconds() {
        let message = |ms| {
            CatalogError::Fetch(FetchError::Timeout { url: "u".into(), after: Duration::from_millis(ms) }).to_string()
        };
        for (ms, shown) in [
            (1_000, "1.0"),
            (10_000, "10.0"),
            (1_234, "1.2"),
            (1_260, "1.3"),
            (250, "0.2"),
            (750, "0.8"),
            (120_000, "120.0"),
        ] {
            assert_eq!(message(ms), format!("The catalog did not answer within {shown} seconds (u)."));
            assert_eq!(
                message(ms),
                format!("The catalog did not answer within {:.1} seconds (u).", ms as f64 / 1000.0)
            );
        }
    }
}
