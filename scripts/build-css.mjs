// trunk pre_build hook (Trunk.toml): joins the stylesheet's parts into the
// one file the site ships.
//   style/main.css         lists the parts, in cascade order, as @import lines;
//   target/style/main.css  gets each part in that order, after a
//                          /* style/<part> */ marker except in release builds;
//                          release builds drop every comment too (trunk does
//                          not minify, so markers and comments would ship);
//                          index.html links it and trunk ships it as
//                          main-<hash>.css (scripts/post-build.mjs).
// Fails if a part is missing, listed twice, or a .css file under style/ is not
// listed. Writes only when the join changed, so `trunk serve` is not woken by
// its own output (and target/ is ignored by its watcher once cargo has run).
//   node scripts/build-css.mjs        (trunk runs it before every build;
//                                     TRUNK_PROFILE=release: no markers, no comments)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const styleDir = join(root, "style");
const manifest = join(styleDir, "main.css");
export const OUTPUT = join(root, "target", "style", "main.css");

/** The parts named by style/main.css, in order (paths relative to style/). */
export function parts() {
  const text = readFileSync(manifest, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
  const list = [];
  for (const line of text.split("\n").map((l) => l.trim()).filter(Boolean)) {
    const m = /^@import\s+"([\w./-]+\.css)";$/.exec(line);
    if (!m) throw new Error(`build-css: style/main.css may hold only @import "part.css"; lines and comments, not: ${line}`);
    if (list.includes(m[1])) throw new Error(`build-css: style/main.css lists ${m[1]} twice`);
    list.push(m[1]);
  }
  const onDisk = (function walk(dir) {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith(".css") ? [relative(styleDir, join(dir, e.name))] : [],
    );
  })(styleDir).filter((p) => p !== "main.css");
  const unlisted = onDisk.filter((p) => !list.includes(p));
  if (unlisted.length) throw new Error(`build-css: not in style/main.css (add each where it belongs in the cascade): ${unlisted.join(", ")}`);
  const missing = list.filter((p) => !onDisk.includes(p));
  if (missing.length) throw new Error(`build-css: style/main.css lists missing files: ${missing.join(", ")}`);
  return list;
}

/**
 * `css` without its comments (a comment's text is for whoever reads style/, not for
 * the browser). Quoted strings are kept as written, "/*" inside them included; a
 * comment left open runs to the end, as in CSS.
 */
export function withoutComments(css) {
  let out = "";
  for (let at = 0; at < css.length; ) {
    const c = css[at];
    if (c === '"' || c === "'") {
      let end = at + 1;
      while (end < css.length && css[end] !== c && css[end] !== "\n") end += css[end] === "\\" ? 2 : 1;
      out += css.slice(at, end + 1);
      at = end + 1;
    } else if (c === "/" && css[at + 1] === "*") {
      const end = css.indexOf("*/", at + 2);
      at = end < 0 ? css.length : end + 2;
    } else {
      out += c;
      at++;
    }
  }
  // The lines the comments stood on.
  return out.replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

/**
 * The shipped stylesheet's text. A development build names each part's file before it and
 * keeps the parts' comments; a `release` build ships neither.
 */
export function stylesheet({ release = false, list = parts() } = {}) {
  const css = list.map((p) => `/* style/${p} */\n${readFileSync(join(styleDir, p), "utf8").trim()}\n`).join("\n");
  return release ? withoutComments(css) : css;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // TRUNK_PROFILE is set by trunk: debug or release.
  const list = parts();
  const css = stylesheet({ release: process.env.TRUNK_PROFILE === "release", list });
  let old = null;
  try {
    old = readFileSync(OUTPUT, "utf8");
  } catch {}
  if (css !== old) {
    mkdirSync(dirname(OUTPUT), { recursive: true });
    writeFileSync(OUTPUT, css);
  }
  console.log(`build-css: ${relative(root, OUTPUT)} ${css === old ? "unchanged" : "written"} (${list.length} parts, ${css.length} bytes)`);
}
