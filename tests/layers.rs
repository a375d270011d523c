//! The folder tree is the architecture: this test reads every module under
//! `src/` (the library, not the binaries), finds what each one imports from
//! the crate, and checks that
//! - no modules import each other in a circle, and
//! - every layer imports only from the layers below it (ARCHITECTURE.md).
//!
//! A module's imports are the `crate::…` and `super::…` paths in its code
//! (comments and its test module left out); an import points at the deepest
//! module the path names.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// Module path (`core::view::filter`) → the modules it imports.
type Graph = BTreeMap<String, Vec<String>>;

/// (importer prefix, imported prefix, why): an importer under the first
/// prefix must not import anything under the second.
const FORBIDDEN: &[(&str, &str, &str)] = &[
    ("core", "api", "the core does no I/O"),
    ("core", "ui", "the core knows no views"),
    ("api", "ui", "I/O knows no views"),
    ("core::platforms", "core::view", "the platform list is below the views of it"),
    ("core::platforms", "core::catalog", "the platform list is below the catalog"),
    ("core::view", "core::catalog", "the views of the platform list and the catalog are side by side"),
    ("core::catalog", "core::view", "the catalog and the views of the platform list are side by side"),
    ("core::bitset", "core::", "shared files import no layer"),
    ("core::order", "core::", "shared files import no layer"),
    ("core::percent", "core::", "shared files import no layer"),
    ("core::config", "core::", "shared files import no layer"),
    ("core::date", "core::", "shared files import no layer"),
    ("core::url", "core::", "shared files import no layer"),
    ("ui::lists", "ui::context", "list machinery is generic"),
    ("ui::lists", "ui::widgets", "list machinery is generic"),
    ("ui::lists", "ui::page", "list machinery is generic"),
    ("ui::context", "ui::widgets", "contexts are below the views"),
    ("ui::context", "ui::page", "contexts are below the views"),
    ("ui::widgets", "ui::page", "widgets see only the narrow contexts"),
];

fn module_path(file: &Path, src: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?.with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|last| last == "mod" || last == "lib") {
        parts.pop();
    }
    Some(parts.join("::"))
}

