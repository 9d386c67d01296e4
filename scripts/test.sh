#!/bin/sh
# `npm test`: checks and builds the code (lint and types beside the build of both packages, web-ext lint on the Firefox one), then
# runs every test with vitest. The browsers (Debian's chromium and firefox-esr, installed on first use) come
# meanwhile when we are root (no sudo prompt to answer); the last lines are vitest's summary and a plain
# `N passed, N failed, N skipped`, and the exit code fails when anything failed.
set -u
mkdir -p artifacts
rm -f artifacts/vitest.json
browsers() { sh scripts/ensure-chromium.sh && sh scripts/ensure-firefox.sh; }
if [ "$(id -u)" = "0" ]; then
  browsers > artifacts/browsers.log 2>&1 &
  installing=$!
else
  browsers || exit 1
  installing=""
fi
# Lint and the type check run beside the build (each mostly on one core); their output is shown after it, in order.
npm run lint > artifacts/lint.log 2>&1 &
linting=$!
npm run typecheck > artifacts/typecheck.log 2>&1 &
typing=$!
npm run build && web-ext lint --no-config-discovery --source-dir .output/firefox-mv3
checked=$?
wait "$linting"; linted=$?
wait "$typing"; typed=$?
cat artifacts/lint.log artifacts/typecheck.log
[ "$linted" -eq 0 ] || { echo "npm run lint failed (above)."; checked=1; }
[ "$typed" -eq 0 ] || { echo "npm run typecheck failed (above)."; checked=1; }
if [ -n "$installing" ]; then
  wait "$installing"
  installed=$?
  cat artifacts/browsers.log
  [ "$installed" -eq 0 ] || { echo "Chromium or Firefox ESR could not be installed (above)."; exit 1; }
fi
[ "$checked" -eq 0 ] || exit "$checked"
vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest.json
status=$?
node scripts/summary.mjs artifacts/vitest.json || status=1
exit "$status"
