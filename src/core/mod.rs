//! The functional core: plain Rust, no web-sys, tested with `cargo test`.
//!
//! **Invariant:** nothing under `core` touches the DOM, the network or the clock.
//!
//! The folders are layers; a module imports only from its own folder, the
//! folders before it in this list, and the shared files at this level:
//! `platforms` (the data) ← `view` (what the page shows of it) and
//! `catalog` (the Open Science Catalog). `view` and `catalog` never import
//! each other. `tests/layers.rs` checks this.

pub mod bitset;
pub mod catalog;
pub mod config;
pub mod date;
pub mod order;
pub mod percent;
pub mod platforms;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
pub mod url;
pub mod view;
