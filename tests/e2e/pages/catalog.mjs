// The local catalog servers started by scripts/catalog/server.sh, and the
// fixture inventory the records are checked against.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

export const API = process.env.CATALOG_API_URL ?? "http://127.0.0.1:8081";
export const STATIC = process.env.CATALOG_STATIC_URL ?? "http://127.0.0.1:8082/catalog.json";
export const NOCORS = process.env.CATALOG_NOCORS_URL ?? "http://127.0.0.1:8083/catalog.json";

export const inventory = JSON.parse(readFileSync(`${root}tests/fixtures/osc/_inventory.json`, "utf8"));

/** Serves a config.json that points the page at the local catalog. */
export async function useLocalCatalog(page, overrides = {}) {
  await page.route("**/config.json", (route) =>
    route.fulfill({ json: { stacApiUrl: API, staticCatalogUrl: STATIC, ...overrides } }),
  );
}

/** What a platform published, per the inventory: "kind:id" strings, sorted. */
export function expectedRecords(platform) {
  const own = inventory.platforms[platform] ?? [];
  const experiments = own.filter((r) => r.type === "experiment").map((r) => r.id);
  const products = Object.entries(inventory.products)
    .filter(([, p]) => experiments.includes(p.experiment))
    .map(([id]) => ({ id, type: "product" }));
  return [...own, ...products].map((r) => `${r.type}:${r.id}`).sort();
}

export function catalogServer(command) {
  execFileSync("bash", [`${root}scripts/catalog/server.sh`, command], { stdio: "ignore" });
}

/**
 * The site as built without a catalog snapshot: config.json as served, less
 * `catalogSnapshotUrl` (the test build has one, made from the fixture).
 */
export async function withoutSnapshot(page) {
  await page.route("**/config.json", async (route) => {
    const response = await route.fetch();
    const { catalogSnapshotUrl, ...config } = await response.json();
    await route.fulfill({ response, json: config });
  });
}
