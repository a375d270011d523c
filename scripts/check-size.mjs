// The size budget (issue #5): everything the page ships as wasm, js, css and
// html, gzip -9, must stay within BUDGET. Deterministic, so the test command
// runs it and fails when the budget is exceeded.
//   node scripts/check-size.mjs [dist]
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { gzipSync } from "node:zlib";

/** 156 KB: what the current EarthCODE docs page ships in JS + CSS + HTML. */
export const BUDGET = 156_000;
const KINDS = [".wasm", ".js", ".css", ".html"];

export function shipped(dist) {
  return readdirSync(dist)
    .filter((name) => KINDS.includes(extname(name)))
    .sort()
    .map((name) => {
      const body = readFileSync(join(dist, name));
      return { name, raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
    });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] ?? "dist";
  const files = shipped(dist);
  if (!files.some((f) => f.name.endsWith(".wasm"))) throw new Error(`no .wasm in ${dist}: build first`);
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  for (const f of files) console.log(`${f.name.padEnd(48)} ${String(f.raw).padStart(9)} raw ${String(f.gzip).padStart(9)} gzip`);
  const verdict = total <= BUDGET ? "within" : "OVER";
  console.log(`total gzip -9: ${total} bytes, ${verdict} the budget of ${BUDGET} bytes`);
  if (total > BUDGET) process.exit(1);
}
