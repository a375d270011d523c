//! The Open Science Catalog: STAC parsing, which platform a record was
//! published from (`record_match`), catalog search (queries, paging, the
//! static fallback, merging), and the Markdown of record descriptions.

pub mod markdown;
pub mod record_match;
pub mod search;
pub mod snapshot;
pub mod stac;
pub mod walk;
