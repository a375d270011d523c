#!/usr/bin/env bash
# Builds the release site into dist/ with a fresh catalog snapshot (README,
# "The catalog snapshot"), then the npm package's tarball into target/.
# The Pages and release workflows run exactly this.
#   bash scripts/build-site.sh [catalog.json URL or path]
# Default catalog: the Open Science Catalog. When the snapshot cannot be
# made (the catalog is unreachable), the site is built without one and says so.
source "$(dirname "$0")/setup.sh"

CATALOG="${1:-https://esa-earthcode.github.io/open-science-catalog-metadata/catalog.json}"
rm -f target/catalog-snapshot.json
if ! cargo run --release --locked --bin catalog-snapshot -- "$CATALOG" target/catalog-snapshot.json; then
  echo "build-site: no catalog snapshot of $CATALOG; building without one" >&2
  rm -f target/catalog-snapshot.json
fi
bash scripts/release-build.sh
node scripts/check-size.mjs
node scripts/package.mjs
