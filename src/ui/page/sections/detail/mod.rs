//! A platform's detail view: every fact and link. Deep-linkable through
//! `?platform=ID`.

use leptos::prelude::*;

mod published;

use published::PublishedRecords;

use crate::core::platforms::model::{FacetKind, Platform};
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::page::state::history::Entry;
use crate::ui::widgets::back_button::BackButton;
use crate::ui::widgets::fact_list::FactList;
use crate::ui::widgets::logo::Logo;

/// The open platform, or a notice when the id in the URL is unknown.
#[component]
pub fn PlatformDetail(
    /// The id from the URL.
    id: String,
) -> impl IntoView {
    let explorer = use_explorer();
    let platform = explorer.index().position(&id).and_then(|at| explorer.index().platforms.get(at).cloned());
    let back_to = id.clone();
    let back = Callback::new(move |_| {
        explorer.update(Entry::Push, |s| s.platform = None);
        explorer.host.focus_first_soon(vec![format!("card-{back_to}"), "platform-search".to_string()]);
    });
    let position = explorer.index().position(&id);
    let body = match platform {
        Some(platform) => view! {
            {details(platform)}
            {position.map(|position| view! { <PublishedRecords position /> })}
        }
        .into_any(),
        None => view! {
            <h2 id="platform-detail-heading" tabindex="-1">"Platform not found"</h2>
            <p>"No platform has the id “" {id} "”. It may have been renamed or removed."</p>
        }
        .into_any(),
    };
    view! {
        <article class="detail" aria-labelledby="platform-detail-heading">
            <BackButton on_back=back />
            {body}
        </article>
    }
}

fn details(platform: Platform) -> impl IntoView {
    let facts = FacetKind::ALL
        .into_iter()
        .map(|kind| {
            let list = platform.facts(kind).to_vec();
            view! {
                <dt>{kind.label()}</dt>
                <dd data-facet=kind.key()>
                    {if list.is_empty() { view! { <span class="none">"Not stated"</span> }.into_any() } else { view! { <FactList facts=list /> }.into_any() }}
                </dd>
            }
        })
        .collect_view();
    let links = (!platform.links.is_empty()).then(|| {
        let items = platform
            .links
            .iter()
            .map(|link| view! { <li><a href=link.url.clone() rel="noopener" target="_blank">{link.label.clone()}</a></li> })
            .collect_view();
        view! {
            <h3>"Links"</h3>
            <ul class="detail-links">{items}</ul>
        }
    });
    view! {
        <header class="detail-header">
            <Logo platform=platform.clone() />
            <div>
                <h2 id="platform-detail-heading" tabindex="-1">{platform.name.clone()}</h2>
                {platform.via.clone().map(|via| view! { <p class="via">"Reached via " {via}</p> })}
                <p class="description">{platform.description.clone()}</p>
                <p class="actions">
                    {platform.access_url.clone().map(|url| view! {
                        <a class="button primary" href=url rel="noopener" target="_blank">"Open platform"<span class="visually-hidden">" (new tab)"</span></a>
                    })}
                    {platform.docs_url.clone().map(|url| view! { <a class="button" href=url>"Documentation"</a> })}
                </p>
            </div>
        </header>
        <h3>"Capabilities"</h3>
        <dl class="detail-facts">{facts}</dl>
        {links}
    }
}
