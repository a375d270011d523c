//! I/O: fetching `config.json` and `platforms.json`. The only module that
//! talks to the network; parsing is left to `core`.

pub mod catalog;
pub mod fetch;

use std::fmt;

use futures::future::LocalBoxFuture;
use gloo_net::http::Request;

use crate::core::catalog::snapshot::{self, Snapshot};
use crate::core::config::{Config, ConfigError, Shipped};
use crate::core::date::Date;
use crate::core::platforms::urls::resolve_urls;
use crate::core::platforms::validate::{parse_platforms, FileError, Loaded};
use fetch::FetchError;

/// Why the platform list could not be shown ("The platform list could not
/// be loaded", then this).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlatformListError {
    /// `config.json` or `platforms.json` could not be fetched.
    Fetch(FetchError),
    /// `config.json` is not valid.
    Config(ConfigError),
    /// `platforms.json` is unusable as a whole.
    File { url: String, error: FileError },
}

impl fmt::Display for PlatformListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlatformListError::Fetch(FetchError::Unreachable { url, detail }) => {
                write!(f, "Could not reach {url} ({detail}). Check the connection; if the file is on another site, it must allow cross-origin requests (CORS).")
            }
            PlatformListError::Fetch(FetchError::Status { url, status }) => {
                write!(f, "{url} answered with HTTP status {status}.")
            }
            PlatformListError::Fetch(FetchError::Timeout { url, .. }) => write!(f, "{url} did not answer in time."),
            PlatformListError::Fetch(FetchError::Aborted) => write!(f, "The request was cancelled."),
            PlatformListError::Config(error) => write!(f, "{error}"),
            PlatformListError::File { url, error } => write!(f, "{url}: {error}."),
        }
    }
}

/// Resolves `url` against `base` the way the browser does; an unparsable
/// pair is returned as written.
pub fn resolve(url: &str, base: &str) -> String {
    web_sys::Url::new_with_base(url, base).map(|u| u.href()).unwrap_or_else(|_| url.to_string())
}

/// The document's base URL (its address, unless a `<base>` says otherwise).
pub fn page_url() -> String {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default()
}

/// A file's text. Boxed: one copy of the request code in the WASM, not one
/// per caller.
fn fetch_text(url: &str) -> LocalBoxFuture<'static, Result<String, FetchError>> {
    let url = url.to_string();
    Box::pin(async move {
        let unreachable = |e: gloo_net::Error| FetchError::Unreachable { url: url.clone(), detail: e.to_string() };
        let response = Request::get(&url).send().await.map_err(unreachable)?;
        if !response.ok() {
            return Err(FetchError::Status { url: url.clone(), status: response.status() });
        }
        response.text().await.map_err(unreachable)
    })
}

/// Reads `config.json` (`config_url` is relative to the page or absolute);
/// without one, the defaults apply. Every URL in the result is absolute,
/// resolved against the file's own URL, so the app's files travel together;
/// a file it does not name is the element's `shipped` one.
pub async fn load_config(config_url: &str, shipped: &Shipped) -> Result<Config, PlatformListError> {
    let url = resolve(config_url, &page_url());
    let config = match fetch_text(&url).await {
        Ok(text) => Config::parse(&text).map_err(PlatformListError::Config)?,
        Err(FetchError::Status { status: 404, .. }) => Config::default(),
        Err(other) => return Err(PlatformListError::Fetch(other)),
    };
    Ok(config.located(shipped, |relative| resolve(relative, &url)))
}

/// The catalog snapshot at `url`, if there is one that can be read. A
/// snapshot is an optimisation: any failure means "no snapshot" (logged).
pub async fn load_snapshot(url: &str) -> Option<Snapshot> {
    if url.is_empty() {
        return None;
    }
    let text = fetch_text(url).await.ok()?;
    match snapshot::parse(&text) {
        Ok(snapshot) => Some(snapshot),
        Err(problem) => {
            leptos::logging::warn!("catalog snapshot {url} not used: {problem}");
            None
        }
    }
}

/// Today's date by the browser's clock (UTC), the one clock the app reads.
pub fn today() -> Option<Date> {
    let days = (js_sys::Date::now() / 86_400_000.0).floor();
    // An f64 day count of any real clock fits an i64.
    #[allow(clippy::cast_possible_truncation)]
    Date::from_unix_days(days as i64)
}

/// Fetches and validates the platform list; `today` dates its sources. Its
/// relative URLs (logos, links) are resolved against the file's own URL.
pub async fn load_platforms(url: &str, today: Date) -> Result<Loaded, PlatformListError> {
    let text = fetch_text(url).await.map_err(PlatformListError::Fetch)?;
    let Loaded { platforms, issues } =
        parse_platforms(&text, today).map_err(|error| PlatformListError::File { url: url.to_string(), error })?;
    Ok(Loaded { platforms: resolve_urls(platforms, url), issues })
}
