// Stops the real API, so it runs alone, after every other spec (see the
// "outage" project in playwright.config.mjs).
import { test, expect } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer.mjs";
import { useLocalCatalog, catalogServer } from "./pages/catalog.mjs";

test.describe.serial("the API going away", () => {
  test.afterAll(() => catalogServer("start-api"));

  test("stopping the API shows the error; Retry works once it is back", async ({ page }) => {
    await useLocalCatalog(page);
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    catalogServer("stop-api");
    const search = page.locator(".catalog-search");
    await search.getByLabel("Search the catalog").fill("glacier");
    await search.getByRole("button", { name: "Search" }).click();
    const error = search.getByRole("alert");
    await expect(error).toContainText("Could not reach the catalog");
    await expect(explorer.status).toHaveText("Showing all 8 platforms");
    catalogServer("start-api");
    await error.getByRole("button", { name: "Retry" }).click();
    await expect(search.locator(".search-count")).toHaveText("3 records");
  });
});
