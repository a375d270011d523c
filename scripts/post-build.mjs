// trunk post_build hook (Trunk.toml): prerenders the page into index.html and
// writes the two entry scripts into the staging dist, with trunk's hashed
// file names filled in.
//   index.html              gets the grid, tables and prose as static HTML in
//                           place of <!-- prerender --> (src/bin/prerender.rs,
//                           the same Leptos components rendered natively);
//   boot-<hash>.js          starts the standalone page; index.html loads it
//                           instead of trunk's inline loader (strict CSP);
//   earthcode-platforms.js  defines the <earthcode-platforms> element; its
//                           name is stable, so host pages can link to it;
//   catalog-snapshot.json   when the build has one ($CATALOG_SNAPSHOT, default
//                           target/catalog-snapshot.json, made by
//                           src/bin/catalog-snapshot.rs): copied in, named in
//                           config.json, and its record counts prerendered.
// Templates: src/js/ (the element's through scripts/element-module.mjs, which
// also fills in Cargo.toml's version). Fails the build if a file it needs is missing.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cargoVersion, elementModule } from "./element-module.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR ?? ".";
if (!staging) throw new Error("post-build.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)");

const files = readdirSync(staging);
function one(pattern, what) {
  const found = files.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`post-build: expected one ${what} in ${staging}, found ${found.length}`);
  return found[0];
}
const names = {
  __BINDGEN_JS__: one(/^earthcode-platforms-[0-9a-f]+\.js$/, "wasm-bindgen script"),
  __WASM__: one(/^earthcode-platforms-[0-9a-f]+_bg\.wasm$/, "wasm module"),
  __CSS__: one(/^main-[0-9a-f]+\.css$/, "stylesheet"),
};
const fill = (template) =>
  Object.entries(names).reduce((text, [slot, name]) => text.replaceAll(slot, name), readFileSync(join(source, "src/js", template), "utf8"));

const snapshot = process.env.CATALOG_SNAPSHOT ?? join(source, "target/catalog-snapshot.json");
const withSnapshot = existsSync(snapshot);
const element = elementModule(source, {
  bindgen: names.__BINDGEN_JS__,
  wasm: names.__WASM__,
  css: names.__CSS__,
  snapshot: withSnapshot,
  version: cargoVersion(source),
});
writeFileSync(join(staging, "earthcode-platforms.js"), element);

const boot = fill("boot.js");
const bootName = `boot-${createHash("sha256").update(boot).digest("hex").slice(0, 16)}.js`;
writeFileSync(join(staging, bootName), boot);
const indexPath = join(staging, "index.html");
const index = readFileSync(indexPath, "utf8");
if (!index.includes("__BOOT__")) throw new Error("post-build: index.html has no __BOOT__ script (Trunk.toml pattern_script)");
writeFileSync(indexPath, index.replaceAll("__BOOT__", bootName));
console.log(`post-build: wrote earthcode-platforms.js and ${bootName}`);

// Link previews want absolute URLs: with SITE_URL (the deployed address, ending
// in "/"), og:image and twitter:image become absolute and og:url is added.
const siteUrl = process.env.SITE_URL?.trim();
if (siteUrl) {
  const base = new URL(siteUrl.endsWith("/") ? siteUrl : `${siteUrl}/`).href;
  const page = readFileSync(indexPath, "utf8");
  const image = /(<meta (?:property="og:image"|name="twitter:image") content=")og-image\.png(" \/>)/g;
  if ((page.match(image) ?? []).length !== 2) throw new Error("post-build: index.html has no og:image and twitter:image to make absolute");
  const absolute = page
    .replace(image, `$1${base}og-image.png$2`)
    .replace('<meta property="og:type"', `<meta property="og:url" content="${base}" />\n    <meta property="og:type"`);
  writeFileSync(indexPath, absolute);
  console.log(`post-build: link previews point at ${base}`);
}

if (withSnapshot) {
  copyFileSync(snapshot, join(staging, "catalog-snapshot.json"));
  const configPath = join(staging, "config.json");
  const config = JSON.parse(readFileSync(configPath, "utf8"));
  writeFileSync(configPath, `${JSON.stringify({ ...config, catalogSnapshotUrl: "catalog-snapshot.json" }, null, 2)}\n`);
  // Fetched beside platforms.json while the WASM downloads, not after it.
  const page = readFileSync(indexPath, "utf8");
  const preload = '<link rel="preload" href="platforms.json" as="fetch" crossorigin />';
  if (!page.includes(preload)) throw new Error("post-build: index.html has no preload of platforms.json");
  const snapshotPreload = '<link rel="preload" href="catalog-snapshot.json" as="fetch" crossorigin />';
  writeFileSync(indexPath, page.replace(preload, `${preload}\n    ${snapshotPreload}`));
  console.log(`post-build: catalog snapshot ${snapshot} copied; config.json names it`);
}

// The first paint needs only the HTML and the stylesheet. The stylesheet goes first in <head>, so
// it is asked for before anything else, and trunk's preload of the WASM goes: it made the
// render-blocking stylesheet wait behind the largest download (on our static server, behind
// compressing it; issue #16). boot.js asks for the WASM itself, once the stylesheet has loaded
// (a module script runs after the stylesheets before it).
{
  const page = readFileSync(indexPath, "utf8");
  const stylesheet = page.match(/<link rel="stylesheet" href="\.\/main-[0-9a-f]+\.css"[^>]*>/);
  const wasmPreload = page.match(/<link rel="preload" href="\.\/earthcode-platforms-[0-9a-f]+_bg\.wasm"[^>]*>/);
  if (!stylesheet || !wasmPreload || !page.includes("<link rel=\"preload\"")) throw new Error("post-build: index.html lacks the stylesheet, the WASM preload or the data preloads");
  const rest = page.replace(stylesheet[0], "").replace(wasmPreload[0], "");
  const comment = rest.indexOf("<!-- Fetched while");
  const at = comment >= 0 && comment < rest.indexOf("<link rel=\"preload\"") ? comment : rest.indexOf("<link rel=\"preload\"");
  writeFileSync(indexPath, `${rest.slice(0, at)}${stylesheet[0]}\n    ${rest.slice(at)}`);
}

// A native build of the same crate; `cargo test` has usually compiled it already.
// On the stable toolchain: what scripts/release-build.sh sets (the nightly,
// std from source, trimmed paths) is for the WASM only.
const native = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => key !== "RUSTUP_TOOLCHAIN" && !key.startsWith("CARGO_UNSTABLE_") && !key.endsWith("_TRIM_PATHS")),
);
execFileSync(
  "cargo",
  ["run", "--quiet", "--locked", "--bin", "prerender", "--", join(source, "public/platforms.json"), indexPath,
    ...(withSnapshot ? [join(staging, "catalog-snapshot.json")] : [])],
  { stdio: "inherit", cwd: source, env: native },
);
