// Builds the VitePress test site that embeds the explorer (tests/embed/site):
// copies the release dist/ into its public/explorer/ (the site has a srcDir,
// pages/, as the EarthCODE docs do: public/ is <srcDir>/public/), then runs
// `vitepress build`. Output: tests/embed/site/.vitepress/dist, served under
// /documentation/ by the Playwright config.
//   node scripts/embed-site.mjs        (after `trunk build --release`)
import { cpSync, existsSync, rmSync } from "node:fs";
import { build } from "vitepress";

const site = "tests/embed/site";
if (!existsSync("dist/earthcode-platforms.js")) {
  throw new Error("dist/earthcode-platforms.js is missing: run `trunk build --release` first");
}
const publicDir = `${site}/pages/public`;
rmSync(`${publicDir}/explorer`, { recursive: true, force: true });
cpSync("dist", `${publicDir}/explorer`, { recursive: true });
await build(site);
console.log(`embed-site: built ${site}/.vitepress/dist`);
