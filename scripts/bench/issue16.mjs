// Issue #16's measures, "input event -> layout done", for any page that has a search box, a
// language filter and a list of platforms: the explorer (EXPLORER), and the documentation page
// it replaces (DOCS_PAGE: the VitePress "Working with Platforms" page with its Vue platform
// explorer, measured in the same run when scripts/bench/explorer.mjs is given its address).
import { pressKeys, TYPED_WORD } from "./common.mjs";

/** Sets `selector`'s value and sends `event`, as the browser does for one edit or choice. */
const setValue = (selector, value, event) =>
  `const e = document.querySelector(${JSON.stringify(selector)}); e.value = ${JSON.stringify(value)}; e.dispatchEvent(new Event(${JSON.stringify(event)}, { bubbles: true }));`;

/**
 * What the measures need from a page: `search` (the search box's selector), `shown` (an
 * expression whose value changes when the list shown changes), `languageR` and
 * `undoLanguageR` (statements that filter by language R and undo it), `ready` (an
 * expression true once the page is live).
 */
const clickR = `document.querySelector('[data-facet=supportedLanguages] input[data-value="R"]').click()`;
export const EXPLORER = {
  search: "#platform-search",
  shown: `document.querySelector(".result-count").textContent`,
  // The same checkbox, ticked and unticked.
  languageR: clickR,
  undoLanguageR: clickR,
  ready: `!document.querySelector("[data-prerendered]") && document.querySelector("#infrastructure button.sort")`,
};

/** The docs page: a search box, three selects and a card per platform shown (Vue re-renders the list). */
export const DOCS_PAGE = {
  search: ".pe-input",
  shown: `document.querySelectorAll(".pe-card").length`,
  languageR: setValue('select[aria-label="Filter by language"]', "R", "change"),
  undoLanguageR: setValue('select[aria-label="Filter by language"]', "", "change"),
  ready: `document.querySelector(".pe-card")`,
};

/**
 * Runs `act` in the page and times it until `done` holds and layout is done: polled with
 * setTimeout(0) (after the page's own task and microtasks), then a forced layout. Starts
 * after a frame and a task, so work the page left for after the last paint (the URL write
 * of the previous action) is not counted: a person does not act twice within a frame.
 */
function settled(page, act, done) {
  return page.evaluate(
    ({ act, done }) =>
      new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))).then(() => new Promise((resolve) => {
        const run = new Function(act);
        const check = new Function(done);
        const start = performance.now();
        let finished = false;
        // Polled in tasks and in frames, whichever comes first: a frame that starts first lays
        // out the change itself, and the paint after it is not counted.
        const poll = (again) => {
          if (finished) return;
          if (!check()) return again(() => poll(again));
          finished = true;
          void document.documentElement.offsetHeight;
          resolve(performance.now() - start);
        };
        run();
        setTimeout(() => poll((f) => setTimeout(f, 0)), 0);
        requestAnimationFrame(() => poll(requestAnimationFrame));
      })),
    { act, done },
  );
}

/**
 * Types TYPED_WORD into `selector` as ten real keystrokes (CDP Input.dispatchKeyEvent, each sent
 * when the previous one is acknowledged). `each`: every input event to layout done; `all`:
 * the first keydown to the last keystroke's layout done (listeners installed by issue16).
 */
async function typeWord(page, cdp, selector) {
  await page.focus(selector);
  await page.evaluate(() => (window.__keys = { first: null, done: [] }));
  await pressKeys(cdp, TYPED_WORD);
  await page.waitForFunction((n) => window.__keys.done.length === n, TYPED_WORD.length);
  const shown = await page.inputValue(selector);
  if (shown !== TYPED_WORD) throw new Error(`typed "${shown}", not "${TYPED_WORD}"`);
  const { first, done } = await page.evaluate(() => window.__keys);
  return { each: done.map(([start, end]) => end - start), all: done[done.length - 1][1] - first };
}

/** The six interactions of issue #16 in `page`, found through `target`, `samples` times each. */
export async function issue16(page, target, samples) {
  const out = { searchOpeneo: [], clearOpeneo: [], typeKeystroke: [], typeTen: [], languageR: [], undoLanguageR: [] };
  const type = (value) => setValue(target.search, value, "input");
  const changed = (before) => `return ${target.shown} !== ${JSON.stringify(before)}`;
  for (let i = 0; i < samples; i++) {
    const all = await page.evaluate(target.shown);
    out.searchOpeneo.push(await settled(page, type("openeo"), changed(all)));
    const some = await page.evaluate(target.shown);
    out.clearOpeneo.push(await settled(page, type(""), changed(some)));
  }
  for (let i = 0; i < samples; i++) {
    const all = await page.evaluate(target.shown);
    out.languageR.push(await settled(page, target.languageR, changed(all)));
    const one = await page.evaluate(target.shown);
    out.undoLanguageR.push(await settled(page, target.undoLanguageR, changed(one)));
  }
  // Ten real keystrokes: each input event timed to layout done in the page.
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    window.__keys = { first: null, done: [] };
    addEventListener("keydown", () => (window.__keys.first ??= performance.now()), true);
    addEventListener(
      "input",
      () => {
        const start = performance.now();
        let finished = false;
        // A task or the next frame, whichever comes first (see settled).
        const record = () => {
          if (finished) return;
          finished = true;
          void document.documentElement.offsetHeight;
          window.__keys.done.push([start, performance.now()]);
        };
        setTimeout(record, 0);
        requestAnimationFrame(record);
      },
      true,
    );
  });
  for (let i = 0; i < samples; i++) {
    await page.evaluate(type(""));
    // A pause first: the explorer writes the cleared search to the address bar 300 ms after it.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 400))));
    const { each, all } = await typeWord(page, cdp, target.search);
    out.typeKeystroke.push(...each);
    out.typeTen.push(all);
  }
  await page.evaluate(type(""));
  // The floor: the same ten keystrokes into a bare <input> of the same page (no listener of
  // the page's own): what CDP and the browser's input path cost by themselves.
  // Each keystroke into it is the floor of "one keystroke": with no work of the page's, the
  // time from an input event to the next frame or task (Chromium holds tasks after an input
  // until it has drawn a frame, so the next frame usually ends the measure).
  out.typeTenFloor = [];
  out.typeKeystrokeFloor = [];
  await page.evaluate(() => document.body.prepend(Object.assign(document.createElement("input"), { id: "bench-bare" })));
  for (let i = 0; i < samples; i++) {
    await page.evaluate(() => (document.querySelector("#bench-bare").value = ""));
    const { each, all } = await typeWord(page, cdp, "#bench-bare");
    out.typeKeystrokeFloor.push(...each);
    out.typeTenFloor.push(all);
  }
  await page.evaluate(() => document.querySelector("#bench-bare").remove());
  await cdp.detach();
  return out;
}

/** The rows issue #16's table prints, in its order: [key, label]. */
export const ISSUE16_ROWS = [
  ["searchOpeneo", 'search "openeo", one input event'],
  ["clearOpeneo", "clearing it, all back"],
  ["typeKeystroke", 'one keystroke typing "sentinel-2"'],
  ["typeKeystrokeFloor", "… the same into a bare <input> (floor)"],
  ["typeTen", "10 real keystrokes, all handled"],
  ["typeTenFloor", "… the same into a bare <input> (floor)"],
  ["languageR", "language R (one platform left)"],
  ["undoLanguageR", "undoing it, all back"],
];
