//! A platform's detail view: every fact and link. Deep-linkable through
//! `?platform=ID`.

use leptos::prelude::*;

mod published;

use published::PublishedRecords;

use crate::core::platforms::model::{field_label, FacetKind, Platform};
use crate::core::platforms::provenance::{possibly_outdated, sources_of, Freshness};
use crate::ui::page::state::explorer::use_explorer;
use crate::ui::page::state::history::Entry;
use crate::ui::widgets::back_button::BackButton;
use crate::ui::widgets::fact_list::{not_documented, outdated_badge, FactList};
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
            {details(platform, explorer.freshness)}
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

/// "Sources 1, 3" after a fact's label, and "possibly outdated" when every
/// one of them is older than the allowed age.
fn provenance(platform: &Platform, field: &str, freshness: Option<Freshness>) -> impl IntoView {
    let numbers: Vec<String> = sources_of(platform, field).iter().map(|(n, _)| n.to_string()).collect();
    let refs = (!numbers.is_empty()).then(|| {
        let noun = if numbers.len() == 1 { "source" } else { "sources" };
        view! { <span class="source-refs">{format!(" ({noun} {})", numbers.join(", "))}</span> }
    });
    let old = freshness.filter(|f| possibly_outdated(platform, field, f)).map(|_| outdated_badge());
    (refs, old)
}

fn link_item(label: &'static str, url: &Option<String>) -> Option<impl IntoView> {
    url.clone().map(|url| view! { <li><a href=url rel="noopener" target="_blank">{label}</a></li> })
}

/// Access, help and publishing: what a scientist needs before choosing.
fn before_choosing(platform: &Platform, freshness: Option<Freshness>) -> impl IntoView {
    let access = match &platform.access {
        Some(access) => view! {
            <ul class="access-models">
                {access.models.iter().map(|m| view! { <li class="badge" data-access=m.key()>{m.label()}</li> }).collect_view()}
            </ul>
            {access.note.clone().map(|note| view! { <p>{note}</p> })}
            <ul class="detail-links">
                {link_item("NoR service page", &access.nor_url)}
                {link_item("Price list", &access.price_list_url)}
                {link_item("How to request a sponsorship", &access.sponsorship_url)}
            </ul>
        }
        .into_any(),
        None => view! { <p>{not_documented()}</p> }.into_any(),
    };
    let support = match &platform.support {
        Some(support) => view! {
            <ul class="detail-links">
                {link_item("Forum", &support.forum_url)}
                {support.email.clone().map(|email| { let href = format!("mailto:{email}"); view! { <li>"E-mail: " <a href=href>{email}</a></li> } })}
                {link_item("Issue tracker", &support.issues_url)}
            </ul>
        }
        .into_any(),
        None => view! { <p>{not_documented()}</p> }.into_any(),
    };
    let publishing = match &platform.publishing {
        Some(publishing) => view! {
            <p>
                {match publishing.url.clone() {
                    Some(url) => view! { <a href=url rel="noopener" target="_blank">{publishing.tool.clone()}</a> }.into_any(),
                    None => view! { <strong>{publishing.tool.clone()}</strong> }.into_any(),
                }}
                {publishing.note.clone().map(|note| format!(": {note}"))}
            </p>
        }
        .into_any(),
        None => view! { <p>{not_documented()}</p> }.into_any(),
    };
    view! {
        <section class="detail-part" data-part="access">
            <h3>"Getting access" {provenance(platform, "access", freshness)}</h3>
            {access}
        </section>
        <section class="detail-part" data-part="support">
            <h3>"Help" {provenance(platform, "support", freshness)}</h3>
            {support}
        </section>
        <section class="detail-part" data-part="publishing">
            <h3>"Publishing to the Open Science Catalog" {provenance(platform, "publishing", freshness)}</h3>
            {publishing}
        </section>
    }
}

/// The sources, numbered as the facts cite them, with their dates.
fn sources(platform: &Platform, freshness: Option<Freshness>) -> impl IntoView {
    let items = platform
        .sources
        .iter()
        .map(|source| {
            let covers: Vec<&str> = source.covers.iter().map(|field| field_label(field)).collect();
            let old = freshness.filter(|f| f.is_old(source)).map(|_| outdated_badge());
            view! {
                <li>
                    <a href=source.url.clone() rel="noopener" target="_blank">{source.title.clone()}</a>
                    {format!(", checked {} ", source.checked)}
                    {old}
                    <br />
                    <span class="covers">{format!("Backs: {}", covers.join(", "))}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="detail-part" data-part="sources">
            <h3>"Sources"</h3>
            {if platform.sources.is_empty() {
                view! { <p>{not_documented()}</p> }.into_any()
            } else {
                view! { <ol class="sources">{items}</ol> }.into_any()
            }}
        </section>
    }
}

fn details(platform: Platform, freshness: Option<Freshness>) -> impl IntoView {
    let facts = FacetKind::ALL
        .into_iter()
        .map(|kind| {
            let list = platform.facts(kind).to_vec();
            let body = match (platform.documents(kind), list.is_empty()) {
                (false, _) => not_documented().into_any(),
                (true, true) => view! { <span class="none">"none"</span> }.into_any(),
                (true, false) => view! { <FactList facts=list /> }.into_any(),
            };
            view! {
                <dt>{kind.label()} {provenance(&platform, kind.key(), freshness)}</dt>
                <dd data-facet=kind.key()>{body}</dd>
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
            <h3>"Links" {provenance(&platform, "links", freshness)}</h3>
            <ul class="detail-links">{items}</ul>
        }
    });
    view! {
        <header class="detail-header">
            <Logo platform=platform.clone() />
            <div>
                <h2 id="platform-detail-heading" tabindex="-1">{platform.name.clone()}</h2>
                <p class="detail-status">
                    {platform.status.map(|s| view! { <span class="badge" data-status=s.key()>{s.label()}</span> })}
                    {provenance(&platform, "status", freshness)}
                </p>
                {platform.via.clone().map(|via| view! { <p class="via">"Reached via " {via}</p> })}
                <p class="description">{platform.description.clone()}</p>
                <p class="actions">
                    {platform.access_url.clone().map(|url| view! {
                        <a class="button primary" href=url rel="noopener" target="_blank">"Open platform"<span class="visually-hidden">" (new tab)"</span></a>
                    })}
                    {platform.homepage_url.clone().map(|url| view! {
                        <a class="button" href=url rel="noopener" target="_blank">"Homepage"<span class="visually-hidden">" (new tab)"</span></a>
                    })}
                    {platform.docs_url.clone().map(|url| view! { <a class="button" href=url>"Documentation"</a> })}
                    {provenance(&platform, "accessUrl", freshness)}
                </p>
            </div>
        </header>
        {before_choosing(&platform, freshness)}
        <h3>"Capabilities"</h3>
        <dl class="detail-facts">{facts}</dl>
        {links}
        {sources(&platform, freshness)}
    }
}
