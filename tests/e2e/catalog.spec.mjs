// Records from the Open Science Catalog, against a real stac-fastapi-pgstac and
// static catalog on 127.0.0.1 (scripts/catalog/server.sh, started by scripts/test.sh).
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS, addressBar } from "./pages/explorer.mjs";
import { useLocalCatalog, expectedRecords, NOCORS, API, inventory } from "./pages/catalog.mjs";

async function shownRecords(page) {
  return (
    await page.locator(".published [data-record]").evaluateAll((cards) =>
      cards.map((c) => `${c.dataset.kind}:${c.dataset.record}`),
    )
  ).sort();
}

for (const id of IDS) {
  test(`${id}: the detail view lists exactly its fixture records`, async ({ page }) => {
    await useLocalCatalog(page);
    const explorer = new ExplorerPage(page);
    await explorer.goto(`?platform=${id}`);
    const expected = expectedRecords(id);
    const published = page.locator(".published");
    if (expected.length === 0) {
      await expect(published).toContainText("No workflow, experiment or product in the Open Science Catalog names this platform yet.");
    } else {
      await expect(published.getByRole("status")).toHaveText(`${expected.length} records published from this platform.`);
    }
    expect(await shownRecords(page)).toEqual(expected);
  });
}

test("cards show each platform's record count once the catalog is loaded", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const expected = IDS.map((id) => {
    const n = expectedRecords(id).length;
    return n === 0 ? "No catalog records yet" : n === 1 ? "1 published record" : `${n} published records`;
  });
  await expect(page.locator(".card .record-count")).toHaveText(expected);
});

test("a record card shows type, metadata, the OSC page and where to open it", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=deepesdl");
  const card = page.locator('.published [data-kind=workflow][data-record="fjord-melt-notebook"]');
  await expect(card.locator(".badge")).toHaveText("Workflow");
  await expect(card).toContainText("Project: aurora-ice-dynamics");
  await expect(card).toContainText("Themes: cryosphere");
  await expect(card.locator("time")).toHaveText("2024-04-16");
  await expect(card.locator(".record-description ol li")).toHaveCount(3);
  await expect(card.getByRole("link", { name: /View in the Open Science Catalog/ })).toHaveAttribute(
    "href",
    "https://opensciencedata.esa.int/workflows/fjord-melt-notebook/record",
  );
  await expect(card.getByRole("link", { name: /Open on DeepESDL/ })).toHaveAttribute(
    "href",
    /^https:\/\/deep\.earthsystemdatalab\.net\/hub\//,
  );
  const product = page.locator('.published [data-kind=product][data-record="fjord-meltwater-plumes"]');
  await expect(product.getByRole("link", { name: /Open on DeepESDL/ })).toHaveAttribute("href", "https://deep.earthsystemdatalab.net/");
});

test("revisiting a platform costs no request", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=cdse-openeo");
  await expect(page.locator(".published [data-record]").first()).toBeVisible();
  const requests = [];
  page.on("request", (r) => r.url().startsWith("http://127.0.0.1:808") && requests.push(r.url()));
  await page.getByRole("button", { name: "All platforms" }).click();
  await page.locator("#card-pangeo-edc").click();
  await expect(page.locator(".published [data-record]").first()).toBeVisible();
  await page.getByRole("button", { name: "All platforms" }).click();
  await page.locator("#card-cdse-openeo").click();
  await expect(page.locator(".published [data-record]")).toHaveCount(expectedRecords("cdse-openeo").length);
  expect(requests).toEqual([]);
});

test("catalog search returns typed results with their platforms, and pages", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const search = page.locator(".catalog-search");
  await search.getByLabel("Search the catalog").fill("glacier");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(search.locator(".search-count")).toHaveText("3 records");
  const workflow = search.locator('[data-kind=workflow][data-record="glacier-pulse"]');
  await expect(workflow.getByRole("link", { name: /Open on Euro Data Cube/ })).toBeVisible();
  await expect(search.locator(".badge")).toHaveText(["Product", "Workflow", "Experiment"]);

  // "fictional" is in every title: 28 collections from the API (pages of 10)
  // and 8 experiments from the static catalog (the API's /search ignores q).
  await search.getByLabel("Search the catalog").fill("fictional");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(search.locator(".search-count")).toHaveText("18 records so far");
  await search.getByRole("button", { name: "Load more" }).click();
  await expect(search.locator(".search-count")).toHaveText("28 records so far");
  await search.getByRole("button", { name: "Load more" }).click();
  await expect(search.locator(".search-count")).toHaveText("36 records");
  await expect(search.getByRole("button", { name: "Load more" })).toHaveCount(0);
  const ids = await search.locator("[data-record]").evaluateAll((c) => c.map((x) => `${x.dataset.kind}:${x.dataset.record}`));
  expect(new Set(ids).size).toBe(36);
  const total = inventory.counts.products + inventory.counts.workflows + inventory.counts.experiments;
  expect(ids.length).toBe(total);
});

