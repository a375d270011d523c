// All state lives in the URL: deep links, reload, back and forward restore it exactly.
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS } from "./pages/explorer.mjs";

test("a deep link restores filters, search and sort", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?q=python&supportedLanguages=R&infrastructureSort=dataAccess:desc");
  await expect(explorer.search).toHaveValue("python");
  await expect(explorer.facet("supportedLanguages", "R")).toBeChecked();
  expect(await explorer.visibleCards()).toEqual(["cdse-openeo"]);
  await expect(explorer.header("infrastructure", "dataAccess")).toHaveAttribute("aria-sort", "descending");
});

test("back and forward walk through filter and sort changes; reload keeps them", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.facet("supportedLanguages", "Python").check();
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await explorer.sortButton("infrastructure", "platform").click();
  expect(await explorer.query()).toBe(
    "?hardwareServices=Dask%20Gateway&supportedLanguages=Python&infrastructureSort=platform:asc",
  );

  await page.reload();
  await explorer.live();
  await expect(explorer.facet("hardwareServices", "Dask Gateway")).toBeChecked();
  await expect(explorer.header("infrastructure", "platform")).toHaveAttribute("aria-sort", "ascending");
  expect(await explorer.visibleCards()).toEqual(["pangeo-edc"]);

  await page.goBack();
  await expect(explorer.header("infrastructure", "platform")).not.toHaveAttribute("aria-sort", /.*/);
  await expect(explorer.facet("hardwareServices", "Dask Gateway")).toBeChecked();
  await page.goBack();
  await expect(explorer.facet("hardwareServices", "Dask Gateway")).not.toBeChecked();
  await expect(explorer.facet("supportedLanguages", "Python")).toBeChecked();
  await page.goBack();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await page.goForward();
  await expect(explorer.facet("supportedLanguages", "Python")).toBeChecked();
  expect(await explorer.visibleCards()).toEqual(IDS.slice(0, 6));
});

test("typing in the search box does not add a history entry per keystroke", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const before = await page.evaluate(() => history.length);
  await explorer.search.pressSequentially("jupyter gpu", { delay: 20 });
  await expect(explorer.status).toHaveText("Showing 6 of 8 platforms");
  // query() waits for the deferred write, so a push would be counted.
  expect(await explorer.query()).toBe("?q=jupyter%20gpu");
  expect(await page.evaluate(() => history.length)).toBe(before);
  await explorer.search.fill("openeo");
  expect(await explorer.visibleCards()).toEqual(["cdse-openeo"]);
});

test("foreign parameters are kept; malformed ones of ours are dropped", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?utm_source=newsletter&fairSort=bogus&dataAccess=");
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await explorer.facet("supportedLanguages", "R").check();
  expect(await explorer.query()).toBe("?utm_source=newsletter&supportedLanguages=R");
});
