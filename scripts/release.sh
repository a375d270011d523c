#!/usr/bin/env bash
# Bumps the version, dates the changelog and builds the tarball:
#   bash scripts/release.sh 0.2.0 [--dry-run] [--no-build]
# (scripts/release.mjs does the work.)
set -euo pipefail
exec node "$(dirname "$0")/release.mjs" "$@"
