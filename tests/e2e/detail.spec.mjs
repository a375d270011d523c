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
  await expect(facts).toHaveText(["Sentinel (1, 2, 3, 5P)", "CLMS", "SPOT (4/5)", "Proba-V", "Copernicus Climate Data Store (CDS)",
    "Copernicus Marine Service (CMEMS)", "DeepESDL Public Data Cubes", "EOPF Sample Service", "ESA Climate Change Initiative (CCI)",
    "ESA SMOS", "GEDI"]);
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
  await expect(explorer.detailHeading).toHaveText("CDSE OpenEO");
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
  await expect(explorer.detailHeading).toHaveText("Pangeo stack on EDC");
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

test("the detail says how to get access, where to get help and how to publish, with dated sources", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=deepesdl");
  await expect(explorer.detail.locator(".detail-status .badge")).toHaveText("Documented");
  await expect(explorer.detail.locator("[data-part=access] .access-models li")).toHaveText(["Own payment", "NoR sponsorship"]);
  await expect(explorer.detail.getByRole("link", { name: "Price list" })).toHaveAttribute("href", /PriceList\?asPdf=true$/);
  await expect(explorer.detail.getByRole("link", { name: "esdl-support@brockmann-consult.de" })).toHaveAttribute(
    "href",
    "mailto:esdl-support@brockmann-consult.de",
  );
  await expect(explorer.detail.locator("[data-part=publishing] a")).toHaveText("deep-code");
  await expect(explorer.detail.getByRole("link", { name: "Homepage (new tab)" })).toHaveAttribute("href", "https://earthsystemdatalab.net/");
  const sources = explorer.detail.locator(".sources > li");
  await expect(sources).toHaveCount(5);
  await expect(sources.first()).toContainText("EarthCODE portal: list of integrated platforms, checked 2026-11-28");
  // The seed's tables (2025-10-14) are the only source of the hardware facts: older than 12 months.
  await expect(sources.last()).toContainText("checked 2025-10-14 possibly outdated");
  await expect(explorer.detail.locator("dt", { has: page.locator(".outdated") })).toHaveText([
    /^Specialised Hardware & Services \(source 5\)/, /^Compatible Workflows \(source 5\)/, /^Development Tools \(source 5\)/,
    /^Visualization Tools \(source 5\)/, /^Produced Workflow Type \(source 5\)/,
  ]);
  await expect(explorer.detail.locator("dt", { hasText: "Features" })).toHaveText("Features (source 2)");
});

test("a platform the documentation does not cover says 'not documented', never a guess", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=geohazards-tep");
  await expect(explorer.detailHeading).toHaveText("Geohazards TEP");
  await expect(explorer.detail.locator(".detail-status .badge")).toHaveText("Listed, not yet documented");
  for (const facet of ["dataAccess", "features", "supportedLanguages"]) {
    await expect(explorer.detail.locator(`dd[data-facet=${facet}]`)).toHaveText("not documented");
  }
  await expect(explorer.detail.locator("[data-part=publishing]")).toContainText("not documented");
  await expect(explorer.detail.getByRole("link", { name: /Open platform/ })).toHaveAttribute("href", "https://portal.geohazards-tep.eu/");
});

test("cards summarise every platform in the same order; the features facet filters", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const card = page.locator(".card[data-platform=edc-eoxhub]");
  await expect(card.locator("[data-summary] dt")).toHaveText(["Languages", "Features", "Data", "Access"]);
  await expect(card.locator("[data-summary=dataAccess] dd")).toHaveText("Sentinel (1, 2, 3, 5P), Landsat-8, WorldView +8 more");
  await expect(card.locator("[data-summary=access] dd")).toHaveText("Own payment, NoR sponsorship, Free tier");
  await expect(page.locator(".card[data-platform=pangeo-edc] .card-status .badge")).toHaveText("Documented");
  await expect(page.locator(".card[data-platform=pangeo-edc] .card-via")).toHaveText("via EDC");
  await explorer.showFilters();
  await explorer.facet("features", "Dask Gateway").check();
  expect(await explorer.visibleCards()).toEqual(["pangeo-edc"]);
  expect(await explorer.query()).toBe("?features=Dask%20Gateway");
});
