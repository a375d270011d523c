// The <earthcode-platforms> element inside a real VitePress 1.x site
// (tests/embed/site, base /documentation/, the docs' brand colour, a dark
// palette and a hostile global stylesheet) that installs the packed npm
// package and imports it by name (scripts/embed-site.mjs). Project "embed"
// runs these against `vitepress build`, "embed-dev" against `vitepress dev`:
// the page paths are relative to the project's baseURL.
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS, addressBar } from "./pages/explorer.mjs";
import { Chooser } from "./pages/chooser.mjs";
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { APP, CSP_ORIGIN } from "./pages/servers.mjs";

/** Blocks the internet, records page errors and console errors from our own origin. */
async function open(page, path) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    // Blocked external hosts (logos) are expected; anything else is not.
    const external = !message.location().url.startsWith("http://127.0.0.1:");
    if (message.type() === "error" && !external) errors.push(`console: ${message.text()}`);
  });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(path);
  return errors;
}

/** How many popstate listeners the window has (Chrome DevTools Protocol). */
async function popstateListeners(page) {
  const client = await page.context().newCDPSession(page);
  const { result } = await client.send("Runtime.evaluate", { expression: "window" });
  const { listeners } = await client.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
  await client.detach();
  return listeners.filter((listener) => listener.type === "popstate").length;
}

function explorerIn(page, selector = "earthcode-platforms") {
  return new ExplorerPage(page, page.locator(selector));
}

/** The element's explorer once loaded, its facets and tables open (a docs column is narrow: they fold). */
async function readyIn(page, selector) {
  const explorer = explorerIn(page, selector);
  await explorer.showFilters();
  await explorer.showTables();
  return explorer;
}

/** Computed styles of every element matched by `selector` (inside shadow roots too). */
function stylesOf(page, selector, properties) {
  return page.evaluate(
    ([selector, properties]) => {
      const within = (root) => [
        ...root.querySelectorAll(selector),
        ...[...root.querySelectorAll("*")].filter((e) => e.shadowRoot).flatMap((e) => within(e.shadowRoot)),
      ];
      return within(document).map((element) => {
        const style = getComputedStyle(element);
        return Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
      });
    },
    [selector, properties],
  );
}

const PROPERTIES = [
  "color",
  "background-color",
  "border-top-width",
  "border-top-color",
  "font-family",
  "font-size",
  "letter-spacing",
  "text-transform",
  "margin-top",
  "padding-top",
  "list-style-type",
  "line-height",
  "display",
  "font-weight",
  "font-style",
  "word-spacing",
  "text-decoration-line",
];

