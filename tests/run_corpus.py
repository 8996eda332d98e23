#!/usr/bin/env python3.11
"""Differential test runner: each tests/py/**/*.py runs under CPython 3.11 (the oracle) and
under Taipan; stdout, the exit code and the last line of stderr must match.

Known differences live in tests/known_differences.txt, one "path  # reason" per line; they
are run too, and reported (but do not fail) when they still differ.

A target that cannot run some programs at all (the WebAssembly build: no sockets, no
processes) names them in a file given with --not-run, in the same format; they are skipped.
--taipan may be a Node script (.mjs/.js/.cjs), e.g. build/wasm/taipan-node.mjs.

Usage: python3.11 tests/run_corpus.py --taipan build/release/taipan [--gc-stress]
           [--jobs N] [--filter SUBSTR ...] [--corpus DIR] [--taipan-arg ARG ...] [--not-run FILE]
"""
import argparse
import concurrent.futures
import os
import py_compile
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


ORACLE = """
import marshal, sys
pyc, folder = sys.argv[1], sys.argv[2]
sys.argv = [pyc]
sys.path[0] = folder
with open(pyc, "rb") as f:
    code = marshal.loads(f.read()[16:])
exec(code, {"__name__": "__main__", "__doc__": None, "__file__": pyc, "__builtins__": __builtins__})
"""


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1].strip() if lines else ""


def load_skips(path):
    skips = {}
    if not os.path.exists(path):
        return skips
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, reason = line.partition("#")
            skips[name.strip()] = reason.strip()
    return skips


def limit_memory():
    import resource
    cap = 4 << 30  # a runaway program must not take the machine down
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def run(cmd, cwd, timeout, env=None, limit=False):
    try:
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=timeout, env=env,
                           preexec_fn=limit_memory if limit else None)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return "timeout", "", "timeout"


def check(path, args):
    rel = os.path.relpath(path, args.corpus)
    d = os.path.dirname(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    pyc = os.path.join(d, "__pycache__", stem + ".cpython-311.pyc")
    try:
        py_compile.compile(path, cfile=pyc, doraise=True)
    except py_compile.PyCompileError as e:
        return rel, False, f"does not compile under CPython: {e}"
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    # The oracle runs the very same compiled code object Taipan runs (CPython writes some
    # constants, e.g. frozensets, in a canonical order that differs from compiling in memory).
    ecode, eout, eerr = run([sys.executable, "-c", ORACLE, pyc, d], d, args.timeout, env)
    cmd = args.taipan_cmd + args.taipan_arg + (["--gc-stress"] if args.gc_stress else []) + [pyc]
    t0 = time.monotonic()
    tcode, tout, terr = run(cmd, d, args.timeout * (20 if args.gc_stress else 3), limit=not args.no_memory_limit)
    elapsed = time.monotonic() - t0
    problems = []
    if eout != tout:
        el, tl = eout.splitlines(), tout.splitlines()
        for i in range(max(len(el), len(tl))):
            a = el[i] if i < len(el) else "<missing>"
            b = tl[i] if i < len(tl) else "<missing>"
            if a != b:
                problems.append(f"stdout line {i + 1}: expected {a!r}, got {b!r}")
                break
    if ecode != tcode:
        problems.append(f"exit code: expected {ecode}, got {tcode}")
    if last_line(eerr) != last_line(terr):
        problems.append(f"stderr last line: expected {last_line(eerr)!r}, got {last_line(terr)!r}")
    if isinstance(tcode, int) and tcode < 0:
        problems.append(f"taipan died with signal {-tcode}")
    return rel, not problems, "; ".join(problems), elapsed


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--corpus", default=os.path.join(HERE, "py"))
    ap.add_argument("--skips", default=os.path.join(HERE, "known_differences.txt"))
    ap.add_argument("--gc-stress", action="store_true")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--filter", action="append", default=[],
                    help="run only programs whose path contains this text (repeatable: any of them)")
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--taipan-arg", action="append", default=[])
    ap.add_argument("--verbose", action="store_true")
    ap.add_argument("--not-run", default=None, help="programs this target cannot run, with the reason each")
    ap.add_argument("--no-memory-limit", action="store_true",
                    help="do not cap Taipan's address space (AddressSanitizer reserves terabytes)")
    args = ap.parse_args()
    args.taipan = os.path.abspath(args.taipan)
    args.taipan_cmd = (["node"] if args.taipan.endswith((".mjs", ".js", ".cjs")) else []) + [args.taipan]
    not_run = load_skips(args.not_run) if args.not_run else {}
    args.corpus = os.path.abspath(args.corpus)
    skips = load_skips(args.skips)
    files = []
    for root, dirs, names in os.walk(args.corpus):
        # Packages and _helper modules are imported by the tests, not run on their own.
        dirs[:] = sorted(x for x in dirs if x != "__pycache__" and not os.path.exists(os.path.join(root, x, "__init__.py")))
        for n in sorted(names):
            if n.endswith(".py") and not n.startswith("_"):
                p = os.path.join(root, n)
                rel = os.path.relpath(p, args.corpus)
                if (not args.filter or any(f in rel for f in args.filter)) and rel not in not_run:
                    files.append(p)
    passed, failed, known = 0, [], []
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as ex:
        for rel, ok, why, elapsed in ex.map(lambda p: check(p, args), files):
            if ok:
                passed += 1
                if args.verbose:
                    print(f"ok   {rel} ({elapsed:.1f} s)")
            elif rel in skips:
                known.append((rel, skips[rel]))
            else:
                failed.append((rel, why))
                print(f"FAIL {rel}: {why}")
    mode = " (gc-stress)" if args.gc_stress else ""
    print(f"corpus{mode}: {passed} passed, {len(failed)} failed, {len(known)} known differences, {len(files)} programs"
          + (f" ({len(not_run)} not run on this target)" if not_run else ""))
    for rel, reason in known:
        if args.verbose:
            print(f"known {rel}: {reason}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
