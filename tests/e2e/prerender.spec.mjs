// The grid, both tables and the prose are in index.html as served
// (src/bin/prerender.rs), readable without WASM; the app then takes over
// with the same layout: no layout shift.
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS } from "./pages/explorer.mjs";

const blockInternet = (page) => page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());

/** Text and boxes of what both the static and the live page show. */
function snapshot(page) {
  return page.evaluate(() => {
    const box = (e) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    };
    const parts = [...document.querySelectorAll(".card, #infrastructure, #fair, .page-header, .sidebar")];
    return parts.map((e) => ({ text: e.innerText, box: box(e) }));
  });
}

test("without JavaScript the page still shows every platform in the grid and both tables", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await blockInternet(page);
  await page.goto("./");
  await expect(page.locator("h1")).toHaveText("Working with Platforms");
  await expect(page.locator(".card")).toHaveCount(6);
  for (const table of ["infrastructure", "fair"]) {
    expect(await page.locator(`#${table} tbody tr`).evaluateAll((rows) => rows.map((r) => r.dataset.platform))).toEqual(IDS);
  }
  await expect(page.locator(".card").first()).toBeVisible();
  await expect(page.locator(".result-count")).toHaveText("Showing all 6 platforms");
  await context.close();
});

test("the prerendered cards are visible before the WASM has even arrived", async ({ page }) => {
  await blockInternet(page);
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await expect(page.locator(".card[data-platform=deepesdl]")).toBeVisible();
  await expect(page.locator("[data-prerendered]")).toHaveCount(1);
  release();
  await new ExplorerPage(page).live();
  await expect(page.locator(".card")).toHaveCount(6);
});

test("the app takes over with the same text and layout, and no layout shift", async ({ page }) => {
  await page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  await blockInternet(page);
  // Logos load (a drawing of our own), so the static and the live page show the same.
  const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#3a7"/></svg>`;
  await page.route(/\/platform_logos\//, (route) => route.fulfill({ contentType: "image/svg+xml", body: logo }));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto("./");
  await expect(page.locator("[data-prerendered]")).toHaveCount(1);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const before = await snapshot(page);
  release();
  const explorer = new ExplorerPage(page);
  await explorer.live();
  await expect(explorer.status).toHaveText("Showing all 6 platforms");
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  expect(await snapshot(page)).toEqual(before);
  expect(before.length).toBe(10);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
  // And the live page works.
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 6 platforms");
});
