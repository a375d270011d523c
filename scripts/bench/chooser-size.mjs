// What the chooser ("Find a platform", issue #14) adds to the shipped bytes
// (a benchmark, not a test). Builds the committed HEAD twice in a temporary
// git worktree, the same way as the release build: as is, and with the
// chooser left out (its section, its two links, its prerendered form, its
// boot step, its stylesheet, and the needs in the URL codec, without which
// the core's needs and ranking code is dead and left out too), then prints
// scripts/check-size.mjs's total for both and the difference.
//   node scripts/bench/chooser-size.mjs
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { shipped } from "../check-size.mjs";

const root = resolve(".");
const work = mkdtempSync(join(tmpdir(), "chooser-size-"));
const releaseToolchain = readFileSync("scripts/setup.sh", "utf8").match(/RELEASE_TOOLCHAIN=(\S+)/)?.[1];
if (!releaseToolchain) throw new Error("chooser-size: no RELEASE_TOOLCHAIN in scripts/setup.sh");
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
const total = (dist) => shipped(dist).reduce((sum, f) => sum + f.gzip, 0);

/** Replaces `from` by `to` in `file` (relative to `dir`); fails loudly when `from` is gone. */
function cut(dir, file, from, to = "") {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  if (!text.includes(from)) throw new Error(`chooser-size: ${file} no longer has ${JSON.stringify(from)}; update this script`);
  writeFileSync(path, text.replace(from, to));
}

function withoutChooser(dir) {
  const page = "src/ui/page/mod.rs";
  cut(dir, page, "<Intro><ChooserLink /></Intro>", '<Intro>""</Intro>');
  cut(dir, page, "<Chooser />", "<span></span>");
  cut(dir, page, '{prerendered.then(|| view! { <div data-chooser-copy="" hidden><Chooser form_only=true /></div> })}');
  cut(dir, page, "{(!prose).then(ChooserLink)}");
  cut(dir, page, "use sections::choose::{Chooser, ChooserLink};");
  const codec = "src/core/view/url_state.rs";
  cut(dir, codec, `    for need in state.needs.list() {
        pairs.push((format!("{prefix}{}", if need.must { "need" } else { "want" }), need.encode()));
    }
`);
  cut(dir, codec, `        } else if name == "need" || name == "want" {
            state.needs.add_encoded(&value, name == "need");
`);
  const boot = readFileSync(join(dir, "src/js/boot.js"), "utf8");
  const start = boot.indexOf("// A chooser link");
  const end = boot.indexOf("const wasm");
  if (start < 0 || end < start) throw new Error("chooser-size: boot.js changed; update this script");
  writeFileSync(join(dir, "src/js/boot.js"), boot.slice(0, start) + boot.slice(end));
  cut(dir, "style/main.css", '@import "sections/choose.css";\n');
  rmSync(join(dir, "style/sections/choose.css"));
}

const builds = [];
try {
  for (const [name, change] of [["with the chooser", () => {}], ["without the chooser", withoutChooser]]) {
    const dir = join(work, name.replaceAll(" ", "-"));
    run("git", ["worktree", "add", "--detach", dir, "HEAD"], root);
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    if (existsSync(join(root, "target/catalog-snapshot.json"))) {
      run("mkdir", ["-p", "target"], dir);
      run("cp", [join(root, "target/catalog-snapshot.json"), "target/"], dir);
    }
    change(dir);
    // One target folder for both: the dependencies are built once. The
    // release build as shipped, with the toolchain setup.sh pins.
    execFileSync("bash", ["scripts/release-build.sh"], {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, CARGO_TARGET_DIR: join(root, "target/chooser-size"), RELEASE_TOOLCHAIN: releaseToolchain },
    });
    builds.push({ name, total: total(join(dir, "dist")) });
    console.log(`${name}: ${builds.at(-1).total} B (gzip -9, wasm + js + css + html)`);
  }
  const [withIt, without] = builds;
  console.log(`the chooser adds ${withIt.total - without.total} B`);
} finally {
  for (const dir of ["with-the-chooser", "without-the-chooser"]) {
    try {
      run("git", ["worktree", "remove", "--force", join(work, dir)], root);
    } catch {
      // not created
    }
  }
  rmSync(work, { recursive: true, force: true });
}
