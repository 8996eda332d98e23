#!/usr/bin/env bash
# Benchmarks: installs what is missing, builds a Release tree with the micro-benchmarks in
# build/bench, runs the Google Benchmark micro-benchmarks (bench/micro/), the embedding
# call-overhead benchmark against CPython's C API (bench/embed/, built only when CPython
# 3.11's development files are installed: python3.11-dev), then the macro harness
# (bench/run.py) against CPython 3.11.
#
# Usage: scripts/bench.sh [bench/run.py options...]     e.g. --only fib,nbody --runs 3
# Environment:
#   TAIPAN_MICRO_ARGS   extra taipan_micro options (e.g. --benchmark_filter=Dict)
#   TAIPAN_EMBED_ARGS   extra taipan_embed_bench options (e.g. --benchmark_repetitions=5)
#   TAIPAN_SKIP_MICRO=1 / TAIPAN_SKIP_EMBED=1 / TAIPAN_SKIP_MACRO=1   skip one of the parts
set -euo pipefail
cd "$(dirname "$0")/.."
TAIPAN_WITH_CLANG=0 TAIPAN_WITH_WASM=0 bash scripts/install-deps.sh
# Google Benchmark for the micro-benchmarks, PyPy as a second reference for the macro ones.
need=()
[ -f /usr/include/benchmark/benchmark.h ] || need+=(libbenchmark-dev)
command -v pypy3 >/dev/null 2>&1 || need+=(pypy3)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "bench: installing ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

jobs="$(nproc 2>/dev/null || echo 2)"
cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DTAIPAN_BENCH=ON -DTAIPAN_TESTS=OFF >/dev/null
cmake --build build/bench -j "$jobs" --target taipan_cli taipan_micro
# bench/CMakeLists.txt defines taipan_embed_bench only when libpython3.11 was found.
embed=0
if [ "${TAIPAN_SKIP_EMBED:-0}" != 1 ]; then
  if cmake --build build/bench --target help 2>/dev/null | grep taipan_embed_bench >/dev/null; then
    cmake --build build/bench -j "$jobs" --target taipan_embed_bench
    embed=1
  else
    echo "bench: CPython 3.11 development files (python3.11-dev) not found; skipping taipan_embed_bench" >&2
  fi
fi

status=0
if [ "${TAIPAN_SKIP_MICRO:-0}" != 1 ]; then
  # A short minimum time per benchmark keeps the whole run under about a minute.
  # shellcheck disable=SC2086  # TAIPAN_MICRO_ARGS is split into options on purpose
  build/bench/bench/taipan_micro --benchmark_min_time=0.1 ${TAIPAN_MICRO_ARGS:-} || status=$?
fi
if [ "$embed" = 1 ]; then
  # shellcheck disable=SC2086  # TAIPAN_EMBED_ARGS is split into options on purpose
  build/bench/bench/taipan_embed_bench --benchmark_min_time=0.1 ${TAIPAN_EMBED_ARGS:-} || status=$?
fi
if [ "${TAIPAN_SKIP_MACRO:-0}" != 1 ]; then
  python3.11 bench/run.py --taipan build/bench/taipan "$@" || status=$?
fi
exit "$status"
