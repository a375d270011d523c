// Bad data does not take the page down: valid platforms show, problems are named.
import { test, expect } from "@playwright/test";
import { ExplorerPage } from "./pages/explorer.mjs";

const good = {
  id: "good",
  name: "Good Platform",
  dataAccess: ["Sentinel-2"],
  hardwareServices: [],
  compatibleWorkflows: [],
  developmentTools: [],
  supportedLanguages: ["Python"],
  visualisationTools: [],
  producedWorkflowType: [],
  accessUrl: "javascript:alert(1)",
};

test("one bad platform does not hide the valid ones, and the problem is named", async ({ page }) => {
  const { name, ...missingName } = { ...good, id: "broken" };
  expect(name).toBeTruthy();
  await page.route("**/platforms.json", (route) =>
    route.fulfill({ json: { platforms: [good, missingName, { ...good, id: "good" }] } }),
  );
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(explorer.status).toHaveText("Showing all 1 platform");
  const notice = page.locator(".data-issues");
  await expect(notice.locator("summary")).toHaveText(
    "The platform list has 3 problems; 2 entries could not be shown.",
  );
  await notice.locator("summary").click();
  await expect(notice.locator("li")).toHaveText([
    'platform "good": field "accessUrl" must be an http(s) or relative URL (ignored)',
    'platform "broken": field "name" is missing (platform not shown)',
    'platform "good": field "id" repeats an earlier platform\'s id (platform not shown)',
  ]);
  await expect(page.locator(".card[data-platform=good]").getByRole("link", { name: "Open platform" })).toHaveCount(0);
});

test("an unusable file shows a clear error, and Retry loads it once it is fixed", async ({ page }) => {
  let broken = true;
  let release;
  let requests = 0;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/platforms.json", async (route) => {
    requests++;
    if (broken) return route.fulfill({ body: "{ not json", contentType: "application/json" });
    await held;
    return route.fallback();
  });
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  const error = page.getByRole("alert");
  await expect(error).toContainText("The platform list could not be loaded");
  await expect(error).toContainText("is not valid JSON");
  broken = false;
  await error.getByRole("button", { name: "Retry" }).click();
  // Until the answer comes, the button says so, and a second click asks nothing more.
  const retrying = error.getByRole("button", { name: "Retrying…" });
  await expect(retrying).toHaveAttribute("aria-disabled", "true");
  await retrying.click({ force: true });
  release();
  await expect(explorer.status).toHaveText("Showing all 8 platforms");
  expect(requests).toBe(2);
});

test("an HTTP error names the status", async ({ page }) => {
  await page.route("**/platforms.json", (route) => route.fulfill({ status: 503, body: "down" }));
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(page.getByRole("alert")).toContainText("answered with HTTP status 503");
});

test("config.json decides where the platform list comes from, relative to the page", async ({ page }) => {
  await page.route("**/config.json", (route) => route.fulfill({ json: { platformsUrl: "data/list.json" } }));
  await page.route("**/data/list.json", (route) => route.fulfill({ json: { platforms: [good] } }));
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await expect(explorer.status).toHaveText("Showing all 1 platform");
  await expect(page.locator("#card-good")).toHaveText("Good Platform");
});

test("text from the data is shown as text, never as HTML", async ({ page }) => {
  const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
  await page.route("**/platforms.json", (route) =>
    route.fulfill({ json: { platforms: [{ ...good, name: payload, description: payload, accessUrl: undefined }] } }),
  );
  const explorer = new ExplorerPage(page);
  await explorer.goto("?platform=good");
  await expect(explorer.detailHeading).toHaveText(payload);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  await expect(page.locator("article.detail img[src=x]")).toHaveCount(0);
});