test("the element is the npm package's, imported by name and served by Vite, with its version", async ({ page }) => {
  const installed = JSON.parse(
    readFileSync(new URL("../embed/site/node_modules/@earthcode/platform-explorer/package.json", import.meta.url), "utf8"),
  );
  const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = "([^"]+)"/m)?.[1];
  expect(installed.version).toBe(cargo);
  const requests = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  const errors = await open(page, "platforms.html");
  await expect(explorerIn(page).status).toHaveText("Showing all 8 platforms");
  expect(await page.locator("earthcode-platforms").evaluate((e) => e.version)).toBe(installed.version);
  // Read-only.
  expect(await page.locator("earthcode-platforms").evaluate((e) => ((e.version = "x"), e.version))).toBe(installed.version);
  // The WASM and JSON files came through Vite: bundled assets in a build, the
  // package's own folder in dev; nothing from a copied dist/.
  // (In dev, with a srcDir the site's node_modules is outside Vite's root: served under /@fs/.)
  const served = /^\/documentation\/(assets\/|(@fs\/.*\/)?node_modules\/@earthcode\/platform-explorer\/)/;
  const ours = requests.filter((path) => /earthcode-platforms_bg|platforms[.\w-]*\.json$/.test(path));
  expect(ours.some((path) => /_bg[.\w-]*\.wasm$/.test(path))).toBe(true);
  expect(ours.some((path) => /platforms[.\w-]*\.json$/.test(path))).toBe(true);
  for (const path of ours) expect(path).toMatch(served);
  expect(requests.filter((path) => path.includes("/explorer/"))).toEqual([]);
  // The package emits no CSS asset: VitePress links the first one of a build as the
  // site's stylesheet, so the host keeps its own (and its navigation its layout).
  expect(requests.filter((path) => /\.css$/.test(path) && path.includes("earthcode"))).toEqual([]);
  if (test.info().project.name === "embed") {
    expect(await page.locator('head link[rel~=stylesheet][href*="/assets/style."]').count()).toBe(1);
  }
  await expect(page.locator(".VPNavBar .VPSwitchAppearance").first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("the grid and both tables render inside the element's shadow root, and a facet click filters", async ({ page }) => {
  const errors = await open(page, "platforms.html");
  const explorer = await readyIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  expect(await explorer.visibleCards()).toEqual(IDS);
  expect(await explorer.rowIds("infrastructure")).toEqual(IDS);
  expect(await explorer.rowIds("fair")).toEqual(IDS);
  // In the shadow root, not in the host's document.
  expect(await page.evaluate(() => document.querySelectorAll(".card, #infrastructure").length)).toBe(0);
  expect(await page.evaluate(() => document.querySelector("earthcode-platforms").shadowRoot.querySelectorAll(".card").length)).toBe(8);
  // The element has no header or prose of its own: the host page has those.
  await expect(page.locator("earthcode-platforms h1")).toHaveCount(0);
  await expect(page.locator("earthcode-platforms main")).toHaveCount(0);

  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  expect(await explorer.visibleCards()).toEqual(["pangeo-edc"]);
  expect(await explorer.rowIds("fair")).toEqual(["pangeo-edc"]);
  expect(errors).toEqual([]);
});

test("events tell the host what was filtered and which platform was opened", async ({ page }) => {
  await open(page, "platforms.html");
  await page.evaluate(() => {
    window.__events = [];
    for (const name of ["filters-change", "platform-select"]) {
      // On the document: the events bubble out of the shadow root (composed).
      document.addEventListener(name, (e) => window.__events.push({ name, detail: e.detail, target: e.target.tagName }));
    }
  });
  const explorer = await readyIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await explorer.facet("supportedLanguages", "R").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await expect.poll(() => page.evaluate(() => window.__events)).toEqual([
    {
      name: "filters-change",
      detail: { query: "", facets: { supportedLanguages: ["R"] }, matches: 1 },
      target: "EARTHCODE-PLATFORMS",
    },
  ]);
  await page.locator("earthcode-platforms #card-cdse-openeo").click();
  await expect(explorer.detailHeading).toBeFocused();
  const events = await page.evaluate(() => window.__events);
  expect(events.at(-1)).toEqual({ name: "platform-select", detail: { id: "cdse-openeo" }, target: "EARTHCODE-PLATFORMS" });
});

test("the host's brand colour is used, and follows the host variable live", async ({ page }) => {
  await open(page, "platforms.html");
  const explorer = await readyIn(page);
  await explorer.facet("dataAccess", "Sentinel-2").check();
  const chip = explorer.chips.first();
  // The docs' brand colour, #00b19d, from --vp-c-brand-1.
  await expect(chip).toHaveCSS("border-top-color", "rgb(0, 177, 157)");
  await page.evaluate(() => document.documentElement.style.setProperty("--vp-c-brand-1", "#aa3300"));
  await expect(chip).toHaveCSS("border-top-color", "rgb(170, 51, 0)");
});

test("VitePress dark mode changes the element's colours, and back", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await open(page, "platforms.html");
  const explorer = await readyIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  const host = page.locator("earthcode-platforms .ec-host");
  const link = page.locator("earthcode-platforms .card-name a").first();
  await expect(host).toHaveAttribute("data-scheme", "light");
  await expect(host).toHaveCSS("background-color", "rgb(255, 255, 255)");
  const lightLink = await link.evaluate((a) => getComputedStyle(a).color);

  await page.locator(".VPNavBar .VPSwitchAppearance").first().click();
  await expect(page.locator("html")).toHaveClass(/\bdark\b/);
  await expect(host).toHaveAttribute("data-scheme", "dark");
  // The test site's dark --vp-c-bg and --vp-c-text-1.
  await expect(host).toHaveCSS("background-color", "rgb(15, 23, 32)");
  await expect(host).toHaveCSS("color", "rgb(232, 241, 242)");
  // Our own colours (links) switch too.
  expect(await link.evaluate((a) => getComputedStyle(a).color)).not.toBe(lightLink);

  await page.locator(".VPNavBar .VPSwitchAppearance").first().click();
  await expect(host).toHaveAttribute("data-scheme", "light");
  await expect(host).toHaveCSS("background-color", "rgb(255, 255, 255)");
  expect(await link.evaluate((a) => getComputedStyle(a).color)).toBe(lightLink);
});

