// scripts/release.mjs and scripts/release-notes.mjs on a temporary copy of
// Cargo.toml, Cargo.lock and CHANGELOG.md (never the real ones, never a build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { cargoVersion } from "../../scripts/element-module.mjs";
import { compareVersions } from "../../scripts/release.mjs";
import { notesOf } from "../../scripts/release-notes.mjs";

const root = resolve(import.meta.dirname, "../..");
const script = join(root, "scripts/release.mjs");

/**
 * A temporary copy whose changelog's Unreleased section holds `changelog` and
 * nothing else: whatever the real one has pending is left out.
 */
function copy(changelog) {
  const dir = mkdtempSync(join(tmpdir(), "ec-release-"));
  for (const file of ["Cargo.toml", "Cargo.lock"]) copyFileSync(join(root, file), join(dir, file));
  const text = readFileSync(join(root, "CHANGELOG.md"), "utf8").replace(
    /## \[Unreleased\]\n[\s\S]*?(?=## \[)/,
    `## [Unreleased]\n\n${changelog ? `${changelog}\n\n` : ""}`,
  );
  writeFileSync(join(dir, "CHANGELOG.md"), text);
  return dir;
}
const run = (...args) => spawnSync("node", [script, ...args], { encoding: "utf8" });
const next = () => {
  const [major, minor] = cargoVersion(root).split(".").map(Number);
  return `${major}.${minor + 1}.0`;
};

test("a release bumps Cargo.toml and Cargo.lock and dates the changelog's Unreleased section", () => {
  const dir = copy("### Fixed\n\n- Something.");
  try {
    const current = cargoVersion(dir);
    const result = run(next(), "--root", dir, "--no-build", "--date", "2027-01-02");
    assert.equal(result.status, 0, result.stderr);
    assert.equal(cargoVersion(dir), next());
    assert.match(readFileSync(join(dir, "Cargo.lock"), "utf8"), new RegExp(`name = "earthcode-platforms"\\nversion = "${next()}"`));
    const changelog = readFileSync(join(dir, "CHANGELOG.md"), "utf8");
    assert.match(changelog, new RegExp(`## \\[Unreleased\\]\\n\\n## \\[${next()}\\] - 2027-01-02\\n\\n### Fixed\\n\\n- Something\\.`));
    assert.equal(notesOf(changelog, next()), "### Fixed\n\n- Something.");
    assert.ok(changelog.includes(`## [${current}]`), "earlier releases stay");
    // The same version again is refused.
    assert.notEqual(run(next(), "--root", dir, "--no-build").status, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a dry run writes nothing", () => {
  const dir = copy("- A change.");
  try {
    const before = ["Cargo.toml", "Cargo.lock", "CHANGELOG.md"].map((f) => readFileSync(join(dir, f), "utf8"));
    const result = run(next(), "--root", dir, "--dry-run");
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /dry run/);
    assert.deepEqual(["Cargo.toml", "Cargo.lock", "CHANGELOG.md"].map((f) => readFileSync(join(dir, f), "utf8")), before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a wrong release is refused: not semver, not after the current one, nothing unreleased", () => {
  const dir = copy("- A change.");
  const empty = copy();
  try {
    for (const version of ["1.2", "v1.2.3", "0.0.1"]) assert.notEqual(run(version, "--root", dir, "--dry-run").status, 0, version);
    const result = run(next(), "--root", empty, "--dry-run");
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /Unreleased section is empty/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  }
});

test("versions order as semver says", () => {
  assert.ok(compareVersions("0.10.0", "0.9.9") > 0);
  assert.ok(compareVersions("1.0.0-rc.1", "1.0.0") < 0);
  assert.equal(compareVersions("1.2.3", "1.2.3"), 0);
});
