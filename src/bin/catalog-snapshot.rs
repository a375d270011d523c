//! Build step: walks a static Open Science Catalog with the same core the
//! page uses (`core::catalog::walk`) and writes `catalog-snapshot.json`,
//! which the page shows at once (marked "as of" its date) while it walks
//! the live catalog.
//!
//!   cargo run --bin catalog-snapshot -- ROOT OUT [--as URL] [--in-flight N]
//!
//! ROOT is the catalog's `catalog.json`: an http(s) URL (fetched with
//! `curl`) or a local path (a folder means its `catalog.json`). With `--as URL`, a local catalog is written as
//! if it were served at URL (its links resolve there). Exits non-zero when
//! the root or a section cannot be read; unreadable records are counted.
//! Native only; on wasm32 it is an empty program.
#![deny(clippy::unwrap_used, clippy::expect_used, clippy::panic, clippy::indexing_slicing)]

#[cfg(not(target_arch = "wasm32"))]
#[path = "shell/mod.rs"]
mod shell;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    shell::finish("catalog-snapshot", run(std::env::args().skip(1).collect()))
}

#[cfg(target_arch = "wasm32")]
fn main() {}

/// Where documents come from: the web (by `curl`), or a folder standing in
/// for a URL prefix.
#[cfg(not(target_arch = "wasm32"))]
enum Source {
    Web,
    Folder { prefix: String, folder: std::path::PathBuf },
}

#[cfg(not(target_arch = "wasm32"))]
impl Source {
    fn read(&self, url: &str) -> Result<String, String> {
        match self {
            Source::Web => {
                let out = std::process::Command::new("curl")
                    .args(["--fail", "--silent", "--show-error", "--location", "--compressed", "--max-time", "60", url])
                    .output()
                    .map_err(|e| format!("curl: {e}"))?;
                if !out.status.success() {
                    return Err(format!("{url}: {}", String::from_utf8_lossy(&out.stderr).trim()));
                }
                String::from_utf8(out.stdout).map_err(|e| format!("{url}: {e}"))
            }
            Source::Folder { prefix, folder } => {
                let relative = url.strip_prefix(prefix.as_str()).ok_or_else(|| format!("{url} is outside {prefix}"))?;
                let path = folder.join(relative.split(['?', '#']).next().unwrap_or_default());
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
            }
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(args: Vec<String>) -> Result<String, String> {
    use earthcode_platforms::core::catalog::snapshot::{to_json, Snapshot};
    use earthcode_platforms::core::catalog::stac::{children, document};
    use earthcode_platforms::core::catalog::walk::{Stop, Walk};

    let usage = "usage: catalog-snapshot ROOT OUT [--as URL] [--in-flight N]";
    let mut positional = Vec::new();
    let (mut served_as, mut in_flight) = (None, 6usize);
    let mut rest = args.into_iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--as" => served_as = Some(rest.next().ok_or(usage)?),
            "--in-flight" => in_flight = rest.next().and_then(|n| n.parse().ok()).filter(|n| *n > 0).ok_or(usage)?,
            _ => positional.push(arg),
        }
    }
    let [root, out] = positional.as_slice() else { return Err(usage.into()) };
    let (root_url, source) = if root.starts_with("http://") || root.starts_with("https://") {
        (root.clone(), Source::Web)
    } else {
        let mut path = std::fs::canonicalize(root).map_err(|e| format!("{root}: {e}"))?;
        if path.is_dir() {
            path.push("catalog.json");
        }
        let folder = path.parent().map(std::path::Path::to_path_buf).ok_or(usage)?;
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let url = served_as.unwrap_or_else(|| format!("file://{}", path.display()));
        let prefix = url.strip_suffix(&name).ok_or("--as must end with the root file's name")?.to_string();
        (url, Source::Folder { prefix, folder })
    };

    let mut walk = Walk::new(&root_url);
    loop {
        let batch: Vec<(Stop, String)> = std::iter::from_fn(|| walk.next_request()).take(in_flight).collect();
        if batch.is_empty() {
            break;
        }
        let answers: Vec<Result<String, String>> = std::thread::scope(|scope| {
            let source = &source;
            let running: Vec<_> = batch.iter().map(|(_, url)| scope.spawn(move || source.read(url))).collect();
            running.into_iter().map(|t| t.join().unwrap_or_else(|_| Err("a reader stopped".into()))).collect()
        });
        for ((stop, url), answer) in batch.into_iter().zip(answers) {
            match (stop, answer) {
                (Stop::Record, Ok(text)) => match document(&text, &url) {
                    Ok(record) => walk.record(record),
                    Err(_) => walk.failed(),
                },
                (Stop::Record, Err(_)) => walk.failed(),
                (_, Ok(text)) => walk.links(stop, children(&text, &url).map_err(|e| format!("{url}: {e}"))?),
                (_, Err(problem)) => return Err(problem),
            }
        }
    }
    let asked = walk.asked();
    let snapshot = Snapshot { taken_at: shell::now()?, source: root_url, catalog: walk.finish() };
    std::fs::write(out, to_json(&snapshot)).map_err(|e| format!("{out}: {e}"))?;
    let records = &snapshot.catalog.records;
    Ok(format!(
        "catalog-snapshot: {} records ({} documents asked for, {} unreadable) from {} into {out}, taken {}",
        records.len(),
        asked,
        snapshot.catalog.failed,
        snapshot.source,
        snapshot.taken_at
    ))
}