test("the hostile stylesheet changes nothing inside the element", async ({ page }) => {
  await open(page, "platforms.html");
  const explorer = await readyIn(page);
  await explorer.facet("dataAccess", "Sentinel-2").check();
  await expect(explorer.chips).toHaveCount(1);
  // Matched inside the shadow root: the container itself and what it holds.
  const inside = ".ec-host, .ec-host table, .ec-host th, .ec-host button, .ec-host a, .ec-host h2, .ec-host li, .ec-host input";
  const hostTable = page.locator(".vp-doc table").first();
  const withHostile = await stylesOf(page, inside, PROPERTIES);
  const hostTableBorder = await hostTable.evaluate((t) => getComputedStyle(t).borderTopWidth);

  await page.evaluate(() => (document.getElementById("hostile-css").disabled = true));
  // The sheet was really active: the host's own table loses its 5px border.
  await expect.poll(() => hostTable.evaluate((t) => getComputedStyle(t).borderTopWidth)).not.toBe(hostTableBorder);
  expect(hostTableBorder).toBe("5px");
  const withoutHostile = await stylesOf(page, inside, PROPERTIES);
  expect(withoutHostile.length).toBeGreaterThan(50);
  expect(withHostile).toEqual(withoutHostile);
});

test("the element changes nothing outside it", async ({ page }) => {
  // The same host content on both pages; on platforms.html, a paragraph holds the element.
  const host =
    ".vp-doc p:not(:has(earthcode-platforms)), .vp-doc table, .vp-doc td, .vp-doc a, .vp-doc li, .vp-doc h2, .host-button, body, html, .VPSidebar a";
  await open(page, "plain.html");
  // `vitepress dev` renders the page in the browser and injects the theme's styles as it
  // runs: wait for the host's content and for the colour transitions they start.
  await expect(page.locator(".host-button")).toBeVisible();
  await page.waitForFunction(() => document.getAnimations().length === 0);
  const without = await stylesOf(page, host, PROPERTIES);
  await open(page, "platforms.html");
  await expect(explorerIn(page).status).toHaveText("Showing all 8 platforms");
  await page.waitForFunction(() => document.getAnimations().length === 0);
  const withElement = await stylesOf(page, host, PROPERTIES);
  expect(without.length).toBeGreaterThan(8);
  expect(withElement).toEqual(without);
  // Our stylesheet is only in the shadow root.
  expect(await page.evaluate(() => document.querySelectorAll('link[rel~=stylesheet][href*="earthcode-platforms"]').length)).toBe(0);
  // The package's stylesheet is a constructed sheet adopted by the shadow root.
  expect(await page.locator("earthcode-platforms").evaluate((e) => e.shadowRoot.adoptedStyleSheets.length)).toBe(1);
});

test("VitePress navigation away and back re-mounts cleanly with no console errors", async ({ page }) => {
  const errors = await open(page, "platforms.html");
  const explorer = await readyIn(page);
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");

  await expect(page).toHaveURL(/[?&]ec-hardwareServices=Dask/);
  const mounted = await popstateListeners(page);

  await page.locator(".VPSidebar").getByRole("link", { name: "Getting started" }).click();
  await expect(page.locator("h1")).toHaveText("Getting started");
  await expect(page.locator("earthcode-platforms")).toHaveCount(0);
  // Unmounting released the explorer's window listener.
  expect(await popstateListeners(page)).toBe(mounted - 1);
  // The unmounted explorer no longer reacts to history changes.
  await page.goBack();
  await expect(page.locator("earthcode-platforms")).toHaveCount(1);
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await page.goForward();
  await expect(page.locator("h1")).toHaveText("Getting started");

  await page.locator(".VPSidebar").getByRole("link", { name: "Working with Platforms" }).click();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await expect(page.locator("earthcode-platforms .ec-root")).toHaveCount(1);
  await expect(page.locator("earthcode-platforms .card")).toHaveCount(8);
  // Three visits, one listener: nothing piles up.
  expect(await popstateListeners(page)).toBe(mounted);
  await explorer.showFilters();
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  expect(errors).toEqual([]);
});

