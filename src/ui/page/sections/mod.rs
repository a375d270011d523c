//! The page's parts. Each reads the page's state (`super::state`) and
//! uses widgets, lists and contexts; sections never import each other
//! (the page composes them; `tests/layers.rs` checks it).

pub mod catalog_search;
pub mod choose;
pub mod compare;
pub mod detail;
pub mod filters;
pub mod grid;
pub mod prose;
pub mod tables;
