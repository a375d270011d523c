// Bad-input corpus, part 2: the STAC API and the static catalog. The real
// local servers answer, except where a case replaces one response. Every
// case: a clear message names what failed, Retry is offered, the grid and
// filters keep working, nothing from the catalog runs as code.
import { test, expect } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer.mjs";
import { useLocalCatalog, API, STATIC, NOCORS } from "./pages/catalog.mjs";
import { guard, PAYLOADS } from "./pages/guard.mjs";

const ROOT = `${API}/`;
/** Route matchers: Playwright globs treat "?" specially, so compare the URLs as text. */
const exact = (href) => (url) => url.href === href;
const startsWith = (prefix) => (url) => url.href.startsWith(prefix);
const COLLECTIONS = startsWith(`${API}/collections?`);
const STATIC_BASE = STATIC.replace(/catalog\.json$/, "");

async function search(page, text) {
  const section = page.locator(".catalog-search");
  await section.getByLabel("Search the catalog").fill(text);
  await section.getByRole("button", { name: "Search" }).click();
  return section;
}

async function pageStillWorks(explorer) {
  await explorer.facet("supportedLanguages", "R").check();
  expect(await explorer.visibleCards()).toEqual(["cdse-openeo"]);
}

/** [case, URL pattern to replace, response, expected message] for catalog search. */
const searchCases = [];
for (const status of [404, 500, 503]) {
  searchCases.push([`landing page ${status}`, exact(ROOT), { status, body: "error" }, `The catalog answered HTTP ${status} for ${ROOT}.`]);
  searchCases.push([`collection search ${status}`, COLLECTIONS, { status, body: "error" },
    `The catalog answered HTTP ${status} for ${API}/collections?q=glacier&limit=10.`]);
}
for (const status of [404, 500, 503]) {
  searchCases.push([`conformance ${status}`, [exact(ROOT), exact(`${API}/conformance`)], [{ json: { links: [] } }, { status, body: "x" }],
    `The catalog answered HTTP ${status} for ${API}/conformance.`]);
}
searchCases.push(["landing page not JSON", exact(ROOT), { body: "<html>maintenance</html>" },
  `The catalog sent an unusable answer for ${ROOT}: the response is not valid JSON`]);
searchCases.push(["truncated search page", COLLECTIONS, { body: '{"collections": [{"id": "a", "ty' },
  `The catalog sent an unusable answer for ${API}/collections?q=glacier&limit=10: the response is not valid JSON`]);
searchCases.push(["search page of the wrong type", COLLECTIONS, { json: { collections: 5 } },
  `The catalog sent an unusable answer for ${API}/collections?q=glacier&limit=10: the response is not a list of features or collections.`]);
searchCases.push(["landing page a list", exact(ROOT), { json: [1, 2] },
  `The catalog sent an unusable answer for ${ROOT}: the response is not a STAC API landing page.`]);

for (const [name, patterns, responses, message] of searchCases) {
  test(`catalog search, ${name}: named, Retry works, the page goes on`, async ({ page }) => {
    const watch = guard(page);
    await useLocalCatalog(page);
    const list = [patterns].flat();
    const answers = [responses].flat();
    let broken = true;
    for (const [i, pattern] of list.entries()) {
      await page.route(pattern, (route) => (broken ? route.fulfill(answers[i]) : route.fallback()));
    }
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    const section = await search(page, "glacier");
    const alert = section.getByRole("alert");
    await expect(alert).toContainText(message);
    broken = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(section.locator(".search-count")).toHaveText("3 records");
    await pageStillWorks(explorer);
    await watch.check();
  });
}

test("a next link that repeats ends the paging", async ({ page }) => {
  const watch = guard(page);
  await useLocalCatalog(page);
  const self = `${API}/collections?q=glacier&limit=10`;
  await page.route(COLLECTIONS, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    body.links = [{ rel: "next", href: self, type: "application/json" }];
    await route.fulfill({ response, json: body });
  });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const section = await search(page, "glacier");
  await expect(section.locator(".search-count")).toHaveText("3 records");
  await expect(section.getByRole("button", { name: "Load more" })).toHaveCount(0);
  await watch.check();
});

test("a next link that cycles ends the paging after one round", async ({ page }) => {
  const watch = guard(page);
  await useLocalCatalog(page);
  const first = `${API}/collections?q=glacier&limit=10`;
  const second = `${API}/collections?q=glacier&limit=10&offset=1`;
  await page.route(COLLECTIONS, async (route) => {
    const response = await route.fetch({ url: first });
    const body = await response.json();
    const onSecond = route.request().url().includes("offset=1");
    body.collections = onSecond ? body.collections.slice(1) : body.collections.slice(0, 1);
    body.links = [{ rel: "next", href: onSecond ? first : second, type: "application/json" }];
    await route.fulfill({ response, json: body });
  });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const section = await search(page, "glacier");
  await expect(section.locator(".search-count")).toHaveText("2 records so far");
  await section.getByRole("button", { name: "Load more" }).click();
  await expect(section.locator(".search-count")).toHaveText("3 records");
  await expect(section.getByRole("button", { name: "Load more" })).toHaveCount(0);
  await watch.check();
});

