// A stand-in for the EarthCODE documentation: VitePress 1.x with the docs'
// base path, srcDir, brand colour, heading font and local search (its "/"
// shortcut), used by tests/e2e/embed.spec.mjs against `vitepress build` and
// `vitepress dev`. scripts/embed-site.mjs installs the explorer's npm package
// here; the theme imports it by name (theme/index.mjs).
import { defineConfig } from "vitepress";

export default defineConfig({
  base: "/documentation/",
  // As in the EarthCODE docs: pages and public/ live in pages/.
  srcDir: "./pages",
  title: "EarthCODE documentation (test site)",
  description: "Embeds the EarthCODE Platform Explorer the way the docs would.",
  lang: "en",
  head: [
    ["link", { rel: "icon", href: "data:," }],
    // A hostile global stylesheet (tests switch it off to compare).
    ["link", { rel: "stylesheet", href: "/documentation/hostile.css", id: "hostile-css" }],
  ],
  ignoreDeadLinks: true,
  vite: {
    // `vitepress dev` pre-bundles dependencies into .vitepress/cache/deps/,
    // where the element's files are not: serve it from node_modules as is.
    optimizeDeps: { exclude: ["@earthcode/platform-explorer"] },
  },
  vue: {
    template: {
      // Vue must leave the custom element to the browser.
      compilerOptions: { isCustomElement: (tag) => tag === "earthcode-platforms" },
    },
  },
  themeConfig: {
    // The docs' site search: "/" and Ctrl+K open it.
    search: { provider: "local" },
    nav: [
      { text: "Platforms", link: "/platforms" },
      { text: "Getting started", link: "/getting-started" },
    ],
    sidebar: [
      { text: "Getting started", link: "/getting-started" },
      { text: "Working with Platforms", link: "/platforms" },
      { text: "Two explorers", link: "/two" },
      { text: "Host content only", link: "/plain" },
      { text: "Chosen sections", link: "/sections" },
    ],
  },
});
