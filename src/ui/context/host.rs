//! Where the explorer lives: the whole page (standalone) or the shadow root
//! of an `<earthcode-platforms>` element. Element ids are looked up in the
//! right tree, and events for the host page are dispatched on the element.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::core::view::sections::Sections;

/// How the app is placed. Built by `ui::start` or `ui::mount_element`.
#[derive(Clone)]
pub struct Placement {
    /// Show the page's own header and prose (the standalone page without `?embed=1`).
    pub prose: bool,
    /// Prefix of our URL query keys ("" when standalone).
    pub prefix: String,
    /// The element to dispatch host events on; `None` when standalone.
    pub element: Option<web_sys::HtmlElement>,
    /// The node the app is mounted in; ids are looked up in its tree.
    pub container: Option<web_sys::HtmlElement>,
    /// What the explorer shows (the element's `sections` attribute).
    pub sections: Sections,
}

impl Placement {
    /// The standalone page, with or without its own header and prose.
    pub fn standalone(prose: bool) -> Self {
        Placement { prose, prefix: String::new(), element: None, container: None, sections: Sections::default() }
    }
}

/// The placement's DOM handles, as a `Copy` context.
#[derive(Clone, Copy)]
pub struct Host {
    element: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    container: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
}

impl Host {
    pub fn new(placement: &Placement) -> Self {
        Host {
            element: StoredValue::new_local(placement.element.clone()),
            container: StoredValue::new_local(placement.container.clone()),
        }
    }

    /// Embedded in a host page as `<earthcode-platforms>`.
    pub fn is_element(&self) -> bool {
        self.element.try_with_value(Option::is_some).unwrap_or(false)
    }

    /// The element with `id` in our tree: the shadow root when embedded,
    /// the document otherwise.
    pub fn element_by_id(&self, id: &str) -> Option<web_sys::Element> {
        // `try_`: a callback may run after the host removed the element.
        let root = self.container.try_get_value().flatten().map(|c| c.get_root_node());
        match root.as_ref().and_then(|r| r.dyn_ref::<web_sys::ShadowRoot>()) {
            Some(shadow) => shadow.get_element_by_id(id),
            None => document().get_element_by_id(id),
        }
    }

    /// Moves keyboard focus to the element with `id` once the view has updated.
    pub fn focus_soon(&self, id: String) {
        self.focus_first_soon(vec![id]);
    }

    /// Moves keyboard focus to the first of `ids` that is on the page once the
    /// view has updated (a card may be beyond the grid's first page).
    pub fn focus_first_soon(&self, ids: Vec<String>) {
        let host = *self;
        request_animation_frame(move || {
            let element = ids
                .iter()
                .find_map(|id| host.element_by_id(id))
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = element {
                let _ = element.focus();
            }
        });
    }

    /// Dispatches a bubbling, composed `CustomEvent` with a JSON `detail` on
    /// the element. Standalone there is no host to tell: nothing happens.
    pub fn dispatch(&self, name: &str, detail_json: &str) {
        let Some(element) = self.element.try_get_value().flatten() else { return };
        let init = web_sys::CustomEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_detail(&js_sys::JSON::parse(detail_json).unwrap_or(JsValue::NULL));
        match web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
            Ok(event) => {
                let _ = element.dispatch_event(&event);
            }
            Err(error) => leptos::logging::warn!("could not create the {name} event: {error:?}"),
        }
    }
}

pub fn use_host() -> Host {
    use_context::<Host>().unwrap_or_else(|| Host::new(&Placement::standalone(true)))
}