test("a very slow catalog times out, then Retry succeeds", async ({ page }) => {
  const watch = guard(page);
  // Long enough that the retried landing page answers in time on a loaded CI
  // machine (at 1 s it once did not, and the search rightly fell back to the
  // static catalog's two records).
  await useLocalCatalog(page, { requestTimeoutMs: 2000 });
  let slow = true;
  await page.route(COLLECTIONS, async (route) => {
    if (slow) await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.fallback().catch(() => {});
  });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const section = await search(page, "glacier");
  const alert = section.getByRole("alert");
  await expect(alert).toContainText(`The catalog did not answer within 2.0 seconds (${API}/collections?q=glacier&limit=10).`);
  slow = false;
  await alert.getByRole("button", { name: "Retry" }).click();
  await expect(section.locator(".search-count")).toHaveText("3 records");
  await pageStillWorks(explorer);
  await watch.check();
});

/** [case, URL to replace, response, expected message] for the platform detail's records. */
const staticCases = [
  ["static root 404", STATIC, { status: 404, body: "x" }, `The catalog answered HTTP 404 for ${STATIC}.`],
  ["static root 500", STATIC, { status: 500, body: "x" }, `The catalog answered HTTP 500 for ${STATIC}.`],
  ["static root not JSON", STATIC, { body: "not json" }, `The catalog sent an unusable answer for ${STATIC}: the response is not valid JSON`],
  ["static root a number", STATIC, { json: 7 }, `The catalog sent an unusable answer for ${STATIC}: the response is not a STAC catalog.`],
  ["workflows catalog 503", `${STATIC_BASE}workflows/catalog.json`, { status: 503, body: "x" },
    `The catalog answered HTTP 503 for ${STATIC_BASE}workflows/catalog.json.`],
];
for (const [name, url, response, message] of staticCases) {
  test(`platform records, ${name}: named, Retry works, the page goes on`, async ({ page }) => {
    const watch = guard(page);
    await useLocalCatalog(page);
    let broken = true;
    await page.route(exact(url), (route) => (broken ? route.fulfill(response) : route.fallback()));
    const explorer = new ExplorerPage(page);
    await explorer.goto("?platform=deepesdl");
    const alert = page.locator(".published [role=alert]");
    await expect(alert).toContainText(message);
    broken = false;
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect(page.locator(".published [data-record]")).toHaveCount(7);
    await page.getByRole("button", { name: "All platforms" }).click();
    await pageStillWorks(explorer);
    await watch.check();
  });
}

test("a static catalog without CORS gives the CORS hint", async ({ page }) => {
  const watch = guard(page);
  await useLocalCatalog(page, { staticCatalogUrl: NOCORS });
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=deepesdl");
  await expect(page.locator(".published [role=alert]")).toContainText(
    "the server must send CORS headers (Access-Control-Allow-Origin)",
  );
  await watch.check();
});

test("one unreadable record is named; the others are shown", async ({ page }) => {
  const watch = guard(page);
  await useLocalCatalog(page);
  await page.route(`${STATIC_BASE}workflows/salinity-anomaly-explorer/record.json`, (route) => route.fulfill({ status: 404, body: "x" }));
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=deepesdl");
  await expect(page.locator(".catalog-unread")).toHaveText("1 catalog record could not be read; the others are shown.");
  await expect(page.locator(".published [data-record]")).toHaveCount(6);
  await watch.check();
});

PAYLOADS.forEach((payload, n) => {
  test(`catalog record with HTML payload ${n + 1} in title and description is text`, async ({ page }) => {
    const watch = guard(page);
    await useLocalCatalog(page);
    await page.route(`${STATIC_BASE}workflows/fjord-melt-notebook/record.json`, async (route) => {
      const response = await route.fetch();
      const record = await response.json();
      record.properties.title = payload;
      record.properties.description = `${payload}\n\n[click me](javascript:window.__pwned=9) and <a href="javascript:alert(1)">raw</a>`;
      await route.fulfill({ response, json: record });
    });
    const explorer = new ExplorerPage(page);
    await explorer.goto("?platform=deepesdl");
    const card = page.locator('.published [data-record="fjord-melt-notebook"]');
    await expect(card.locator(".record-title")).toHaveText(payload);
    await expect(card.locator(".record-description")).toContainText("click me");
    await expect(card.locator(".record-description :is(img, script, iframe, svg)")).toHaveCount(0);
    await expect(card.locator('.record-description a')).toHaveCount(0);
    await card.locator(".record-description").getByText("click me").click();
    await watch.check();
  });
});
