// The shipped stylesheet (scripts/build-css.mjs): release builds ship no comment.
import { test } from "node:test";
import assert from "node:assert/strict";
import { stylesheet, withoutComments } from "../../scripts/build-css.mjs";

test("comments go, strings that look like comments stay", () => {
  const css = `/* a note */\na::before { content: "/* not a comment */"; }\n\n/* two\n   lines */\nb { color: red; /* why */ }\n`;
  assert.equal(withoutComments(css), `a::before { content: "/* not a comment */"; }\n\nb { color: red;  }\n`);
  assert.equal(withoutComments(`c { content: 'it\\'s /*' }`), `c { content: 'it\\'s /*' }\n`);
  assert.equal(withoutComments("d { color: red } /* left open"), "d { color: red }\n");
});

test("the release stylesheet has every rule of the development one and no comment", () => {
  const release = stylesheet({ release: true });
  const development = stylesheet();
  assert.ok(!release.includes("/*"), "a comment ships");
  const rules = (css) => withoutComments(css).replace(/\s+/g, " ");
  assert.equal(rules(release), rules(development));
  assert.ok(release.length < development.length * 0.8, `${release.length} bytes of ${development.length}: the comments were not dropped`);
});
