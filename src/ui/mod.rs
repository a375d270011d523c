//! Leptos components: thin views over `core`. Start at `app::App`.

pub mod app;
pub mod catalog;
pub mod chips;
pub mod compare;
pub mod detail;
pub mod download;
pub mod explorer;
pub mod grid;
pub mod platform_link;
pub mod prose;
pub mod sidebar;
pub mod state;
pub mod table;

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
