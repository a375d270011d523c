// custom-elements.json and earthcode-platforms.d.ts against the element's
// source, so they cannot drift: every attribute the element observes (read
// from the class itself, run with stand-ins for the browser), every event the
// explorer dispatches (the Rust sources), every host custom property the
// styles read and every shadow part are in the manifest, and nothing else.
//   node --test tests/package/
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { cargoVersion, elementModule } from "../../scripts/element-module.mjs";

const root = resolve(import.meta.dirname, "../..");
const manifest = JSON.parse(readFileSync(join(root, "src/js/custom-elements.json"), "utf8"));
const declarations = readFileSync(join(root, "src/js/earthcode-platforms.d.ts"), "utf8");
const element = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === "earthcode-platforms");
const names = (list) => (list ?? []).map((entry) => entry.name).sort();
const sorted = (values) => [...new Set(values)].sort();

function filesUnder(dir, pattern) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** The element's class, run in node with stand-ins for the browser's globals and the WASM glue. */
async function elementClass() {
  const dir = mkdtempSync(join(tmpdir(), "ec-element-"));
  try {
    writeFileSync(join(dir, "glue.js"), "export default async () => {};\nexport const mountElement = () => () => {};\n");
    const text = elementModule(root, { bindgen: "glue.js", wasm: "x.wasm", css: "x.css", snapshot: true, version: "9.9.9" });
    writeFileSync(join(dir, "element.js"), text);
    const defined = new Map();
    globalThis.HTMLElement ??= class {};
    globalThis.matchMedia ??= () => ({ matches: false, addEventListener() {}, removeEventListener() {} });
    globalThis.customElements ??= { get: (name) => defined.get(name), define: (name, cls) => defined.set(name, cls) };
    const module = await import(pathToFileURL(join(dir, "element.js")).href);
    return { module, defined };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("the manifest is schema 2.x and declares the element once, with its tag and class", () => {
  assert.match(manifest.schemaVersion, /^2\.\d+\.\d+$/);
  assert.ok(element, "a declaration with tagName earthcode-platforms");
  assert.equal(element.customElement, true);
  assert.equal(element.name, "EarthcodePlatforms");
  const definitions = manifest.modules.flatMap((m) => m.exports).filter((e) => e.kind === "custom-element-definition");
  assert.deepEqual(definitions.map((d) => [d.name, d.declaration.name]), [["earthcode-platforms", "EarthcodePlatforms"]]);
});

test("the manifest names exactly the attributes the element observes", async () => {
  const { module, defined } = await elementClass();
  assert.equal(defined.get("earthcode-platforms"), module.EarthcodePlatforms, "the module defines the element");
  const observed = module.EarthcodePlatforms.observedAttributes;
  assert.ok(observed.length > 0);
  assert.deepEqual(names(element.attributes), sorted(observed));
});

test("the manifest and the types name the element's version property, and it is read-only", async () => {
  const { module } = await elementClass();
  const property = Object.getOwnPropertyDescriptor(module.EarthcodePlatforms.prototype, "version");
  assert.equal(typeof property?.get, "function");
  assert.equal(property.set, undefined, "read-only");
  assert.equal(property.get.call({}), "9.9.9");
  assert.equal(module.version, "9.9.9");
  const members = Object.fromEntries(element.members.map((m) => [m.name, m]));
  assert.equal(members.version?.readonly, true);
  assert.match(declarations, /readonly version: string;/);
  assert.match(cargoVersion(root), /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, "Cargo.toml's version is semantic");
});

/** Event names the explorer dispatches: `host.dispatch(NAME, …)` in the Rust sources, NAME's value in core/view/events.rs; `new CustomEvent("…")` in the element's script. */
function dispatchedEvents() {
  const constants = new Map(
    [...readFileSync(join(root, "src/core/view/events.rs"), "utf8").matchAll(/pub const (\w+): &str = "([^"]+)";/g)].map((m) => [m[1], m[2]]),
  );
  const events = [];
  for (const file of filesUnder(join(root, "src"), /\.rs$/)) {
    for (const [, argument] of readFileSync(file, "utf8").matchAll(/\.dispatch\(\s*([^,]+),/g)) {
      const literal = argument.match(/^"([^"]+)"$/);
      const name = literal ? literal[1] : constants.get(argument.trim().split("::").pop());
      assert.ok(name, `${file}: dispatches ${argument}, not a constant of core/view/events.rs`);
      events.push(name);
    }
  }
  for (const file of filesUnder(join(root, "src/js"), /\.js$/)) {
    for (const [, name] of readFileSync(file, "utf8").matchAll(/new (?:Custom)?Event\(\s*["'`]([^"'`]+)/g)) events.push(name);
  }
  return sorted(events);
}

test("the manifest and the types name exactly the events the explorer dispatches", () => {
  const dispatched = dispatchedEvents().filter((name) => name !== "TrunkApplicationStarted"); // boot.js: the standalone page's, not the element's
  assert.ok(dispatched.length >= 3, `found ${dispatched.join(", ")}`);
  assert.deepEqual(names(element.events), dispatched);
  const eventMap = declarations.match(/interface EarthcodePlatformsEventMap[^{]*\{([^}]*)\}/)?.[1] ?? "";
  assert.deepEqual(sorted([...eventMap.matchAll(/"([a-z-]+)":/g)].map((m) => m[1])), dispatched);
  for (const event of element.events) assert.match(event.type.text, /^CustomEvent<\w+Detail>$/, event.name);
});

test("the manifest names exactly the host custom properties the styles read", () => {
  // The host's: VitePress's (--vp-*) and those we document for hosts (--earthcode-*).
  const read = filesUnder(join(root, "style"), /\.css$/).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/var\(\s*(--(?:vp|earthcode)-[\w-]+)/g)].map((m) => m[1]),
  );
  assert.ok(read.length > 0);
  assert.deepEqual(names(element.cssProperties), sorted(read));
});

test("the manifest names exactly the element's shadow parts", () => {
  const script = readFileSync(join(root, "src/js/earthcode-platforms.js"), "utf8");
  const parts = [...script.matchAll(/setAttribute\("part", "([^"]+)"\)/g)].flatMap((m) => m[1].split(/\s+/));
  assert.ok(parts.length > 0);
  assert.deepEqual(names(element.cssParts), sorted(parts));
});
