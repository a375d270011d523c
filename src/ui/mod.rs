//! Leptos components: thin views over `core`. Start at `app::App`.

pub mod app;
pub mod catalog;
pub mod chips;
pub mod compare;
pub mod detail;
pub mod download;
pub mod explorer;
pub mod fanout;
pub mod grid;
pub mod paging;
pub mod platform_link;
pub mod prose;
pub mod sidebar;
pub mod state;
pub mod table;

/// Mounts the app on `<body>`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_panic_notice();
    }));
    leptos::mount::mount_to_body(app::App);
}

/// Should anything panic after all, replace a dead page with a visible,
/// announced message. Plain DOM calls: after a panic the reactive runtime
/// cannot be trusted. Tests assert that `#panic-notice` never appears.
fn show_panic_notice() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    if document.get_element_by_id("panic-notice").is_some() {
        return;
    }
    let Ok(notice) = document.create_element("div") else { return };
    notice.set_id("panic-notice");
    let _ = notice.set_attribute("role", "alert");
    notice.set_text_content(Some(
        "Something went wrong and the platform explorer stopped. Reload the page to try again; \
         the EarthCODE documentation lists the same platforms.",
    ));
    if let Some(body) = document.body() {
        let _ = body.prepend_with_node_1(&notice);
    }
}
