// Renders the link-preview image (og:image, twitter:image) from its SVG,
// scripts/og-image/og-image.svg, into public/og-image.png at 1200 × 630 with
// headless Chromium. Run it after editing the SVG; the PNG is committed.
//   node scripts/og-image/render.mjs
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");
const svg = readFileSync(join(import.meta.dirname, "og-image.svg"), "utf8");
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
  await page.locator("svg").screenshot({ path: join(root, "public/og-image.png"), type: "png" });
  console.log("og-image: wrote public/og-image.png (1200 × 630)");
} finally {
  await browser.close();
}
