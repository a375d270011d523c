// Every column of both tables sorts ascending, descending, then back to the file's order.
import { test, expect } from "@playwright/test";
import { ExplorerPage, IDS, compareLists } from "./pages/explorer.mjs";

const TABLES = {
  infrastructure: ["platform", "dataAccess", "hardwareServices", "compatibleWorkflows", "features"],
  fair: ["platform", "developmentTools", "supportedLanguages", "visualisationTools", "producedWorkflowType"],
};

/** Sorted by `direction`, empty ("not documented") last either way, ties in file order (stability). */
function expectSorted(lists, ids, direction) {
  for (let i = 1; i < lists.length; i++) {
    const [a, b] = [lists[i - 1], lists[i]];
    const order = a.length === 0 || b.length === 0
      ? (a.length === 0) - (b.length === 0)
      : compareLists(a, b) * (direction === "ascending" ? 1 : -1);
    expect(order, `${JSON.stringify(lists[i - 1])} before ${JSON.stringify(lists[i])}`).toBeLessThanOrEqual(0);
    if (order === 0) expect(IDS.indexOf(ids[i - 1])).toBeLessThan(IDS.indexOf(ids[i]));
  }
}

for (const [table, columns] of Object.entries(TABLES)) {
  for (const column of columns) {
    test(`${table} table sorts by ${column} both ways`, async ({ page }) => {
      const explorer = new ExplorerPage(page);
      await explorer.goto();
      for (const direction of ["ascending", "descending"]) {
        await explorer.sortButton(table, column).click();
        await expect(explorer.header(table, column)).toHaveAttribute("aria-sort", direction);
        await expect(page.locator(`#${table} th[aria-sort]`)).toHaveCount(1);
        expectSorted(await explorer.cellLists(table, column), await explorer.rowIds(table), direction);
      }
      await explorer.sortButton(table, column).click();
      await expect(page.locator(`#${table} th[aria-sort]`)).toHaveCount(0);
      expect(await explorer.rowIds(table)).toEqual(IDS);
    });
  }
}

test("sorting by name gives the known order and the other table keeps its own", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  await explorer.sortButton("fair", "platform").click();
  expect(await explorer.rowIds("fair")).toEqual([
    "cdse-openeo", "cocalc-edc", "deepesdl", "edc-eoxhub", "geohazards-tep", "insula", "pangeo-edc", "polar-tep-edc",
  ]);
  expect(await explorer.rowIds("infrastructure")).toEqual(IDS);
  expect(await explorer.query()).toBe("?fairSort=platform:asc");
});

test("a table cell reads as the documentation writes it when copied: facts separated by ', '", async ({ page }) => {
  const explorer = new ExplorerPage(page);
  await explorer.goto();
  for (const id of ["insula", "geohazards-tep"]) {
    await expect(page.locator(`#fair tr[data-platform="${id}"] td[data-column="supportedLanguages"]`)).toHaveText("not documented");
  }
  for (const id of IDS.slice(0, 6)) {
    const cell = page.locator(`#fair tr[data-platform="${id}"] td[data-column="supportedLanguages"]`);
    // The tables render only near the viewport (content-visibility), and innerText needs rendering.
    await cell.scrollIntoViewIfNeeded();
    const facts = await cell.locator("li").evaluateAll((items) => items.map((li) => li.textContent.replace(/, $/, "")));
    expect(facts.length, id).toBeGreaterThan(0);
    // innerText is what a copy gives: the separators are text, not CSS.
    await expect.poll(async () => (await cell.innerText()).replace(/\s*\n\s*/g, " ").trim(), { message: id }).toBe(facts.join(", "));
  }
  // The detail view lists one fact a line, with no separators.
  await page.goto(`${page.url().split("?")[0]}?platform=deepesdl`);
  const detail = page.locator("dd[data-facet=supportedLanguages] li");
  await expect(detail.first()).not.toContainText(",");
});
