// Builds the VitePress test site that embeds the explorer (tests/embed/site,
// its pages and public/ in pages/, the srcDir, as in the EarthCODE docs)
// the way a documentation site consumes a component: it installs the packed
// npm package (target/<name>-<version>.tgz, made by scripts/package.mjs) into
// the site's own node_modules, offline and without touching any package.json
// or lockfile, and its theme imports the element by package name; then runs
// `vitepress build`. Output: tests/embed/site/.vitepress/dist, served under
// /documentation/ by the Playwright config, which also runs `vitepress dev`
// on the same site.
//   node scripts/embed-site.mjs        (after `node scripts/package.mjs`)
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "vitepress";
import { cargoVersion } from "./element-module.mjs";

const root = resolve(import.meta.dirname, "..");
const site = join(root, "tests/embed/site");
const version = cargoVersion(root);
const tarball = join(root, `target/earthcode-platform-explorer-${version}.tgz`);
if (!existsSync(tarball)) throw new Error(`${tarball} is missing: run \`node scripts/package.mjs\` first`);

rmSync(join(site, "node_modules"), { recursive: true, force: true });
// Copies of dist/ left by the way this site was built before the package.
rmSync(join(site, "public/explorer"), { recursive: true, force: true });
rmSync(join(site, "pages/public/explorer"), { recursive: true, force: true });
rmSync(join(site, ".vitepress/cache"), { recursive: true, force: true });
// The package has no dependencies: nothing is fetched.
execFileSync(
  "npm",
  ["install", "--offline", "--no-save", "--no-package-lock", "--no-audit", "--no-fund", "--ignore-scripts", tarball],
  { cwd: site, stdio: "inherit" },
);
const installed = JSON.parse(readFileSync(join(site, "node_modules/@earthcode/platform-explorer/package.json"), "utf8"));
if (installed.version !== version) throw new Error(`embed-site: installed ${installed.version}, expected ${version}`);

await build(site);
console.log(`embed-site: built ${site}/.vitepress/dist with @earthcode/platform-explorer ${version}`);
