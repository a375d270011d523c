//! Small views shared by the page's sections. They see only the narrow
//! contexts (`ui::context`: `SlotCx`, `Host`) and the list machinery, never
//! the page's state, so every one of them is safe inside a reused slot.
//! `PlatformCard` and `Row` are the grid's and the tables' slots.

pub mod back_button;
pub mod card;
pub mod catalog_problem;
pub mod compare_toggle;
pub mod download;
pub mod fact_list;
pub mod fold_toggle;
pub mod logo;
pub mod platform_link;
pub mod record_card;
pub mod record_count;
pub mod retry;
pub mod row;
