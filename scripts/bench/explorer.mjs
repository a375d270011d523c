// Explorer benchmark (not a test): release dist/ served gzip on 127.0.0.1,
// measured in Debian Chromium with Playwright.
//   1. bytes shipped per file type: raw, gzip -9, brotli (q 11)
//   2. navigation start -> first platform card visible, -> tables interactive (the app has
//      taken over from the prerendered copy) (cold loads)
//   3. interaction latency in the page: facet click, search keystroke, clear search,
//      sort click; performance.now() until the DOM shows the result, plus one frame
//      and, in the chooser (?view=choose), ticking a need (the whole ranking redone)
//   4. the same with 1,000 synthetic platforms (scripts/bench/synthetic.mjs) plus the 6 real
//   6. JS heap and WASM memory after load
// Prints markdown tables; writes docs/benchmarks/explorer.json (raw samples).
//   node scripts/bench/explorer.mjs [loads=7] [samples=21] [scales=all|1006]
// ("1006" measures only the 1,006-platform part, to iterate faster; the JSON
// file is then left alone).
import { serveDist, launchChromium } from "./common.mjs";
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { syntheticPlatforms } from "./synthetic.mjs";

const loads = Number(process.argv[2] ?? 7);
const samples = Number(process.argv[3] ?? 21);
const only1006 = process.argv[4] === "1006";
const real = JSON.parse(readFileSync("public/platforms.json", "utf8"));
const scaled = { platforms: [...real.platforms, ...syntheticPlatforms(1000)] };

// 1. bytes
const bytes = {};
for (const file of readdirSync("dist")) {
  const type = extname(file).slice(1);
  const body = readFileSync(join("dist", file));
  const entry = (bytes[type] ??= { files: 0, raw: 0, gzip: 0, brotli: 0 });
  entry.files++;
  entry.raw += body.length;
  entry.gzip += gzipSync(body, { level: 9 }).length;
  entry.brotli += brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

/**
 * dist/ with `platforms` as its platform list and index.html prerendered from
 * it, as a deployment of that list would be (scripts/post-build.mjs does the
 * same for public/platforms.json).
 */
function distFor(platforms) {
  const dir = mkdtempSync(join(tmpdir(), "explorer-bench-"));
  cpSync("dist", dir, { recursive: true });
  writeFileSync(join(dir, "platforms.json"), JSON.stringify(platforms));
  const index = join(dir, "index.html");
  const page = readFileSync(index, "utf8").replace(/<main id="main" data-prerendered=""[\s\S]*?<\/main>/, "<!-- prerender -->");
  writeFileSync(index, page);
  const args = ["run", "--quiet", "--locked", "--bin", "prerender", "--", join(dir, "platforms.json"), index];
  execFileSync("cargo", args, { stdio: "inherit" });
  return dir;
}

const servers = { "6 platforms": await serveDist(4392), "1,006 platforms": await serveDist(4393, distFor(scaled)) };
const browser = await launchChromium(["--enable-precise-memory-info"]);

async function open(base) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm));
    const watch = () => {
      const card = document.querySelector(".card:not([hidden])");
      if (card && !window.__firstCard) {
        const box = card.getBoundingClientRect();
        if (box.width > 0 && box.height > 0 && Number(getComputedStyle(card).opacity) > 0) window.__firstCard = performance.now();
      }
      const live = !document.querySelector("[data-prerendered]");
      if (live && document.querySelector("#infrastructure button.sort") && !window.__tables) window.__tables = performance.now();
      if (!window.__firstCard || !window.__tables) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto(base);
  await page.waitForFunction(() => window.__firstCard && window.__tables, null, { timeout: 30_000 });
  return { context, page };
}

/**
 * Runs `act` in the page and times until `done` holds, plus one frame. `done` is
 * polled with setTimeout(0), so it runs right after the page's own work (Leptos
 * effects run in microtasks) and observes nothing while that work runs.
 */
function timed(page, act, done) {
  return page.evaluate(
    ({ act, done }) =>
      new Promise((resolve) => {
        const run = new Function(act);
        const check = new Function(done);
        const start = performance.now();
        const poll = () => {
          if (check()) requestAnimationFrame(() => resolve(performance.now() - start));
          else setTimeout(poll, 0);
        };
        run();
        setTimeout(poll, 0);
      }),
    { act, done },
  );
}