/// The file's code without comments and without its test module.
fn code_of(text: &str) -> String {
    let end = ["#[cfg(test)]\nmod tests {", "#[cfg(all(test, not(target_arch = \"wasm32\")))]\nmod tests {"]
        .iter()
        .filter_map(|marker| text.find(marker))
        .min()
        .unwrap_or(text.len());
    text.get(..end)
        .unwrap_or(text)
        .lines()
        .map(|line| line.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::a::b` and `super::a` path in `code`, as written.
fn paths_in(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(prefix) {
        let before = rest.get(..at).and_then(|s| s.chars().last());
        let after = rest.get(at + prefix.len()..).unwrap_or_default();
        let path: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
        if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
            found.push(path.split("::").filter(|s| !s.is_empty()).map(str::to_string).collect());
        }
        rest = after;
    }
    found
}

/// `use super::{a, b::c}` names several paths after one `super::`: the
/// modules among `{…}` count too.
fn grouped_after(code: &str, prefix: &str) -> Vec<Vec<String>> {
    let mut found = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find(&format!("{prefix}{{")) {
        let after = rest.get(at + prefix.len() + 1..).unwrap_or_default();
        let inner = after.split('}').next().unwrap_or_default();
        for item in inner.split(',') {
            let path: Vec<String> = item.trim().split("::").map(|s| s.trim().to_string()).collect();
            found.push(path);
        }
        rest = after;
    }
    found
}

fn graph(src: &Path) -> Graph {
    let mut files = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}")).flatten() {
            let path = entry.path();
            if path.is_dir() {
                if path != src.join("bin") && path != src.join("js") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") && path != src.join("main.rs") {
                files.push(path);
            }
        }
    }
    let modules: Vec<(String, String)> = files
        .iter()
        .filter_map(|f| Some((module_path(f, src)?, fs::read_to_string(f).ok()?)))
        .filter(|(module, _)| !module.ends_with("::tests") && module != "core::properties")
        .collect();
    let known: Vec<String> = modules.iter().map(|(m, _)| m.clone()).collect();
    // The deepest known module a path names, from `base`.
    let resolve = |base: &[String], path: &[String]| -> Option<String> {
        (1..=path.len()).rev().find_map(|take| {
            let candidate = base.iter().chain(path.iter().take(take)).cloned().collect::<Vec<_>>().join("::");
            known.contains(&candidate).then_some(candidate)
        })
    };
    let mut graph = Graph::new();
    for (module, text) in &modules {
        let code = code_of(text);
        let here: Vec<String> =
            if module.is_empty() { vec![] } else { module.split("::").map(str::to_string).collect() };
        // A file module's `super` is its parent module.
        let parent: Vec<String> = here.iter().take(here.len().saturating_sub(1)).cloned().collect();
        let mut imports: Vec<String> = Vec::new();
        for path in paths_in(&code, "crate::").into_iter().chain(grouped_after(&code, "crate::")) {
            imports.extend(resolve(&[], &path));
        }
        for path in paths_in(&code, "super::").into_iter().chain(grouped_after(&code, "super::")) {
            imports.extend(resolve(&parent, &path));
        }
        // Children a module declares and uses (`mod state; use state::…`).
        for path in paths_in(&code, "\nuse ") {
            if path.first().is_some_and(|first| first != "crate" && first != "super" && first != "std") {
                imports.extend(resolve(&here, &path).filter(|m| m != module));
            }
        }
        imports.retain(|m| m != module && !m.is_empty());
        imports.sort();
        imports.dedup();
        graph.insert(module.clone(), imports);
    }
    graph
}

fn src() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// A path of imports from `from` back to itself, if there is one.
fn circle_from(graph: &Graph, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![(from.to_string(), vec![from.to_string()])];
    let mut seen: Vec<String> = Vec::new();
    while let Some((module, path)) = stack.pop() {
        for next in graph.get(&module).into_iter().flatten() {
            if next == from {
                return Some([path.clone(), vec![from.to_string()]].concat());
            }
            if !seen.contains(next) {
                seen.push(next.clone());
                stack.push((next.clone(), [path.clone(), vec![next.clone()]].concat()));
            }
        }
    }
    None
}

fn under(module: &str, prefix: &str) -> bool {
    if let Some(stem) = prefix.strip_suffix("::") {
        module.starts_with(prefix) && module != stem
    } else {
        module == prefix || module.starts_with(&format!("{prefix}::"))
    }
}

#[test]
fn the_module_graph_is_read() {
    let graph = graph(&src());
    assert!(graph.len() > 60, "every module of src/ is read ({} found)", graph.len());
    let imports = |m: &str| graph.get(m).cloned().unwrap_or_default();
    assert!(imports("ui::page::sections::grid").contains(&"ui::widgets::card".to_string()));
    assert!(imports("ui::page").contains(&"ui::page::state::explorer".to_string()), "{:?}", imports("ui::page"));
    assert!(imports("core::view::url_state").contains(&"core::percent".to_string()));
    assert!(imports("api::catalog").contains(&"core::catalog::search".to_string()));
}

#[test]
fn no_modules_import_each_other_in_a_circle() {
    let graph = graph(&src());
    let circles: Vec<String> = graph.keys().filter_map(|m| circle_from(&graph, m)).map(|c| c.join(" → ")).collect();
    assert!(circles.is_empty(), "import circles:\n{}", circles.join("\n"));
}

#[test]
fn every_layer_imports_only_from_below() {
    let graph = graph(&src());
    let mut wrong = Vec::new();
    for (module, imports) in &graph {
        for import in imports {
            for (from, to, why) in FORBIDDEN {
                if under(module, from) && under(import, to) && !under(import, from) {
                    wrong.push(format!("{module} imports {import}: {why}"));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn sections_never_import_each_other() {
    let graph = graph(&src());
    let section =
        |m: &str| m.strip_prefix("ui::page::sections::").and_then(|rest| rest.split("::").next()).map(str::to_string);
    let wrong: Vec<String> = graph
        .iter()
        .filter_map(|(module, imports)| Some((section(module)?, module, imports)))
        .flat_map(|(own, module, imports)| {
            imports
                .iter()
                .filter(move |i| section(i).is_some_and(|other| other != own))
                .map(move |i| format!("{module} imports {i}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
