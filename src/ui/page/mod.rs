//! The explorer page: it creates the page's state (`state`), provides it
//! and the slots' narrow context, and composes the sections: sidebar,
//! result count, chips, grid, tables, catalog search, detail, comparison,
//! the chooser ("Find a platform"). An element's `sections` attribute
//! leaves out the grid, the tables or the catalog search; by default a
//! narrow element folds its tables behind "Capability tables".

mod sections;
mod state;

use std::sync::Arc;

use leptos::prelude::*;

use sections::catalog_search::CatalogSearch;
use sections::choose::{Chooser, ChooserLink};
use sections::compare::{CompareTray, ComparisonView};
use sections::detail::PlatformDetail;
use sections::filters::chips::{ActiveFilters, ResultCount};
use sections::filters::sidebar::Sidebar;
use sections::grid::LogoGrid;
use sections::prose::{Choosing, DataAndWorkflows, Footer, Intro};
use sections::tables::CapabilityTable;
use state::catalog::Catalog;
use state::explorer::Explorer;

use crate::core::catalog::snapshot::Snapshot;
use crate::core::config::{Config, DEFAULT_FACT_MAX_AGE_MONTHS};
use crate::core::date::Date;
use crate::core::platforms::index::PlatformIndex;
use crate::core::platforms::provenance::Freshness;
use crate::core::platforms::validate::{Consequence, Issue};
use crate::core::view::sections::{Section, Sections};
use crate::core::view::state::ViewState;
use crate::core::view::tables::TableId;
use crate::ui::context::host::use_host;
use crate::ui::widgets::fold_toggle::FoldToggle;

/// The whole page for a loaded platform list. Reads and writes its state in
/// the URL under `prefix`.
#[component]
pub fn ExplorerPage(
    /// The validated platforms, indexed.
    index: Arc<PlatformIndex>,
    /// What was wrong with the platform list, if anything.
    #[prop(optional)]
    issues: Vec<Issue>,
    /// Prefix of the URL query keys ("" when standalone).
    #[prop(optional, into)]
    prefix: String,
    /// Where the catalog is; without it the catalog features are off.
    #[prop(optional, into)]
    config: Option<Config>,
    /// The catalog as the build saw it, shown until the live walk ends.
    #[prop(optional_no_strip)]
    snapshot: Option<Arc<Snapshot>>,
    /// Show the page's own header and prose; off when embedded.
    #[prop(default = true)]
    prose: bool,
    /// Today, to date the facts' sources; without it no fact is marked old.
    #[prop(optional_no_strip)]
    today: Option<Date>,
    /// Rendered at build time (`ui::prerender`): adds the chooser's empty
    /// form, hidden, for `boot.js` to show at once on a chooser link.
    #[prop(optional)]
    prerendered: bool,
    /// Which sections show (the element's `sections` attribute).
    #[prop(optional)]
    sections: Sections,
    /// Fold the tables behind a disclosure in a narrow container.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let host = use_host();
    let max_age_months = config.as_ref().map_or(DEFAULT_FACT_MAX_AGE_MONTHS, |c| c.fact_max_age_months);
    let freshness = today.map(|today| Freshness { today, max_age_months });
    let explorer = Explorer::new(index, &prefix, host, freshness);
    provide_context(explorer);
    let catalog = Catalog::new(config, snapshot, today, explorer);
    if let Some(catalog) = catalog {
        provide_context(catalog);
    }
    provide_context(explorer.slot_cx(catalog.map(|c| c.counts)));
    let open_id = Memo::new(move |_| explorer.state.with(|s| s.platform.clone()));
    let comparing = Memo::new(move |_| explorer.state.with(|s| s.platform.is_none() && s.comparing));
    let choosing = Memo::new(move |_| explorer.state.with(ViewState::shows_chooser));
    let tables_open = RwSignal::new(false);
    let tables = sections.shows(Section::Tables).then(|| {
        view! {
            <div class="tables" class:compact=compact class:open=move || tables_open.get()>
                <FoldToggle open=tables_open class="tables-toggle" controls="capability-tables">
                    "Capability tables"
                </FoldToggle>
                <div id="capability-tables" class="tables-body">
                    <CapabilityTable table=TableId::Infrastructure />
                    <CapabilityTable table=TableId::Fair />
                </div>
            </div>
        }
    });
    view! {
        {prose.then(|| view! { <Intro><ChooserLink /></Intro> })}
        <DataIssues issues />
        {move || open_id.get().map(|id| view! { <PlatformDetail id /> })}
        <Show when=move || comparing.get()>
            <ComparisonView />
        </Show>
        <Show when=move || choosing.get()>
            <Chooser />
        </Show>
        {prerendered.then(|| view! { <div data-chooser-copy="" hidden><Chooser form_only=true /></div> })}
        <div class="explorer" hidden=move || open_id.with(Option::is_some) || comparing.get() || choosing.get()>
            <div id="sidebar" class="sidebar-wrap">
                <Sidebar />
            </div>
            <div class="results">
                {(!prose).then(ChooserLink)}
                <ResultCount />
                <ActiveFilters />
                <CompareTray />
                {sections.shows(Section::Grid).then(LogoGrid)}
                {tables}
                {sections.shows(Section::Catalog).then(CatalogSearch)}
            </div>
        </div>
        {prose.then(|| view! { <Choosing /> <DataAndWorkflows /> <Footer /> })}
    }
}

/// What was wrong with the platform list, if anything; the valid part shows.
#[component]
fn DataIssues(
    /// The problems found by validation.
    issues: Vec<Issue>,
) -> impl IntoView {
    if issues.is_empty() {
        return ().into_any();
    }
    let skipped = issues.iter().filter(|i| i.consequence == Consequence::PlatformSkipped).count();
    let summary = format!(
        "The platform list has {} problem{}{}.",
        issues.len(),
        if issues.len() == 1 { "" } else { "s" },
        if skipped > 0 {
            format!("; {skipped} entr{} could not be shown", if skipped == 1 { "y" } else { "ies" })
        } else {
            String::new()
        }
    );
    view! {
        <details class="notice data-issues">
            <summary>{summary}</summary>
            <ul>{issues.into_iter().map(|issue| view! { <li>{issue.to_string()}</li> }).collect_view()}</ul>
        </details>
    }
    .into_any()
}
