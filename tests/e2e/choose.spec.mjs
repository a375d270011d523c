// "Find a platform": needs in the user's words, every platform ranked with a
// reason per need, the state in the URL, the top three to compare, the top
// result's workflows, bad links decoded to what they can mean, axe clean.
import { test, expect } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { ExplorerPage, IDS, addressBar } from "./pages/explorer.mjs";
import { Chooser } from "./pages/chooser.mjs";
import { useLocalCatalog } from "./pages/catalog.mjs";

const LANGUAGES = "The languages you write";
const WORK = "How you work";
const PAY = "How you will pay";

test("an R openEO user on sponsorship: ranked with reasons, in the URL, Back and Forward, compare the top 3", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const chooser = new Chooser(page);
  await chooser.link.click();
  await expect(chooser.heading).toBeFocused();
  expect(new URL(await addressBar(page)).search).toBe("?view=choose");
  await expect(chooser.status).toHaveText("Pick what your work needs; 8 platforms are listed.");

  await chooser.need(LANGUAGES, "R");
  await chooser.need(WORK, "OpenEO Process Graphs");
  await chooser.need(PAY, "NoR sponsorship");
  await expect(chooser.status).toHaveText("Best fit: CDSE OpenEO. 1 of 8 platforms meet every must have.");
  const ranked = await chooser.ranked();
  expect(ranked[0]).toBe("cdse-openeo");
  expect([...ranked].sort()).toEqual([...IDS].sort());
  await expect(chooser.fits.first()).toHaveAttribute("data-fit", "meets");
  await expect(chooser.fits.first().locator(".fit-headline")).toHaveText("Meets every must have.");
  expect(await chooser.reasons("deepesdl")).toEqual([
    ["R — The languages you write (must have): not met", "missed"],
    ["OpenEO Process Graphs — How you work (must have): not met", "missed"],
    ["NoR sponsorship (must have): met", "met"],
  ]);
  expect((await chooser.reasons("insula"))[0]).toEqual(["R — The languages you write (must have): not documented", "undocumented"]);
  await expect(page.locator('.chooser li.fit[data-platform="deepesdl"] .fit-headline')).toHaveText(
    "Misses: R (not met), OpenEO Process Graphs (not met).",
  );
  await expect(chooser.fits.first().getByRole("link", { name: "Request sponsorship for CDSE OpenEO" })).toBeVisible();
  await expect(page).toHaveURL(/\?need=supportedLanguages:R&need=compatibleWorkflows:OpenEO%20Process%20Graphs&need=access:nor-sponsorship&view=choose$/);

  // Nice to have: it no longer decides who meets every must have.
  await chooser.group(LANGUAGES).getByRole("checkbox", { name: "must have (R)" }).uncheck();
  await expect(page).toHaveURL(/want=supportedLanguages:R/);
  await expect(chooser.status).toHaveText("Best fit: CDSE OpenEO. 1 of 8 platforms meet every must have.");

  await page.goBack();
  await expect(page).toHaveURL(/need=supportedLanguages:R/);
  await expect(chooser.group(LANGUAGES).getByRole("checkbox", { name: "must have (R)" })).toBeChecked();
  await page.goBack();
  await expect(chooser.group(PAY).getByRole("checkbox", { name: "NoR sponsorship", exact: true })).not.toBeChecked();
  await page.goForward();
  await expect(chooser.group(PAY).getByRole("checkbox", { name: "NoR sponsorship", exact: true })).toBeChecked();

  const top = (await chooser.ranked()).slice(0, 3);
  await chooser.compareTop.click();
  await expect(page.locator("#comparison-heading")).toBeFocused();
  await expect(page.locator("#comparison thead th[data-platform]")).toHaveCount(3);
  expect(await page.locator("#comparison thead th[data-platform]").evaluateAll((th) => th.map((t) => t.dataset.platform))).toEqual(top);
  await page.goBack();
  await expect(chooser.heading).toBeVisible();
});

