//! The page's long-lived state: `Explorer` (the view state, its memos and
//! the URL) and `Catalog` (the Open Science Catalog walk). Private to
//! `ui::page`, so only the page and its sections can read it.

pub mod catalog;
pub mod explorer;
pub mod history;
