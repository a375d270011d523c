#!/usr/bin/env bash
# Fuzzes platforms.json validation and STAC parsing with cargo-fuzz (libFuzzer)
# on the nightly toolchain, for a bounded time per target.
#   bash scripts/fuzz.sh [seconds per target, default 120]
# Seeds: fuzz/seeds/<target>/ (committed). The growing corpus lives in
# fuzz/corpus/<target>/ and crashes in fuzz/artifacts/<target>/ (both ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
seconds="${1:-120}"

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked

for target in platforms_json stac; do
  mkdir -p "fuzz/corpus/$target"
  cp -n "fuzz/seeds/$target/"* "fuzz/corpus/$target/" 2>/dev/null || true
  echo "== $target: ${seconds}s"
  cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 2>&1 |
    tee "fuzz/last-$target.log" | grep -E '^(#[0-9]+\s+(DONE|INITED)|stat::number_of_executed_units|stat::peak_rss|==[0-9]+== ERROR|SUMMARY)' || true
  if ls "fuzz/artifacts/$target"/crash-* >/dev/null 2>&1; then
    echo "!! $target: crashes in fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
echo "no crashes"
