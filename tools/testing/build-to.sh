#!/usr/bin/env bash
# Builds the API and the web app into another directory than dist/ (for parallel e2e runs):
#   bash tools/testing/build-to.sh tmp/my-dist && LEIDRAAD_E2E_DIST=tmp/my-dist npx jest -c apps/web-e2e/jest.e2e.config.cts
set -euo pipefail
out="$(realpath -m "${1:?usage: build-to.sh <dir>}")"
cd "$(dirname "$0")/../.."
export NX_DAEMON=false
LEIDRAAD_BUILD_DIR="$out" npx nx build api --configuration=production --skip-nx-cache --output-style=static
npx nx build web --configuration=production --skip-nx-cache --output-style=static --outputPath="$out/apps/web"
node tools/build/precompress.mjs "$out/apps/web/browser"
