// The catalog at real network speed (a benchmark, not a test): the site and
// the fixture catalog served by scripts/static-server.mjs with every answer
// DELAY ms late (requests still side by side), as a visitor far from GitHub
// Pages sees them. Each build is measured in the same run:
//   after   — dist/ (with the catalog snapshot the test command builds), at
//             several catalogConcurrency values;
//   before  — another build's dist (optional), e.g. an older commit's.
// Per fresh page: when it is live (the prerendered copy replaced), when the
// cards show record counts, when a platform's detail (opened by URL) lists
// records, and when the live walk is complete (the detail's "as of" mark gone,
// or, without a snapshot, its records shown).
//   node scripts/bench/catalog-latency.mjs --delay 100 [--before DIR] [samples=7]
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "./common.mjs";

function serve(dir, port, delay, extra = []) {
  const server = spawn("node", ["scripts/static-server.mjs", dir, String(port), "--delay", String(delay), ...extra], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((ready) => server.stdout.once("data", () => ready(() => server.kill())));
}

/** A copy of `dist` whose config.json points at `catalog` with `concurrency` requests in flight. */
function siteCopy(dist, catalog, concurrency) {
  const dir = mkdtempSync(join(tmpdir(), "catalog-remote-"));
  cpSync(dist, dir, { recursive: true });
  const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8"));
  const next = { ...config, staticCatalogUrl: catalog, stacApiUrl: "http://127.0.0.1:9/stac" };
  if (concurrency) next.catalogConcurrency = concurrency;
  writeFileSync(join(dir, "config.json"), JSON.stringify(next));
  return dir;
}

/** Records, in the page, when each milestone is first reached. */
const WATCH = () => {
  const marks = {};
  window.__marks = marks;
  const check = () => {
    const now = performance.now();
    if (marks.live === undefined && document.querySelector("[data-live-holder]") && !document.querySelector("[data-prerendered]")) marks.live = now;
    if (marks.counts === undefined && document.querySelector("[data-live-holder] .card .record-count")?.textContent) marks.counts = now;
    const records = document.querySelector(".published [data-record]");
    if (marks.records === undefined && records) marks.records = now;
    if (marks.walk === undefined && records && !document.querySelector(".published .as-of")) marks.walk = now;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
};

export async function remoteCases({ delay, before, samples }) {
  const stopCatalog = await serve("tests/fixtures/osc", 4491, delay, ["--cors"]);
  const catalog = "http://127.0.0.1:4491/catalog.json";
  const builds = [
    ...(before ? [["before", before, null]] : []),
    ...[4, 6, 8, 12, 16].map((c) => [`after, ${c} in flight`, "dist", c]),
  ];
  const browser = await launchChromium();
  const results = {};
  let port = 4492;
  for (const [name, dist, concurrency] of builds) {
    const site = siteCopy(dist, catalog, concurrency);
    const stop = await serve(site, port, delay);
    const base = `http://127.0.0.1:${port++}/`;
    const rows = { live: [], counts: [], detailLive: [], records: [], walk: [] };
    for (let i = 0; i < samples; i++) {
      for (const query of ["", "?platform=cdse-openeo"]) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
        await page.addInitScript(WATCH);
        await page.goto(base + query);
        const done = query ? "m.walk !== undefined" : "m.counts !== undefined && m.live !== undefined";
        await page.waitForFunction(`(() => { const m = window.__marks; return m && ${done}; })()`, null, { timeout: 60_000 });
        const m = await page.evaluate(() => window.__marks);
        if (query) {
          rows.detailLive.push(m.live);
          rows.records.push(m.records - m.live);
          rows.walk.push(m.walk - m.live);
        } else {
          rows.live.push(m.live);
          rows.counts.push(m.counts - m.live);
        }
        await context.close();
      }
    }
    results[name] = rows;
    stop();
  }
  await browser.close();
  stopCatalog();
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cell = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  const table = [
    `| at ${delay} ms per request, ms (median (min–max) of ${samples}) | page live after navigation | counts on cards after live | detail lists records after live | live walk complete after live |`,
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(results).map(([name, r]) => `| ${name} | ${cell(r.live)} | ${cell(r.counts)} | ${cell(r.records)} | ${cell(r.walk)} |`),
  ].join("\n");
  return { table, results };
}
