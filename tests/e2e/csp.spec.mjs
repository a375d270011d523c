// Both entry points under a strict Content-Security-Policy (pages/servers.mjs):
// no inline script, no inline style, WASM by 'wasm-unsafe-eval' only.
// Every securitypolicyviolation event and console error is recorded: none.
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS, addressBar } from "./pages/explorer.mjs";
import { CSP_ORIGIN, STRICT_CSP } from "./pages/servers.mjs";

async function watch(page) {
  // Init scripts are injected by the browser tooling, not subject to the page's CSP.
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const errors = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    const external = !message.location().url.startsWith("http://127.0.0.1:");
    if (message.type() === "error" && !(external && /ERR_FAILED/.test(message.text()))) errors.push(message.text());
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  return errors;
}

test("the server really sends the strict policy", async ({ request }) => {
  const response = await request.get(CSP_ORIGIN);
  expect(response.headers()["content-security-policy"]).toBe(STRICT_CSP);
  // No inline script left in the page trunk built.
  const html = await response.text();
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  expect(html).not.toMatch(/\sstyle=/);
});

test("the standalone page works under the strict CSP with no violation", async ({ page }) => {
  const errors = await watch(page);
  await page.goto(CSP_ORIGIN);
  const explorer = new ExplorerPage(page);
  await explorer.live();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  expect(await explorer.visibleCards()).toEqual(IDS);
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await explorer.sortButton("fair", "platform").click();
  await page.locator("#card-pangeo-edc").click();
  await expect(explorer.detailHeading).toBeFocused();
  // The entry is written after the next paint.
  await expect(page).toHaveURL(/[?&]platform=pangeo-edc/);
  await page.goBack();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(errors).toEqual([]);
});

test("?embed=1 shows only the explorer, without the page's header and prose", async ({ page }) => {
  const errors = await watch(page);
  await page.goto(`${CSP_ORIGIN}?embed=1`);
  const explorer = new ExplorerPage(page);
  await explorer.live();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await expect(page.locator(".page-header, h1, .prose")).toHaveCount(0);
  await explorer.facet("supportedLanguages", "R").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  // The flag is kept in the address, so Back and shared links stay embedded.
  const url = new URL(await addressBar(page));
  expect(url.searchParams.get("supportedLanguages")).toBe("R");
  expect(url.searchParams.get("embed")).toBe("1");
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(errors).toEqual([]);
});

test("the element works under the strict CSP with no violation", async ({ page }) => {
  const errors = await watch(page);
  await page.goto(`${CSP_ORIGIN}element.html`);
  const explorer = new ExplorerPage(page, page.locator("earthcode-platforms"));
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await page.locator("earthcode-platforms #card-pangeo-edc").click();
  await expect(explorer.detailHeading).toBeFocused();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(errors).toEqual([]);
});
