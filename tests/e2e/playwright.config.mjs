// Playwright against the release build in dist/, served by scripts/static-server.mjs.
// Run through scripts/test.sh (it builds dist, the VitePress test site and
// starts the catalog servers first), or, after `bash scripts/release-build.sh`,
// `node scripts/embed-site.mjs` and `bash scripts/catalog/server.sh start`:
//   npx playwright test -c tests/e2e/playwright.config.mjs
import { defineConfig } from "@playwright/test";
import { DOCS, DOCS_DEV, PORTS, STRICT_CSP } from "./pages/servers.mjs";

const port = PORTS.app;
const embedSpecs = /(embed|csp)\.spec\.mjs$/;

export default defineConfig({
  testDir: ".",
  projects: [
    { name: "main", testMatch: /.*\.spec\.mjs$/, testIgnore: [/catalog-outage\.spec\.mjs$/, embedSpecs] },
    // The element, from the packed npm package, in the built VitePress site; both
    // entry points under a strict CSP; and the same site in `vitepress dev`.
    { name: "embed", testMatch: embedSpecs, use: { baseURL: DOCS } },
    { name: "embed-dev", testMatch: /embed\.spec\.mjs$/, use: { baseURL: DOCS_DEV } },
    // Stops and restarts the shared catalog API: only once everything else is done.
    { name: "outage", testMatch: /catalog-outage\.spec\.mjs$/, dependencies: ["main"] },
  ],
  outputDir: "../../test-results",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: [
    {
      command: `node scripts/static-server.mjs dist ${port}`,
      cwd: "../..",
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // Built by scripts/embed-site.mjs.
      command: `node scripts/static-server.mjs tests/embed/site/.vitepress/dist ${PORTS.docs} --base /documentation/`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORTS.docs}/documentation/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
    {
      // The same site, served by Vite in development mode (the package from node_modules).
      command: `npx vitepress dev tests/embed/site --host 127.0.0.1 --port ${PORTS.docsDev} --strictPort`,
      cwd: "../..",
      url: DOCS_DEV,
      reuseExistingServer: false,
      stdout: "ignore",
      timeout: 120_000,
    },
    {
      command: `node scripts/static-server.mjs dist ${PORTS.csp} --also tests/embed/csp --csp "${STRICT_CSP}"`,
      cwd: "../..",
      url: `http://127.0.0.1:${PORTS.csp}/`,
      reuseExistingServer: false,
      stdout: "ignore",
    },
  ],
});
