#!/usr/bin/env python3.11
"""Golden tests of the JIT's IR: runs each tests/jit/golden/*.py under Taipan with
--jit-dump (compiling after two calls), and compares the IR printed for every function
with the .ir file next to it. --update rewrites the .ir files from the current output.

Usage: python3.11 tests/jit/run_golden.py --taipan build/release/taipan [--update]
"""
import argparse
import difflib
import glob
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def dump_of(taipan, prog):
    p = subprocess.run([taipan, "--jit-dump", "--jit-threshold", "2", prog],
                       capture_output=True, text=True, timeout=120)
    if p.returncode != 0:
        raise SystemExit(f"{prog}: taipan exited with {p.returncode}:\n{p.stderr}")
    # keep only the IR (stderr carries nothing else for these programs)
    return "".join(line + "\n" for line in p.stderr.splitlines() if line.strip())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--update", action="store_true")
    args = ap.parse_args()
    failures = 0
    progs = sorted(glob.glob(os.path.join(HERE, "golden", "*.py")))
    for prog in progs:
        got = dump_of(args.taipan, prog).replace(os.path.dirname(prog) + "/", "")
        golden = prog[:-3] + ".ir"
        if args.update or not os.path.exists(golden):
            with open(golden, "w") as f:
                f.write(got)
            print(f"wrote {os.path.relpath(golden)}")
            continue
        with open(golden) as f:
            want = f.read()
        if got != want:
            failures += 1
            print(f"FAIL {os.path.relpath(prog)}: IR differs from {os.path.basename(golden)}")
            sys.stdout.writelines(difflib.unified_diff(want.splitlines(True), got.splitlines(True),
                                                       "golden", "now"))
    print(f"jit golden: {len(progs) - failures} of {len(progs)} match")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
