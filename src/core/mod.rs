//! The functional core: plain Rust, no web-sys, tested with `cargo test`.
//!
//! **Invariant:** nothing under `core` touches the DOM, the network or the clock.

pub mod bitset;
pub mod catalog_search;
pub mod compare;
pub mod config;
pub mod events;
pub mod export;
pub mod filter;
pub mod index;
pub mod markdown;
pub mod matching;
pub mod model;
pub mod normalise;
pub mod order;
pub mod paging;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
pub mod sort;
pub mod stac;
pub mod tables;
pub mod url_state;
pub mod validate;
pub mod view_state;
