// The default theme with the docs' colours, and the explorer imported by its
// package name, in the browser only, as the EarthCODE docs load their EOX
// elements. Vite bundles the module (build) or serves it from node_modules
// (dev); the element finds its WASM, stylesheet and JSON files itself. The
// hostile global stylesheet is public/hostile.css, linked from config.mjs so
// tests can switch it off.
import DefaultTheme from "vitepress/theme";
import "./docs.css";

export default {
  extends: DefaultTheme,
  enhanceApp() {
    if (!import.meta.env.SSR) import("@earthcode/platform-explorer");
  },
};
