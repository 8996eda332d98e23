#!/usr/bin/env bash
# One command for Taipan's main job: installs what is missing, builds the VM and runs a
# Python program on it (examples/demo.py, compiled to bytecode by the host CPython 3.11).
set -euo pipefail
cd "$(dirname "$0")/.."
TAIPAN_WITH_CLANG=0 TAIPAN_WITH_WASM=0 bash scripts/install-deps.sh
bash scripts/build.sh release >/dev/null
python3.11 -m py_compile examples/demo.py
exec build/release/taipan -X jit=on examples/__pycache__/demo.cpython-311.pyc "$@"
