// Makes a release: bumps the version (Cargo.toml, the one place it is
// written, and Cargo.lock's entry for this crate), turns CHANGELOG.md's
// "Unreleased" section into "[x.y.z] - YYYY-MM-DD" under a new, empty
// "Unreleased", then builds the site and the npm tarball
// (scripts/build-site.sh). Commit, tag vX.Y.Z and push the tag: the release
// workflow attaches the tarball to a GitHub release.
//   node scripts/release.mjs 0.2.0              (scripts/release.sh calls this)
//   node scripts/release.mjs 0.2.0 --dry-run    prints what would change, writes nothing
//   node scripts/release.mjs 0.2.0 --no-build   [--root DIR] [--date YYYY-MM-DD]
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cargoVersion } from "./element-module.mjs";

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Negative, zero or positive as `a` is before, equal to or after `b` (pre-releases before their release). */
export function compareVersions(a, b) {
  const [, ...pa] = a.match(SEMVER);
  const [, ...pb] = b.match(SEMVER);
  for (let i = 0; i < 3; i += 1) if (Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) - Number(pb[i]);
  if (pa[3] === pb[3]) return 0;
  if (pa[3] === undefined) return 1;
  if (pb[3] === undefined) return -1;
  return pa[3] < pb[3] ? -1 : 1;
}

/** The three files' new texts; throws on anything that would make a wrong release. */
export function bump({ cargo, lock, changelog }, version, current, date) {
  if (!SEMVER.test(version)) throw new Error(`release: ${version} is not a semantic version (x.y.z)`);
  if (compareVersions(version, current) <= 0) throw new Error(`release: ${version} is not after ${current}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`release: ${date} is not YYYY-MM-DD`);
  const cargoLine = `version = "${current}"`;
  const packageStart = cargo.indexOf("[package]");
  const at = cargo.indexOf(cargoLine, packageStart);
  if (packageStart < 0 || at < 0) throw new Error(`release: Cargo.toml has no [package] ${cargoLine}`);
  const lockEntry = `name = "earthcode-platforms"\nversion = "${current}"`;
  if (!lock.includes(lockEntry)) throw new Error("release: Cargo.lock has no entry for earthcode-platforms at the current version");
  const heading = /^## \[Unreleased\][^\n]*\n/m;
  const found = changelog.match(heading);
  if (!found) throw new Error("release: CHANGELOG.md has no '## [Unreleased]' heading");
  const start = found.index + found[0].length;
  const next = changelog.slice(start).search(/^## \[/m);
  const notes = changelog.slice(start, next < 0 ? undefined : start + next).trim();
  if (!notes) throw new Error("release: CHANGELOG.md's Unreleased section is empty: say what changed first");
  if (changelog.includes(`## [${version}]`)) throw new Error(`release: CHANGELOG.md already has ${version}`);
  return {
    cargo: cargo.slice(0, at) + `version = "${version}"` + cargo.slice(at + cargoLine.length),
    lock: lock.replace(lockEntry, `name = "earthcode-platforms"\nversion = "${version}"`),
    changelog: `${changelog.slice(0, found.index)}## [Unreleased]\n\n## [${version}] - ${date}\n${changelog.slice(start)}`,
  };
}

function main(args) {
  const option = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const version = args.find((a) => SEMVER.test(a)) ?? args[0];
  if (!version || version.startsWith("--")) throw new Error("usage: node scripts/release.mjs X.Y.Z [--dry-run] [--no-build] [--root DIR] [--date YYYY-MM-DD]");
  const root = resolve(option("--root") ?? join(import.meta.dirname, ".."));
  const date = option("--date") ?? new Date().toISOString().slice(0, 10);
  const paths = { cargo: join(root, "Cargo.toml"), lock: join(root, "Cargo.lock"), changelog: join(root, "CHANGELOG.md") };
  const before = Object.fromEntries(Object.entries(paths).map(([key, path]) => [key, readFileSync(path, "utf8")]));
  const current = cargoVersion(root);
  const after = bump(before, version, current, date);
  if (args.includes("--dry-run")) {
    console.log(`release (dry run): ${current} → ${version}, dated ${date}; would write Cargo.toml, Cargo.lock, CHANGELOG.md and build`);
    return;
  }
  for (const [key, path] of Object.entries(paths)) writeFileSync(path, after[key]);
  console.log(`release: ${current} → ${version} in Cargo.toml, Cargo.lock and CHANGELOG.md (${date})`);
  if (!args.includes("--no-build")) {
    execFileSync("bash", [join(root, "scripts/build-site.sh")], { cwd: root, stdio: "inherit" });
    console.log(`release: built target/earthcode-platform-explorer-${version}.tgz. Now: git commit -am "Release ${version}" && git tag v${version} && git push --follow-tags`);
  }
}

if (import.meta.filename === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