test("the host's own query parameters and hash survive filtering, under the element's prefix", async ({ page }) => {
  await open(page, "platforms.html?lang=en&tab=2#host-content");
  const explorer = await readyIn(page);
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  const url = new URL(await addressBar(page));
  expect(url.searchParams.get("lang")).toBe("en");
  expect(url.searchParams.get("tab")).toBe("2");
  expect(url.searchParams.get("ec-hardwareServices")).toBe("Dask Gateway");
  expect(url.searchParams.has("hardwareServices")).toBe(false);
  expect(url.hash).toBe("#host-content");
  expect(url.pathname).toBe("/documentation/platforms.html");

  // A reload restores the element's state from its own keys.
  await page.reload();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await expect(explorer.chips).toHaveText(["Specialised Hardware & Services: Dask Gateway ×"]);
});

test("the host's router owns the history: Back leaves the page, Forward returns with the filters", async ({ page }) => {
  const errors = await open(page, "getting-started.html");
  await page.locator(".VPSidebar").getByRole("link", { name: "Working with Platforms" }).click();
  const explorer = await readyIn(page);
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await explorer.sortButton("infrastructure", "platform").click();
  // The element writes its entry after the next paint; Back comes later.
  await expect(page).toHaveURL(/[?&]ec-infrastructureSort=platform/);
  await page.goBack();
  await expect(page.locator("h1")).toHaveText("Getting started");
  await page.goForward();
  await expect(page.locator("h1").first()).toHaveText("Working with Platforms");
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await expect(explorer.header("infrastructure", "platform")).toHaveAttribute("aria-sort", "ascending");
  expect(new URL(page.url()).searchParams.get("ec-hardwareServices")).toBe("Dask Gateway");
  expect(errors).toEqual([]);
});

test("the element shows the platforms at once, while the catalog is still loading", async ({ page }) => {
  // The page's element names the local catalog in its attributes (they win
  // over config.json): hold those servers' answers back.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/^http:\/\/127\.0\.0\.1:808[12]\//, async (route) => {
    await held;
    await route.fulfill({ status: 503, body: "unavailable" });
  });
  const errors = await open(page, "platforms.html");
  const explorer = await readyIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await expect(page.locator("earthcode-platforms .card")).toHaveCount(8);
  await expect(page.locator("earthcode-platforms").getByText("Loading platforms…")).toHaveCount(0);
  // The counts are the build's catalog snapshot's (the site is built with one).
  await expect(page.locator("earthcode-platforms .card[data-platform=deepesdl] .record-count")).toHaveText(/^\d+ published records?$/);
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  expect(errors).toEqual([]);
  release();
});

test("theme auto follows prefers-color-scheme live on a host without VitePress", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await page.goto(`${CSP_ORIGIN}element.html`);
  const host = page.locator("earthcode-platforms .ec-host");
  await expect(explorerIn(page).status).toHaveText("Showing all 8 platforms");
  await expect(host).toHaveAttribute("data-scheme", "light");
  await expect(host).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await page.emulateMedia({ colorScheme: "dark" });
  await expect(host).toHaveAttribute("data-scheme", "dark");
  await expect(host).toHaveCSS("background-color", "rgb(27, 27, 31)");
});

