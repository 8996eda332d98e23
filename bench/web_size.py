#!/usr/bin/env python3.11
"""Download size of the browser build: gzipped sizes of build/wasm/taipan.wasm + taipan.js
(the design budget is 250 KiB for both), next to MicroPython's and Pyodide's npm packages
when they are installed in bench/web/ (`cd bench/web && npm install`).

Usage: python3.11 bench/web_size.py [--build build/wasm] [--top N]
--top N also lists the N biggest functions of taipan.wasm (names from its name section,
or taipan.js.symbols, which the build writes with --emit-symbol-map).
"""
import argparse
import gzip
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEB = os.path.join(ROOT, "bench", "web", "node_modules")

# What a page downloads to start each runtime (the core only, no standard-library archives).
OTHERS = {
    "micropython (@micropython/micropython-webassembly-pyscript)": [
        "@micropython/micropython-webassembly-pyscript/micropython.mjs",
        "@micropython/micropython-webassembly-pyscript/micropython.wasm",
    ],
    "pyodide (core: pyodide.asm.mjs/.wasm, pyodide.mjs; python_stdlib.zip apart)": [
        "pyodide/pyodide.mjs",
        "pyodide/pyodide.asm.mjs",
        "pyodide/pyodide.asm.wasm",
    ],
}


def gz(path):
    with open(path, "rb") as f:
        data = f.read()
    return len(data), len(gzip.compress(data, 9))


def show(label, paths):
    total_raw = total_gz = 0
    for p in paths:
        if not os.path.exists(p):
            print(f"{label}: {os.path.relpath(p, ROOT)} missing")
            return
        raw, z = gz(p)
        total_raw += raw
        total_gz += z
        print(f"  {os.path.basename(p):28s} {raw / 1024:10.1f} KiB  {z / 1024:9.1f} KiB gzipped")
    print(f"{label}: {total_raw / 1024:.1f} KiB, {total_gz / 1024:.1f} KiB gzipped")


def top_functions(wasm, n):
    try:
        out = subprocess.run(["wasm-objdump", "-x", "-j", "Code", wasm], capture_output=True, text=True).stdout
    except FileNotFoundError:
        print("wasm-objdump not found (Debian's wabt)")
        return
    # Names: the .symbols file the link writes (--emit-symbol-map), "index:name" per line.
    names = {}
    sym = os.path.splitext(wasm)[0] + ".js.symbols"
    if os.path.exists(sym):
        with open(sym) as f:
            for line in f:
                i, _, name = line.rstrip("\n").partition(":")
                names[int(i)] = name
    sizes = []
    for line in out.splitlines():
        m = re.match(r"\s*- func\[(\d+)\] size=(\d+)(?: <(.*)>)?", line)
        if m:
            i = int(m.group(1))
            sizes.append((int(m.group(2)), m.group(3) or names.get(i, f"func[{i}]")))
    sizes.sort(reverse=True)
    total = sum(s for s, _ in sizes)
    print(f"code section: {total / 1024:.1f} KiB in {len(sizes)} functions; the biggest:")
    for s, name in sizes[:n]:
        print(f"  {s / 1024:8.1f} KiB  {name}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default=os.path.join(ROOT, "build", "wasm"))
    ap.add_argument("--top", type=int, default=0)
    args = ap.parse_args()
    show("taipan (taipan.wasm + taipan.js; budget 250 KB gzipped)",
         [os.path.join(args.build, "taipan.wasm"), os.path.join(args.build, "taipan.js")])
    for label, rel in OTHERS.items():
        paths = [os.path.join(WEB, r) for r in rel]
        if os.path.isdir(os.path.dirname(paths[0])):
            show(label, paths)
        else:
            print(f"{label}: not installed (cd bench/web && npm install)")
    if args.top:
        top_functions(os.path.join(args.build, "taipan.wasm"), args.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
