// The <earthcode-platforms> module from its template (src/js/earthcode-platforms.js),
// for dist/ (scripts/post-build.mjs, trunk's hashed names) and for the npm
// package (scripts/package.mjs, stable names). Also the one reader of the
// version: Cargo.toml's [package] version is the only place it is written.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** Cargo.toml's package version ("0.1.0"); throws when there is none. */
export function cargoVersion(root = ".") {
  const manifest = readFileSync(join(root, "Cargo.toml"), "utf8");
  const section = manifest.split(/^\[/m).find((part) => part.startsWith("package]"));
  const version = section?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error("Cargo.toml: no [package] version");
  return version;
}

/**
 * The element module's text. `bindgen`, `wasm`: file names beside it;
 * `css`: the stylesheet's file name beside it (linked), or `cssModule`: a
 * module beside it whose default export is the stylesheet's text (adopted);
 * `snapshot`: whether catalog-snapshot.json ships beside it.
 */
export function elementModule(root, { bindgen, wasm, css, cssModule, snapshot, version }) {
  if (!css === !cssModule) throw new Error("elementModule: give css or cssModule");
  const slots = {
    __BINDGEN_JS__: bindgen,
    __WASM__: wasm,
    __STYLE_IMPORT__: cssModule ? `import styleText from "./${cssModule}";` : "",
    // Literals, so a bundler copies the files; no reference to a file there is not.
    __STYLE__: cssModule ? "{ text: styleText }" : `{ href: new URL("./${css}", import.meta.url).href }`,
    __VERSION__: version,
    __SNAPSHOT__: snapshot ? 'new URL("./catalog-snapshot.json", import.meta.url)' : "null",
  };
  const template = readFileSync(join(root, "src/js/earthcode-platforms.js"), "utf8");
  return Object.entries(slots).reduce((text, [slot, value]) => {
    if (!text.includes(slot)) throw new Error(`src/js/earthcode-platforms.js has no ${slot}`);
    return text.replaceAll(slot, value);
  }, template);
}

/** A module whose default export is `css` (the package's stylesheet, see elementModule). */
export function styleModule(css) {
  return `// The explorer's stylesheet (style/, joined by scripts/build-css.mjs), as text.\nexport default ${JSON.stringify(css)};\n`;
}
