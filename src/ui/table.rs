//! The capability tables: sortable by every column, filtered with the grid.

use leptos::prelude::*;

use super::compare::CompareToggle;
use super::download::download;
use super::paging::ShowAll;
use super::platform_link::PlatformLink;
use super::slots::{Shown, Slots};
use super::state::{use_explorer, Entry};
use crate::core::export::{platforms_json, table_csv};
use crate::core::model::Fact;
use crate::core::paging::{page_of, TABLE_PAGE};
use crate::core::sort::{Column, Direction};
use crate::core::tables::TableId;

/// A fact list as a compact list; facts with a URL are links.
#[component]
pub fn FactList(
    /// The facts to show.
    facts: Vec<Fact>,
) -> impl IntoView {
    view! {
        <ul class="facts">
            {facts
                .into_iter()
                .map(|fact| match fact.url {
                    Some(url) => view! { <li><a href=url rel="noopener" target="_blank">{fact.name}</a></li> }.into_any(),
                    None => view! { <li>{fact.name}</li> }.into_any(),
                })
                .collect_view()}
        </ul>
    }
}

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
    let rows = explorer.rows(table);
    let expanded = RwSignal::new(false);
    let shown = Memo::new(move |_| rows.with(|all| page_of(all, expanded.get(), TABLE_PAGE)));
    let slots = Slots::new(shown);
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
                        each=move || 0..slots.count.get()
                        key=|slot| *slot
                        children=move |slot| view! { <Row shown=slots.shown(slot) columns /> }
                    />
                </tbody>
            </table>
        </div>
        <ShowAll
            total=Signal::derive(move || rows.with(Vec::len))
            expanded
            page=TABLE_PAGE
            controls=table.key()
            context=format!(" in the table {}", table.caption())
        />
    }
}

/// One row, for whichever platform its slot shows (see `slots`): the
/// cells stay, their contents follow the platform.
#[component]
fn Row(
    /// The platform shown.
    shown: Shown,
    /// The table's columns.
    columns: &'static [Column],
) -> impl IntoView {
    let cells = columns
        .iter()
        .map(|&column| match column {
            Column::Platform => {
                let id = Signal::derive(shown.text(|p| p.id.clone()));
                let name = Signal::derive(shown.text(|p| p.name.clone()));
                view! {
                    <th scope="row">
                        <CompareToggle shown=shown.clone() />
                        <PlatformLink id name />
                    </th>
                }
                .into_any()
            }
            Column::Facet(kind) => {
                let facts = shown.clone();
                view! {
                    <td data-column=kind.key()>
                        {move || facts.with(|p| view! { <FactList facts=p.facts(kind).to_vec() /> })}
                    </td>
                }
                .into_any()
            }
        })
        .collect_view();
    view! { <tr data-platform=shown.text(|p| p.id.clone())>{cells}</tr> }
}
