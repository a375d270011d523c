// Bad-input corpus, part 1: platforms.json. Each case serves a hostile or
// broken file and asserts the exact outcome: what is shown, what is named,
// and that nothing runs (see pages/guard.mjs).
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { ExplorerPage } from "./pages/explorer.mjs";
import { guard, PAYLOADS } from "./pages/guard.mjs";

const real = JSON.parse(readFileSync(new URL("../../public/platforms.json", import.meta.url), "utf8"));
const FACTS = ["dataAccess", "hardwareServices", "compatibleWorkflows", "features", "developmentTools", "supportedLanguages",
  "visualisationTools", "producedWorkflowType"];
const REAL = real.platforms.length;
/** The page's date (UTC), as the app reads it to date sources. */
const TODAY = new Date().toISOString().slice(0, 10);

/** The real platforms plus `extra`, a copy of DeepESDL changed by `change`. */
function withExtra(change) {
  const extra = structuredClone(real.platforms[0]);
  extra.id = "extra";
  extra.name = "Extra Platform";
  change(extra);
  return { platforms: [...real.platforms, extra] };
}

const fileCases = [
  ["not JSON", "{ this is not json", "the platform list is not valid JSON"],
  ["empty", "", "the platform list is not valid JSON (the file is empty)"],
  ["only whitespace", "   \n ", "the platform list is not valid JSON (the file is empty)"],
  ["a list at the top", "[]", "the platform list has the wrong shape: the top level must be an object"],
  ["a string at the top", '"platforms"', "the platform list has the wrong shape: the top level must be an object"],
  ["a number at the top", "42", "the platform list has the wrong shape: the top level must be an object"],
  ["null at the top", "null", "the platform list has the wrong shape: the top level must be an object"],
  ["no platforms field", '{"items": []}', 'the platform list has the wrong shape: the field "platforms" is missing'],
  ["platforms not a list", '{"platforms": {"a": 1}}', 'the platform list has the wrong shape: "platforms" must be a list'],
  ["truncated", JSON.stringify(real).slice(0, 500), "the platform list is not valid JSON"],
];

for (const [name, body, message] of fileCases) {
  test(`platforms.json ${name}: a clear error and Retry`, async ({ page }) => {
    const watch = guard(page);
    await page.route("**/platforms.json", (route) => route.fulfill({ body, contentType: "application/json" }));
    await new ExplorerPage(page).goto();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("The platform list could not be loaded");
    await expect(alert).toContainText(message);
    await expect(alert.getByRole("button", { name: "Retry" })).toBeVisible();
    await watch.check();
  });
}

test("platforms.json of 10 MB is refused with a clear error", async ({ page }) => {
  const watch = guard(page);
  const body = JSON.stringify({ ...real, padding: "x".repeat(10 * 1024 * 1024) });
  await page.route("**/platforms.json", (route) => route.fulfill({ body, contentType: "application/json" }));
  await new ExplorerPage(page).goto();
  await expect(page.getByRole("alert")).toContainText("the file is larger than 8 MiB");
  await watch.check();
});

