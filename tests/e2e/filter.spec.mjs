// Facets filter the grid and both tables at once; counts are disjunctive.
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS } from "./pages/explorer.mjs";

test("a facet click filters the grid and both tables and updates the count", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  expect(await explorer.visibleCards()).toEqual(IDS);

  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  expect(await explorer.visibleCards()).toEqual(["pangeo-edc"]);
  expect(await explorer.rowIds("infrastructure")).toEqual(["pangeo-edc"]);
  expect(await explorer.rowIds("fair")).toEqual(["pangeo-edc"]);
  await expect(explorer.chips).toHaveText(["Specialised Hardware & Services: Dask Gateway ×"]);

  // OR within a facet.
  await explorer.facet("supportedLanguages", "R").check();
  await expect(explorer.status).toHaveText("Showing 0 of 8 platforms");
  await explorer.facet("hardwareServices", "GPU").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  expect(await explorer.visibleCards()).toEqual(["cdse-openeo"]);
});

test("counts ignore the facet's own selection and apply the others", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.facet("supportedLanguages", "R").check();
  await expect(explorer.facetCount("supportedLanguages", "Python")).toHaveText("6");
  await expect(explorer.facetCount("supportedLanguages", "JavaScript")).toHaveText("1");
  await expect(explorer.facetCount("dataAccess", "Sentinel-2")).toHaveText("1");
  await expect(explorer.facetCount("dataAccess", "Landsat-8")).toHaveText("0");
});

test("normalised values: Sentinel-2 matches every platform listing Sentinel 1, 2, 3", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.page.locator("[data-facet=dataAccess]").getByRole("button", { name: /^Show all \d+/ }).click();
  await explorer.facet("dataAccess", "Sentinel-2").check();
  // The two platforms no source gives data for are not guessed into the result.
  expect(await explorer.visibleCards()).toEqual(IDS.filter((id) => id !== "insula" && id !== "geohazards-tep"));
  await explorer.facet("dataAccess", "Sentinel-2").uncheck();
  await explorer.facet("dataAccess", "SPOT-4").check();
  expect(await explorer.visibleCards()).toEqual(["deepesdl"]);
  await expect(explorer.facetCount("hardwareServices", "GPU")).toHaveText("1");
});

test("free-text search covers every field, and is ANDed with facets", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.search.fill("sentinel-5p");
  await expect(explorer.status).toHaveText("Showing 6 of 8 platforms");
  expect(await explorer.visibleCards()).toEqual(IDS.slice(0, 6));
  await explorer.search.fill("nor sponsorship");
  expect(await explorer.visibleCards()).toEqual(IDS);
  await explorer.search.fill("dask gateway");
  expect(await explorer.visibleCards()).toEqual(["pangeo-edc"]);
  await explorer.search.fill("xcube");
  expect(await explorer.visibleCards()).toEqual(["deepesdl"]);
  await explorer.search.fill("eodash");
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  expect(await explorer.visibleCards()).toEqual(["pangeo-edc"]);
  await expect(explorer.chips).toHaveCount(2);
});

test("chips remove single filters and Clear all removes every one", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.facet("supportedLanguages", "Python").check();
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await page.getByRole("button", { name: "Remove filter Supported Languages: Python" }).click();
  await expect(explorer.facet("supportedLanguages", "Python")).not.toBeChecked();
  await expect(explorer.chips).toHaveCount(1);
  await explorer.clearAll.click();
  await expect(explorer.chips).toHaveCount(0);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  expect(await explorer.query()).toBe("");
});

test("the empty state names the filters that exclude everything", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?dataAccess=CLMS&supportedLanguages=R");
  await expect(explorer.emptyState).toContainText("No platform matches all of these filters.");
  await expect(explorer.emptyState.locator("li")).toHaveText([
    /Data Access: CLMS — without it, 1 platform would match\./,
    /Supported Languages: R — without it, 1 platform would match\./,
  ]);
  await explorer.emptyState.getByRole("button", { name: "Remove Supported Languages: R" }).click();
  expect(await explorer.visibleCards()).toEqual(["deepesdl"]);
  await expect(explorer.emptyState).toHaveCount(0);
});

test("a card filtered out is gone for every reader: not shown, not in the accessibility tree, not focusable, no room in the grid", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const grid = page.locator("#logo-grid");
  await expect(grid.getByRole("listitem")).toHaveCount(IDS.length);
  await explorer.search.fill("openeo");
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await expect(grid.getByRole("listitem")).toHaveCount(1);
  for (const id of IDS.filter((id) => id !== "cdse-openeo")) {
    const card = grid.locator(`.card[data-platform="${id}"]`);
    await expect(card).toBeHidden();
    const link = card.locator(".card-name a");
    expect(await link.evaluate((a) => (a.focus(), document.activeElement === a))).toBe(false);
  }
  // The grid is as tall as its one card: hidden cards take no room.
  const [gridBox, cardBox] = [await grid.boundingBox(), await grid.locator(".card:not([hidden])").boundingBox()];
  expect(Math.abs(gridBox.height - cardBox.height)).toBeLessThan(1);
  await explorer.search.fill("");
  await expect(grid.getByRole("listitem")).toHaveCount(IDS.length);
  await expect(grid.locator(".card[data-platform=deepesdl]")).toBeVisible();
});