test("two elements on one page work independently", async ({ page }) => {
  const errors = await open(page, "two.html");
  const first = await readyIn(page, "#first");
  const second = await readyIn(page, "#second");
  await expect(first.status).toHaveText("Showing all 8 platforms");
  await expect(second.status).toHaveText("Showing all 8 platforms");
  await first.facet("supportedLanguages", "R").check();
  await expect(first.status).toHaveText("Showing 1 of 8 platforms");
  await expect(second.status).toHaveText("Showing all 8 platforms");
  await second.search.fill("pangeo");
  await expect(second.status).toHaveText("Showing 1 of 8 platforms");
  await expect(first.status).toHaveText("Showing 1 of 8 platforms");
  const url = new URL(await addressBar(page));
  expect(url.searchParams.getAll("first-supportedLanguages")).toEqual(["R"]);
  expect(url.searchParams.get("second-q")).toBe("pangeo");
  // Their themes are their own: theme="light" and theme="dark".
  await expect(page.locator("#first .ec-host")).toHaveCSS("background-color", "rgb(255, 255, 255)");
  await expect(page.locator("#second .ec-host")).toHaveCSS("background-color", "rgb(27, 27, 31)");
  // Focus moves within each element's own tree.
  await page.locator("#second #card-pangeo-edc").click();
  await expect(second.detailHeading).toBeFocused();
  await expect(first.detail).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("attribute changes take effect live", async ({ page }) => {
  await open(page, "platforms.html");
  const explorer = await readyIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  const file = await (await page.request.get(`${APP}platforms.json`)).json();
  const two = { ...file, platforms: file.platforms.slice(0, 2) };
  await page.route("**/two-platforms.json", (route) => route.fulfill({ json: two }));
  await page.locator("earthcode-platforms").evaluate((e) => e.setAttribute("platforms-url", "two-platforms.json"));
  await expect(explorer.status).toHaveText("Showing all 2 platforms");
  await expect(page.locator("earthcode-platforms .ec-root")).toHaveCount(1);
  // A URL that does not even parse is reported in the element, not thrown.
  await page.locator("earthcode-platforms").evaluate((e) => e.setAttribute("platforms-url", "http://["));
  await expect(page.locator("earthcode-platforms .load-error[role=alert]")).toContainText("http://[");
  await page.locator("earthcode-platforms").evaluate((e) => e.setAttribute("platforms-url", "two-platforms.json"));
  await expect(explorer.status).toHaveText("Showing all 2 platforms");

  const host = page.locator("earthcode-platforms .ec-host");
  await page.locator("earthcode-platforms").evaluate((e) => e.setAttribute("theme", "dark"));
  await expect(host).toHaveAttribute("data-scheme", "dark");
  // An explicit theme uses the element's own dark palette, not the host's light one.
  await expect(host).toHaveCSS("background-color", "rgb(27, 27, 31)");
  await page.locator("earthcode-platforms").evaluate((e) => e.setAttribute("theme", "light"));
  await expect(host).toHaveCSS("background-color", "rgb(255, 255, 255)");
});

/** axe WCAG 2.1 A/AA inside the element: no violations, and it really checked something. */
async function axeInElement(page) {
  const result = await new AxeBuilder({ page })
    .include("earthcode-platforms")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  expect(result.passes.length).toBeGreaterThan(10);
}

for (const scheme of ["light", "dark"]) {
  test(`the embedded explorer passes axe WCAG 2.1 A/AA in the ${scheme} VitePress theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page, "platforms.html");
    const explorer = await readyIn(page);
    await expect(explorer.status).toHaveText("Showing all 8 platforms");
    await expect(page.locator("earthcode-platforms .ec-host")).toHaveAttribute("data-scheme", scheme);
    await explorer.facet("supportedLanguages", "R").check();
    await expect(explorer.chips).toHaveCount(1);
    await axeInElement(page);
  });
}

for (const [name, width] of [["desktop", 1280], ["375 px", 375]]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe in the element: the chooser empty and answered, ${scheme}, ${name}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      const errors = await open(page, "platforms.html?ec-view=choose");
      await expect(page.locator("earthcode-platforms .ec-host")).toHaveAttribute("data-scheme", scheme);
      const chooser = new Chooser(page, page.locator("earthcode-platforms"));
      await expect(chooser.fits).toHaveCount(8);
      await axeInElement(page);
      await chooser.need("The languages you write", "R");
      await chooser.need("How you will pay", "Free tier", { nice: true });
      await expect(chooser.status).toHaveText(/^Best fit: /);
      await expect(chooser.fits.first().locator(".reasons li")).toHaveCount(2);
      await axeInElement(page);
      // Nothing in the element reaches past its own box (the test site's long title
      // makes the VitePress page itself scroll sideways at 375 px).
      const overflow = await page.locator("earthcode-platforms").evaluate((host) => {
        const right = host.getBoundingClientRect().right;
        const parts = [...host.shadowRoot.querySelectorAll(".chooser *")];
        if (parts.length < 50) return [`only ${parts.length} parts in the chooser`];
        return parts
          .filter((e) => e.getBoundingClientRect().right > right + 0.5)
          .map((e) => `${e.tagName}.${e.className}`);
      });
      expect(overflow).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test("the chooser in the element: a pre-filled link, prefixed keys, choose-change, axe", async ({ page }) => {
  const errors = await open(page, "platforms.html?lang=en&ec-need=compatibleWorkflows:OpenEO%20Process%20Graphs&ec-view=choose");
  await page.evaluate(() => {
    window.__choices = [];
    document.addEventListener("choose-change", (e) => window.__choices.push({ detail: e.detail, target: e.target.tagName }));
  });
  const chooser = new Chooser(page, page.locator("earthcode-platforms"));
  await expect(chooser.status).toHaveText("Best fit: CDSE OpenEO. 1 of 8 platforms meet every must have.");
  await chooser.need("The languages you write", "R");
  await expect(chooser.status).toHaveText("Best fit: CDSE OpenEO. 1 of 8 platforms meet every must have.");
  await expect.poll(() => page.evaluate(() => window.__choices.at(-1))).toMatchObject({
    detail: {
      needs: [{ need: "compatibleWorkflows:OpenEO Process Graphs", must: true }, { need: "supportedLanguages:R", must: true }],
    },
    target: "EARTHCODE-PLATFORMS",
  });
  const last = await page.evaluate(() => window.__choices.at(-1).detail.ranked);
  expect(last[0]).toBe("cdse-openeo");
  expect([...last].sort()).toEqual([...IDS].sort());
  await expect(page).toHaveURL(/\?lang=en&ec-need=compatibleWorkflows:OpenEO%20Process%20Graphs&ec-need=supportedLanguages:R&ec-view=choose$/);
  const result = await new AxeBuilder({ page }).include("earthcode-platforms").withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

// What the real EarthCODE documentation build showed (issue 17, §5).

test('"/" and "k" typed into the element\'s search boxes stay there and do not open the site search', async ({ page }) => {
  const errors = await open(page, "platforms.html");
  const explorer = explorerIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  const siteSearch = page.locator(".VPLocalSearchBox");
  // Outside the element "/" opens the site's search: the shortcut is live.
  await page.locator(".vp-doc h1").click();
  await page.keyboard.press("/");
  await expect(siteSearch).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(siteSearch).toHaveCount(0);

  const catalogSearch = page.locator("earthcode-platforms").getByLabel("Search the catalog");
  for (const box of [explorer.search, catalogSearch]) {
    await box.click();
    await page.keyboard.type("a/b k/");
    await expect(box).toHaveValue("a/b k/");
    await expect(siteSearch).toHaveCount(0);
    // The field's own keys still work: Escape empties a search field.
    await page.keyboard.press("Escape");
    await expect(box).toHaveValue("");
  }
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  expect(errors).toEqual([]);
});

test("the host's heading font reaches the element's headings, its body font the text", async ({ page }) => {
  await open(page, "platforms.html");
  const explorer = explorerIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  const fontOf = (locator) => locator.evaluate((e) => getComputedStyle(e).fontFamily);
  const hostHeading = await fontOf(page.locator(".vp-doc h2").first());
  const hostBody = await fontOf(page.locator(".vp-doc p").first());
  // The test site sets its headings in a font of their own.
  expect(hostHeading).toContain("Georgia");
  expect(hostHeading).not.toBe(hostBody);
  const headings = await page
    .locator("earthcode-platforms")
    .locator("h2, h3")
    .evaluateAll((all) => all.map((h) => getComputedStyle(h).fontFamily));
  expect(headings.length).toBeGreaterThan(8);
  expect([...new Set(headings)]).toEqual([hostHeading]);
  expect(await fontOf(page.locator("earthcode-platforms .card-summary").first())).toBe(hostBody);
});

for (const width of [1440, 375]) {
  test(`in the docs' column at a ${width}px window the search box is in view and works without opening Filters`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, "platforms.html");
    const explorer = explorerIn(page);
    await expect(explorer.status).toHaveText("Showing all 8 platforms");
    const column = await page.locator("earthcode-platforms").evaluate((e) => e.getBoundingClientRect().width);
    // VitePress's content column: ~690px even on a wide screen.
    expect(column).toBeLessThan(width === 1440 ? 760 : 376);
    const toggle = page.locator("earthcode-platforms .filters-toggle");
    await expect(toggle).toBeVisible();
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    await expect(explorer.facet("supportedLanguages", "R")).toBeHidden();
    await expect(explorer.search).toBeVisible();
    await explorer.search.fill("pangeo");
    await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
    await expect(toggle).toHaveAttribute("aria-expanded", "false");
    // The facets are one click away.
    await toggle.click();
    await expect(explorer.facet("supportedLanguages", "R")).toBeVisible();
  });

  test(`in the docs' column at a ${width}px window no platform name breaks inside a word`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await open(page, "platforms.html");
    const explorer = explorerIn(page);
    await explorer.showTables();
    await expect(explorer.status).toHaveText("Showing all 8 platforms");
    for (const table of ["infrastructure", "fair"]) {
      await expect(page.locator(`earthcode-platforms #${table}`)).toBeVisible();
      // Each word of each name: the lines its boxes sit on (two lines = split).
      const words = await page.locator(`earthcode-platforms #${table} tbody th a`).evaluateAll((links) =>
        links.flatMap((link) => {
          const text = link.firstChild;
          const out = [];
          for (const match of text.textContent.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(text, match.index);
            range.setEnd(text, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            out.push({ word: match[0], lines: lines.size });
          }
          return out;
        }),
      );
      expect(words.length).toBeGreaterThan(8);
      expect(words.filter((w) => w.lines !== 1)).toEqual([]);
    }
  });
}

test("by default a narrow element folds its tables behind a disclosure; a wide one shows them", async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await open(page, "platforms.html");
  const explorer = explorerIn(page);
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  const toggle = page.locator("earthcode-platforms").getByRole("button", { name: "Capability tables" });
  const table = page.locator("earthcode-platforms #infrastructure");
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(table).toBeHidden();
  await toggle.click();
  await expect(table).toBeVisible();
  await expect(page.locator("earthcode-platforms #fair")).toBeVisible();
  // The same element made wider than 900px: no fold (container queries).
  await page.locator("earthcode-platforms").evaluate((e) => (e.style.width = "1000px"));
  await expect(toggle).toBeHidden();
  await expect(table).toBeVisible();
});

