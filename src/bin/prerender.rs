//! Build step (run by `scripts/post-build.mjs`): renders the standalone page
//! for `platforms.json` into `index.html`, in place of `<!-- prerender -->`.
//!
//!   cargo run --bin prerender -- public/platforms.json dist/index.html [catalog-snapshot.json]
//!
//! With a catalog snapshot, the cards show its record counts.
//!
//! Native only; on wasm32 it is an empty program.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[cfg(not(target_arch = "wasm32"))]
#[path = "shell/mod.rs"]
mod shell;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    shell::finish("prerender", run(std::env::args().skip(1).collect()))
}

#[cfg(not(target_arch = "wasm32"))]
fn run(args: Vec<String>) -> Result<String, String> {
    use earthcode_platforms::core::catalog::snapshot;
    use earthcode_platforms::core::platforms::urls::resolve_urls;
    use earthcode_platforms::core::platforms::validate::{parse_platforms, Loaded};
    use earthcode_platforms::ui::prerender::{page_html, PLACEHOLDER};

    let (platforms, index, snapshot) = match args.as_slice() {
        [platforms, index] => (platforms, index, None),
        [platforms, index, snapshot] => (platforms, index, Some(snapshot)),
        _ => return Err("usage: prerender <platforms.json> <index.html> [catalog-snapshot.json]".into()),
    };
    let snapshot = match snapshot {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            Some(snapshot::parse(&text).map_err(|e| format!("{path}: {e}"))?)
        }
        None => None,
    };
    let text = std::fs::read_to_string(platforms).map_err(|e| format!("{platforms}: {e}"))?;
    // The build's date (UTC): a source checked after it is an error.
    let today = shell::today()?;
    let loaded = parse_platforms(&text, today).map_err(|e| format!("{platforms}: {e}"))?;
    // The page's platforms.json sits beside index.html: its relative URLs
    // resolve as the live page resolves them (`api::load_platforms`).
    let loaded = Loaded { platforms: resolve_urls(loaded.platforms, "platforms.json"), ..loaded };
    if !loaded.issues.is_empty() {
        return Err(format!("{platforms} has {} problem(s); fix them before building", loaded.issues.len()));
    }
    let count = loaded.platforms.len();
    let page = std::fs::read_to_string(index).map_err(|e| format!("{index}: {e}"))?;
    if page.matches(PLACEHOLDER).count() != 1 {
        return Err(format!("{index} must contain {PLACEHOLDER} once"));
    }
    let html = page.replacen(PLACEHOLDER, &page_html(loaded, today, snapshot), 1);
    std::fs::write(index, html).map_err(|e| format!("{index}: {e}"))?;
    Ok(format!("prerender: {count} platforms into {index}"))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