const status = `document.querySelector(".result-count").textContent`;
async function interactions(page) {
  const out = { facetClick: [], searchKeystroke: [], clearSearch: [], sortClick: [] };
  const box = `document.querySelector('[data-facet=hardwareServices] input[data-value="Dask Gateway"]')`;
  for (let i = 0; i < samples; i++) {
    const before = await page.evaluate(status);
    out.facetClick.push(await timed(page, `${box}.click()`, `return ${status} !== ${JSON.stringify(before)}`));
  }
  if (samples % 2) await page.evaluate(`${box}.click()`);
  const type = (value) => `const i = document.querySelector("#platform-search"); i.value = ${JSON.stringify(value)}; i.dispatchEvent(new Event("input", { bubbles: true }));`;
  for (let i = 0; i < samples; i++) {
    const all = await page.evaluate(status);
    out.searchKeystroke.push(await timed(page, type("z"), `return ${status} !== ${JSON.stringify(all)}`));
    const some = await page.evaluate(status);
    out.clearSearch.push(await timed(page, type(""), `return ${status} !== ${JSON.stringify(some)}`));
  }
  for (let i = 0; i < samples; i++) {
    const before = await page.evaluate(`document.querySelector("#infrastructure th:nth-child(2)").getAttribute("aria-sort")`);
    out.sortClick.push(await timed(page, `document.querySelector('#infrastructure button[data-column=dataAccess]').click()`,
      `return document.querySelector("#infrastructure th:nth-child(2)").getAttribute("aria-sort") !== ${JSON.stringify(before)}`));
  }
  out.chooseNeed = await chooseNeed(page);
  return out;
}

/** Ticks and unticks "Dask Gateway" in the chooser: every platform re-ranked and the list redrawn. */
async function chooseNeed(page) {
  await page.goto(`${new URL(page.url()).origin}/?view=choose`);
  await page.waitForFunction(() => !document.querySelector("[data-prerendered]") && document.querySelector(".chooser-status"));
  const chooser = `document.querySelector(".chooser-status").textContent`;
  const box = `[...document.querySelectorAll("fieldset[data-need=hardwareServices] li.need > label:first-child")].find((l) => l.textContent.trim() === "Dask Gateway").querySelector("input")`;
  const times = [];
  for (let i = 0; i < samples; i++) {
    const before = await page.evaluate(chooser);
    times.push(await timed(page, `${box}.click()`, `return ${chooser} !== ${JSON.stringify(before)}`));
  }
  return times;
}

const results = { bytes, scales: {} };
const scales = ["6 platforms", "1,006 platforms"].filter((name) => !only1006 || name === "1,006 platforms");
for (const name of scales) {
  const { base } = servers[name];
  const firstCard = [];
  const tables = [];
  for (let i = 0; i < loads; i++) {
    const { context, page } = await open(base);
    firstCard.push(await page.evaluate(() => window.__firstCard));
    tables.push(await page.evaluate(() => window.__tables));
    await context.close();
  }
  const { context, page } = await open(base);
  const memory = await page.evaluate(() => ({
    jsHeap: performance.memory?.usedJSHeapSize ?? null,
    wasm: window.__wasm?.memory?.buffer?.byteLength ?? null,
  }));
  const timings = await interactions(page);
  await context.close();
  results.scales[name] = { firstCard, tables, memory, ...timings };
}
await browser.close();
for (const server of Object.values(servers)) server.stop();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) => `${median(xs).toFixed(1)} | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
console.log("| type | files | raw | gzip -9 | brotli |\n| --- | --- | --- | --- | --- |");
for (const [type, b] of Object.entries(bytes)) console.log(`| ${type} | ${b.files} | ${b.raw} | ${b.gzip} | ${b.brotli} |`);
const shipped = ["wasm", "js", "css", "html"].reduce((sum, t) => sum + (bytes[t]?.gzip ?? 0), 0);
console.log(`\nwasm+js+css+html gzip: ${shipped} bytes\n`);
for (const [name, r] of Object.entries(results.scales)) {
  console.log(`### ${name}\n| measure (ms) | median | min–max |\n| --- | --- | --- |`);
  console.log(`| first card visible | ${fmt(r.firstCard)} |\n| tables interactive | ${fmt(r.tables)} |`);
  for (const key of ["facetClick", "searchKeystroke", "clearSearch", "sortClick", "chooseNeed"]) console.log(`| ${key} | ${fmt(r[key])} |`);
  console.log(`memory after load: JS heap ${r.memory.jsHeap} bytes, WASM ${r.memory.wasm} bytes\n`);
}
if (!only1006) mkdirSync("docs/benchmarks", { recursive: true });
if (!only1006) writeFileSync("docs/benchmarks/explorer.json", JSON.stringify({ date: new Date().toISOString(), loads, samples, ...results }, null, 2) + "\n");
