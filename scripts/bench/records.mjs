// Records benchmark (not a test): the release dist/ and a synthetic static
// catalog of 10,000 records (scripts/bench/synthetic-catalog.mjs) served from
// one origin (gzip) by scripts/static-server.mjs, measured in Debian Chromium.
//   a. navigation start -> record counts on every card (the walk of 10,000 documents), cold loads
//   b. click on the platform with the most records -> first record visible, -> its whole list rendered
//   c. catalog search (static-catalog fallback): type a word and submit -> results rendered;
//      performance.now() in the page until the DOM shows them, plus one frame
//   d. JS heap and WASM memory after the walk
// Prints a markdown table; writes docs/benchmarks/records.json (raw samples, machine info).
//   node scripts/bench/records.mjs [loads=7] [searches=21]
import { launchChromium } from "./common.mjs";
import { writeSyntheticCatalog } from "./synthetic-catalog.mjs";
import { spawn, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem, tmpdir, release } from "node:os";
import { join } from "node:path";

const loads = Number(process.argv[2] ?? 7);
const searches = Number(process.argv[3] ?? 21);
const PORT = 4395; // the page, its files and the catalog: one origin
const DEAD = 4396; // nothing listens here
const origin = `http://127.0.0.1:${PORT}`;

// The catalog, written fresh into a temporary directory.
const tmp = mkdtempSync(join(tmpdir(), "earthcode-records-"));
const generated = writeSyntheticCatalog(join(tmp, "osc"));
const STATIC = `${origin}/osc/catalog.json`;
// A STAC API landing page that advertises no free-text search, so the page
// searches its static records (core::catalog_search::static_search). Written
// as stac-api/index.html because the page asks for `${api}/`.
mkdirSync(join(tmp, "stac-api"));
writeFileSync(join(tmp, "stac-api", "index.html"), JSON.stringify({
  type: "Catalog", id: "bench", stac_version: "1.0.0", description: "No free text here",
  conformsTo: ["https://api.stacspec.org/v1.0.0/core", "https://api.stacspec.org/v1.0.0/item-search"], links: [],
}));
const API = `${origin}/stac-api`;

const platforms = JSON.parse(readFileSync("public/platforms.json", "utf8")).platforms.map((p) => p.id);
const countText = (n) => (n === 0 ? "No catalog records yet" : n === 1 ? "1 published record" : `${n} published records`);
const expectedCards = Object.fromEntries(platforms.map((id) => [id, countText(generated.published[id]?.total ?? 0)]));
const [biggest, biggestCounts] = Object.entries(generated.published).sort((a, b) => b[1].total - a[1].total)[0];
// Each group of a platform's records renders its first 20 (core::view::show_all::RECORD_FIRST), then "Show all N records".
const firstPage = [biggestCounts.workflows, biggestCounts.experiments, biggestCounts.products].reduce((n, k) => n + Math.min(k, 20), 0);