/** [case, change to the extra platform, the exact problems listed, is the extra shown] */
const POSITION = `#${REAL + 1}`;
const platformCases = [
  ...["id", "name"].map((field) => [
    `missing ${field}`,
    (p) => delete p[field],
    [`platform ${field === "id" ? POSITION : '"extra"'}: field "${field}" is missing (platform not shown)`],
    false,
  ]),
  ["a numeric name", (p) => (p.name = 42), ['platform "extra": field "name" must be a string, found a number (platform not shown)'], false],
  ["a numeric id", (p) => (p.id = 7), [`platform ${POSITION}: field "id" must be a string, found a number (platform not shown)`], false],
  ["an id with spaces", (p) => (p.id = "Bad Id"), [`platform ${POSITION}: field "id" must be 1–64 lower-case letters, digits or hyphens (platform not shown)`], false],
  ["a fact list as a string", (p) => (p.dataAccess = "Sentinel-2"), ['platform "extra": field "dataAccess" must be a list, found a string (ignored)'], true],
  ["a fact list as an object", (p) => (p.supportedLanguages = { a: 1 }), ['platform "extra": field "supportedLanguages" must be a list, found an object (ignored)'], true],
  ["a source without a date", (p) => delete p.sources[0].checked, ['platform "extra": field "sources[0].checked" is missing: a source needs the date it was checked (ignored)'], true],
  ["a source dated in the future", (p) => (p.sources[0].checked = "2999-01-01"), [`platform "extra": field "sources[0].checked" is in the future (2999-01-01, today is ${TODAY}) (ignored)`], true],
  ["a source date that is not a date", (p) => (p.sources[0].checked = "last week"), ['platform "extra": field "sources[0].checked" must be a date YYYY-MM-DD (ignored)'], true],
  ["covers naming no field", (p) => (p.sources[0].covers = ["name", "colour"]), ['platform "extra": field "sources[0].covers[1]" names no field of a platform (ignored)'], true],
  ["a relative source url", (p) => (p.sources[0].url = "/about"), ['platform "extra": field "sources[0].url" must be an absolute http(s) URL (ignored)'], true],
  ["an unknown access model", (p) => (p.access.models = ["own-payment", "barter"]), ['platform "extra": field "access.models[1]" must be one of own-payment, nor-sponsorship, free-tier, credits (ignored)'], true],
  ["an unknown status", (p) => (p.status = "finished"), ['platform "extra": field "status" must be one of documented, documentation-in-progress, listed (ignored)'], true],
  ["an e-mail that is not plain", (p) => (p.support.email = "x@y.org?subject=hi"), ['platform "extra": field "support.email" must be an e-mail address (name@host) (ignored)'], true],
  ["publishing without its tool", (p) => delete p.publishing.tool, ['platform "extra": field "publishing.tool" is missing or empty (ignored)'], true],
  ["a number in a fact list", (p) => p.hardwareServices.push(5), ['platform "extra": field "hardwareServices[1]" must be a non-empty string or an object, found a number (ignored)'], true],
  ["a description as a list", (p) => (p.description = ["x"]), ['platform "extra": field "description" must be a string, found a list (ignored)'], true],
  ["a numeric logoUrl", (p) => (p.logoUrl = 3), ['platform "extra": field "logoUrl" must be a string, found a number (ignored)'], true],
  ["links as an object", (p) => (p.links = { label: "x" }), ['platform "extra": field "links" must be a list, found an object (ignored)'], true],
  ["a duplicate id", (p) => (p.id = "deepesdl"), ['platform "deepesdl": field "id" repeats an earlier platform\'s id (platform not shown)'], false],
  ["the platform a string", null, [`platform ${POSITION}: field "(platform)" must be an object, found a string (platform not shown)`], false],
];

for (const scheme of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)"]) {
  const label = scheme.split(":")[0];
  for (const field of ["logoUrl", "docsUrl", "accessUrl", "homepageUrl"]) {
    platformCases.push([`a ${label}: ${field}`, (p) => (p[field] = scheme),
      [`platform "extra": field "${field}" must be an http(s) or relative URL (ignored)`], true]);
  }
  platformCases.push([`a ${label}: fact url`, (p) => (p.visualisationTools[0] = { name: "viewer", url: scheme }),
    ['platform "extra": field "visualisationTools[0].url" must be an http(s) or relative URL (ignored)'], true]);
  platformCases.push([`a ${label}: link url`, (p) => (p.links[0] = { label: "NoR", url: scheme }),
    ['platform "extra": field "links[0]" must have an http(s) or relative URL (ignored)'], true]);
  platformCases.push([`a ${label}: price list url`, (p) => (p.access.priceListUrl = scheme),
    ['platform "extra": field "access.priceListUrl" must be an http(s) or relative URL (ignored)'], true]);
  platformCases.push([`a ${label}: source url`, (p) => (p.sources[1].url = scheme),
    ['platform "extra": field "sources[1].url" must be an absolute http(s) URL (ignored)'], true]);
}

for (const [name, change, problems, shown] of platformCases) {
  test(`a platform with ${name}: ${shown ? "shown without the bad part" : "left out"}, the rest loads`, async ({ page }) => {
    const watch = guard(page);
    const data = change ? withExtra(change) : { platforms: [...real.platforms, "oops"] };
    await page.route("**/platforms.json", (route) => route.fulfill({ json: data }));
    const explorer = new ExplorerPage(page);
    await explorer.goto();
    const total = shown ? REAL + 1 : REAL;
    await expect(explorer.status).toHaveText(`Showing all ${total} platforms`);
    const notice = page.locator(".data-issues");
    await notice.locator("summary").click();
    await expect(notice.locator("li")).toHaveText(problems);
    for (const id of real.platforms.map((p) => p.id)) await expect(page.locator(`#card-${id}`)).toBeVisible();
    await explorer.facet("supportedLanguages", "R").check();
    expect(await explorer.visibleCards()).toEqual(["cdse-openeo"]);
    await watch.check();
  });
}

