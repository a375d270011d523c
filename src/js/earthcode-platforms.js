// <earthcode-platforms>: the EarthCODE Platform Explorer as a custom element.
//
//   <script type="module" src="/path/to/earthcode-platforms.js"></script>
//   <earthcode-platforms theme="auto"></earthcode-platforms>
//
// Everything (WASM, CSS, config.json, platforms.json) loads relative to this
// module's own URL, so the folder works from any sub-path. Each file is named
// in a literal `new URL` with `import.meta.url` as its base, which bundlers (Vite,
// webpack, Rollup) understand: they copy the file and rewrite the URL when a
// host imports the npm package (scripts/package.mjs). The explorer runs
// in a shadow root: host CSS does not reach in and ours does not leak out.
// Attributes: platforms-url, stac-api-url, static-catalog-url (relative to
// the page), url-prefix (default: the element's id and "-", else "ec-"),
// theme (auto | light | dark), sections (grid tables catalog; default: all,
// the tables folded in a narrow host). Events: platform-select,
// filters-change, choose-change. Property: version (read-only).
// docs/EMBEDDING.md is the guide; scripts/element-module.mjs fills in the
// names and the version.
import init, { mountElement } from "./__BINDGEN_JS__";
__STYLE_IMPORT__
const WASM = new URL("./__WASM__", import.meta.url);
// The stylesheet: a file beside the module, linked (dist/), or its text from
// a module (the npm package), adopted as a constructed sheet. The package
// ships no .css file because a bundler would emit it as an asset, and
// VitePress takes the first CSS asset of a build for the site's own stylesheet.
const STYLE = __STYLE__;
const CONFIG = new URL("./config.json", import.meta.url);
// Used where config.json names no file of its own.
const PLATFORMS = new URL("./platforms.json", import.meta.url);
const SNAPSHOT = __SNAPSHOT__;
const VERSION = "__VERSION__";
// An attribute's URL, resolved against the page; one that does not parse is
// passed on as written, and the explorer reports it like any unreachable URL.
const fromPage = (value) => {
  const text = value?.trim();
  if (!text) return "";
  try {
    return new URL(text, document.baseURI).href;
  } catch {
    return text;
  }
};

// One WASM instance per page, shared by every element.
let instance;
const ready = () =>
  (instance ??= init({ module_or_path: WASM }).catch((error) => {
    instance = undefined; // a later connect tries again
    throw error;
  }));

// One constructed stylesheet, shared by every element (CSSOM: no CSP needed).
let constructed;
const sheet = () => {
  if (!constructed) {
    constructed = new CSSStyleSheet();
    constructed.replaceSync(STYLE.text);
  }
  return constructed;
};

const SETTINGS = ["platforms-url", "stac-api-url", "static-catalog-url", "url-prefix", "sections"];
const THEMES = new Set(["auto", "light", "dark"]);
const darkQuery = matchMedia("(prefers-color-scheme: dark)");

// Keys typed into our own fields are ours. Seen from outside the shadow root
// the event's target is the element, not a text field, so a host's shortcut
// ("/" opens VitePress's search) would take them: they stop at our root.
const NOT_TEXT = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color", "file", "image"]);
const isField = (node) =>
  node instanceof HTMLElement &&
  (node.isContentEditable ||
    node instanceof HTMLTextAreaElement ||
    node instanceof HTMLSelectElement ||
    (node instanceof HTMLInputElement && !NOT_TEXT.has(node.type)));
const keepKey = (event) => {
  if (isField(event.composedPath()[0])) event.stopPropagation();
};

class EarthcodePlatforms extends HTMLElement {
  static observedAttributes = [...SETTINGS, "theme"];

  #container;
  #unmount = null;
  #generation = 0;
  #observer = null;
  #onScheme = () => this.#applyTheme();

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    this.#container = document.createElement("div");
    this.#container.className = "ec-host";
    // The one shadow part: hosts may size or pad it (`::part(explorer)`).
    this.#container.setAttribute("part", "explorer");
    for (const type of ["keydown", "keypress", "keyup"]) shadow.addEventListener(type, keepKey);
    if (STYLE.text !== undefined) {
      shadow.adoptedStyleSheets = [sheet()];
      shadow.append(this.#container);
      return;
    }
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = STYLE.href;
    // Hidden until our styles apply, so the host never sees a flash of bare markup.
    this.#container.hidden = true;
    style.addEventListener("load", () => (this.#container.hidden = false), { once: true });
    style.addEventListener("error", () => (this.#container.hidden = false), { once: true });
    shadow.append(style, this.#container);
  }

  connectedCallback() {
    this.#observer = new MutationObserver(this.#onScheme);
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
    darkQuery.addEventListener("change", this.#onScheme);
    this.#applyTheme();
    this.#mount();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    darkQuery.removeEventListener("change", this.#onScheme);
    this.#generation += 1;
    this.#release();
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.isConnected) return;
    if (name === "theme") this.#applyTheme();
    else this.#mount();
  }

  /** The explorer's release (semantic version), as in the standalone page's footer. */
  get version() {
    return VERSION;
  }

  /** "light" or "dark": the theme attribute, else the host's class, else the OS. */
  get scheme() {
    const theme = this.#theme();
    if (theme !== "auto") return theme;
    if (document.documentElement.classList.contains("dark")) return "dark";
    // A host that themes with CSS variables and a class is in light mode now.
    if (getComputedStyle(this).getPropertyValue("--vp-c-bg").trim()) return "light";
    return darkQuery.matches ? "dark" : "light";
  }

  #theme() {
    const theme = (this.getAttribute("theme") ?? "auto").trim().toLowerCase();
    return THEMES.has(theme) ? theme : "auto";
  }

  #applyTheme() {
    this.#container.dataset.theme = this.#theme();
    this.#container.dataset.scheme = this.scheme;
  }

  #prefix() {
    const given = this.getAttribute("url-prefix");
    if (given !== null) return given.trim();
    return this.id ? `${this.id}-` : "ec-";
  }

  async #mount() {
    const generation = ++this.#generation;
    try {
      await ready();
    } catch (error) {
      if (generation !== this.#generation || !this.isConnected) return;
      this.#container.hidden = false;
      this.#container.textContent = `The platform explorer could not start: ${error}`;
      this.#container.setAttribute("role", "alert");
      return;
    }
    // Disconnected or re-configured while the WASM loaded: that call wins.
    if (generation !== this.#generation || !this.isConnected) return;
    this.#release();
    this.#unmount = mountElement(
      this.#container,
      this,
      CONFIG.href,
      PLATFORMS.href,
      SNAPSHOT?.href ?? "",
      fromPage(this.getAttribute("platforms-url")),
      fromPage(this.getAttribute("stac-api-url")),
      fromPage(this.getAttribute("static-catalog-url")),
      this.#prefix(),
      this.getAttribute("sections") ?? "",
    );
  }

  #release() {
    const unmount = this.#unmount;
    this.#unmount = null;
    unmount?.();
  }
}

if (!customElements.get("earthcode-platforms")) customElements.define("earthcode-platforms", EarthcodePlatforms);

export { EarthcodePlatforms, VERSION as version };
