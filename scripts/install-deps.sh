#!/usr/bin/env bash
# Installs what building and testing Taipan needs, from Debian's packages only.
# Safe to run repeatedly: it installs only what is missing.
set -euo pipefail

need=()
have() { command -v "$1" >/dev/null 2>&1; }
have cmake || need+=(cmake)
have g++ || need+=(g++)
have make || need+=(make)
have python3.11 || need+=(python3.11)
[ -f /usr/include/gtest/gtest.h ] || need+=(libgtest-dev)
[ -f /usr/include/asmjit/x86.h ] || need+=(libasmjit-dev)
[ -f /usr/include/zlib.h ] || need+=(zlib1g-dev)  # the zlib module (native builds)
have pkg-config || need+=(pkg-config)  # the embed_install test builds with taipan.pc too
if [ "${TAIPAN_WITH_WASM:-1}" = 1 ] && [ "${TAIPAN_SKIP_WASM:-0}" != 1 ]; then
  have emcc || need+=(emscripten)  # the WebAssembly build (scripts/build.sh wasm)
  have node || need+=(nodejs)
fi
if [ "${TAIPAN_WITH_BROWSER:-1}" = 1 ] && [ "${TAIPAN_SKIP_WASM:-0}" != 1 ]; then
  have chromium || need+=(chromium)  # the browser tests (tests/web/browser_test.mjs)
  have npm || need+=(npm)
fi
if [ "${TAIPAN_WITH_CLANG:-1}" = 1 ]; then
  have clang++ || need+=(clang)
fi

if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "install-deps: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

# The browser tests drive Chromium with playwright-core, from the npm registry
# (tests/web/package.json pins it; installed into tests/web/node_modules).
if [ "${TAIPAN_WITH_BROWSER:-1}" = 1 ] && [ "${TAIPAN_SKIP_WASM:-0}" != 1 ] &&
   [ ! -f "$(dirname "$0")/../tests/web/node_modules/playwright-core/package.json" ]; then
  echo "install-deps: npm install (tests/web: playwright-core)"
  (cd "$(dirname "$0")/../tests/web" && npm install --no-audit --no-fund --silent)
fi
