// Page object for the explorer page: every selector the specs use lives here.
import { expect } from "@playwright/test";

export const IDS = ["deepesdl", "edc-eoxhub", "pangeo-edc", "cdse-openeo", "cocalc-edc", "polar-tep-edc", "insula", "geohazards-tep"];

/** Clicks a fold's toggle if it is shown and closed. */
async function openFold(toggle) {
  if ((await toggle.isVisible()) && (await toggle.getAttribute("aria-expanded")) === "false") await toggle.click();
}

export class ExplorerPage {
  /** `scope`: the whole page (standalone) or one <earthcode-platforms> element. */
  constructor(page, scope = page) {
    this.page = page;
    this.scope = scope;
    this.status = scope.locator(".result-count[role=status]");
    this.search = scope.getByLabel("Search platforms");
    this.chips = scope.locator(".chip");
    this.clearAll = scope.getByRole("button", { name: "Clear all" });
    this.detail = scope.locator("article.detail");
    this.detailHeading = scope.locator("#platform-detail-heading");
    this.emptyState = scope.locator(".empty-state");
  }

  /** Opens the page (external hosts blocked, so runs never depend on the internet). */
  async goto(query = "") {
    await this.page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
    await this.page.goto(`./${query}`);
    await this.live();
  }

  /** Waits until the app has taken over from the prerendered static copy. */
  async live() {
    await expect(this.page.locator("[data-prerendered]")).toHaveCount(0);
    await expect(this.page.locator(".explorer, article.detail, .load-error").first()).toBeAttached();
  }

  /** Opens the facets where a narrow layout folds them behind the "Filters" button. */
  async showFilters() {
    await expect(this.status).toBeVisible();
    await openFold(this.scope.locator(".filters-toggle"));
  }

  /** Opens the tables where a narrow element folds them behind "Capability tables". */
  async showTables() {
    await expect(this.status).toBeVisible();
    await openFold(this.scope.locator(".tables-toggle"));
  }

  facet(key, value) {
    return this.scope.locator(`[data-facet="${key}"] input[data-value="${value}"]`);
  }

  facetCount(key, value) {
    return this.scope.locator(`[data-facet="${key}"] li:has(input[data-value="${value}"]) .count`);
  }

  async visibleCards() {
    return this.scope.locator(".card:not([hidden])").evaluateAll((cards) => cards.map((c) => c.dataset.platform));
  }

  async rowIds(table) {
    return this.scope.locator(`#${table} tbody tr:not([hidden])`).evaluateAll((rows) => rows.map((r) => r.dataset.platform));
  }

  sortButton(table, column) {
    return this.scope.locator(`#${table} button.sort[data-column="${column}"]`);
  }

  header(table, column) {
    return this.scope.locator(`#${table} thead th:has(button[data-column="${column}"])`);
  }

  /** Each row's cell in `column` as a list of its entries (the name for "platform"). */
  async cellLists(table, column) {
    return this.scope.locator(`#${table} tbody tr:not([hidden])`).evaluateAll(
      (rows, column) =>
        rows.map((row) => {
          if (column === "platform") return [row.querySelector("th").textContent.trim()];
          // A table cell's facts carry their ", " separators as text (copy/paste reads them).
          return [...row.querySelectorAll(`td[data-column="${column}"] li`)].map((li) => li.textContent.replace(/, $/, "").trim());
        }),
      column,
    );
  }

  async query() {
    return new URL(await addressBar(this.page)).search;
  }
}

/** Natural, case-insensitive comparison (digit runs as numbers), as src/core/order.rs (natural_cmp) orders. */
/**
 * The page's URL once the explorer has written it: it writes the address bar
 * after the next frame is painted (a frame callback, then a task), and a
 * search keystroke once typing has paused for 300 ms
 * (src/ui/page/state/explorer.rs, REPLACE_DELAY_MS), so this reads it two
 * frames and 350 ms later.
 */
export async function addressBar(page) {
  return page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => done(location.href), 350)))),
  );
}

export function naturalCompare(a, b) {
  const isDigit = (c) => c >= "0" && c <= "9";
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i >= a.length) return -1;
    if (j >= b.length) return 1;
    if (isDigit(a[i]) && isDigit(b[j])) {
      let [x, y] = ["", ""];
      while (i < a.length && isDigit(a[i])) x += a[i++];
      while (j < b.length && isDigit(b[j])) y += b[j++];
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
    } else {
      const [p, q] = [a[i].toLowerCase(), b[j].toLowerCase()];
      if (p !== q) return p < q ? -1 : 1;
      i++;
      j++;
    }
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

export function compareLists(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = naturalCompare(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** Clicks `button`, waits for the download it starts, returns [filename, text]. */
export async function downloadText(page, button) {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  const { readFile } = await import("node:fs/promises");
  return [download.suggestedFilename(), await readFile(await download.path(), "utf8")];
}

/** A visible table as records: header texts, then each row's cells (lists joined by ", "). */
export async function visibleTable(page, selector) {
  return page.locator(selector).evaluate((table) => {
    const text = (cell) => {
      const items = [...cell.querySelectorAll("li")];
      if (items.length) {
        const facts = items.map((li) => li.textContent.replace(/, $/, "").trim()).join(", ");
        return cell.querySelector(".outdated") ? `${facts} (possibly outdated)` : facts;
      }
      const copy = cell.cloneNode(true);
      copy.querySelectorAll("[aria-hidden=true], .differs-tag, .remove-pick").forEach((e) => e.remove());
      return copy.textContent.trim();
    };
    const rows = [...table.querySelectorAll("tr")].filter((r) => !r.hidden);
    return rows.map((row) => [...row.children].map(text));
  });
}
