//! Compares `public/platforms.json` with EarthCODE's own lists and prints,
//! per platform, what differs (maintainers' tool; README "Staying in sync").
//!
//!   cargo run --bin platforms-check -- --docs DIR --portal FILE [--platforms FILE]
//!
//! DIR holds the documentation's `.vitepress/data/platforms/*.json`; FILE is
//! the portal's `pages/integrated-platforms.json`. Exit status: 0 nothing
//! differs, 1 differences (printed), 2 the files could not be read. The
//! comparison is `core::platforms::sync`; this is the shell around it.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[cfg(not(target_arch = "wasm32"))]
#[path = "shell/mod.rs"]
mod shell;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok((text, same)) => {
            print!("{text}");
            std::process::ExitCode::from(if same { 0 } else { 1 })
        }
        Err(message) => {
            eprintln!("platforms-check: {message}");
            std::process::ExitCode::from(2)
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
const USAGE: &str = "usage: platforms-check --docs DIR --portal FILE [--platforms FILE]";

/// The report, and whether nothing differs.
#[cfg(not(target_arch = "wasm32"))]
fn run(args: Vec<String>) -> Result<(String, bool), String> {
    use earthcode_platforms::core::platforms::sync::{differences, parse_docs_platform, parse_portal, report};
    use earthcode_platforms::core::platforms::validate::parse_platforms;

    let (mut docs_dir, mut portal_file, mut platforms_file) = (None, None, "public/platforms.json".to_string());
    let mut args = args.into_iter();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(USAGE)?;
        match flag.as_str() {
            "--docs" => docs_dir = Some(value),
            "--portal" => portal_file = Some(value),
            "--platforms" => platforms_file = value,
            _ => return Err(USAGE.into()),
        }
    }
    let (docs_dir, portal_file) = docs_dir.zip(portal_file).ok_or(USAGE)?;
    let read = |path: &str| std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));

    let today = shell::today()?;
    let loaded = parse_platforms(&read(&platforms_file)?, today).map_err(|e| format!("{platforms_file}: {e}"))?;

    let files: Vec<std::path::PathBuf> = std::fs::read_dir(&docs_dir)
        .map_err(|e| format!("{docs_dir}: {e}"))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "json"))
        .collect();
    let files = earthcode_platforms::core::order::sorted_by(files, |a, b| a.cmp(b));
    let mut docs = Vec::new();
    for path in &files {
        let name = path.display().to_string();
        docs.push(parse_docs_platform(&name, &read(&name)?)?);
    }
    let portal = parse_portal(&read(&portal_file)?).map_err(|e| format!("{portal_file}: {e}"))?;

    let mut text = String::new();
    for issue in &loaded.issues {
        text.push_str(&format!("{platforms_file}: {issue}\n"));
    }
    let found = differences(&loaded.platforms, &docs, &portal);
    text.push_str(&report(&found));
    let same = found.is_empty() && loaded.issues.is_empty();
    text.push_str(&if same {
        format!(
            "platforms-check: {platforms_file} agrees with {} documentation files and the portal list\n",
            docs.len()
        )
    } else {
        format!("platforms-check: {} difference(s)\n", found.len() + loaded.issues.len())
    });
    Ok((text, same))
}

#[cfg(target_arch = "wasm32")]
fn main() {}
