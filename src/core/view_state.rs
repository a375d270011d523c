//! Everything the URL holds: filters, per-table sort, the open platform.

use super::filter::Filters;
use super::sort::{cycle, Column, Sort};
use super::tables::TableId;

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ViewState {
    pub filters: Filters,
    /// Indexed by [`TableId::index`]; `None` is the file's order.
    pub sorts: [Option<Sort>; 2],
    /// The id of the platform whose detail view is open.
    pub platform: Option<String>,
}

impl ViewState {
    pub fn sort(&self, table: TableId) -> Option<Sort> {
        self.sorts.get(table.index()).copied().flatten()
    }

    /// Applies a click on a column header.
    pub fn click_header(&mut self, table: TableId, column: Column) {
        let next = cycle(self.sort(table), column);
        if let Some(slot) = self.sorts.get_mut(table.index()) {
            *slot = next;
        }
    }
}