test('sections="grid" shows the grid and no tables; the attribute changes live; unknown names are reported', async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  const errors = await open(page, "sections.html");
  const element = page.locator("#grid-only");
  const explorer = explorerIn(page, "#grid-only");
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await expect(element.locator(".card")).toHaveCount(8);
  await expect(element.locator("table")).toHaveCount(0);
  await expect(element.locator(".tables-toggle, .catalog-search")).toHaveCount(0);
  // The search box still filters the grid.
  await explorer.search.fill("pangeo");
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");

  await element.evaluate((e) => e.setAttribute("sections", "tables charts"));
  await expect(element.locator("#infrastructure")).toBeVisible();
  await expect(element.locator(".card")).toHaveCount(0);
  // Chosen sections are not folded, even in a narrow column; the state survives.
  await expect(element.locator(".tables-toggle")).toBeHidden();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  await expect.poll(() => warnings.find((w) => w.includes("sections"))).toContain('"charts"');
  expect(errors).toEqual([]);
});

test("relative logo and docs URLs in a site's platforms.json resolve against that file; absolute ones stay", async ({ page }) => {
  // The site's address in this project (vitepress build or dev).
  const DOCS = test.info().project.use.baseURL;
  const errors = await open(page, "sections.html");
  const element = page.locator("#local");
  await expect(explorerIn(page, "#local").status).toHaveText("Showing all 2 platforms");
  const logo = element.locator(".card[data-platform=local-lab] .logo img");
  await expect(logo).toHaveAttribute("src", `${DOCS}local/logos/local-lab.svg`);
  // The site's own file, loaded from the site (the logo loads lazily: bring it into view).
  await logo.scrollIntoViewIfNeeded();
  await expect.poll(() => logo.evaluate((img) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const docs = (id) => element.locator(`.card[data-platform=${id}] .card-links a`, { hasText: "Docs" });
  await expect(docs("local-lab")).toHaveAttribute("href", `${DOCS}getting-started`);
  await expect(docs("far-lab")).toHaveAttribute("href", new URL("/documentation/plain", DOCS).href);
  // A fact's link in the tables, relative to the file too.
  await expect(element.locator("table a", { hasText: "Lab viewer" }).first()).toHaveAttribute("href", `${DOCS}local/viewer/`);
  // An absolute logo stays absolute (the internet is blocked here: initials).
  await expect(element.locator(".card[data-platform=far-lab] .initials")).toHaveText("FL");
  expect(errors).toEqual([]);
});
