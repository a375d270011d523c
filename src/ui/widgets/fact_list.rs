//! A list of facts; facts with a URL are links.

use leptos::prelude::*;

use crate::core::platforms::model::Fact;
use crate::core::view::export::{NOT_DOCUMENTED, POSSIBLY_OUTDATED};

/// Where no source gives a fact: said, never guessed.
pub fn not_documented() -> impl IntoView {
    view! { <span class="none">{NOT_DOCUMENTED}</span> }
}

/// A fact whose every source is older than the allowed age (as text, so
/// screen readers and copies keep it).
pub fn outdated_badge() -> impl IntoView {
    view! { " " <span class="badge outdated">{POSSIBLY_OUTDATED}</span> }
}

/// A fact list. In a table cell (`separated`) the facts read as the
/// documentation writes them, "Python, R, JavaScript": the separators are
/// real text, so copying a cell or reading its `innerText` gives the same.
#[component]
pub fn FactList(
    /// The facts to show.
    facts: Vec<Fact>,
    /// Put ", " between the facts (table cells); off for one fact a line.
    #[prop(optional)]
    separated: bool,
) -> impl IntoView {
    let last = facts.len().saturating_sub(1);
    view! {
        <ul class="facts">
            {facts
                .into_iter()
                .enumerate()
                .map(|(at, fact)| {
                    let separator = if separated && at < last { ", " } else { "" };
                    match fact.url {
                        Some(url) => view! { <li><a href=url rel="noopener" target="_blank">{fact.name}</a>{separator}</li> }.into_any(),
                        None => view! { <li>{fact.name + separator}</li> }.into_any(),
                    }
                })
                .collect_view()}
        </ul>
    }
}
