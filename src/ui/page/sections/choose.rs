//! "Find a platform": needs in the user's words (fieldsets of the facet
//! values the data has, the access models, published examples), each a
//! must have or a nice to have, and every platform ranked against them
//! (`core::view::choose`), with a reason per need, links to act on, the
//! top three to compare and the top result's published workflows.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::catalog::record_match::with_openers;
use crate::core::platforms::model::{AccessModel, FacetKind};
use crate::core::view::choose::{Need, NeedKind, Needs, Ranking, Verdict, QUESTIONS};
use crate::core::view::compare::MAX_COMPARED;
use crate::core::view::show_all::{visible, CHOOSE_FIRST, EXAMPLES_FIRST};
use crate::core::view::state::ViewState;
use crate::ui::lists::show_all::ShowAll;
use crate::ui::page::state::catalog::use_catalog;
use crate::ui::page::state::explorer::{use_explorer, Explorer};
use crate::ui::page::state::history::Entry;
use crate::ui::widgets::back_button::BackButton;
use crate::ui::widgets::platform_link::{is_plain_click, PlatformLink};
use crate::ui::widgets::record_card::record_items;

/// "Find a platform that fits your work": opens the chooser from any view;
/// an ordinary link too (new tab, copy address). In the page header when
/// the page has one, above the results otherwise.
#[component]
pub fn ChooserLink() -> impl IntoView {
    let explorer = use_explorer();
    let state = ViewState { choosing: true, ..ViewState::default() };
    let href = explorer.href_of(&state);
    view! {
        <p class="chooser-link">
            "Not sure what to filter for? "
            <a
                href=href
                aria-current=move || explorer.state.with(ViewState::shows_chooser).then_some("page")
                on:click=move |ev| {
                    if is_plain_click(&ev) {
                        ev.prevent_default();
                        explorer.update(Entry::Push, |s| {
                            s.platform = None;
                            s.comparing = false;
                            s.choosing = true;
                        });
                        explorer.host.focus_soon("choose-heading".to_string());
                    }
                }
            >
                "Find a platform that fits your work"
            </a>
        </p>
    }
}

/// The chooser: the needs form, the ranking, what to do next. With
/// `form_only`, the empty form alone: the prerendered copy in `index.html`,
/// readable before (or without) the WASM.
#[component]
pub fn Chooser(
    /// Only the heading and the form, without ranking or actions.
    #[prop(optional)]
    form_only: bool,
) -> impl IntoView {
    let explorer = use_explorer();
    let catalog = use_catalog();
    let ranking = Memo::new(move |_| {
        let index = explorer.index();
        let counts = catalog.and_then(|c| c.published_counts(&(0..index.len()).collect::<Vec<_>>()));
        explorer.state.with(|s| Arc::new(Ranking::new(&index, &s.needs, counts.as_deref())))
    });
    announce(explorer, ranking);
    let back = Callback::new(move |_| {
        explorer.update(Entry::Push, |s| s.choosing = false);
        explorer.host.focus_soon("platform-search".to_string());
    });
    let index = explorer.index();
    let questions = QUESTIONS
        .into_iter()
        .filter(|(kind, _)| !index.values(*kind).is_empty())
        .map(|(kind, question)| {
            let choices = index.values(kind).iter().map(|value| Need::facet(kind, &value.label, true)).collect();
            need_fieldset(kind.key(), question, choices)
        })
        .collect_view();
    let pay = AccessModel::ALL.into_iter().map(|model| Need::access(model, true)).collect();
    let dropped = move || {
        let (mut left_out, more) = explorer.state.with(|s| (s.needs.dropped().0.to_vec(), s.needs.dropped().1));
        ranking.with(|r| left_out.extend(r.unknown.iter().map(|n| format!("{} (no platform lists it)", n.encode()))));
        let more = if more > 0 { format!(" and {more} more") } else { String::new() };
        (!left_out.is_empty() || !more.is_empty()).then(|| {
            let text = format!("Left out of the link's needs: {}{more}.", left_out.join(", "));
            view! { <p class="notice needs-dropped">{text}</p> }.into_any()
        })
    };
    view! {
        <section class="chooser" aria-labelledby="choose-heading">
            <BackButton on_back=back />
            <h2 id="choose-heading" tabindex="-1">"Find a platform"</h2>
            <p>
                "Tick what your work needs; mark each a must have or a nice to have. "
                "Every platform is ranked, best first, with what it meets, misses, or does not document."
            </p>
            {dropped}
            <form class="needs" on:submit=|ev| ev.prevent_default()>
                {questions}
                {need_fieldset("access", "How you will pay", pay)}
                {need_fieldset("examples", "Examples to start from", vec![Need::examples(true)])}
            </form>
            {(!form_only).then(|| ranked(explorer, ranking))}
        </section>
    }
}