test("catalog text is never run as HTML, and javascript: links are not clickable", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  page.on("dialog", (d) => {
    throw new Error(`a dialog opened: ${d.message()}`);
  });
  const search = page.locator(".catalog-search");
  await search.getByLabel("Search the catalog").fill("sanitiser");
  await search.getByRole("button", { name: "Search" }).click();
  const probe = search.locator('[data-record="markdown-sanitiser-probe"]');
  await expect(probe).toBeVisible();
  await expect(probe.locator(".record-description script, .record-description img, .record-description iframe")).toHaveCount(0);
  const hrefs = await probe.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.every((h) => /^(https?:|\.{0,2}\/|#|\?)/.test(h))).toBe(true);
  expect(await page.evaluate(() => window.__pwned ?? null)).toBeNull();
});

test("a CORS-less catalog gives the CORS hint and the rest of the page works", async ({ page }) => {
  await useLocalCatalog(page, { staticCatalogUrl: NOCORS });
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=deepesdl");
  const error = page.locator(".published [role=alert]");
  await expect(error).toContainText("CORS");
  await expect(error.getByRole("button", { name: "Retry" })).toBeVisible();
  await page.getByRole("button", { name: "All platforms" }).click();
  await explorer.facet("supportedLanguages", "R").check();
  expect(await explorer.visibleCards()).toEqual(["cdse-openeo"]);
});

test("a comparison gains a published-records row once the catalog is loaded", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto("?compare=deepesdl&compare=pangeo-edc&view=compare");
  const row = page.locator("#comparison tr[data-aspect=publishedRecords]");
  await expect(row.locator("td")).toHaveText([
    String(expectedRecords("deepesdl").length),
    String(expectedRecords("pangeo-edc").length),
  ]);
  await expect(row).toHaveClass(/differs/);
});

test("where the API advertises item-search free text, experiments come from /search and page by POST next links", async ({ page }) => {
  await useLocalCatalog(page);
  const root = `${API}/`;
  await page.route((url) => url.href === root, async (route) => {
    const response = await route.fetch();
    const landing = await response.json();
    landing.conformsTo.push("https://api.stacspec.org/v1.0.0-rc.1/item-search#free-text");
    await route.fulfill({ response, json: landing });
  });
  const posted = [];
  await page.route((url) => url.href.startsWith(`${API}/search`), async (route) => {
    const request = route.request();
    if (request.method() === "POST") {
      posted.push(request.postDataJSON());
      // Page 2: the real API's items of one workflow.
      const items = await (await fetch(`${API}/collections/glacier-pulse-workflow/items`)).json();
      return route.fulfill({ json: items, headers: { "access-control-allow-origin": "*" } });
    }
    expect(new URL(request.url()).searchParams.get("q")).toBe("glacier");
    const response = await route.fetch({ url: `${API}/collections/fjord-melt-notebook-workflow/items` });
    const body = await response.json();
    body.links = [{ rel: "next", href: `${API}/search`, method: "POST", body: { token: "page-2", q: "glacier" } }];
    return route.fulfill({ response, json: body });
  });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const search = page.locator(".catalog-search");
  await search.getByLabel("Search the catalog").fill("glacier");
  await search.getByRole("button", { name: "Search" }).click();
  // 2 collections (product + workflow) and the fjord experiment from /search page 1.
  await expect(search.locator(".search-count")).toHaveText("3 records so far");
  await expect(search.locator('[data-kind=experiment][data-record="fjord-melt-run-2024"]')).toBeVisible();
  await search.getByRole("button", { name: "Load more" }).click();
  await expect(search.locator(".search-count")).toHaveText("4 records");
  expect(posted).toEqual([{ token: "page-2", q: "glacier" }]);
  await expect(search.locator('[data-kind=experiment][data-record="glacier-pulse"]')).toBeVisible();
});

test("a new search aborts the one still running; only the newest results show", async ({ page }) => {
  await useLocalCatalog(page);
  const failed = [];
  page.on("requestfailed", (request) => {
    // gloo-net ends a URL that has a query with a bare "&"; compare without it.
    if (request.url().startsWith(API)) failed.push([request.url().replace(/&$/, ""), request.failure()?.errorText]);
  });
  // The "ocean" listing is held back 1.5 s: long enough to be replaced.
  let released;
  const oceanReleased = new Promise((resolve) => (released = resolve));
  await page.route((url) => url.href.startsWith(`${API}/collections?q=ocean`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.fallback().catch(() => {});
    released();
  });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const search = page.locator(".catalog-search");
  await search.getByLabel("Search the catalog").fill("ocean");
  const oceanAsked = page.waitForRequest((request) => request.url().startsWith(`${API}/collections?q=ocean`));
  await search.getByRole("button", { name: "Search" }).click();
  await oceanAsked;
  await search.getByLabel("Search the catalog").fill("glacier");
  await search.getByRole("button", { name: "Search" }).click();
  await expect(search.locator(".search-count")).toHaveText("3 records");
  // Once the held-back answer is let go, and the page has had frames to show it:
  await oceanReleased;
  await addressBar(page);
  await expect(search.locator(".search-count")).toHaveText("3 records");
  await expect(search.getByRole("alert")).toHaveCount(0);
  expect(failed).toEqual([[`${API}/collections?q=ocean&limit=10`, "net::ERR_ABORTED"]]);
});
