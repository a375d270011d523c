// Checks public/platforms.schema.json: it compiles under Ajv's strict mode,
// accepts the shipped public/platforms.json, and rejects or accepts the
// focused cases below the way src/core/platforms/validate.rs (the reference) would,
// where the schema can express it. Run: node --test tests/schema/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const root = new URL("../../", import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), "utf8"));

const schema = readJson("public/platforms.schema.json");
const data = readJson("public/platforms.json");

const FACT_LISTS = [
  "dataAccess",
  "hardwareServices",
  "compatibleWorkflows",
  "developmentTools",
  "supportedLanguages",
  "visualisationTools",
  "producedWorkflowType",
  "features",
];

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  return ajv.compile(schema);
}

const validate = compile();

/** A minimal valid platform; `changes` are merged over it (undefined deletes). */
function platform(changes = {}) {
  const base = { id: "demo", name: "Demo" };
  for (const key of FACT_LISTS) base[key] = ["Python"];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

const file = (...platforms) => ({ platforms });

/** The errors as sorted "instancePath keyword" strings, [] when valid. */
function outcome(document) {
  const ok = validate(document);
  if (ok) return [];
  return [...new Set(validate.errors.map((e) => `${e.instancePath} ${e.keyword}`))].sort();
}

function errors(document) {
  validate(document);
  return validate.errors ?? [];
}

test("schema is draft 2020-12 with the expected $id and compiles in strict mode", () => {
  assert.equal(schema.$schema, "https://json-schema.org/draft/2020-12/schema");
  assert.equal(schema.$id, "https://esa-earthcode.github.io/platform-explorer/platforms.schema.json");
  assert.equal(typeof schema.title, "string");
  assert.doesNotThrow(compile);
});

test("every property in the schema has a description", () => {
  const missing = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}/${i}`));
    if (node === null || typeof node !== "object") return;
    if (node.properties) {
      for (const [name, sub] of Object.entries(node.properties)) {
        if (typeof sub.description !== "string" || sub.description.length === 0) missing.push(`${path}/properties/${name}`);
      }
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
  };
  walk(schema, "#");
  assert.deepEqual(missing, []);
});

test("public/platforms.json is valid", () => {
  assert.equal(validate(data), true, JSON.stringify(validate.errors, null, 2));
  assert.ok(data.platforms.length > 0);
  assert.ok(data.platforms.some((p) => Array.isArray(p.recordMatch) && p.recordMatch.length > 0), "shipped file uses recordMatch");
});

test("the eight fact lists in the schema are the FacetKind keys, all optional (absent: not documented)", () => {
  const def = schema.$defs.platform;
  for (const key of FACT_LISTS) {
    assert.ok(!def.required.includes(key), key);
    assert.deepEqual(def.properties[key].$ref, "#/$defs/factList");
  }
  assert.deepEqual(def.required, ["id", "name"]);
});

test("a source's covers names exactly the platform's fields", () => {
  const fields = Object.keys(schema.$defs.platform.properties).filter((k) => k !== "sources" && k !== "id").sort();
  assert.deepEqual([...schema.$defs.source.properties.covers.items.enum].sort(), fields);
});

test("every shipped platform has dated sources, a status and access", () => {
  for (const p of data.platforms) {
    assert.ok(p.sources.length > 0 && p.status && p.access, p.id);
  }
  assert.equal(data.platforms.length, 8);
});

// ---- invalid cases: each names exactly where and why it fails ----

test("missing id is rejected at the platform with 'required'", () => {
  assert.deepEqual(outcome(file(platform({ id: undefined }))), ["/platforms/0 required"]);
  assert.equal(errors(file(platform({ id: undefined })))[0].params.missingProperty, "id");
});

test("missing fact list is accepted (the page says 'not documented')", () => {
  assert.deepEqual(outcome(file(platform({ producedWorkflowType: undefined, features: undefined }))), []);
});

const source = (changes = {}) => ({ url: "https://example.org/p", title: "A page", checked: "2026-11-28", covers: ["name"], ...changes });

test("a source without a date is rejected at the source with 'required'", () => {
  const { checked, ...undated } = source();
  assert.equal(checked, "2026-11-28");
  assert.deepEqual(outcome(file(platform({ sources: [undated] }))), ["/platforms/0/sources/0 required"]);
});

test("a source date that is not YYYY-MM-DD is rejected at /checked", () => {
  for (const checked of ["28/11/2026", "2026-13-01", "2026-11-28T10:00", "2026-1-5"]) {
    assert.deepEqual(outcome(file(platform({ sources: [source({ checked })] }))), ["/platforms/0/sources/0/checked pattern"], checked);
  }
});

test("covers naming no field is rejected at the entry with 'enum'", () => {
  assert.deepEqual(outcome(file(platform({ sources: [source({ covers: ["name", "colour"] })] }))), ["/platforms/0/sources/0/covers/1 enum"]);
});

test("a source URL must be absolute http(s)", () => {
  for (const url of ["javascript:alert(1)", "/relative", "ftp://x.org/a", "data:text/html,x"]) {
    assert.deepEqual(outcome(file(platform({ sources: [source({ url })] }))), ["/platforms/0/sources/0/url pattern"], url);
  }
});

test("unknown access models and statuses are rejected with 'enum'", () => {
  assert.deepEqual(outcome(file(platform({ access: { models: ["free-tier", "barter"] } }))), ["/platforms/0/access/models/1 enum"]);
  assert.deepEqual(outcome(file(platform({ status: "finished" }))), ["/platforms/0/status enum"]);
  assert.deepEqual(outcome(file(platform({ status: "documentation-in-progress" }))), []);
});

test("access, support and publishing URLs pass the URL rules; e-mail is plain; publishing needs its tool", () => {
  assert.deepEqual(outcome(file(platform({ access: { models: [], norUrl: "javascript:x" } }))), ["/platforms/0/access/norUrl pattern"]);
  assert.deepEqual(outcome(file(platform({ homepageUrl: "vbscript:x" }))), ["/platforms/0/homepageUrl pattern"]);
  assert.deepEqual(outcome(file(platform({ support: { email: "earth-code@esa.int", forumUrl: "https://f.example/" } }))), []);
  assert.deepEqual(outcome(file(platform({ support: { email: "a@b" } }))), ["/platforms/0/support/email pattern"]);
  assert.deepEqual(outcome(file(platform({ publishing: { url: "https://p.example/" } }))), ["/platforms/0/publishing required"]);
  assert.deepEqual(outcome(file(platform({ publishing: { tool: "deep-code", url: "https://p.example/" } }))), []);
});

test("bad id pattern is rejected at /id with 'pattern'", () => {
  for (const id of ["DeepESDL", "deep_esdl", "deep esdl", "", "a".repeat(65), " demo"]) {
    assert.deepEqual(outcome(file(platform({ id }))), ["/platforms/0/id pattern"], JSON.stringify(id));
  }
  assert.deepEqual(outcome(file(platform({ id: "a".repeat(64) }))), []);
});

test("id that is not a string is rejected at /id with 'type'", () => {
  assert.deepEqual(outcome(file(platform({ id: 7 }))), ["/platforms/0/id type"]);
});

test("empty or blank name is rejected at /name with 'pattern'", () => {
  for (const name of ["", "   ", "\u0001"]) {
    assert.deepEqual(outcome(file(platform({ name }))), ["/platforms/0/name pattern"], JSON.stringify(name));
  }
});

test("fact list given as a string is rejected at the list with 'type'", () => {
  assert.deepEqual(outcome(file(platform({ dataAccess: "Sentinel" }))), ["/platforms/0/dataAccess type"]);
});

test("fact entry that is a number is rejected at the entry with 'oneOf'", () => {
  const e = errors(file(platform({ hardwareServices: ["GPU", 4] })));
  assert.deepEqual(
    e.map((x) => `${x.instancePath} ${x.keyword}`),
    ["/platforms/0/hardwareServices/1 type", "/platforms/0/hardwareServices/1 type", "/platforms/0/hardwareServices/1 oneOf"],
  );
  assert.deepEqual(e.slice(0, 2).map((x) => x.params.type), ["string", "object"]);
});

test("blank fact string is rejected at the entry", () => {
  assert.deepEqual(outcome(file(platform({ supportedLanguages: [" "] }))), [
    "/platforms/0/supportedLanguages/0 oneOf",
    "/platforms/0/supportedLanguages/0 pattern",
    "/platforms/0/supportedLanguages/0 type",
  ]);
});

test("fact object without name is rejected at the entry (required name)", () => {
  const e = errors(file(platform({ visualisationTools: [{ url: "https://example.org/" }] })));
  const at = "/platforms/0/visualisationTools/0";
  assert.deepEqual(e.map((x) => `${x.instancePath} ${x.keyword}`), [`${at} type`, `${at} required`, `${at} oneOf`]);
  assert.equal(e[1].params.missingProperty, "name");
});

test("javascript: URL in accessUrl is rejected at /accessUrl with 'pattern'", () => {
  for (const accessUrl of ["javascript:alert(1)", "JaVaScRiPt:alert(1)"]) {
    const e = errors(file(platform({ accessUrl })));
    assert.deepEqual(e.map((x) => `${x.instancePath} ${x.keyword}`), ["/platforms/0/accessUrl pattern"]);
    assert.equal(e[0].schemaPath, "#/$defs/url/allOf/2/pattern");
  }
});

test("data: URL in a fact url is rejected at the fact's /url", () => {
  const at = "/platforms/0/visualisationTools/0";
  const doc = file(platform({ visualisationTools: [{ name: "Viewer", url: "data:text/html,<script>alert(1)</script>" }] }));
  assert.deepEqual(outcome(doc), [`${at} oneOf`, `${at} type`, `${at}/url pattern`]);
});

test("vbscript: URL in a link is rejected at the link's /url", () => {
  const doc = file(platform({ links: [{ label: "Help", url: "vbscript:msgbox(1)" }] }));
  assert.deepEqual(outcome(doc), ["/platforms/0/links/0/url pattern"]);
});

test("control characters in a URL are rejected (they can hide a scheme)", () => {
  const e = errors(file(platform({ docsUrl: "java\tscript:alert(1)" })));
  assert.deepEqual(e.map((x) => [x.instancePath, x.keyword, x.schemaPath]), [
    ["/platforms/0/docsUrl", "pattern", "#/$defs/url/allOf/1/pattern"],
    ["/platforms/0/docsUrl", "pattern", "#/$defs/url/allOf/2/pattern"],
  ]);
});

test("link without label is rejected at the link with 'required'", () => {
  const e = errors(file(platform({ links: [{ url: "https://example.org/" }] })));
  assert.deepEqual(e.map((x) => [x.instancePath, x.keyword, x.params.missingProperty]), [
    ["/platforms/0/links/0", "required", "label"],
  ]);
});

test("links given as an object is rejected at /links with 'type'", () => {
  assert.deepEqual(outcome(file(platform({ links: { label: "x", url: "/x" } }))), ["/platforms/0/links type"]);
});

test("optional text of the wrong type is rejected", () => {
  assert.deepEqual(outcome(file(platform({ description: 3, via: ["EDC"] }))), [
    "/platforms/0/description type",
    "/platforms/0/via type",
  ]);
});

test("empty recordMatch rule is rejected at the rule (minProperties, anyOf)", () => {
  const at = "/platforms/0/recordMatch/0";
  assert.deepEqual(outcome(file(platform({ recordMatch: [{}] }))), [`${at} anyOf`, `${at} minProperties`, `${at} required`]);
  // Unknown keys are tolerated but are no condition, so they do not make a rule.
  assert.deepEqual(outcome(file(platform({ recordMatch: [{ note: "x" }] }))), [`${at} anyOf`, `${at} required`]);
});

test("recordMatch rule with property but no equals is rejected with 'dependentRequired'", () => {
  const e = errors(file(platform({ recordMatch: [{ property: "osc:platform" }] })));
  assert.deepEqual(e.map((x) => [x.instancePath, x.keyword, x.params.property, x.params.missingProperty]), [
    ["/platforms/0/recordMatch/0", "dependentRequired", "property", "equals"],
  ]);
});

test("recordMatch rule with a non-string hrefPrefix is rejected at /hrefPrefix with 'type'", () => {
  assert.deepEqual(outcome(file(platform({ recordMatch: [{ hrefPrefix: 42 }] }))), [
    "/platforms/0/recordMatch/0/hrefPrefix type",
  ]);
});

test("recordMatch given as a string is rejected at /recordMatch with 'type'", () => {
  assert.deepEqual(outcome(file(platform({ recordMatch: "on the DeepESDL platform" }))), ["/platforms/0/recordMatch type"]);
});

test("platform that is not an object is rejected at the entry with 'type'", () => {
  assert.deepEqual(outcome(file(platform(), "demo")), ["/platforms/1 type"]);
});

test("platforms not an array is rejected at /platforms with 'type'", () => {
  assert.deepEqual(outcome({ platforms: { demo: platform() } }), ["/platforms type"]);
});

test("missing platforms is rejected at the root with 'required'", () => {
  assert.deepEqual(outcome({ items: [] }), [" required"]);
});

test("top level an array is rejected at the root with 'type'", () => {
  assert.deepEqual(outcome([platform()]), [" type"]);
});

// ---- valid edge cases the validator accepts ----

test("unknown extra fields are accepted at every level", () => {
  const doc = {
    $schema: "./platforms.schema.json",
    version: 2,
    platforms: [
      platform({
        maturity: "beta",
        links: [{ label: "Home", url: "https://example.org/", rel: "home" }],
        dataAccess: [{ name: "Sentinel-2", url: "https://example.org/s2", note: "L2A" }],
      }),
    ],
  };
  assert.deepEqual(outcome(doc), []);
});

test("recordMatch rules with only titleContains, or with property and equals, are accepted", () => {
  assert.deepEqual(outcome(file(platform({ recordMatch: [{ titleContains: "on the Demo platform" }] }))), []);
  assert.deepEqual(outcome(file(platform({ recordMatch: [{ property: "osc:platform", equals: "Demo" }] }))), []);
  assert.deepEqual(outcome(file(platform({ recordMatch: [] }))), []);
});

test("relative logoUrl is accepted", () => {
  for (const logoUrl of ["img/logo.png", "/img/logo.png", "./logo.svg", "../logo.svg", "//cdn.example.org/logo.png", "?v=1", "#top", "a/b:c"]) {
    assert.deepEqual(outcome(file(platform({ logoUrl }))), [], logoUrl);
  }
});

test("http and https URLs in any letter case are accepted", () => {
  for (const accessUrl of ["http://example.org", "https://example.org/a?b#c", "HTTPS://EXAMPLE.ORG", "HtTp://x"]) {
    assert.deepEqual(outcome(file(platform({ accessUrl }))), [], accessUrl);
  }
});

test("other schemes are rejected, matching validate::safe_url", () => {
  for (const docsUrl of ["mailto:a@example.org", "ftp://example.org", "httpx://example.org", "file:///etc/passwd", "1abc:x", "java script:x", " javascript:x", ""]) {
    const got = outcome(file(platform({ docsUrl })));
    assert.ok(got.length > 0 && got.every((e) => e.startsWith("/platforms/0/docsUrl ")), `${JSON.stringify(docsUrl)}: ${got}`);
  }
});

test("URL longer than 2000 characters is rejected with 'maxLength'", () => {
  const long = "https://example.org/" + "a".repeat(1981);
  assert.deepEqual(outcome(file(platform({ docsUrl: long.slice(0, 2000) }))), []);
  assert.deepEqual(outcome(file(platform({ docsUrl: long }))), ["/platforms/0/docsUrl maxLength"]);
});

test("fact object without url is accepted", () => {
  assert.deepEqual(outcome(file(platform({ developmentTools: [{ name: "Jupyter" }, "openEO Web Editor"] }))), []);
});

test("empty fact list and empty platform list are accepted", () => {
  assert.deepEqual(outcome(file(platform({ hardwareServices: [] }))), []);
  assert.deepEqual(outcome(file()), []);
});

test("duplicate ids pass the schema (only the Rust validator catches them)", () => {
  assert.deepEqual(outcome(file(platform(), platform())), []);
});
