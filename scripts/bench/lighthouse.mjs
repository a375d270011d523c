// Lighthouse benchmark (not a test): the performance category of the release
// dist/ (6 real platforms) served gzip on 127.0.0.1, in Debian Chromium, with
// Lighthouse's desktop preset and its default mobile settings (simulated
// throttling), so the scores compare with those measured for the docs page it
// replaces. Each run is a fresh page load (Lighthouse clears the cache).
// Prints a markdown table; writes docs/benchmarks/lighthouse.json (raw runs).
//   node scripts/bench/lighthouse.mjs [runs=5]
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { mkdirSync, writeFileSync } from "node:fs";
import { serveDist, launchChromium } from "./common.mjs";

const runs = Number(process.argv[2] ?? 5);
const DEBUGGING_PORT = 9333;
const AUDITS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "speed-index": "Speed Index",
  "total-blocking-time": "TBT",
  "cumulative-layout-shift": "CLS",
};
const PRESETS = { desktop: desktopConfig, mobile: undefined };

const server = await serveDist(4394);
const browser = await launchChromium([`--remote-debugging-port=${DEBUGGING_PORT}`]);
const results = {};
try {
  for (const [preset, config] of Object.entries(PRESETS)) {
    results[preset] = [];
    for (let run = 0; run < runs; run++) {
      const flags = { port: DEBUGGING_PORT, onlyCategories: ["performance"], output: "json", logLevel: "error" };
      const outcome = await lighthouse(server.base, flags, config);
      const { categories, audits, runtimeError } = outcome.lhr;
      if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code} ${runtimeError.message}`);
      const sample = { score: categories.performance.score };
      for (const id of Object.keys(AUDITS)) sample[id] = audits[id].numericValue;
      results[preset].push(sample);
      console.error(`${preset} run ${run + 1}: score ${sample.score}`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const column = (preset, key) => results[preset].map((sample) => sample[key]);
const show = (key, xs) => {
  const digits = key === "score" || key === "cumulative-layout-shift" ? 3 : 0;
  return `${median(xs).toFixed(digits)} (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;
};
console.log(`| measure | desktop: median (min–max) | mobile: median (min–max) |\n| --- | --- | --- |`);
for (const [key, label] of [["score", "performance score"], ...Object.entries(AUDITS).map(([id, l]) => [id, `${l}${id === "cumulative-layout-shift" ? "" : " (ms)"}`])]) {
  console.log(`| ${label} | ${show(key, column("desktop", key))} | ${show(key, column("mobile", key))} |`);
}
mkdirSync("docs/benchmarks", { recursive: true });
const lighthouseVersion = (await import("lighthouse/package.json", { with: { type: "json" } })).default.version;
writeFileSync(
  "docs/benchmarks/lighthouse.json",
  JSON.stringify({ date: new Date().toISOString(), lighthouse: lighthouseVersion, runs, results }, null, 2) + "\n",
);
