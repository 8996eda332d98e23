#!/usr/bin/env bash
# Builds Taipan. Usage: scripts/build.sh [release|debug|asan|wasm]   (default: release)
# Output: build/<kind>/taipan; for wasm (Emscripten), build/wasm/taipan.js + taipan.wasm (browser)
# and build/wasm/taipan-node.mjs (Node: `node build/wasm/taipan-node.mjs FILE args`).
set -euo pipefail
cd "$(dirname "$0")/.."
kind="${1:-release}"
jobs="$(nproc 2>/dev/null || echo 2)"
case "$kind" in
  release) flags=(-DCMAKE_BUILD_TYPE=Release) ;;
  debug) flags=(-DCMAKE_BUILD_TYPE=Debug) ;;
  asan) flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAIPAN_SANITIZE=ON -DTAIPAN_SHARED=OFF) ;;
  wasm)
    # Debian's emscripten runs its JS tools with Node and needs its modules (acorn).
    export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"
    emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build build/wasm -j "$jobs"
    exit 0 ;;
  *) echo "unknown build kind: $kind" >&2; exit 2 ;;
esac
cmake -S . -B "build/$kind" "${flags[@]}" >/dev/null
cmake --build "build/$kind" -j "$jobs"
# The release binary is also build/taipan, the path the README and external test harnesses use.
if [ "$kind" = release ]; then ln -sfn release/taipan build/taipan; fi
