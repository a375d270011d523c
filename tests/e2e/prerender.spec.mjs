// The grid, both tables and the prose are in index.html as served
// (src/bin/prerender.rs), readable without WASM; the app then takes over
// with the same layout: no layout shift.
import { test, expect } from "@playwright/test";
import { ExplorerPage, addressBar, IDS } from "./pages/explorer.mjs";
import { PORTS } from "./pages/servers.mjs";
import { Chooser } from "./pages/chooser.mjs";

const blockInternet = (page) => page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());

/** Holds the WASM download until the returned function is called. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Sums every layout shift into `window.__shift`. */
function watchShift(page) {
  return page.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** Text and boxes of what both the static and the live page show. */
function snapshot(page) {
  return page.evaluate(() => {
    const box = (e) => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    };
    const parts = [...document.querySelectorAll(".card, #infrastructure, #fair, .page-header, .sidebar")];
    return parts.map((e) => ({ text: e.innerText, box: box(e) }));
  });
}

test("without JavaScript the page still shows every platform in the grid and both tables", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await blockInternet(page);
  await page.goto("./");
  await expect(page.locator("h1")).toHaveText("Working with Platforms");
  await expect(page.locator(".card")).toHaveCount(8);
  for (const table of ["infrastructure", "fair"]) {
    expect(await page.locator(`#${table} tbody tr`).evaluateAll((rows) => rows.map((r) => r.dataset.platform))).toEqual(IDS);
  }
  await expect(page.locator(".card").first()).toBeVisible();
  await expect(page.locator(".result-count")).toHaveText("Showing all 8 platforms");
  await context.close();
});

test("the prerendered cards are visible before the WASM has even arrived", async ({ page }) => {
  await blockInternet(page);
  const release = await holdWasm(page);
  await page.goto("./", { waitUntil: "domcontentloaded" });
  await expect(page.locator(".card[data-platform=deepesdl]")).toBeVisible();
  await expect(page.locator("[data-prerendered]")).toHaveCount(1);
  release();
  await new ExplorerPage(page).live();
  await expect(page.locator(".card")).toHaveCount(8);
});

test("the app takes over with the same text and layout, and no layout shift", async ({ page }) => {
  await watchShift(page);
  await blockInternet(page);
  // Logos load (a drawing of our own), so the static and the live page show the same.
  const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"><rect width="120" height="60" fill="#3a7"/></svg>`;
  await page.route(/\/platform_logos\/|\/img\/Insula_logo\.png$|\/logo-geohazard-by-terradue\.png$/, (route) =>
    route.fulfill({ contentType: "image/svg+xml", body: logo }),
  );
  const release = await holdWasm(page);
  await page.goto("./");
  await expect(page.locator("[data-prerendered]")).toHaveCount(1);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const before = await snapshot(page);
  release();
  const explorer = new ExplorerPage(page);
  await explorer.live();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  expect(await snapshot(page)).toEqual(before);
  expect(before.length).toBe(12);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
  // And the live page works.
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
});

