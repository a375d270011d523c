//! EarthCODE Platform Explorer.
//!
//! `core` is the functional core (no web-sys); `api` does the I/O;
//! `ui` holds the Leptos components. See ARCHITECTURE.md.

// A panic in WASM kills the page: outside tests, nothing may unwrap, expect,
// panic or index unchecked (errors are values, see ARCHITECTURE.md).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing))]
// Tests may sort with std (clippy.toml keeps shipped code on `core::order`).
#![cfg_attr(test, allow(clippy::disallowed_methods, clippy::disallowed_types))]
// Rendering the components to HTML natively (the prerender) nests view types deeply.
#![recursion_limit = "256"]

pub mod api;
pub mod core;
pub mod ui;