/// The live region, the actions, the ranked platforms, the top result's examples.
fn ranked(explorer: Explorer, ranking: Memo<Arc<Ranking>>) -> impl IntoView {
    let compare_top = move |_| {
        let index = explorer.index();
        let top: Vec<String> = ranking.with(|r| {
            r.fits
                .iter()
                .take(MAX_COMPARED)
                .filter_map(|fit| index.platforms.get(fit.position))
                .map(|p| p.id.clone())
                .collect()
        });
        explorer.update(Entry::Push, |s| {
            s.compare = top;
            s.comparing = true;
        });
        explorer.host.focus_soon("comparison-heading".to_string());
    };
    let clear = move |_| explorer.update(Entry::Push, |s| s.needs = Needs::default());
    let expanded = RwSignal::new(false);
    let total = Signal::derive(move || ranking.with(|r| r.fits.len()));
    let status = move || ranking.with(|r| r.summary(&explorer.index()));
    view! {
        <p class="chooser-status" role="status">{status}</p>
        <div class="chooser-actions">
            <button type="button" class="button primary" on:click=compare_top disabled=move || total.get() < 2>
                {format!("Compare the top {MAX_COMPARED}")}
            </button>
            <button
                type="button"
                class="link-button"
                on:click=clear
                disabled=move || explorer.state.with(|s| s.needs.is_empty())
            >
                "Clear needs"
            </button>
        </div>
        <ol class="fits" id="fits">
            {move || {
                let ranking = ranking.get();
                let positions: Vec<usize> = (0..ranking.fits.len()).collect();
                visible(&positions, expanded.get(), CHOOSE_FIRST)
                    .into_iter()
                    .filter_map(|at| fit_item(explorer, &ranking, at))
                    .collect_view()
            }}
        </ol>
        <ShowAll
            total
            expanded
            first=CHOOSE_FIRST
            controls="fits".to_string()
            context=" in the ranking".to_string()
            noun="platforms"
        />
        {move || top_examples(explorer, ranking)}
    }
}

