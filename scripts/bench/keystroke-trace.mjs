// What the "one keystroke" figure of scripts/bench/explorer.mjs is made of (not a test).
// Types TYPED_WORD ("sentinel-2") as real keystrokes (CDP Input.dispatchKeyEvent), into the search box
// and then into a bare <input> of the same page, with explorer.mjs's measure (input event
// -> the first task or frame after it -> forced layout), under a Chromium trace. For each
// keystroke it finds, on the page's main thread:
//   - our part: how long the input event's dispatch took (our handler and the microtasks
//     it queued: Leptos effects and their DOM writes);
//   - what ended the measure: a frame (requestAnimationFrame) or a task (setTimeout);
//   - whether the next keystroke was handled inside the measure (it is when no frame
//     came first: its work then counts in this keystroke's figure).
// Prints medians per target. Serves dist/ as built (public/platforms.json).
//   node scripts/bench/keystroke-trace.mjs [words=8]
import { serveDist, launchChromium, pressKeys, TYPED_WORD } from "./common.mjs";

const words = Number(process.argv[2] ?? 8);
const { base, stop } = await serveDist(4391);
const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (r) => r.abort());
await page.goto(base);
await page.waitForFunction(() => !document.querySelector("[data-prerendered]") && document.querySelector("#infrastructure button.sort"));
await page.evaluate(() => {
  document.body.prepend(Object.assign(document.createElement("input"), { id: "bench-bare" }));
  // explorer.mjs's listener, ending in a named measure: "key:frame" or "key:task".
  addEventListener(
    "input",
    () => {
      const start = performance.now();
      let finished = false;
      const record = (how) => () => {
        if (finished) return;
        finished = true;
        void document.documentElement.offsetHeight;
        performance.measure(`key:${how}`, { start, end: performance.now() });
      };
      setTimeout(record("task"), 0);
      requestAnimationFrame(record("frame"));
    },
    true,
  );
});
const cdp = await context.newCDPSession(page);
const events = [];
cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
await cdp.send("Tracing.start", { categories: "devtools.timeline,blink.user_timing,toplevel,benchmark", transferMode: "ReportEvents" });
for (const selector of ["#platform-search", "#bench-bare"]) {
  // Splits the trace: keystrokes after this mark went to the bare input.
  if (selector === "#bench-bare") await page.evaluate(() => performance.mark("bare"));
  for (let i = 0; i < words; i++) {
    await page.evaluate((s) => {
      const box = document.querySelector(s);
      box.value = "";
      box.dispatchEvent(new Event("input", { bubbles: true }));
    }, selector);
    // The cleared search reaches the address bar 300 ms later; wait it out.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 400)));
    await page.focus(selector);
    await pressKeys(cdp, TYPED_WORD);
    await page.waitForTimeout(100);
  }
}
await cdp.send("Tracing.end");
await complete;
await browser.close();
stop();

// The trace: the input events' dispatches, the measures, the main thread's tasks.
const dispatches = events.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "input");
const { pid, tid } = dispatches[0];
const onMain = (e) => e.pid === pid && e.tid === tid && e.ph === "X";
const tasks = events.filter((e) => onMain(e) && e.name === "ThreadControllerImpl::RunTask");
const keyTasks = events.filter((e) => onMain(e) && e.name === "WidgetBaseInputHandler::OnHandleInputEvent");
const measures = events.filter((e) => e.name.startsWith("key:") && e.ph === "b");
const bare = events.find((e) => e.name === "bare" && e.cat?.includes("user_timing"))?.ts ?? Infinity;
const rows = [];
for (const measure of measures) {
  // The measure ends when performance.measure was called.
  const end = measure.args?.callTime;
  const dispatch = dispatches.find((d) => Math.abs(d.ts - measure.ts) < 300);
  const own = dispatch && keyTasks.find((k) => k.ts <= dispatch.ts && k.ts + k.dur >= dispatch.ts);
  // Not a keystroke (the script's own clearing of the box).
  if (!end || !own) continue;
  const nextKey = keyTasks.some((k) => k !== own && k.ts > dispatch.ts && k.ts < end && k.dur > 500);
  // Main-thread time inside the measure, by what posted the task.
  const posters = new Map();
  for (const t of tasks.filter((t) => t.ts < end && t.ts + t.dur > measure.ts)) {
    const where = t.args?.src_func ?? "?";
    posters.set(where, (posters.get(where) ?? 0) + (Math.min(t.ts + t.dur, end) - Math.max(t.ts, measure.ts)) / 1000);
  }
  const busy = [...posters.values()].reduce((a, b) => a + b, 0);
  rows.push({ bare: measure.ts > bare, total: (end - measure.ts) / 1000, ours: dispatch.dur / 1000, frame: measure.name === "key:frame", nextKey, busy, posters });
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const share = (xs, f) => `${Math.round((100 * xs.filter(f).length) / Math.max(xs.length, 1))} %`;
const targets = [["the search box", rows.filter((r) => !r.bare)], ["a bare <input>", rows.filter((r) => r.bare)]];
console.log("| typing into | keystrokes | measure (median ms) | input event dispatch | main thread busy in the measure | ended by a frame | next keystroke inside |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const [name, part] of targets) {
  console.log(`| ${name} | ${part.length} | ${median(part.map((r) => r.total)).toFixed(1)} | ${median(part.map((r) => r.ours)).toFixed(2)} | ${median(part.map((r) => r.busy)).toFixed(2)} | ${share(part, (r) => r.frame)} | ${share(part, (r) => r.nextKey)} |`);
}
// Where the busy time went (mean per keystroke), by the function that posted the task:
// PostTaskToMainThread is input (this keystroke's and, when inside, the next one's),
// ScheduledActionSendBeginMainFrame the frame, FormControlDidChange Chromium's autofill.
for (const [name, part] of targets) {
  const sum = new Map();
  for (const r of part) for (const [k, v] of r.posters) sum.set(k, (sum.get(k) ?? 0) + v);
  const top = [...sum].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${(v / part.length).toFixed(2)} ms`);
  console.log(`\n${name}, busy per keystroke by poster: ${top.join(", ")}`);
}
