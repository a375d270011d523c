// Leak probe (not a test): does an action get slower the more often table rows
// and cards are removed and re-created? With 1,006 platforms, times a sort
// click on a fresh page, then after every `cycles` search/clear pairs, up to
// `rounds` times. Same timing method as explorer.mjs (setTimeout(0) polling
// until the DOM shows the result, plus one frame).
//   node scripts/bench/leak.mjs [cycles=8] [rounds=2] [sorts=3]   (DIST=dir to serve another build)
import { serveDist, launchChromium } from "./common.mjs";
import { readFileSync } from "node:fs";
import { syntheticPlatforms } from "./synthetic.mjs";

const cycles = Number(process.argv[2] ?? 8);
const rounds = Number(process.argv[3] ?? 2);
const sorts = Number(process.argv[4] ?? 3);
const real = JSON.parse(readFileSync("public/platforms.json", "utf8"));
const scaled = { platforms: [...real.platforms, ...syntheticPlatforms(1000)] };

const { base, stop } = await serveDist(4393, process.env.DIST ?? "dist");
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
await page.route("**/platforms.json", (r) => r.fulfill({ json: scaled }));
await page.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
await page.goto(base);
await page.waitForFunction(() => document.querySelector("#infrastructure button.sort"), null, { timeout: 60_000 });

const timed = (act, done) =>
  page.evaluate(
    ({ act, done }) =>
      new Promise((resolve) => {
        const check = new Function(done);
        const start = performance.now();
        const poll = () => (check() ? requestAnimationFrame(() => resolve(performance.now() - start)) : setTimeout(poll, 0));
        new Function(act)();
        setTimeout(poll, 0);
      }),
    { act, done },
  );
const status = `document.querySelector(".result-count").textContent`;
const type = (value) => `const i = document.querySelector("#platform-search"); i.value = ${JSON.stringify(value)}; i.dispatchEvent(new Event("input", { bubbles: true }));`;
const aria = `document.querySelector("#infrastructure th:nth-child(2)").getAttribute("aria-sort")`;
async function sortTimes() {
  const out = [];
  for (let i = 0; i < sorts; i++) {
    const before = await page.evaluate(aria);
    out.push(await timed(`document.querySelector('#infrastructure button[data-column=dataAccess]').click()`, `return ${aria} !== ${JSON.stringify(before)}`));
  }
  return out;
}
const wasm = () => page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? null);
const report = async (done, times) =>
  console.log(`after ${String(done).padStart(3)} search/clear cycles: sort ${times.map((t) => t.toFixed(1)).join(", ")} ms; WASM memory ${await wasm()} bytes`);

await report(0, await sortTimes());
for (let r = 1; r <= rounds; r++) {
  for (let c = 0; c < cycles; c++) {
    const all = await page.evaluate(status);
    await timed(type("z"), `return ${status} !== ${JSON.stringify(all)}`);
    const some = await page.evaluate(status);
    await timed(type(""), `return ${status} !== ${JSON.stringify(some)}`);
  }
  await report(r * cycles, await sortTimes());
}
await browser.close();
stop();
