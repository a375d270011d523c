//! Compare 2–3 platforms side by side: the pick boxes, the tray, the view.

use leptos::prelude::*;

use super::catalog::use_catalog;
use super::detail::BackButton;
use super::download::download;
use super::platform_link::PlatformLink;
use super::slots::Shown;
use super::state::{use_explorer, Entry};
use super::table::FactList;
use crate::core::compare::{compare, MAX_COMPARED};
use crate::core::export::comparison_csv;

/// The "Compare" checkbox of one platform (on its card and its table rows).
/// Reads its state through `Explorer::picks`, never `Explorer::state`
/// (see `fanout`), so rows can come and go freely.
#[component]
pub fn CompareToggle(
    /// The platform (a reused slot changes it).
    shown: Shown,
    /// Show the word "Compare" beside the box (cards) or not (table rows).
    #[prop(optional)]
    with_text: bool,
) -> impl IntoView {
    let explorer = use_explorer();
    let pick = explorer.picks.watch(shown.at.clone());
    let checked = pick.clone();
    let label = shown.text(|p| format!("Compare {}", p.name));
    let data_compare = shown.text(|p| p.id.clone());
    let on_change = move |_| {
        if let Some(id) = shown.with_untracked(|p| p.id.clone()) {
            explorer.update(Entry::Push, |s| {
                s.toggle_compare(&id);
            });
        }
    };
    view! {
        <label class="compare-toggle">
            <input
                type="checkbox"
                data-compare=data_compare
                aria-label=label
                prop:checked=move || checked.with(|p| p.picked)
                disabled=move || pick.with(|p| p.full && !p.picked)
                on:change=on_change
            />
            {with_text.then_some(view! { <span aria-hidden="true">"Compare"</span> })}
        </label>
    }
}

/// Appears once a platform is picked: who is picked, Compare and Clear.
#[component]
pub fn CompareTray() -> impl IntoView {
    let explorer = use_explorer();
    let names = move || {
        let index = explorer.index();
        explorer.state.with(|s| {
            s.compare
                .iter()
                .filter_map(|id| index.position(id).and_then(|at| index.platforms.get(at)))
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
        })
    };
    let count = move || explorer.state.with(|s| s.compare.len());
    let open = move |_| {
        explorer.update(Entry::Push, |s| s.comparing = true);
        explorer.host.focus_soon("comparison-heading".to_string());
    };
    view! {
        <Show when=move || { count() > 0 }>
            <div class="compare-tray" role="region" aria-label="Platforms picked for comparison">
                <p>
                    <strong>{move || format!("{} of {MAX_COMPARED} picked: ", count())}</strong>
                    {move || names().join(", ")}
                </p>
                <button type="button" class="button primary" disabled=move || count() < 2 on:click=open>
                    "Compare"
                </button>
                <button
                    type="button"
                    class="link-button"
                    on:click=move |_| explorer.update(Entry::Push, |s| s.compare.clear())
                >
                    "Clear picks"
                </button>
            </div>
        </Show>
    }
}

/// The comparison: one column per picked platform, one row per kind of fact.
#[component]
pub fn ComparisonView() -> impl IntoView {
    let explorer = use_explorer();
    let picked = Memo::new(move |_| {
        let index = explorer.index();
        explorer.state.with(|s| s.compare.iter().filter_map(|id| index.position(id)).collect::<Vec<usize>>())
    });
    let only_differences = RwSignal::new(false);
    let rows = Memo::new(move |_| {
        let index = explorer.index();
        let platforms: Vec<_> = picked.with(|p| p.iter().filter_map(|&at| index.platforms.get(at)).collect());
        let counts: Option<Vec<usize>> = use_catalog().and_then(|c| c.published_counts(&picked.get()));
        compare(&platforms, counts.as_deref())
    });
    let names = move || {
        let index = explorer.index();
        picked.with(|p| p.iter().filter_map(|&at| index.platforms.get(at)).map(|p| p.name.clone()).collect::<Vec<_>>())
    };
    let export = move |_| {
        let names = names();
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let text = rows.with(|r| comparison_csv(&refs, r));
        download("earthcode-platforms-comparison.csv", "text/csv;charset=utf-8", &text);
    };
    let back = Callback::new(move |_| {
        explorer.update(Entry::Push, |s| s.comparing = false);
        explorer.host.focus_soon("platform-search".to_string());
    });
    let header = move || {
        let index = explorer.index();
        picked
            .get()
            .into_iter()
            .filter_map(|at| index.platforms.get(at).cloned())
            .map(|p| {
                let id = p.id.clone();
                view! {
                    <th scope="col" data-platform=p.id.clone()>
                        <PlatformLink id=p.id.clone() name=p.name.clone() />
                        <button
                            type="button"
                            class="remove-pick"
                            aria-label=format!("Remove {} from the comparison", p.name)
                            on:click=move |_| {
                                let id = id.clone();
                                explorer.update(Entry::Push, |s| {
                                    s.toggle_compare(&id);
                                });
                            }
                        >
                            "×"
                        </button>
                    </th>
                }
            })
            .collect_view()
    };
    let body = move || {
        rows.get()
            .into_iter()
            .map(|row| {
                let differs = row.differs;
                view! {
                    <tr
                        data-aspect=row.aspect.key()
                        class:differs=differs
                        hidden=move || only_differences.get() && !differs
                    >
                        <th scope="row">
                            {row.aspect.label()}
                            {differs.then_some(view! { <span class="differs-tag">"differs"</span> })}
                        </th>
                        {row.cells.into_iter().map(|facts| view! { <td><FactList facts /></td> }).collect_view()}
                    </tr>
                }
            })
            .collect_view()
    };
    view! {
        <section class="comparison" aria-labelledby="comparison-heading">
            <BackButton on_back=back />
            <h2 id="comparison-heading" tabindex="-1">"Compare platforms"</h2>
            <Show
                when=move || picked.with(|p| p.len() >= 2)
                fallback=|| {
                    view! {
                        <p class="notice">
                            "Pick at least two platforms to compare, with the Compare boxes on the cards or table rows."
                        </p>
                    }
                }
            >
                <div class="table-tools">
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=move || only_differences.get()
                            on:change=move |ev| only_differences.set(event_target_checked(&ev))
                        />
                        " Only show differences"
                    </label>
                    <button type="button" class="button" on:click=export>"Download comparison (CSV)"</button>
                </div>
                <div class="table-scroll" role="region" aria-labelledby="comparison-caption" tabindex="0">
                    <table id="comparison" class="capabilities">
                        <caption id="comparison-caption">"Platforms side by side; rows where they differ are marked."</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Capability"</th>
                                {header}
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
