#!/usr/bin/env bash
# One command for the whole test suite: installs what is missing, builds, and runs every
# test through CTest: unit tests, the differential corpus (normal and under --gc-stress),
# bad-input tests, the ASan+UBSan build on the corpus, a short fuzzing run of the loader, and
# the corpus on the WebAssembly build in Node (TAIPAN_SKIP_WASM=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
ctest --test-dir build/release --output-on-failure -j "$(nproc 2>/dev/null || echo 2)"
if command -v clang++ >/dev/null 2>&1 && [ "${TAIPAN_SKIP_FUZZ:-0}" != 1 ]; then
  cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTAIPAN_FUZZ=ON -DTAIPAN_SHARED=OFF >/dev/null
  cmake --build build/fuzz -j "$(nproc 2>/dev/null || echo 2)" --target fuzz_loader
  ctest --test-dir build/fuzz --output-on-failure -L fuzz
fi
if [ "${TAIPAN_SKIP_ASAN:-0}" != 1 ]; then
  bash scripts/build.sh asan
  ctest --test-dir build/asan --output-on-failure -L asan
fi
if [ "${TAIPAN_SKIP_WASM:-0}" != 1 ]; then
  bash scripts/build.sh wasm
  ctest --test-dir build/wasm --output-on-failure -L wasm
fi
