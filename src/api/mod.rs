//! I/O: fetching `config.json` and `platforms.json`. The only module that
//! talks to the network; parsing is left to `core`.

pub mod catalog;

use std::fmt;

use futures::future::LocalBoxFuture;
use gloo_net::http::Request;

use crate::core::config::Config;
use crate::core::platforms::validate::{parse_platforms, FileError, Loaded};

/// Why the platform list could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request did not complete: offline, DNS, CORS.
    Unreachable { url: String, message: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// `config.json` is not valid.
    Config(String),
    /// `platforms.json` is unusable as a whole.
    File { url: String, error: FileError },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Unreachable { url, message } => {
                write!(f, "Could not reach {url} ({message}). Check the connection; if the file is on another site, it must allow cross-origin requests (CORS).")
            }
            LoadError::Status { url, status } => write!(f, "{url} answered with HTTP status {status}."),
            LoadError::Config(message) => write!(f, "{message}"),
            LoadError::File { url, error } => write!(f, "{url}: {error}."),
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
fn fetch_text(url: &str) -> LocalBoxFuture<'static, Result<String, LoadError>> {
    let url = url.to_string();
    Box::pin(async move {
        let unreachable = |e: gloo_net::Error| LoadError::Unreachable { url: url.clone(), message: e.to_string() };
        let response = Request::get(&url).send().await.map_err(unreachable)?;
        if !response.ok() {
            return Err(LoadError::Status { url: url.clone(), status: response.status() });
        }
        response.text().await.map_err(unreachable)
    })
}

/// Reads `config.json` (`config_url` is relative to the page or absolute);
/// without one, the defaults apply. Every URL in the result is absolute,
/// resolved against the file's own URL, so the app's files travel together.
pub async fn load_config(config_url: &str) -> Result<Config, LoadError> {
    let url = resolve(config_url, &page_url());
    let base = url.clone();
    let config = match fetch_text(&url).await {
        Ok(text) => Config::parse(&text).map_err(LoadError::Config)?,
        Err(LoadError::Status { status: 404, .. }) => Config::default(),
        Err(other) => return Err(other),
    };
    Ok(Config {
        request_timeout_ms: config.request_timeout_ms,
        platforms_url: resolve(&config.platforms_url, &base),
        stac_api_url: resolve(&config.stac_api_url, &base),
        static_catalog_url: resolve(&config.static_catalog_url, &base),
    })
}

/// Fetches and validates the platform list.
pub async fn load_platforms(url: &str) -> Result<Loaded, LoadError> {
    let text = fetch_text(url).await?;
    parse_platforms(&text).map_err(|error| LoadError::File { url: url.to_string(), error })
}
