// The catalog snapshot made at build time (src/bin/catalog-snapshot.rs, built
// from the fixture catalog by scripts/test.sh), catalog search when the STAC
// API is down, and products named by related links and osc:product.
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS } from "./pages/explorer.mjs";
import { useLocalCatalog, expectedRecords, API, STATIC } from "./pages/catalog.mjs";

const WITH_SNAPSHOT = { catalogSnapshotUrl: "catalog-snapshot.json" };
const STATIC_BASE = STATIC.replace(/catalog\.json$/, "");
const fromStatic = (url) => url.href.startsWith(STATIC_BASE);
const fromApi = (url) => url.href.startsWith(API);

function countText(n) {
  return n === 0 ? "No catalog records yet" : n === 1 ? "1 published record" : `${n} published records`;
}

/** Holds every static catalog request until the returned function is called. */
async function holdStatic(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(fromStatic, async (route) => {
    await held;
    await route.fallback().catch(() => {});
  });
  return () => release();
}

async function search(page, text) {
  const section = page.locator(".catalog-search");
  await section.getByLabel("Search the catalog").fill(text);
  await section.getByRole("button", { name: "Search" }).click();
  return section;
}

test("the prerendered page already shows the snapshot's record counts", async ({ page }) => {
  const html = await (await page.request.get("./")).text();
  for (const id of IDS) {
    const card = html.split(`<li data-platform="${id}" class="card">`)[1]?.split("</li>")[0] ?? "";
    expect(card, id).toContain(countText(expectedRecords(id).length));
  }
  const config = await (await page.request.get("./config.json")).json();
  expect(config.catalogSnapshotUrl).toBe("catalog-snapshot.json");
});

test("with the live catalog held back, cards and the detail show the snapshot at once, marked as of its date", async ({ page }) => {
  await useLocalCatalog(page, WITH_SNAPSHOT);
  const release = await holdStatic(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(page.locator(".card .record-count")).toHaveText(IDS.map((id) => countText(expectedRecords(id).length)));
  await page.locator(".card[data-platform=cdse-openeo] .card-name a").click();
  const published = page.locator(".published");
  await expect(published.locator(".as-of")).toContainText(/^As of \d{4}-\d{2}-\d{2} \(the catalog as this page was built\); checking the live catalog…$/);
  await expect(published.locator("[data-record]")).toHaveCount(expectedRecords("cdse-openeo").length);
  release();
  // The live walk confirms them: the mark goes, the same records stay.
  await expect(published.locator(".as-of")).toHaveCount(0);
  await expect(published.locator("[data-record]")).toHaveCount(expectedRecords("cdse-openeo").length);
});

test("when the live walk fails the snapshot stays, with its age and a Retry", async ({ page }) => {
  await useLocalCatalog(page, WITH_SNAPSHOT);
  let broken = true;
  await page.route(fromStatic, (route) => (broken ? route.fulfill({ status: 503, body: "down" }) : route.fallback()));
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=deepesdl");
  const notice = page.locator(".published .as-of");
  await expect(notice).toHaveAttribute("role", "alert");
  await expect(notice).toContainText(/^The live catalog could not be reached, so these records are as of \d{4}-\d{2}-\d{2} \((today|1 day ago|\d+ days ago)\)\. The catalog answered HTTP 503 for /);
  await expect(page.locator(".published [data-record]")).toHaveCount(expectedRecords("deepesdl").length);
  broken = false;
  await notice.getByRole("button", { name: "Retry" }).click();
  await expect(page.locator(".published .as-of")).toHaveCount(0);
  await expect(page.locator(".published [data-record]")).toHaveCount(expectedRecords("deepesdl").length);
});

test("the CDSE openEO detail lists the products its experiments name by related link and by osc:product", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=cdse-openeo");
  const products = page.locator(".published [data-kind=product]");
  await expect(products).toHaveCount(2);
  // Named by a related link and osc:product (the WorldCereal shape), and by osc:product alone.
  await expect(page.locator('.published [data-kind=product][data-record="crop-phenology-maps-2023"]')).toBeVisible();
  await expect(page.locator('.published [data-kind=product][data-record="flood-extent-danube-2024"]')).toBeVisible();
});

test("with the API down and the static catalog up, search answers from the published catalog and says so", async ({ page }) => {
  await useLocalCatalog(page);
  let down = true;
  await page.route(fromApi, (route) => (down ? route.abort("connectionrefused") : route.fallback()));
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const section = await search(page, "glacier");
  const notice = section.locator(".api-down");
  await expect(notice).toHaveAttribute("role", "alert");
  await expect(notice).toContainText("The catalog API is not answering, so this searches the published catalog instead.");
  await expect(notice).toContainText(`Could not reach the catalog at ${API}/`);
  await expect(section.locator('[data-record="glacier-pulse"]').first()).toBeVisible();
  await expect(section.locator(".search-count")).toHaveText(/^\d+ records?( so far)?$/);
  // Retry asks the API again.
  down = false;
  await notice.getByRole("button", { name: "Retry" }).click();
  await expect(section.locator(".api-down")).toHaveCount(0);
  await expect(section.locator(".search-count")).toHaveText("3 records");
});

test("with the API and the static catalog down, the snapshot answers the search", async ({ page }) => {
  await useLocalCatalog(page, WITH_SNAPSHOT);
  await page.route(fromApi, (route) => route.abort("connectionrefused"));
  await page.route(fromStatic, (route) => route.abort("connectionrefused"));
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const section = await search(page, "glacier");
  await expect(section.locator(".api-down")).toContainText("searches the published catalog instead");
  await expect(section.locator('[data-record="glacier-pulse"]').first()).toBeVisible();
});

test("with nothing to search, a clear error and Retry", async ({ page }) => {
  await useLocalCatalog(page);
  await page.route(fromApi, (route) => route.abort("connectionrefused"));
  await page.route(fromStatic, (route) => route.abort("connectionrefused"));
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const section = await search(page, "glacier");
  const alert = section.locator(".catalog-error");
  await expect(alert).toContainText(`Could not reach the catalog at ${API}/`);
  await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
  await expect(section.locator("[data-record]")).toHaveCount(0);
});
