// Logos, narrow screens, dark scheme, and a screenshot kept as a test artifact.
import { test, expect } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer.mjs";

test("a logo that cannot load becomes an initials badge", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto(); // external hosts are blocked, so every logo fails
  const badge = page.locator(".card[data-platform=cdse-openeo] .initials");
  await expect(badge).toHaveText("CO");
  await expect(badge).toHaveAttribute("role", "img");
  await expect(badge).toHaveAttribute("aria-label", "CDSE OpenEO (logo unavailable)");
});

test("below 900px the facets fold behind a Filters button, the search box stays", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const toggle = page.getByRole("button", { name: "Filters" });
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(explorer.search).toBeVisible();
  await expect(explorer.facet("supportedLanguages", "R")).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await explorer.facet("supportedLanguages", "R").check();
  await expect(toggle).toHaveText("Filters (1 active)");
  expect(await explorer.visibleCards()).toEqual(["cdse-openeo"]);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("dark colour scheme switches the palette", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe("rgb(27, 27, 31)");
});

test("keyboard: Tab reaches a facet, Space toggles it, Enter sorts", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.search.focus();
  await page.keyboard.press("Tab");
  await expect(page.locator("[data-facet=dataAccess] input").first()).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.locator("[data-facet=dataAccess] input").first()).toBeChecked();
  await explorer.sortButton("infrastructure", "platform").focus();
  await page.keyboard.press("Enter");
  await expect(explorer.header("infrastructure", "platform")).toHaveAttribute("aria-sort", "ascending");
});

test("screenshot of the page, saved as an artifact", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const explorer = new ExplorerPage(page);
  await explorer.goto("?hardwareServices=GPU");
  await expect(page.locator(".card:not([hidden]) .initials")).toHaveCount(6);
  const path = testInfo.outputPath("explorer.png");
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach("explorer", { path, contentType: "image/png" });
});
