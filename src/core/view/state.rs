//! Everything the URL holds: filters, per-table sort, the open platform,
//! the comparison, the chooser's needs.

use crate::core::view::choose::Needs;
use crate::core::view::compare::MAX_COMPARED;
use crate::core::view::filter::Filters;
use crate::core::view::sort::{cycle, Column, Sort};
use crate::core::view::tables::TableId;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ViewState {
    pub filters: Filters,
    /// Indexed by [`TableId::index`]; `None` is the file's order.
    pub sorts: [Option<Sort>; 2],
    /// The id of the platform whose detail view is open.
    pub platform: Option<String>,
    /// Platforms picked for comparison, in the order picked (at most three).
    pub compare: Vec<String>,
    /// The comparison view is open.
    pub comparing: bool,
    /// What the user needs, for the chooser.
    pub needs: Needs,
    /// The chooser ("Find a platform") is open.
    pub choosing: bool,
}

impl ViewState {
    /// Whether the chooser is the view shown: a detail view and the
    /// comparison come first (`src/js/boot.js` reads the URL the same way).
    pub fn shows_chooser(&self) -> bool {
        self.platform.is_none() && !self.comparing && self.choosing
    }

    pub fn sort(&self, table: TableId) -> Option<Sort> {
        self.sorts.get(table.index()).copied().flatten()
    }

    /// Picks or unpicks a platform for comparison; a fourth pick is refused
    /// (returns `false`).
    pub fn toggle_compare(&mut self, id: &str) -> bool {
        if let Some(at) = self.compare.iter().position(|c| c == id) {
            self.compare.remove(at);
            true
        } else if self.compare.len() < MAX_COMPARED && !id.is_empty() {
            self.compare.push(id.to_string());
            true
        } else {
            false
        }
    }

    /// Applies a click on a column header.
    pub fn click_header(&mut self, table: TableId, column: Column) {
        let next = cycle(self.sort(table), column);
        if let Some(slot) = self.sorts.get_mut(table.index()) {
            *slot = next;
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_chooser_shows_unless_a_detail_or_the_comparison_is_asked_for() {
        let choosing = ViewState { choosing: true, ..ViewState::default() };
        assert!(choosing.shows_chooser());
        assert!(!ViewState { platform: Some("deepesdl".into()), ..choosing.clone() }.shows_chooser());
        assert!(!ViewState { comparing: true, ..choosing.clone() }.shows_chooser());
        assert!(!ViewState::default().shows_chooser());
    }

    use super::*;

    #[test]
    fn at_most_three_platforms_are_compared_in_pick_order() {
        let mut state = ViewState::default();
        for id in ["c", "a", "b"] {
            assert!(state.toggle_compare(id));
        }
        assert!(!state.toggle_compare("d"), "a fourth is refused");
        assert_eq!(state.compare, ["c", "a", "b"]);
        assert!(state.toggle_compare("a"));
        assert_eq!(state.compare, ["c", "b"]);
        assert!(!state.toggle_compare(""));
    }
}
