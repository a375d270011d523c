// Starts the standalone page. An external module rather than trunk's inline
// loader, so the page runs under `script-src 'self'` (no inline script).
// scripts/post-build.mjs fills in the hashed file names.
import init, { start } from "./__BINDGEN_JS__";

// A chooser link ("?view=choose") shows the prerendered empty form at once,
// readable before the WASM is ready (or if it never runs); the app then takes
// over as it does for the rest of the page. Detail and comparison links win,
// as in `core::view::url_state`.
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
