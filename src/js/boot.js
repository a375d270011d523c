// Starts the standalone page. An external module rather than trunk's inline
// loader, so the page runs under `script-src 'self'` (no inline script).
// scripts/post-build.mjs fills in the hashed file names.
import init, { start } from "./__BINDGEN_JS__";

// A chooser link shows the prerendered form at once (ARCHITECTURE.md, Prerender).
const query = new URLSearchParams(location.search);
const copy = document.querySelector("[data-prerendered]");
const detail = query.getAll("platform").some((id) => id.trim() !== "");
if (copy && query.getAll("view").at(-1) === "choose" && !detail) {
  copy.querySelector(".explorer").hidden = true;
  copy.querySelector("[data-chooser-copy]").hidden = false;
}

const wasm = await init({ module_or_path: new URL("./__WASM__", import.meta.url) });
start();
// As trunk's own loader announces it (the benchmarks read WASM memory from it).
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
