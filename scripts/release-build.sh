#!/usr/bin/env bash
# The release build into dist/: `trunk build --release` with std compiled from
# source by the pinned nightly that setup.sh installs ($RELEASE_TOOLCHAIN),
# with the same panic strategy as before (abort: the panic hook and its notice
# still run), and source paths trimmed (`/rustc/…`, `tachys-0.2.19/…`: the
# file names in panic locations no longer depend on the machine). Only this
# build uses the nightly; `trunk serve`, clippy and the tests use stable. The
# post-build hook's native prerender drops these variables again
# (scripts/post-build.mjs).
#   bash scripts/release-build.sh
# A caller that has sourced setup.sh (test.sh, serve.sh, build-site.sh) passes
# RELEASE_TOOLCHAIN on, and setup is not run twice.
set -euo pipefail
if [ -z "${RELEASE_TOOLCHAIN:-}" ]; then
  source "$(dirname "$0")/setup.sh"
fi
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN" CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_TRIM_PATHS=true CARGO_PROFILE_RELEASE_TRIM_PATHS=all trunk build --release
