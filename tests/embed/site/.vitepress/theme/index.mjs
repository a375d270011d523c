// The default theme with the docs' colours. The hostile global stylesheet is
// public/hostile.css, linked from config.mjs so tests can switch it off.
import DefaultTheme from "vitepress/theme";
import "./docs.css";

export default DefaultTheme;