test("a Python user needing GPU and Dask, and the top result's published workflows", async ({ page }) => {
  await useLocalCatalog(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto("?need=supportedLanguages:Python&need=hardwareServices:GPU&need=hardwareServices:Dask%20Gateway&view=choose");
  const chooser = new Chooser(page);
  await expect(chooser.status).toContainText("Best fit: Pangeo stack on EDC.");
  expect((await chooser.ranked())[0]).toBe("pangeo-edc");

  await page.goto("./?need=examples&view=choose");
  await explorer.live();
  // Until the catalog is walked no platform documents examples; then the most published leads.
  await expect(chooser.examples.locator("#examples-heading")).toHaveText("Start from a workflow published from DeepESDL");
  expect((await chooser.ranked())[0]).toBe("deepesdl");
  await expect(chooser.fits.first().locator(".reasons li")).toHaveText("Published examples (must have): met");
  await expect(chooser.examples.locator("[data-record]").first()).toBeVisible();
  await expect(chooser.examples.getByRole("link", { name: /Open on/ }).first()).toBeVisible();
});

test("a bad link decodes to what it can mean and says what it left out", async ({ page }) => {
  // Thousands are the native tests' (the static server refuses a URL this long times ten).
  const repeated = Array.from({ length: 150 }, (_, n) => `need=supportedLanguages:R&want=x${n % 3}`).join("&");
  const explorer = new ExplorerPage(page);
  await explorer.goto(`?view=choose&need=colour:red&need=supportedLanguages:COBOL&want=access:gold&${repeated}`);
  const chooser = new Chooser(page);
  await expect(chooser.dropped).toHaveText(
    "Left out of the link's needs: colour:red, access:gold, x0, x1, x2, supportedLanguages:COBOL (no platform lists it).",
  );
  await expect(chooser.fits).toHaveCount(8);
  await expect(chooser.status).toHaveText("Best fit: CDSE OpenEO. 1 of 8 platforms meet every must have.");
});

async function violations(page) {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

for (const [name, width] of [["desktop", 1280], ["375 px", 375]]) {
  test(`axe: the chooser empty and answered, light and dark, ${name}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const explorer = new ExplorerPage(page);
    await explorer.goto("?view=choose");
    const chooser = new Chooser(page);
    await expect(chooser.fits).toHaveCount(8);
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await violations(page)).toEqual([]);
    }
    await chooser.need(LANGUAGES, "R");
    await chooser.need(PAY, "Free tier", { nice: true });
    await chooser.page.goto("./?need=supportedLanguages:R&want=access:free-tier&need=colour:red&view=choose");
    await explorer.live();
    await expect(chooser.dropped).toBeVisible();
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await violations(page)).toEqual([]);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  });
}

test("the keyboard alone picks a need and reaches the ranking", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?view=choose");
  const chooser = new Chooser(page);
  const r = chooser.group(LANGUAGES).getByRole("checkbox", { name: "R", exact: true });
  await r.focus();
  await page.keyboard.press("Space");
  await expect(r).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(chooser.group(LANGUAGES).getByRole("checkbox", { name: "must have (R)" })).toBeFocused();
  await expect(chooser.status).toContainText("Best fit: CDSE OpenEO.");
});

test("the page header links to the chooser from every view, and marks it current there", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=deepesdl");
  const chooser = new Chooser(page);
  const link = page.locator("header.page-header").getByRole("link", { name: "Find a platform that fits your work" });
  await expect(link).toBeVisible();
  await expect(link).not.toHaveAttribute("aria-current");
  await expect(page.locator(".results .chooser-link")).toHaveCount(0);
  await link.click();
  await expect(chooser.heading).toBeFocused();
  expect(new URL(await addressBar(page)).search).toBe("?view=choose");
  await expect(link).toHaveAttribute("aria-current", "page");
  await page.goBack();
  await expect(page.locator("article.detail")).toBeVisible();
  await expect(link).not.toHaveAttribute("aria-current");
});
