#!/usr/bin/env python3.11
"""Import time of standard-library modules: Taipan against CPython 3.11.

For each module, each implementation runs a small program (compiled to a .pyc here, so
neither compiles anything at run time) in a fresh process that imports the module and prints the time the import statement took (time.perf_counter around it) and the names the
module defines (the check: both implementations must agree). Runs are interleaved; the
table gives medians in milliseconds and the ratio to CPython, plus the whole process's wall
time for `import M` (start-up included) and for an empty program.

CPython runs with -S: Taipan has no site module, and CPython's site already imports some
of the modules measured (re, enum, collections, typing through its .pth handling), which
would hide their cost. Both read the standard library's cached .pyc files.

Usage: python3.11 bench/imports.py --taipan build/release/taipan [--runs 5]
       [--modules re,json,...] [--markdown docs/benchmarks.md]
"""
import argparse
import os
import py_compile
import tempfile
import statistics
import subprocess
import sys
import time

MODULES = ["re", "json", "dataclasses", "typing", "collections", "enum", "random", "datetime",
           "fractions", "decimal", "argparse", "pathlib", "asyncio"]
BEGIN_MARK = "<!-- imports:begin -->"
END_MARK = "<!-- imports:end -->"

PROBE = ("import time as _t\n"
         "_s = _t.perf_counter()\n"
         "import {m}\n"
         "_e = _t.perf_counter()\n"
         "print('%.3f' % ((_e - _s) * 1000.0))\n"
         "print(','.join(n for n in dir({m}) if not n.startswith('_') and not n.endswith('_CAPI')))\n")


def run(cmd, timeout=120):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    wall = (time.perf_counter() - t0) * 1000.0
    return p, wall


def probe(tmp, name, source):
    src = os.path.join(tmp, name + ".py")
    with open(src, "w") as f:
        f.write(source)
    return py_compile.compile(src, cfile=os.path.join(tmp, name + ".pyc"), doraise=True)


def measure(impls, modules, runs):
    tmp = tempfile.mkdtemp(prefix="taipan-imports-")
    rows = []
    empty = probe(tmp, "empty", "pass\n")
    # Start-up alone: `pass`.
    base = {name: [] for name in impls}
    for _ in range(runs):
        for name, cmd in impls.items():
            p, wall = run(cmd + [empty])
            if p.returncode != 0:
                sys.exit("%s failed to start: %s" % (name, p.stderr[-500:]))
            base[name].append(wall)
    rows.append(("(start-up)", {n: (None, statistics.median(v)) for n, v in base.items()}, True))
    for m in modules:
        got = {name: ([], []) for name in impls}
        ok = True
        names = {}
        prog = probe(tmp, "probe_" + m.replace(".", "_"), PROBE.format(m=m))
        for _ in range(runs):
            for name, cmd in impls.items():
                p, wall = run(cmd + [prog])
                lines = p.stdout.split("\n")[:2]
                if p.returncode != 0 or len(lines) != 2:
                    print("%s: import %s failed: %s" % (name, m, p.stderr.strip()[-300:]), file=sys.stderr)
                    ok = False
                    break
                got[name][0].append(float(lines[0]))
                got[name][1].append(wall)
                names[name] = lines[1]
            if not ok:
                break
        if ok and len(set(names.values())) != 1:
            a, b = (set(v.split(",")) for v in names.values())
            print("import %s: public names differ: %s" % (m, sorted(a ^ b)), file=sys.stderr)
            ok = False
        med = {n: (statistics.median(v[0]) if v[0] else None, statistics.median(v[1]) if v[1] else None)
               for n, v in got.items()}
        rows.append((m, med, ok))
    return rows


def table(rows, impls):
    ref = "cpython"
    others = [n for n in impls if n != ref]
    head = ["module", "CPython import ms"] + ["%s import ms" % n for n in others] + \
           ["%s / CPython" % n for n in others] + ["CPython process ms"] + ["%s process ms" % n for n in others]
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for m, med, ok in rows:
        def f(x):
            return "-" if x is None else "%.1f" % x
        cells = [m if ok else m + " (FAIL)", f(med[ref][0])]
        cells += [f(med[n][0]) for n in others]
        for n in others:
            a, b = med[ref][0], med[n][0]
            cells.append("%.2f" % (b / a) if a and b else "-")
        cells.append(f(med[ref][1]))
        cells += [f(med[n][1]) for n in others]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--modules", default=",".join(MODULES))
    ap.add_argument("--markdown")
    args = ap.parse_args()
    impls = {"cpython": [sys.executable, "-S"], "taipan": [os.path.abspath(args.taipan)]}
    rows = measure(impls, args.modules.split(","), args.runs)
    text = table(rows, impls)
    print(text)
    if args.markdown:
        with open(args.markdown) as f:
            doc = f.read()
        block = "%s\n%s\n\nCommand: `python3.11 bench/imports.py --taipan %s --runs %d` (%s, medians).\n%s" % (
            BEGIN_MARK, text, args.taipan, args.runs, time.strftime("%Y-%m-%d"), END_MARK)
        if BEGIN_MARK in doc:
            pre, rest = doc.split(BEGIN_MARK, 1)
            post = rest.split(END_MARK, 1)[1]
            doc = pre + block + post
        else:
            doc = doc.rstrip() + "\n\n## Import time\n\n" + block + "\n"
        with open(args.markdown, "w") as f:
            f.write(doc)
    return 0 if all(ok for _, _, ok in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
