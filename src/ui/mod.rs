//! Leptos components: thin views over `core`. Start at `app::App`; the two
//! ways in are `start` (the standalone page) and `mount_element` (the
//! `<earthcode-platforms>` custom element, see `src/js/`).
//!
//! Layers, each importing only from those before it: `lists` (list
//! machinery) ← `context` (what every view may read) ← `widgets` (small
//! shared views, safe in reused slots) ← `page` (its state and sections)
//! ← `app`, `prerender` and this module. `tests/layers.rs` checks it.

pub mod app;
pub mod context;
pub mod lists;
pub mod page;
pub mod prerender;
pub mod widgets;

use std::cell::RefCell;

use app::{App, Settings};
use context::host::Placement;

use crate::core::config::{Overrides, Shipped};
use crate::core::view::sections::{self, Section};
use crate::core::view::url_state::embed_requested;

thread_local! {
    /// Containers of mounted elements, for the panic notice.
    static CONTAINERS: RefCell<Vec<web_sys::HtmlElement>> = const { RefCell::new(Vec::new()) };
}

fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_notice();
    }));
}

/// Mounts the standalone page on `<body>`; `?embed=1` leaves out the page's
/// own header and prose, for an iframe.
pub fn start() {
    install_panic_hook();
    let search = leptos::prelude::window().location().search().unwrap_or_default();
    let placement = Placement::standalone(!embed_requested(&search));
    let settings =
        Settings { config_url: "config.json".into(), shipped: Shipped::default(), overrides: Overrides::default() };
    let app = move || leptos::prelude::view! { <App placement settings /> };
    // With the prerendered page in the HTML, the live page renders hidden
    // beside it and `prerender::TakeOver` swaps them once it is complete.
    match live_holder() {
        Some(holder) => leptos::mount::mount_to(holder, app).forget(),
        None => leptos::mount::mount_to_body(app),
    }
}

/// A hidden `<div data-live-holder>` after the prerendered page, if there is one.
fn live_holder() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    let document = leptos::prelude::document();
    let copy = document.query_selector(&format!("[{}]", prerender::MARKER)).ok().flatten()?;
    let holder: web_sys::HtmlElement = document.create_element("div").ok()?.dyn_into().ok()?;
    let _ = holder.set_attribute("data-live-holder", "");
    holder.set_hidden(true);
    copy.after_with_node_1(&holder).ok()?;
    Some(holder)
}

/// Settings of one `<earthcode-platforms>` element, as its script passes them.
pub struct ElementOptions {
    /// Absolute URL of `config.json` beside the module.
    pub config_url: String,
    /// The platform list and snapshot beside the module.
    pub shipped: Shipped,
    pub overrides: Overrides,
    /// Prefix of the element's URL query keys.
    pub prefix: String,
    /// The `sections` attribute as written (see `core::view::sections`).
    pub sections: String,
}

/// Mounts the explorer into `container` (inside `element`'s shadow root).
/// Returns the function that unmounts it and releases its listeners.
pub fn mount_element(
    container: web_sys::HtmlElement,
    element: web_sys::HtmlElement,
    options: ElementOptions,
) -> impl FnOnce() {
    install_panic_hook();
    CONTAINERS.with_borrow_mut(|all| all.push(container.clone()));
    let sections = sections::parse(&options.sections);
    if !sections.unknown.is_empty() {
        let known = Section::ALL.map(Section::key).join(", ");
        leptos::logging::warn!(
            "<earthcode-platforms sections>: ignored {:?} (the sections are {known})",
            sections.unknown
        );
    }
    let placement = Placement {
        prose: false,
        prefix: options.prefix,
        element: Some(element),
        container: Some(container.clone()),
        sections: sections.sections,
    };
    let settings = Settings { config_url: options.config_url, shipped: options.shipped, overrides: options.overrides };
    let handle =
        leptos::mount::mount_to(container.clone(), move || leptos::prelude::view! { <App placement settings /> });
    move || {
        drop(handle);
        CONTAINERS.with_borrow_mut(|all| all.retain(|c| c != &container));
    }
}

/// Should anything panic after all, replace a dead page with a visible,
/// announced message. Plain DOM calls: after a panic the reactive runtime
/// cannot be trusted. Tests assert that `.panic-notice` never appears.
fn show_panic_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let mounted = CONTAINERS.with_borrow(Clone::clone);
    let places: Vec<web_sys::HtmlElement> =
        if mounted.is_empty() { document.body().into_iter().collect() } else { mounted };
    for place in places {
        if place.query_selector(".panic-notice").ok().flatten().is_some() {
            continue;
        }
        let Ok(notice) = document.create_element("div") else { continue };
        notice.set_class_name("panic-notice");
        let _ = notice.set_attribute("role", "alert");
        notice.set_text_content(Some(
            "Something went wrong and the platform explorer stopped. Reload the page to try again; \
             the EarthCODE documentation lists the same platforms.",
        ));
        let _ = place.prepend_with_node_1(&notice);
    }
}
