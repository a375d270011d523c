//! Filtering: the sidebar (search box and facet groups), the result count
//! and the active filters as removable chips.

pub mod chips;
pub mod sidebar;
