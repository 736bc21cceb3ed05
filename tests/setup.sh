#!/usr/bin/env bash
# Installs what the tests need beyond the .NET SDK, on a fresh Debian machine, when missing:
# Chromium and its driver (the workshop's browser tests), poppler-utils and qpdf (PDF checks),
# and axe-core (accessibility scans) from the lock file in tests/Objecteur.Print.Web.Tests.
# Safe to run again: it installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "tests/setup.sh: installing ${missing[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

web_tests=tests/Objecteur.Print.Web.Tests
if [ ! -f "$web_tests/node_modules/axe-core/axe.min.js" ]; then
  echo "tests/setup.sh: npm ci (axe-core) in $web_tests"
  (cd "$web_tests" && npm ci --no-audit --no-fund --silent)
fi
