// Compare 2–3 platforms side by side; the selection is a shareable link.
import { test, expect } from "@playwright/test";
import { ExplorerPage, addressBar, downloadText, visibleTable } from "./pages/explorer.mjs";
import { parseCsv } from "./pages/csv.mjs";
import { withoutSnapshot } from "./pages/catalog.mjs";

const ASPECTS = [
  "status", "dataAccess", "hardwareServices", "compatibleWorkflows", "features", "developmentTools", "supportedLanguages",
  "visualisationTools", "producedWorkflowType", "access", "accessUrl", "homepageUrl", "docsUrl", "support", "publishing", "sources",
];

async function differingRows(page) {
  return page.locator("#comparison tbody tr.differs").evaluateAll((rows) => rows.map((r) => r.dataset.aspect));
}

test("pick three platforms from cards and rows, compare, share the link", async ({ page, context }) => {
  // No catalog at all: the comparison has no published-records row.
  await withoutSnapshot(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await page.locator(".card[data-platform=deepesdl] input[data-compare]").check();
  await page.locator("#infrastructure tr[data-platform=cdse-openeo] input[data-compare]").check();
  await page.getByRole("checkbox", { name: "Compare Euro Data Cube" }).first().check();
  const tray = page.getByRole("region", { name: "Platforms picked for comparison" });
  await expect(tray).toContainText("3 of 3 picked: DeepESDL, CDSE OpenEO, Euro Data Cube");
  await expect(page.locator(".card[data-platform=pangeo-edc] input[data-compare]")).toBeDisabled();
  await expect(page.locator("#fair tr[data-platform=cdse-openeo] input[data-compare]")).toBeChecked();

  await tray.getByRole("button", { name: "Compare" }).click();
  await expect(page.locator("#comparison-heading")).toBeFocused();
  const url = await addressBar(page);
  expect(new URL(url).search).toBe("?compare=deepesdl&compare=cdse-openeo&compare=edc-eoxhub&view=compare");
  await expect(page.locator("#comparison thead th")).toHaveText([
    "Capability", "DeepESDL×", "CDSE OpenEO×", "Euro Data Cube×",
  ]);
  await expect(page.locator("#comparison tbody tr")).toHaveCount(ASPECTS.length);
  expect(await differingRows(page)).toEqual(ASPECTS.filter((a) => a !== "hardwareServices"));
  await expect(page.locator("#comparison tr[data-aspect=hardwareServices] .differs-tag")).toHaveCount(0);

  const everyRow = await visibleTable(page, "#comparison");
  await page.getByLabel("Only show differences").check();
  await expect(page.locator("#comparison tr[data-aspect=hardwareServices]")).toBeHidden();
  await expect(page.locator("#comparison tr[data-aspect=dataAccess]")).toBeVisible();

  const shared = new ExplorerPage(await context.newPage());
  await withoutSnapshot(shared.page);
  await shared.page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  await shared.page.goto(url);
  await shared.live();
  await expect(shared.page.locator("#comparison thead th[data-platform]")).toHaveCount(3);
  expect(await visibleTable(shared.page, "#comparison")).toEqual(everyRow);
});

test("identical platforms differ only where they do", async ({ page }) => {
  await withoutSnapshot(page);
  const explorer = new ExplorerPage(page);
  await explorer.goto("?compare=edc-eoxhub&compare=cocalc-edc&compare=polar-tep-edc&view=compare");
  await expect(page.locator("#comparison tbody tr")).toHaveCount(ASPECTS.length);
  expect(await differingRows(page)).toEqual(["access", "accessUrl", "homepageUrl", "docsUrl", "sources"]);
  await page.getByRole("button", { name: "Remove CoCalc from the comparison" }).click();
  await expect(page.locator("#comparison thead th[data-platform]")).toHaveCount(2);
  await page.getByRole("button", { name: "Remove Polar TEP from the comparison" }).click();
  await expect(page.locator(".comparison .notice")).toContainText("Pick at least two platforms");
  await page.getByRole("button", { name: "All platforms" }).click();
  await expect(explorer.status).toBeVisible();
  await expect(page.getByRole("region", { name: "Platforms picked for comparison" })).toContainText("1 of 3 picked");
});

test("the comparison CSV holds exactly what the comparison shows", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?compare=pangeo-edc&compare=deepesdl&view=compare");
  const [name, text] = await downloadText(page, page.getByRole("button", { name: "Download comparison (CSV)" }));
  expect(name).toBe("earthcode-platforms-comparison.csv");
  const records = parseCsv(text);
  const shown = await visibleTable(page, "#comparison");
  const differs = await page.locator("#comparison tbody tr").evaluateAll((rows) =>
    rows.map((r) => (r.classList.contains("differs") ? "yes" : "no")),
  );
  expect(records[0]).toEqual(["Capability", "Pangeo stack on EDC", "DeepESDL", "Differs"]);
  expect(records.slice(1)).toEqual(shown.slice(1).map((row, i) => [...row, differs[i]]));
});

test("the comparison shows status, access and dated sources, and marks old facts", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?compare=cocalc-edc&compare=insula&view=compare");
  const row = (aspect) => page.locator(`#comparison tr[data-aspect=${aspect}] td`);
  await expect(row("status")).toHaveText(["Documentation in progress", "Listed, not yet documented"]);
  await expect(row("access")).toHaveText(["Own payment, NoR sponsorship", "NoR sponsorship"]);
  await expect(row("hardwareServices")).toHaveText(["GPU possibly outdated", "not documented"]);
  await expect(row("sources").nth(1)).toContainText("EarthCODE portal: list of integrated platforms, checked 2026-11-28");
});
