//! What the page shows of the platform list: the view state and its URL
//! codec, filters and facet counts, sorting, the capability tables, "Show
//! all" of long lists, the chooser's ranking, the comparison, exports and the element's events.

pub mod choose;
pub mod compare;
pub mod events;
pub mod export;
pub mod filter;
pub mod sections;
pub mod show_all;
pub mod sort;
pub mod state;
pub mod tables;
pub mod url_state;
