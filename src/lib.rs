//! EarthCODE Platform Explorer.
//!
//! `core` is the functional core (no web-sys); `api` does the I/O;
//! `ui` holds the Leptos components. See ARCHITECTURE.md.

pub mod api;
pub mod core;
pub mod ui;
