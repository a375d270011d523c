//! A row of a capability table, in a reused slot.

use leptos::prelude::*;

use super::compare_toggle::CompareToggle;
use super::fact_list::{not_documented, FactList};
use super::platform_link::PlatformLink;
use crate::core::view::sort::Column;
use crate::ui::lists::slots::Shown;

/// One row, for whichever platform its slot shows (see `ui::lists::slots`): the
/// cells stay, their contents follow the platform.
#[component]
pub fn Row(
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
                        {move || facts.with(|p| if p.documents(kind) {
                            view! { <FactList facts=p.facts(kind).to_vec() separated=true /> }.into_any()
                        } else {
                            not_documented().into_any()
                        })}
                    </td>
                }
                .into_any()
            }
        })
        .collect_view();
    let (id, hidden) = (shown.text(|p| p.id.clone()), shown.hidden());
    view! { <tr data-platform=id hidden=hidden>{cells}</tr> }
}
