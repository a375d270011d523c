// Prints one version's section of CHANGELOG.md (the release workflow's notes).
//   node scripts/release-notes.mjs 0.2.0
import { readFileSync } from "node:fs";
import { join } from "node:path";

export function notesOf(changelog, version) {
  const heading = new RegExp(`^## \\[${version.replaceAll(".", "\\.")}\\][^\\n]*\\n`, "m");
  const found = changelog.match(heading);
  if (!found) throw new Error(`CHANGELOG.md has no section for ${version}`);
  const rest = changelog.slice(found.index + found[0].length);
  const next = rest.search(/^## \[/m);
  return (next < 0 ? rest : rest.slice(0, next)).trim();
}

if (import.meta.filename === process.argv[1]) {
  const version = process.argv[2];
  console.log(notesOf(readFileSync(join(import.meta.dirname, "../CHANGELOG.md"), "utf8"), version));
}
