// A platform's detail view: every fact and link, deep-linkable, focus managed.
import { test, expect } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer.mjs";

test("clicking a card opens the detail; All platforms returns with focus on the card", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?supportedLanguages=Python");
  await page.locator("#card-deepesdl").click();
  await expect(explorer.detailHeading).toHaveText("DeepESDL");
  await expect(explorer.detailHeading).toBeFocused();
  await expect(page.locator(".explorer")).toBeHidden();
  expect(await explorer.query()).toBe("?supportedLanguages=Python&platform=deepesdl");

  const facts = explorer.detail.locator("dd[data-facet=dataAccess] li");
  await expect(facts).toHaveText(["Sentinel (1, 2, 3, 5P)", "CLMS", "SPOT (4/5)", "Proba-V"]);
  await expect(explorer.detail.getByRole("link", { name: "xcube viewer" })).toHaveAttribute(
    "href",
    "https://viewer.earthsystemdatalab.net/",
  );
  await expect(explorer.detail.getByRole("link", { name: "NoR service and pricing" })).toHaveAttribute(
    "href",
    /^https:\/\/portfolio\.nor-discover\.org\//,
  );
  await expect(explorer.detail.getByRole("link", { name: /Open platform/ })).toHaveAttribute(
    "href",
    "https://deep.earthsystemdatalab.net/",
  );

  await explorer.detail.getByRole("button", { name: "All platforms" }).click();
  await expect(explorer.detail).toHaveCount(0);
  await expect(page.locator("#card-deepesdl")).toBeFocused();
  await expect(explorer.facet("supportedLanguages", "Python")).toBeChecked();
});

test("a table row link opens the same detail, and Back closes it", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await page.locator("#fair tbody tr[data-platform=cdse-openeo] th a").click();
  await expect(explorer.detailHeading).toHaveText("CDSE openEO Federation");
  await expect(explorer.detail.locator("dd[data-facet=supportedLanguages] li")).toHaveText(["Python", "R", "JavaScript"]);
  // The entry is written after the next paint.
  await expect(page).toHaveURL(/[?&]platform=cdse-openeo/);
  await page.goBack();
  await expect(explorer.detail).toHaveCount(0);
  await expect(page.locator(".explorer")).toBeVisible();
});

test("the detail is deep-linkable, and an unknown id says so", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=pangeo-edc");
  await expect(explorer.detailHeading).toHaveText("Pangeo (via EDC)");
  await expect(explorer.detail.locator("dd[data-facet=hardwareServices] li")).toHaveText(["Dask Gateway", "GPUs"]);
  await explorer.goto("?platform=no-such-platform");
  await expect(explorer.detailHeading).toHaveText("Platform not found");
  await expect(explorer.detail).toContainText("no-such-platform");
});

test("card links are real links that work in a new tab", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?q=openeo");
  await expect(page.locator("#card-cdse-openeo")).toHaveAttribute("href", "?platform=cdse-openeo");
  await expect(page.locator(".card[data-platform=cdse-openeo]").getByRole("link", { name: "Docs" })).toHaveAttribute(
    "href",
    "https://esa-earthcode.github.io/documentation/Technical%20Documentation/Platforms/OpenEO",
  );
});
