#!/usr/bin/env bash
# Builds the release site into dist/ and serves it on 127.0.0.1.
#   bash scripts/serve.sh            (PORT=8080 by default)
source "$(dirname "$0")/setup.sh"
bash scripts/release-build.sh
exec node scripts/static-server.mjs dist "${PORT:-8080}"
