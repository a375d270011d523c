//! The browser entry points: trunk builds this binary to WASM, and the
//! scripts in `src/js/` call one of the two exports below. `main` itself
//! does nothing, so loading the module never mounts anything by surprise.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

use earthcode_platforms::core::config::{Overrides, Shipped};
use earthcode_platforms::ui::{self, ElementOptions};
use wasm_bindgen::prelude::*;

fn main() {}

/// Mounts the standalone page (`boot.js`).
#[wasm_bindgen]
pub fn start() {
    ui::start();
}

/// Mounts one `<earthcode-platforms>` element (`earthcode-platforms.js`).
/// URLs are absolute or empty (empty: `config.json` decides); the shipped
/// ones are the module's own files, used where `config.json` names none;
/// `sections` is the attribute as written. Returns the function that
/// unmounts it.
#[wasm_bindgen(js_name = mountElement)]
#[allow(clippy::too_many_arguments)]
pub fn mount_element(
    container: web_sys::HtmlElement,
    element: web_sys::HtmlElement,
    config_url: String,
    shipped_platforms_url: String,
    shipped_snapshot_url: String,
    platforms_url: String,
    stac_api_url: String,
    static_catalog_url: String,
    url_prefix: String,
    sections: String,
) -> js_sys::Function {
    let options = ElementOptions {
        config_url,
        shipped: Shipped { platforms_url: shipped_platforms_url, catalog_snapshot_url: shipped_snapshot_url },
        overrides: Overrides::new(&platforms_url, &stac_api_url, &static_catalog_url),
        prefix: url_prefix,
        sections,
    };
    let unmount = ui::mount_element(container, element, options);
    Closure::once_into_js(unmount).unchecked_into()
}
