//! Why a request failed, the same for every file the app fetches. Each
//! boundary says it in its own words: `PlatformListError` (the page's
//! data) and `catalog::CatalogError` (the Open Science Catalog).

use std::time::Duration;

/// A request that brought no usable answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// No response: the server is down, offline, or it does not allow this
    /// page to read it (CORS). The browser does not say which; `detail` is
    /// what it did say.
    Unreachable { url: String, detail: String },
    /// The server answered with an error status.
    Status { url: String, status: u16 },
    /// No answer within the configured time.
    Timeout { url: String, after: Duration },
    /// A newer request replaced this one.
    Aborted,
}
