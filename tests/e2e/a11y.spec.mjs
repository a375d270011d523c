// Accessibility: axe-core with the WCAG 2.1 A and AA rules finds nothing in
// any state, in both colour schemes and at 375 px; a keyboard-only journey
// works with visible focus that never falls back to <body>.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ExplorerPage } from "./pages/explorer.mjs";
import { useLocalCatalog, NOCORS } from "./pages/catalog.mjs";

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

async function settle(page) {
  // Logos fail (external hosts are blocked) and turn into badges; wait for that.
  await expect(page.locator(".card:not([hidden]) img")).toHaveCount(0);
}

const STATES = [
  ["initial", async (page, explorer) => explorer.goto()],
  ["filtered", async (page, explorer) => explorer.goto("?supportedLanguages=Python&hardwareServices=GPU&q=jupyter")],
  ["empty result", async (page, explorer) => {
    await explorer.goto("?dataAccess=CLMS&supportedLanguages=R");
    await expect(explorer.emptyState).toBeVisible();
  }],
  ["platform detail with its records", async (page, explorer) => {
    await useLocalCatalog(page);
    await explorer.goto("?platform=deepesdl");
    await expect(page.locator(".published [data-record]").first()).toBeVisible();
  }],
  ["catalog search results", async (page, explorer) => {
    await useLocalCatalog(page);
    await explorer.goto();
    await page.getByLabel("Search the catalog").fill("glacier");
    await page.locator(".catalog-search").getByRole("button", { name: "Search" }).click();
    await expect(page.locator(".catalog-search [data-record]")).toHaveCount(3);
  }],
  ["catalog error", async (page, explorer) => {
    await useLocalCatalog(page, { staticCatalogUrl: NOCORS });
    await explorer.goto("?platform=deepesdl");
    await expect(page.locator(".published [role=alert]")).toBeVisible();
  }],
  ["comparison", async (page, explorer) => {
    await explorer.goto("?compare=deepesdl&compare=cdse-openeo&view=compare");
    await expect(page.locator("#comparison")).toBeVisible();
  }],
  ["platform detail with sources, some possibly outdated", async (page, explorer) => {
    await explorer.goto("?platform=polar-tep-edc");
    await expect(page.locator(".detail .sources .outdated").first()).toBeVisible();
  }],
  ["platform detail with nothing documented but its access", async (page, explorer) => {
    await explorer.goto("?platform=insula");
    await expect(page.locator(".detail dd[data-facet=features]")).toHaveText("not documented");
  }],
  ["comparison with sources and outdated marks", async (page, explorer) => {
    await explorer.goto("?compare=polar-tep-edc&compare=insula&compare=geohazards-tep&view=compare");
    await expect(page.locator("#comparison tr[data-aspect=sources]")).toBeVisible();
  }],
  ["compare tray and chips", async (page, explorer) => {
    await explorer.goto("?compare=deepesdl&supportedLanguages=Python");
    await expect(page.locator(".compare-tray")).toBeVisible();
  }],
];

for (const scheme of ["light", "dark"]) {
  for (const [name, open] of STATES) {
    test(`axe: ${name}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      const explorer = new ExplorerPage(page);
      await open(page, explorer);
      if (!name.startsWith("platform") && !name.startsWith("comparison") && !name.startsWith("catalog error")) await settle(page);
      expect(await violations(page)).toEqual([]);
    });
  }
}

test("axe: 375 px wide with the filters open, light and dark", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await page.getByRole("button", { name: "Filters" }).click();
  await settle(page);
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await violations(page)).toEqual([]);
});

test("axe: cards at 375 px, their summaries inside the card, light and dark", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await settle(page);
  const overflow = await page.locator(".card").evaluateAll((cards) =>
    cards.filter((card) => card.scrollWidth > card.clientWidth + 1).map((card) => card.dataset.platform),
  );
  expect(overflow).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  expect(await violations(page)).toEqual([]);
});

/** Tab until `locator` has focus; every stop must show a focus outline and none may be <body>. */
async function tabTo(page, locator, { back = false, limit = 200 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : null;
      return { body: el === document.body || !el, outline: style ? style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 : false };
    });
    expect(state.body, "focus fell back to <body>").toBe(false);
    expect(state.outline, "the focused element shows a focus outline").toBe(true);
    if (await locator.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("never reached the element by Tab");
}

test("keyboard only: toggle a facet, sort a table, open a platform and come back", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await settle(page);
  const facet = explorer.facet("supportedLanguages", "Python");
  await tabTo(page, facet);
  await page.keyboard.press("Space");
  await expect(facet).toBeChecked();
  await expect(explorer.status).toHaveText("Showing 6 of 8 platforms");

  const sort = explorer.sortButton("infrastructure", "platform");
  await tabTo(page, sort);
  await page.keyboard.press("Enter");
  await expect(explorer.header("infrastructure", "platform")).toHaveAttribute("aria-sort", "ascending");
  await expect(sort).toBeFocused();

  const card = page.locator("#card-cdse-openeo");
  await tabTo(page, card, { back: true });
  await page.keyboard.press("Enter");
  await expect(explorer.detailHeading).toHaveText("CDSE OpenEO");
  await expect(explorer.detailHeading).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByRole("button", { name: "All platforms" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(card).toBeFocused();
  await expect(facet).toBeChecked();
});