/** Records, every animation frame, how many cards are shown and whether a loading message is. */
function watchFrames(page) {
  return page.addInitScript(() => {
    window.__frames = [];
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__shift += entry.value;
    }).observe({ type: "layout-shift", buffered: true });
    const shown = (e) => e.getClientRects().length > 0 && !e.closest("[hidden]");
    const frame = () => {
      const cards = [...document.querySelectorAll(".card")].filter(shown).length;
      const loading = [...document.querySelectorAll(".loading")].filter(shown).map((e) => e.textContent);
      window.__frames.push({ cards, loading });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}

test("the take-over does not wait for the catalog: every frame shows the platforms, and failing logos shift nothing", async ({ page }) => {
  // The viewport of Lighthouse's desktop run; the logos' host is unreachable.
  await page.setViewportSize({ width: 1350, height: 940 });
  await watchFrames(page);
  await blockInternet(page);
  const origin = `http://127.0.0.1:${PORTS.app}`;
  // As deployed: with the build's catalog snapshot (the test build has one).
  await page.route("**/config.json", (route) =>
    route.fulfill({
      json: { stacApiUrl: `${origin}/held/stac`, staticCatalogUrl: `${origin}/held/catalog.json`, catalogSnapshotUrl: "catalog-snapshot.json" },
    }),
  );
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/held/**", async (route) => {
    await held;
    await route.fulfill({ status: 503, body: "unavailable" });
  });
  await page.goto("./");
  const explorer = new ExplorerPage(page);
  await explorer.live();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  // The catalog has not answered, and the live page is complete: its record
  // counts are the snapshot's, as in the prerendered copy.
  await expect(page.locator(".card .initials")).toHaveCount(8);
  await expect(page.locator(".card[data-platform=deepesdl] .record-count")).toHaveText(/^\d+ published records?$/);
  await addressBar(page); // two more frames, so the frames below include the live page
  // From the first painted card on, every frame showed all eight and no loading message.
  const frames = await page.evaluate(() => window.__frames);
  const painted = frames.slice(frames.findIndex((f) => f.cards > 0));
  expect(painted.length).toBeGreaterThan(5);
  expect(painted.filter((f) => f.cards !== 8 || f.loading.length > 0)).toEqual([]);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
  // And it works before the catalog answers.
  await explorer.facet("hardwareServices", "Dask Gateway").check();
  await expect(explorer.status).toHaveText("Showing 1 of 8 platforms");
  release();
});

// Issue #16: the first paint waited for the stylesheet, which waited behind the WASM that
// trunk's preload asked for at the same time. The stylesheet now comes first and the boot
// script asks for the WASM once the stylesheet is in.
test("the stylesheet is asked for first, and the WASM only after it has arrived", async ({ page }) => {
  await blockInternet(page);
  const html = await (await page.request.get("./")).text();
  const head = html.slice(0, html.indexOf("</head>"));
  const stylesheet = head.search(/<link rel="stylesheet"/);
  expect(stylesheet).toBeGreaterThan(0);
  for (const later of [/<link rel="preload"/, /<link rel="modulepreload"/, /<script/]) expect(head.search(later)).toBeGreaterThan(stylesheet);
  expect(head).not.toMatch(/<link rel="preload"[^>]*\.wasm/);
  const order = [];
  page.on("request", (r) => order.push(["request", new URL(r.url()).pathname]));
  page.on("requestfinished", (r) => order.push(["finished", new URL(r.url()).pathname]));
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const at = (kind, ending) => order.findIndex(([k, path]) => k === kind && path.endsWith(ending));
  expect(at("request", ".css")).toBeGreaterThanOrEqual(0);
  expect(at("request", ".wasm")).toBeGreaterThan(at("finished", ".css"));
});

test("the footer shows Cargo.toml's version, prerendered and live, the same as the element's version property", async ({ browser }) => {
  const { readFileSync } = await import("node:fs");
  const version = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8").match(/^version = "([^"]+)"/m)?.[1];
  expect(version).toMatch(/^\d+\.\d+\.\d+/);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const still = await context.newPage();
  await blockInternet(still);
  await still.goto("./");
  await expect(still.locator("footer.page-footer")).toHaveText(`EarthCODE Platform Explorer ${version}`);
  await context.close();

  const page = await browser.newPage();
  await blockInternet(page);
  await page.goto("./");
  // Taken over: the static copy is gone, the live page's footer says the same.
  await expect(page.locator("[data-prerendered]")).toHaveCount(0);
  await expect(page.locator("[data-live-holder] footer.page-footer")).toHaveText(`EarthCODE Platform Explorer ${version}`);
  const elementVersion = await page.evaluate(async () => (await import("./earthcode-platforms.js")).version);
  expect(elementVersion).toBe(version);
  await page.close();
});

test("link previews: a description, Open Graph and Twitter card tags, and a 1200 × 630 image that loads", async ({ page, request }) => {
  await blockInternet(page);
  await page.goto("./");
  const meta = (selector) => page.locator(`head meta[${selector}]`).getAttribute("content");
  expect(await meta('name="description"')).toMatch(/EarthCODE/);
  expect(await meta('property="og:title"')).toBe("EarthCODE Platform Explorer");
  expect(await meta('property="og:description"')).toMatch(/Earth-observation/);
  expect(await meta('name="twitter:card"')).toBe("summary_large_image");
  const image = await meta('property="og:image"');
  expect(await meta('name="twitter:image"')).toBe(image);
  const response = await request.get(new URL(image, page.url()).href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/image\/png/);
  const png = await response.body();
  // The PNG header's width and height.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("a chooser link shows the chooser's empty form before (or without) the WASM, then the app takes over in place", async ({ page }) => {
  await watchShift(page);
  await blockInternet(page);
  const release = await holdWasm(page);
  const chooser = new Chooser(page);
  await page.goto("./?need=supportedLanguages:R&view=choose", { waitUntil: "domcontentloaded" });
  await expect(page.locator("[data-prerendered]")).toHaveCount(1);
  await expect(chooser.heading).toBeVisible();
  await expect(chooser.group("The languages you write").getByRole("checkbox", { name: "R", exact: true })).toBeVisible();
  await expect(chooser.group("How you will pay")).toBeVisible();
  await expect(page.locator(".card").first()).toBeHidden();
  const form = await page.locator("section.chooser form.needs").evaluate((f) => f.getBoundingClientRect().y);
  release();
  await new ExplorerPage(page).live();
  // The live chooser, in the same place, with the link's need ticked and the ranking.
  await expect(chooser.section).toHaveCount(1);
  await expect(chooser.status).toHaveText("Best fit: CDSE OpenEO. 1 of 8 platforms meet every must have.");
  await expect(chooser.group("The languages you write").getByRole("checkbox", { name: "R", exact: true })).toBeChecked();
  expect(await page.locator("section.chooser form.needs").evaluate((f) => f.getBoundingClientRect().y)).toBe(form);
  expect(await page.evaluate(() => window.__shift)).toBe(0);
});

test("without the WASM, only a chooser link shows the chooser's form; detail links and plain links show the platforms", async ({ page }) => {
  await blockInternet(page);
  await page.route(/_bg\.wasm$/, (route) => route.abort());
  const chooser = new Chooser(page);
  await page.goto("./?view=choose");
  await expect(chooser.heading).toBeVisible();
  await expect(page.getByRole("group")).toHaveCount(8);
  await expect(page.locator(".card").first()).toBeHidden();
  for (const address of ["./", "./?view=choose&platform=deepesdl", "./?view=compare"]) {
    await page.goto(address);
    await expect(page.locator(".card").first()).toBeVisible();
    await expect(chooser.heading).toBeHidden();
  }
});
