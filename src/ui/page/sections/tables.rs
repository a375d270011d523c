//! The capability tables: sortable by every column, filtered with the grid.

use leptos::prelude::*;

use crate::core::view::export::{platforms_json, table_csv};
use crate::core::view::show_all::{visible, TABLE_FIRST};
use crate::core::view::sort::{Column, Direction};
use crate::core::view::tables::TableId;
use crate::ui::lists::show_all::ShowAll;
use crate::ui::lists::slots::Slots;
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::page::state::history::Entry;
use crate::ui::widgets::download::download;
use crate::ui::widgets::row::Row;

/// A header cell whose text is a button cycling the column's sort.
#[component]
fn SortHeader(
    /// The table the header belongs to.
    table: TableId,
    /// The column it sorts.
    column: Column,
) -> impl IntoView {
    let explorer = use_explorer();
    let direction =
        move || explorer.state.with(|s| s.sort(table).filter(|sort| sort.column == column).map(|sort| sort.direction));
    let arrow = move || match direction() {
        Some(Direction::Ascending) => "▲",
        Some(Direction::Descending) => "▼",
        None => "↕",
    };
    view! {
        <th scope="col" aria-sort=move || direction().map(Direction::aria)>
            <button
                type="button"
                class="sort"
                data-column=column.key()
                on:click=move |_| explorer.update(Entry::Push, |s| s.click_header(table, column))
            >
                {column.label()}
                <span class="sort-arrow" aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}

/// One of the two capability tables.
#[component]
pub fn CapabilityTable(
    /// Which table.
    table: TableId,
) -> impl IntoView {
    let explorer = use_explorer();
    let order = explorer.order_of(table);
    let rows = explorer.rows(order);
    let expanded = RwSignal::new(false);
    let shown = Memo::new(move |_| rows.with(|all| visible(all, expanded.get(), TABLE_FIRST)));
    let slots = Slots::new(order, shown, explorer.matches, explorer.index(), TABLE_FIRST);
    let columns = table.columns();
    let export_csv = move |_| {
        let text = rows.with_untracked(|r| table_csv(&explorer.index().platforms, r, table));
        download(&format!("earthcode-platforms-{}.csv", table.key()), "text/csv;charset=utf-8", &text);
    };
    let export_json = move |_| {
        let text = rows.with_untracked(|r| platforms_json(&explorer.index().platforms, r));
        download(&format!("earthcode-platforms-{}.json", table.key()), "application/json", &text);
    };
    view! {
        <div class="table-tools" data-table=table.key()>
            <button type="button" class="button" data-export="csv" on:click=export_csv>
                "Download CSV" <span class="visually-hidden">{format!(" of {}", table.caption())}</span>
            </button>
            <button type="button" class="button" data-export="json" on:click=export_json>
                "Download JSON" <span class="visually-hidden">{format!(" of {}", table.caption())}</span>
            </button>
        </div>
        <div class="table-scroll" role="region" aria-labelledby=format!("{}-caption", table.key()) tabindex="0">
            <table id=table.key() class="capabilities">
                <caption id=format!("{}-caption", table.key())>{table.caption()}</caption>
                <thead>
                    <tr>{columns.iter().map(|&column| view! { <SortHeader table column /> }).collect_view()}</tr>
                </thead>
                <tbody>
                    <For
                        each=move || slots.keys()
                        key=|slot| *slot
                        children=move |slot| view! { <Row shown=slots.shown(slot) columns /> }
                    />
                </tbody>
            </table>
        </div>
        <ShowAll
            total=Signal::derive(move || rows.with(Vec::len))
            expanded
            first=TABLE_FIRST
            controls=table.key()
            context=format!(" in the table {}", table.caption())
        />
    }
}
