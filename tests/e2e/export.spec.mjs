// Exports carry exactly what the tables show, in the same order; print is clean.
import { test, expect } from "@playwright/test";
import { ExplorerPage, downloadText, visibleTable } from "./pages/explorer.mjs";
import { parseCsv } from "./pages/csv.mjs";

for (const table of ["infrastructure", "fair"]) {
  test(`the ${table} CSV matches the filtered, sorted table`, async ({ page }) => {
    const explorer = new ExplorerPage(page);
    await explorer.goto(`?hardwareServices=GPU&${table}Sort=platform:desc`);
    await expect(page.locator(`#${table} tbody tr:not([hidden])`)).toHaveCount(6);
    await explorer.facet("supportedLanguages", "Python").check();
    await expect(page.locator(`#${table} tbody tr:not([hidden])`)).toHaveCount(6);
    // "CDSE Jupyter Notebooks" (a feature) matches too.
    await explorer.search.fill("jupyter notebooks");
    await expect(page.locator(`#${table} tbody tr:not([hidden])`)).toHaveCount(6);
    const tools = page.locator(`.table-tools[data-table=${table}]`);
    const [name, text] = await downloadText(page, tools.locator("[data-export=csv]"));
    expect(name).toBe(`earthcode-platforms-${table}.csv`);
    expect(text.endsWith("\r\n")).toBe(true);
    const records = parseCsv(text);
    expect(records).toEqual(await visibleTable(page, `#${table}`));
    expect(records.length).toBe(7);
  });
}

test("the JSON export is the platforms.json subset in table order", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto("?supportedLanguages=Python&fairSort=supportedLanguages:desc");
  const order = await explorer.rowIds("fair");
  const [name, text] = await downloadText(page, page.locator(".table-tools[data-table=fair] [data-export=json]"));
  expect(name).toBe("earthcode-platforms-fair.json");
  const exported = JSON.parse(text);
  expect(exported.platforms.map((p) => p.id)).toEqual(order);
  const original = await (await page.request.get("platforms.json")).json();
  for (const platform of exported.platforms) {
    const source = original.platforms.find((p) => p.id === platform.id);
    const { $schema, ...rest } = source;
    expect(platform).toEqual(rest);
  }
});

test("printing shows the tables without the sidebar or controls", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".sidebar-wrap")).toBeHidden();
  await expect(page.locator(".table-tools").first()).toBeHidden();
  await expect(page.locator(".compare-toggle").first()).toBeHidden();
  await expect(page.locator("#infrastructure")).toBeVisible();
  await expect(page.locator("#fair")).toBeVisible();
  const pdf = await page.pdf({ format: "A4" });
  expect(pdf.length).toBeGreaterThan(1000);
});
