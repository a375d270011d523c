// Catalog latency benchmark (not a test): against the release dist/ and the
// local catalog servers (scripts/catalog/server.sh), in Debian Chromium.
//   0. navigation start -> record counts on the cards (the static catalog walk)
//   1. platform click -> first published record rendered (cold page each time),
//      as soon as the page is live (the walk usually still running) and once the walk is done
//   2. catalog search submit -> first result rendered (API /collections?q=), the same two ways
// Prints a table and writes docs/benchmarks/catalog.json (raw samples).
//   node scripts/bench/catalog-latency.mjs [samples=9]
// With --delay MS: the site and the static catalog answer MS ms late, as far
// away as GitHub Pages can be (scripts/bench/catalog-remote.mjs); needs no
// catalog servers; writes docs/benchmarks/catalog-remote.json.
//   node scripts/bench/catalog-latency.mjs --delay 100 [--before OTHER_DIST] [samples=7]
import { serveDist, launchChromium } from "./common.mjs";
import { remoteCases } from "./catalog-remote.mjs";
import { mkdirSync, writeFileSync } from "node:fs";

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const delay = option("--delay");
const before = option("--before");
if (delay !== undefined) {
  const samples = Number(args[0] ?? 7);
  const { table, results } = await remoteCases({ delay: Number(delay), before, samples });
  console.log(table);
  mkdirSync("docs/benchmarks", { recursive: true });
  const record = { date: new Date().toISOString(), delay: Number(delay), before, samples: results };
  writeFileSync("docs/benchmarks/catalog-remote.json", `${JSON.stringify(record, null, 2)}\n`);
  process.exit(0);
}

const samples = Number(args[0] ?? 9);
const API = process.env.CATALOG_API_URL ?? "http://127.0.0.1:8081";
const STATIC = process.env.CATALOG_STATIC_URL ?? "http://127.0.0.1:8082/catalog.json";
const { base, stop } = await serveDist(4391);
const browser = await launchChromium();

async function freshPage() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
  await page.route("**/config.json", (r) => r.fulfill({ json: { stacApiUrl: API, staticCatalogUrl: STATIC } }));
  return { context, page };
}

/** Waits until the app has taken over from the prerendered copy in index.html. */
const live = (page) => page.locator("[data-prerendered]").waitFor({ state: "detached" });

/** Clicks `click` in the page and returns ms until `selector` exists, measured in the page. */
async function timeInPage(page, click, selector) {
  return page.evaluate(
    ({ click, selector }) =>
      new Promise((resolve) => {
        const start = performance.now();
        const done = () => requestAnimationFrame(() => resolve(performance.now() - start));
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) {
            observer.disconnect();
            done();
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        document.querySelector(click).click();
      }),
    { click, selector },
  );
}

/** A cold page, live; with `walked`, also once the static walk is done (counts on the cards). */
async function ready(walked) {
  const { context, page } = await freshPage();
  await page.goto(base);
  await live(page);
  if (walked) await page.waitForFunction(() => document.querySelector(".card .record-count")?.textContent);
  return { context, page };
}

const results = {
  pageLoadToCounts: [],
  platformClick: [],
  platformClickAfterWalk: [],
  searchSubmit: [],
  searchSubmitAfterWalk: [],
};
for (let i = 0; i < samples; i++) {
  const { context, page } = await freshPage();
  await page.goto(base);
  await page.waitForFunction(() => document.querySelector(".card .record-count")?.textContent);
  results.pageLoadToCounts.push(await page.evaluate(() => performance.now()));
  await context.close();
}
// As soon as the page is live the walk is usually still running: the click
// then waits for it. Once the walk is done, the click costs one render.
for (const [walked, key] of [[false, "platformClick"], [true, "platformClickAfterWalk"]]) {
  for (let i = 0; i < samples; i++) {
    const { context, page } = await ready(walked);
    await page.locator("#card-deepesdl").waitFor();
    results[key].push(await timeInPage(page, "#card-deepesdl", ".published [data-record]"));
    await context.close();
  }
}
for (const [walked, key] of [[false, "searchSubmit"], [true, "searchSubmitAfterWalk"]]) {
  for (let i = 0; i < samples; i++) {
    const { context, page } = await ready(walked);
    await page.locator("#catalog-query").fill(`glacier`);
    results[key].push(await timeInPage(page, ".catalog-search button[type=submit]", ".catalog-search [data-record]"));
    await context.close();
  }
}
await browser.close();
stop();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const row = (name, xs) =>
  `| ${name} | ${median(xs).toFixed(1)} | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} | ${xs.length} |`;
const table = [
  "| measure (ms) | median | min–max | samples |",
  "| --- | --- | --- | --- |",
  row("navigation start → record counts on cards (static catalog walk)", results.pageLoadToCounts),
  row("platform click as soon as the page is live → first published record", results.platformClick),
  row("platform click once the walk is done → first published record", results.platformClickAfterWalk),
  row("search submit as soon as the page is live → first result (API)", results.searchSubmit),
  row("search submit once the walk is done → first result (API)", results.searchSubmitAfterWalk),
].join("\n");
console.log(table);
mkdirSync("docs/benchmarks", { recursive: true });
writeFileSync("docs/benchmarks/catalog.json", JSON.stringify({ date: new Date().toISOString(), samples: results }, null, 2) + "\n");