/// Tells the element's host page the needs and the ranking (in the browser only).
fn announce(explorer: Explorer, ranking: Memo<Arc<Ranking>>) {
    #[cfg(target_arch = "wasm32")]
    if explorer.host.is_element() {
        use crate::core::view::events::{choose_change_detail, CHOOSE_CHANGE};
        Effect::new(move |_| {
            let index = explorer.index();
            let detail = ranking.with(|r| {
                let ids: Vec<&str> =
                    r.fits.iter().filter_map(|fit| index.platforms.get(fit.position)).map(|p| p.id.as_str()).collect();
                choose_change_detail(&r.needs, &ids)
            });
            explorer.host.dispatch(CHOOSE_CHANGE, &detail);
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (explorer, ranking);
}

/// One question: a checkbox per choice and, once ticked, "must have".
fn need_fieldset(key: &'static str, question: &'static str, choices: Vec<Need>) -> impl IntoView {
    let explorer = use_explorer();
    let rows = choices
        .into_iter()
        .map(|choice| {
            let template = choice.clone();
            let mark = Memo::new(move |_| explorer.state.with(|s| s.needs.mark(&template)));
            let (pick, must) = (choice.clone(), choice.clone());
            let toggle = move |_| {
                let pick = pick.clone();
                explorer.update(Entry::Push, move |s| {
                    s.needs.clear_dropped();
                    if s.needs.find(&pick).is_some() {
                        s.needs.remove(&pick);
                    } else {
                        s.needs.set(pick);
                    }
                })
            };
            let set_must = move |ev| {
                let need = Need { must: event_target_checked(&ev), ..must.clone() };
                explorer.update(Entry::Push, move |s| s.needs.set(need));
            };
            let label = choice.label.clone();
            view! {
                <li class="need">
                    <label>
                        <input type="checkbox" prop:checked=move || mark.get() != 0 on:change=toggle />
                        " " {choice.label.clone()}
                    </label>
                    <label class="must">
                        <input
                            type="checkbox"
                            prop:checked=move || mark.get() == 2
                            on:change=set_must
                        />
                        " must have"
                        <span class="visually-hidden">{format!(" ({label})")}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="need-group" data-need=key>
            <legend>{question}</legend>
            <ul>{rows}</ul>
        </fieldset>
    }
}

/// One ranked platform: its verdict, a reason per need, links to act on.
fn fit_item(explorer: Explorer, ranking: &Ranking, at: usize) -> Option<impl IntoView> {
    let index = explorer.index();
    let fit = ranking.fits.get(at)?;
    let platform = index.platforms.get(fit.position)?;
    let needs = &ranking.needs;
    let unmet: Vec<String> = needs
        .iter()
        .zip(&fit.verdicts)
        .filter(|(need, verdict)| need.must && **verdict != Verdict::Met)
        .map(|(need, verdict)| format!("{} ({})", need.label, verdict.label()))
        .collect();
    let headline = if needs.iter().any(|n| n.must) && unmet.is_empty() {
        "Meets every must have.".to_string()
    } else if unmet.is_empty() {
        String::new()
    } else {
        format!("Misses: {}.", unmet.join(", "))
    };
    let reasons = needs
        .iter()
        .zip(fit.verdicts.iter())
        .map(|(need, verdict)| {
            let weight = if need.must { "must have" } else { "nice to have" };
            view! {
                <li data-verdict=verdict.key()>
                    <span class="need-name">{need_text(need)}</span>
                    {format!(" ({weight}): ")}
                    <strong>{verdict.label()}</strong>
                </li>
            }
        })
        .collect_view();
    let sponsorship = platform.access.as_ref().and_then(|a| a.sponsorship_url.clone().or_else(|| a.nor_url.clone()));
    Some(view! {
        <li class="fit" data-platform=platform.id.clone() data-fit=if fit.meets_every_must() { "meets" } else { "misses" }>
            <h3><PlatformLink id=platform.id.clone() name=platform.name.clone() /></h3>
            <p class="fit-headline">{headline}</p>
            <ul class="reasons">{reasons}</ul>
            <p class="fit-links">
                {platform.access_url.clone().map(|url| view! { <a href=url>{format!("Open {}", platform.name)}</a> })}
                {sponsorship.map(|url| view! { <a href=url>{format!("Request sponsorship for {}", platform.name)}</a> })}
            </p>
        </li>
    })
}

/// "Python (Supported Languages)", "NoR sponsorship", "Published examples".
fn need_text(need: &Need) -> String {
    match need.kind {
        NeedKind::Facet(kind) => format!("{} — {}", need.label, facet_word(kind)),
        NeedKind::Access(_) | NeedKind::Examples => need.label.clone(),
    }
}

fn facet_word(kind: FacetKind) -> &'static str {
    QUESTIONS.into_iter().find(|(k, _)| *k == kind).map_or(kind.label(), |(_, question)| question)
}

/// The top result's published workflows, to start from a working example.
fn top_examples(explorer: Explorer, ranking: Memo<Arc<Ranking>>) -> Option<impl IntoView> {
    let catalog = use_catalog()?;
    let (walked, _) = catalog.shown.get()?;
    let all_published = catalog.published.get()?;
    let top = ranking.with(|r| r.fits.first().map(|fit| fit.position))?;
    let index = explorer.index();
    let platform = index.platforms.get(top)?;
    let workflows = all_published.get(top).map(|p| p.workflows.clone()).filter(|w| !w.is_empty())?;
    let shown = visible(&workflows, false, EXAMPLES_FIRST);
    let cards = record_items(with_openers(&shown, &index.platforms, &walked.records, &all_published));
    Some(view! {
        <section class="examples" aria-labelledby="examples-heading">
            <h3 id="examples-heading">{format!("Start from a workflow published from {}", platform.name)}</h3>
            <ul class="records">{cards}</ul>
        </section>
    })
}
