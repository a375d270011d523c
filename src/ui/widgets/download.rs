//! Saving generated text as a file, in the browser.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `filename`. Failures are logged: the
/// page goes on.
pub fn download(filename: &str, mime: &str, text: &str) {
    if let Err(error) = try_download(filename, mime, text) {
        leptos::logging::warn!("download of {filename} failed: {error:?}");
    }
}

fn try_download(filename: &str, mime: &str, text: &str) -> Result<(), wasm_bindgen::JsValue> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = leptos::prelude::document();
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    web_sys::Url::revoke_object_url(&url)
}