test("100,000-character strings are cut to 2,000 and the layout holds", async ({ page }) => {
  const watch = guard(page);
  const long = "Ω".repeat(100_000);
  await page.route("**/platforms.json", (route) =>
    route.fulfill({ json: withExtra((p) => { p.name = long; p.description = long; p.dataAccess = [long]; }) }),
  );
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(explorer.status).toHaveText(`Showing all ${REAL + 1} platforms`);
  expect((await page.locator("#card-extra").textContent()).length).toBe(2000);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await watch.check();
});

test("right-to-left, emoji and combining text are shown exactly", async ({ page }) => {
  const watch = guard(page);
  const name = "مرحبا 🛰️ Ångström e\u0301 ✓";
  await page.route("**/platforms.json", (route) =>
    route.fulfill({ json: withExtra((p) => { p.name = name; p.supportedLanguages = ["עברית", "Python 🐍"]; }) }),
  );
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(page.locator("#card-extra")).toHaveText(name);
  await expect(explorer.facetCount("supportedLanguages", "Python")).toHaveText("7");
  await explorer.facet("supportedLanguages", "עברית").check();
  expect(await explorer.visibleCards()).toEqual(["extra"]);
  await watch.check();
});

PAYLOADS.forEach((payload, n) => {
  test(`HTML payload ${n + 1} in every string field is shown as text`, async ({ page }) => {
    const watch = guard(page);
    const data = withExtra((p) => {
      p.name = payload;
      p.description = payload;
      p.via = payload;
      for (const fact of FACTS) p[fact] = [payload];
      p.links = [{ label: payload, url: "https://example.org/" }];
      p.access.note = payload;
      p.publishing = { tool: payload, note: payload };
      p.sources[0].title = payload;
    });
    await page.route("**/platforms.json", (route) => route.fulfill({ json: data }));
    const explorer = new ExplorerPage(page);
    await explorer.goto("?platform=extra");
    await expect(explorer.detailHeading).toHaveText(payload);
    await expect(page.locator(".detail .description")).toHaveText(payload);
    await expect(page.locator(".detail dd[data-facet=dataAccess] li")).toHaveText([payload]);
    await expect(page.locator(".detail [data-part=access] p")).toHaveText(payload);
    await expect(page.locator(".detail [data-part=publishing] strong")).toHaveText(payload);
    await expect(page.locator(".detail .sources li").first().locator("a")).toHaveText(payload);
    await expect(page.locator("article.detail :is(h2, .description, .detail-facts, .detail-links, .detail-part) :is(img, script, iframe, svg)")).toHaveCount(0);
    await page.getByRole("button", { name: "All platforms" }).click();
    await expect(page.locator("#fair tr[data-platform=extra] td[data-column=supportedLanguages]")).toHaveText(payload);
    await watch.check();
  });
});

test("a platform without fact lists is shown, each kind 'not documented'", async ({ page }) => {
  const watch = guard(page);
  await page.route("**/platforms.json", (route) => route.fulfill({ json: withExtra((p) => { for (const fact of FACTS) delete p[fact]; }) }));
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(explorer.status).toHaveText(`Showing all ${REAL + 1} platforms`);
  await expect(page.locator(".data-issues")).toHaveCount(0);
  await expect(page.locator(".card[data-platform=extra] [data-summary=features] dd")).toHaveText("not documented");
  await expect(page.locator("#fair tr[data-platform=extra] td[data-column=supportedLanguages]")).toHaveText("not documented");
  await explorer.facet("supportedLanguages", "Python").check();
  expect(await explorer.visibleCards()).not.toContain("extra");
  await watch.check();
});

test("a logo that 404s becomes an initials badge", async ({ page }) => {
  const watch = guard(page);
  await page.route("**/platforms.json", (route) => route.fulfill({ json: withExtra((p) => (p.logoUrl = "/no-such-logo.png")) }));
  await new ExplorerPage(page).goto();
  await expect(page.locator(".card[data-platform=extra] .initials")).toHaveText("EP");
  await watch.check();
});
