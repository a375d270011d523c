//! Compare 2–3 platforms side by side: the tray of picks and the view.
//! (The pick boxes are `ui::widgets::compare_toggle`.)

use leptos::prelude::*;

use crate::core::view::compare::{compare, MAX_COMPARED};
use crate::core::view::export::comparison_csv;
use crate::ui::page::state::catalog::use_catalog;
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::page::state::history::Entry;
use crate::ui::widgets::back_button::BackButton;
use crate::ui::widgets::download::download;
use crate::ui::widgets::fact_list::{not_documented, outdated_badge, FactList};
use crate::ui::widgets::platform_link::PlatformLink;

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
        compare(&platforms, counts.as_deref(), explorer.freshness.as_ref())
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
                        {row.cells.into_iter().map(|cell| view! {
                            <td>
                                {if cell.documented {
                                    view! { <FactList facts=cell.facts separated=true /> }.into_any()
                                } else {
                                    not_documented().into_any()
                                }}
                                {cell.outdated.then(outdated_badge)}
                            </td>
                        }).collect_view()}
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
