// The npm package of the <earthcode-platforms> element, from the release
// build: copies what ships from dist/ into target/package/ under stable
// names, writes its package.json (the version is Cargo.toml's), checks it
// and packs it with `npm pack` into target/<name>-<version>.tgz (the
// artifact; nothing is published from here).
//   node scripts/package.mjs            (after `trunk build --release`)
//   node scripts/package.mjs --no-pack  (the folder only)
// Prints the tarball's path on its last line.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cargoVersion, elementModule, styleModule } from "./element-module.mjs";

export const NAME = "@earthcode/platform-explorer";
const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const out = join(root, "target/package");

const distFiles = existsSync(dist) ? readdirSync(dist) : [];
function one(pattern, what) {
  const found = distFiles.filter((name) => pattern.test(name));
  if (found.length !== 1) throw new Error(`package: expected one ${what} in dist/, found ${found.length}: run \`trunk build --release\``);
  return found[0];
}
const version = cargoVersion(root);
const bindgen = one(/^earthcode-platforms-[0-9a-f]+\.js$/, "wasm-bindgen script");
const wasm = one(/^earthcode-platforms-[0-9a-f]+_bg\.wasm$/, "wasm module");
const css = one(/^main-[0-9a-f]+\.css$/, "stylesheet");
const snapshot = distFiles.includes("catalog-snapshot.json");

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

// Stable names. The wasm-bindgen script's own default WASM URL is
// `new URL('earthcode-platforms_bg.wasm', import.meta.url)`: the WASM keeps
// that name, so a bundler that follows the literal finds the file too.
const STABLE = {
  bindgen: "earthcode-platforms_bindgen.js",
  wasm: "earthcode-platforms_bg.wasm",
  cssModule: "earthcode-platforms-style.js",
};
const glue = readFileSync(join(dist, bindgen), "utf8");
if (!glue.includes(`new URL('${STABLE.wasm}', import.meta.url)`)) {
  throw new Error(`package: ${bindgen} does not name ${STABLE.wasm}: wasm-bindgen's output changed, update scripts/package.mjs`);
}
writeFileSync(join(out, STABLE.bindgen), glue);
copyFileSync(join(dist, wasm), join(out, STABLE.wasm));
// Text in a module, not a .css file: see src/js/earthcode-platforms.js (STYLE).
writeFileSync(join(out, STABLE.cssModule), styleModule(readFileSync(join(dist, css), "utf8")));
writeFileSync(join(out, "earthcode-platforms.js"), elementModule(root, { ...STABLE, snapshot, version }));

// The module locates platforms.json and the snapshot itself (a bundler moves
// and renames them, so a name relative to config.json would not be found);
// the package's config.json keeps only the settings.
const config = JSON.parse(readFileSync(join(dist, "config.json"), "utf8"));
const LOCATED = { platformsUrl: "platforms.json", catalogSnapshotUrl: "catalog-snapshot.json" };
for (const [key, file] of Object.entries(LOCATED)) {
  if (key in config && config[key] !== file) {
    throw new Error(`package: dist/config.json's ${key} is ${JSON.stringify(config[key])}; the package ships ${file} (set the element's attribute instead)`);
  }
  delete config[key];
}
writeFileSync(join(out, "config.json"), `${JSON.stringify(config, null, 2)}\n`);

const copies = [
  [join(dist, "platforms.json"), "platforms.json"],
  [join(dist, "platforms.schema.json"), "platforms.schema.json"],
  ...(snapshot ? [[join(dist, "catalog-snapshot.json"), "catalog-snapshot.json"]] : []),
  [join(root, "src/js/earthcode-platforms.d.ts"), "earthcode-platforms.d.ts"],
  [join(root, "src/js/custom-elements.json"), "custom-elements.json"],
  [join(root, "docs/EMBEDDING.md"), "README.md"],
  [join(root, "CHANGELOG.md"), "CHANGELOG.md"],
];
for (const [from, to] of copies) copyFileSync(from, join(out, to));

const cargo = readFileSync(join(root, "Cargo.toml"), "utf8");
const license = cargo.match(/^license\s*=\s*"([^"]+)"/m)?.[1];
if (!license) throw new Error("Cargo.toml: no license");
const files = [
  "earthcode-platforms.js",
  "earthcode-platforms.d.ts",
  STABLE.bindgen,
  STABLE.wasm,
  STABLE.cssModule,
  "config.json",
  "platforms.json",
  "platforms.schema.json",
  ...(snapshot ? ["catalog-snapshot.json"] : []),
  "custom-elements.json",
  "CHANGELOG.md",
];
const manifest = {
  name: NAME,
  version,
  description: "The EarthCODE Platform Explorer as a web component, <earthcode-platforms>: choose an Earth-observation cloud platform",
  license: license.includes(" ") ? `(${license})` : license,
  type: "module",
  main: "./earthcode-platforms.js",
  module: "./earthcode-platforms.js",
  types: "./earthcode-platforms.d.ts",
  exports: {
    ".": { types: "./earthcode-platforms.d.ts", default: "./earthcode-platforms.js" },
    "./custom-elements.json": "./custom-elements.json",
    "./config.json": "./config.json",
    "./platforms.json": "./platforms.json",
    "./platforms.schema.json": "./platforms.schema.json",
    "./package.json": "./package.json",
  },
  // Importing the module defines the element: keep it in every bundle.
  sideEffects: ["./earthcode-platforms.js"],
  customElements: "custom-elements.json",
  files,
  keywords: ["web-component", "custom-element", "earthcode", "earth-observation", "vitepress"],
};
writeFileSync(join(out, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);

// What ships is exactly `files` plus what npm always adds.
const shipped = new Set(readdirSync(out));
const expected = new Set([...files, "package.json", "README.md"]);
const extra = [...shipped].filter((f) => !expected.has(f));
const missing = [...expected].filter((f) => !shipped.has(f));
if (extra.length || missing.length) throw new Error(`package: extra ${extra.join(", ") || "none"}; missing ${missing.join(", ") || "none"}`);

if (!process.argv.includes("--no-pack")) {
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", join(root, "target"), out], { cwd: root, encoding: "utf8" }),
  );
  const inTarball = packed[0].files.map((f) => f.path).sort();
  const want = [...expected].sort();
  if (JSON.stringify(inTarball) !== JSON.stringify(want)) {
    throw new Error(`package: the tarball holds ${inTarball.join(", ")}; expected ${want.join(", ")}`);
  }
  console.log(`package: ${packed[0].files.length} files, ${packed[0].size} bytes packed, ${packed[0].unpackedSize} unpacked`);
  console.log(join(root, "target", packed[0].filename));
} else {
  console.log(out);
}
