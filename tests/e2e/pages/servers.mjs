// The servers the Playwright config starts, and the strict Content-Security-
// Policy the CSP spec serves the app with (docs/EMBEDDING.md gives the same line).
const base = Number(process.env.E2E_PORT ?? 4173);

export const PORTS = { app: base, docs: base + 1, csp: base + 2, docsDev: base + 3 };
export const APP = `http://127.0.0.1:${PORTS.app}/`;
/** The VitePress test site as built (`vitepress build`), and as `vitepress dev` serves it. */
export const DOCS = `http://127.0.0.1:${PORTS.docs}/documentation/`;
export const DOCS_DEV = `http://127.0.0.1:${PORTS.docsDev}/documentation/`;
export const CSP_ORIGIN = `http://127.0.0.1:${PORTS.csp}/`;

/** The catalog origins allowed to connect: the local test catalog and the real OSC. */
const CATALOG_ORIGINS = [
  "http://127.0.0.1:8081",
  "http://127.0.0.1:8082",
  "https://eoapi.workspace.earthcode.eox.at",
  "https://esa-earthcode.github.io",
];
export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  `img-src 'self' https: data:; connect-src 'self' ${CATALOG_ORIGINS.join(" ")}`;