// What the static search shows for a word: first page of 10 products+workflows and 10 experiments.
function expectedSearch(word) {
  const w = word.toLowerCase();
  const hit = (r) => [r.title, r.id, r.keywords.join(" "), r.themes.join(" "), r.project, r.description.replace(/[*_`#]/g, "")]
    .join(" ").toLowerCase().includes(w);
  const collections = generated.records.filter((r) => r.kind !== "experiment" && hit(r)).length;
  const items = generated.records.filter((r) => r.kind === "experiment" && hit(r)).length;
  const shown = Math.min(collections, 10) + Math.min(items, 10);
  const more = collections > 10 || items > 10;
  const text = shown === 0 ? "No records match." : shown === 1 ? "1 record" : `${shown} records${more ? " so far" : ""}`;
  return { word, matches: collections + items, shown, text };
}
const WORDS = ["glacier", "2240", "kraken"].map(expectedSearch);

const server = spawn("node", ["scripts/static-server.mjs", "dist", String(PORT), "--also", tmp], { stdio: ["ignore", "pipe", "inherit"] });
await new Promise((ready) => server.stdout.once("data", ready));
// External hosts fail at DNS, without request interception (which would pause all 10,000 requests).
const browser = await launchChromium(["--enable-precise-memory-info", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"]);

/** A cold page (new context) with config.json pointing at the synthetic catalog, loaded until the counts show. */
async function coldPage(api = API, { walk = true } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // times: 1 — with no route left Playwright stops intercepting, so the walk is not paused by it.
  await page.route("**/config.json", (r) => r.fulfill({ json: { platformsUrl: "platforms.json", stacApiUrl: api, staticCatalogUrl: STATIC } }), { times: 1 });
  await page.addInitScript(() => {
    performance.setResourceTimingBufferSize(50_000);
    for (const name of ["instantiateStreaming", "instantiate"]) {
      const original = WebAssembly[name];
      WebAssembly[name] = async function (...args) {
        const result = await original.apply(this, args);
        window.__wasm = (result.instance ?? result).exports;
        return result;
      };
    }
    const watch = () => {
      const counts = [...document.querySelectorAll(".card .record-count")];
      if (counts.length && counts.every((c) => c.textContent.trim())) window.__counts = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto(`${origin}/`);
  if (walk) await page.waitForFunction(() => window.__counts, null, { timeout: 600_000, polling: 250 });
  else await page.locator("#catalog-query").waitFor({ timeout: 600_000 });
  return { context, page, errors };
}

const results = { walk: [], firstRecord: [], firstPage: [], fullList: [], memory: [], search: {}, firstSearch: {}, checks: {} };
let problems = [];

// a, b, d: one cold load per sample.
for (let i = 0; i < loads; i++) {
  const { context, page, errors } = await coldPage();
  const info = await page.evaluate((catalog) => {
    const entries = performance.getEntriesByType("resource").filter((e) => e.name.startsWith(catalog));
    return {
      counts: window.__counts,
      cards: Object.fromEntries([...document.querySelectorAll(".card")].map((c) => [c.dataset.platform, c.querySelector(".record-count").textContent])),
      catalogRequests: entries.length,
      walkStart: Math.min(...entries.map((e) => e.startTime)),
      walkEnd: Math.max(...entries.map((e) => e.responseEnd)),
      transferred: entries.reduce((sum, e) => sum + e.transferSize, 0),
    };
  }, `${origin}/osc/`);
  results.walk.push(info.counts);
  results.checks.walk ??= [];
  results.checks.walk.push({ catalogRequests: info.catalogRequests, walkStart: info.walkStart, walkEnd: info.walkEnd, transferred: info.transferred });
  for (const id of platforms) if (info.cards[id] !== expectedCards[id]) problems.push(`load ${i}: card ${id} shows "${info.cards[id]}", expected "${expectedCards[id]}"`);

  const cdp = await context.newCDPSession(page);
  const read = () => page.evaluate(() => ({ jsHeap: performance.memory.usedJSHeapSize, wasm: window.__wasm?.memory?.buffer?.byteLength ?? null }));
  const asLoaded = await read();
  await cdp.send("HeapProfiler.collectGarbage");
  const afterGc = await read();
  results.memory.push({ jsHeap: asLoaded.jsHeap, jsHeapAfterGc: afterGc.jsHeap, wasm: afterGc.wasm });

  const status = `${biggestCounts.total} records published from this platform.`;
  const until = (expected, act) => page.evaluate(({ id, expected, status, act }) => new Promise((resolve) => {
    const start = performance.now();
    let first = null;
    const poll = () => {
      const items = document.querySelectorAll(".published [data-record]");
      if (first === null && items.length) {
        const box = items[0].getBoundingClientRect();
        if (box.width > 0 && box.height > 0) {
          first = -1;
          requestAnimationFrame(() => (first = performance.now() - start));
        }
      }
      const shown = document.querySelector(".published p[role=status]")?.textContent;
      if (items.length === expected && shown === status) {
        requestAnimationFrame(() => {
          const full = performance.now() - start;
          const check = () => (first > 0 ? resolve({ first, full, unread: document.querySelector(".catalog-unread")?.textContent ?? null }) : requestAnimationFrame(check));
          check();
        });
      } else setTimeout(poll, 0);
    };
    new Function("id", act)(id);
    setTimeout(poll, 0);
  }), { id: biggest, expected, status, act });
  const opened = await until(firstPage, "document.querySelector(`#card-${id}`).click()");
  const expandedAll = await until(biggestCounts.total, 'document.querySelectorAll(".published .show-all button").forEach((b) => b.click())');
  results.firstRecord.push(opened.first);
  results.firstPage.push(opened.full);
  results.fullList.push(expandedAll.full);
  if (opened.unread) problems.push(`load ${i}: ${opened.unread}`);
  const kinds = await page.evaluate(() => [...document.querySelectorAll(".published [data-record]")].reduce((n, c) => ((n[c.dataset.kind] = (n[c.dataset.kind] ?? 0) + 1), n), {}));
  if (kinds.workflow !== biggestCounts.workflows || kinds.experiment !== biggestCounts.experiments || kinds.product !== biggestCounts.products)
    problems.push(`load ${i}: ${biggest} lists ${JSON.stringify(kinds)}, expected ${JSON.stringify(biggestCounts)}`);
  problems.push(...errors.map((e) => `load ${i}: page error ${e}`));
  await context.close();
  console.error(`load ${i + 1}/${loads}: counts at ${info.counts.toFixed(0)} ms, ${info.catalogRequests} catalog requests, ${biggest} list in ${opened.full.toFixed(0)} ms`);
}

// c: searches in one page, after the walk.
{
  const { context, page, errors } = await coldPage();
  const search = (word, expected) => page.evaluate(({ word, expected }) => new Promise((resolve) => {
    const input = document.querySelector("#catalog-query");
    const section = document.querySelector(".catalog-search");
    const start = performance.now();
    const poll = () => {
      const count = section.querySelector(".search-count")?.textContent;
      if (count === expected.text && section.querySelectorAll("[data-record]").length === expected.shown) {
        requestAnimationFrame(() => resolve(performance.now() - start));
      } else if (section.querySelector("[role=alert]")) resolve(`error: ${section.querySelector("[role=alert]").textContent}`);
      else setTimeout(poll, 0);
    };
    input.value = word;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    section.querySelector("button[type=submit]").click();
    setTimeout(poll, 0);
  }), { word, expected });
  const clear = async () => {
    await page.evaluate(() => {
      const input = document.querySelector("#catalog-query");
      input.value = "";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      document.querySelector(".catalog-search button[type=submit]").click();
    });
    await page.waitForFunction(() => !document.querySelector(".catalog-search .search-count"));
  };
  for (const expected of WORDS) {
    const first = await search(expected.word, expected); // pays for the API landing page (then cached)
    results.firstSearch[expected.word] = first;
    if (typeof first === "string") problems.push(`search "${expected.word}": ${first}`);
    const samples = [];
    for (let i = 0; i < searches; i++) {
      await clear();
      const ms = await search(expected.word, expected);
      if (typeof ms === "string") {
        problems.push(`search "${expected.word}": ${ms}`);
        break;
      }
      samples.push(ms);
    }
    await clear();
    results.search[expected.word] = samples;
  }
  problems.push(...errors.map((e) => `search page: page error ${e}`));
  await context.close();
}

// What the page does when the STAC API cannot be reached at all: the landing page fails
// before the static records are consulted, so an error box rather than a fallback.
{
  const { context, page } = await coldPage(`http://127.0.0.1:${DEAD}/stac`, { walk: false });
  const outcome = await page.evaluate(() => new Promise((resolve) => {
    const input = document.querySelector("#catalog-query");
    const section = document.querySelector(".catalog-search");
    input.value = "glacier";
    input.dispatchEvent(new Event("input", { bubbles: true }));
    section.querySelector("button[type=submit]").click();
    const poll = () => {
      const done = section.querySelector("[role=alert], .search-count");
      if (done) resolve(done.textContent.trim());
      else setTimeout(poll, 20);
    };
    poll();
  }));
  results.checks.unreachableApiSearch = outcome;
  await context.close();
}

const chromiumVersion = browser.version();
await browser.close();
server.kill();
rmSync(tmp, { recursive: true, force: true });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => x.toFixed(1);
const row = (name, xs, f = ms) => `| ${name} | ${f(median(xs))} | ${f(Math.min(...xs))}–${f(Math.max(...xs))} | ${xs.length} |`;
const mib = (x) => `${(x / 1048576).toFixed(1)} MiB`;
const walkNet = results.checks.walk.map((w) => w.walkEnd - w.walkStart);
const lines = [
  `Synthetic catalog: ${generated.counts.workflows} workflows, ${generated.counts.experiments} experiments, ${generated.counts.products} products; ` +
    `${biggest} publishes ${biggestCounts.total} (${biggestCounts.workflows} workflows, ${biggestCounts.experiments} experiments, ${biggestCounts.products} products).`,
  "",
  "| measure | median | min–max | samples |",
  "| --- | --- | --- | --- |",
  row("a. navigation start → record counts on all cards (ms)", results.walk),
  row("   of which first → last catalog response (ms)", walkNet),
  row(`b. click ${biggest} → first record visible (ms)`, results.firstRecord),
  row(`b. click ${biggest} → first page of each group rendered (${firstPage} records) (ms)`, results.firstPage),
  row(`b. "Show all" in the three groups → all ${biggestCounts.total} records rendered (ms)`, results.fullList),
  ...WORDS.map((w) => row(`c. search "${w.word}" → "${w.text}" rendered (ms; ${w.matches} matches)`, results.search[w.word])),
  row("d. JS heap after the walk", results.memory.map((m) => m.jsHeap), mib),
  row("d. JS heap after the walk, after a forced GC", results.memory.map((m) => m.jsHeapAfterGc), mib),
  row("d. WASM memory after the walk", results.memory.map((m) => m.wasm), mib),
];
console.log(lines.join("\n"));
console.log(`\ncatalog requests per load: ${[...new Set(results.checks.walk.map((w) => w.catalogRequests))].join(", ")}; ` +
  `first search (pays the landing page): ${Object.entries(results.firstSearch).map(([w, t]) => `${w} ${typeof t === "number" ? ms(t) : t}`).join(", ")}`);
console.log(`search with an unreachable STAC API shows: ${results.checks.unreachableApiSearch}`);
console.log(problems.length ? `\nPROBLEMS:\n${problems.join("\n")}` : "\nchecks: every card count and the opened list match the generator's attribution");

const machine = {
  cpus: cpus().length, cpu: cpus()[0]?.model, memory: totalmem(), os: release(), node: process.version, chromium: chromiumVersion,
  commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim(),
};
mkdirSync("docs/benchmarks", { recursive: true });
writeFileSync("docs/benchmarks/records.json", JSON.stringify({
  date: new Date().toISOString(), machine, loads, searches,
  catalog: { ...generated.counts, published: generated.published, biggest, search: WORDS },
  samples: results, problems,
}, null, 2) + "\n");
