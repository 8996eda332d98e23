#!/usr/bin/env python3.11
"""Bad input never crashes the VM: corrupt, truncated and random .pyc files and app bundles,
.pyc files and bundles of other CPython versions, runaway recursion and allocation past
--max-heap must each end with a clear message or a Python exception and a non-zero exit,
never a signal."""
import argparse
import os
import py_compile
import random
import subprocess
import sys
import tempfile

SAMPLE = '''
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def gen(n):
    for i in range(n):
        yield i * i

try:
    d = {str(i): Point(i, -i) for i in range(20)}
    print(sorted(d)[:3], d["7"], sum(gen(10)))
except Exception as e:
    print("error", type(e).__name__)
'''

failures = []


def run(taipan, args, timeout=60):
    p = subprocess.run([taipan] + args, capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def expect(name, code, err, want_nonzero=True, want_text=None):
    last = [l for l in err.splitlines() if l.strip()]
    last = last[-1] if last else ""
    if code < 0:
        failures.append(f"{name}: killed by signal {-code}; stderr: {last}")
    elif want_nonzero and code == 0:
        failures.append(f"{name}: exit code 0, expected an error")
    elif want_text and want_text not in err:
        failures.append(f"{name}: expected {want_text!r} in stderr, got {last!r}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--variants", type=int, default=300)
    ap.add_argument("--keep", default="", help="directory to save inputs that fail")
    args = ap.parse_args()
    t = os.path.abspath(args.taipan)
    rng = random.Random(1234)
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "sample.py")
        with open(src, "w") as f:
            f.write(SAMPLE)
        pyc = os.path.join(tmp, "sample.pyc")
        py_compile.compile(src, cfile=pyc, doraise=True)
        good = open(pyc, "rb").read()
        code, out, err = run(t, [pyc])
        if code != 0:
            failures.append(f"valid sample failed: {err.strip()[-300:]}")
        bad = os.path.join(tmp, "bad.pyc")

        def try_bytes(name, data, nonzero=True, text=None):
            with open(bad, "wb") as f:
                f.write(data)
            before = len(failures)
            try:
                c, o, e = run(t, [bad], timeout=30)
            except subprocess.TimeoutExpired:
                # A corrupted jump can make an endless loop: that is not a crash.
                if not nonzero:
                    return
                failures.append(f"{name}: timed out")
                return
            expect(name, c, e, nonzero, text)
            if len(failures) > before and args.keep:
                os.makedirs(args.keep, exist_ok=True)
                with open(os.path.join(args.keep, name.replace(" ", "_") + ".pyc"), "wb") as f:
                    f.write(data)

        for n in [0, 1, 4, 8, 15, 16, 17, 20, len(good) // 2, len(good) - 1]:
            try_bytes(f"truncated to {n} bytes", good[:n])
        for magic, version in [(3439, "3.10"), (3531, "3.12"), (3571, "3.13"), (3605, "3.14")]:
            data = magic.to_bytes(2, "little") + good[2:]
            try_bytes(f"magic {magic}", data, True, version)
        for i in range(args.variants):
            data = bytearray(good)
            for _ in range(rng.randint(1, 8)):
                pos = rng.randrange(16, len(data))
                data[pos] = rng.randrange(256)
            try_bytes(f"corrupt variant {i}", bytes(data), nonzero=False)
        for i in range(50):
            data = good[:16] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 400)))
            try_bytes(f"random body {i}", data, nonzero=False)

        # App bundles (docs/bundles.md): the same program packed by tools/pack.py, then
        # truncated, with other magics and bytecode versions, and with corrupt headers,
        # indexes and data. Everything but the data is checked before anything runs.
        tpb = os.path.join(tmp, "sample.tpb")
        pack = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))),
                            "tools", "pack.py")
        p = subprocess.run([sys.executable, pack, "--taipan", t, src, "-o", tpb], capture_output=True, text=True)
        if p.returncode != 0:
            failures.append(f"packing the sample failed: {p.stderr.strip()[-300:]}")
        else:
            bundle = open(tpb, "rb").read()
            code, out, err = run(t, [tpb])
            if code != 0:
                failures.append(f"valid sample bundle failed: {err.strip()[-300:]}")
            for n in [3, 4, 31, 32, 40, 71, 72, len(bundle) // 2, len(bundle) - 1]:
                try_bytes(f"bundle truncated to {n} bytes", bundle[:n], True)
            try_bytes("bundle format version 9", b"TPB\x09" + bundle[4:], True, "bundle format version 9")
            for magic, version in [(3439, "3.10"), (3531, "3.12"), (3605, "3.14")]:
                try_bytes(f"bundle magic {magic}", bundle[:4] + magic.to_bytes(2, "little") + bundle[6:], True, version)
            index_end = 32 + 40 * int.from_bytes(bundle[12:16], "little")
            for i in range(100):
                data = bytearray(bundle)
                for _ in range(rng.randint(1, 4)):
                    data[rng.randrange(4, index_end)] = rng.randrange(256)
                try_bytes(f"bundle corrupt header/index {i}", bytes(data), nonzero=False)
            for i in range(50):
                data = bytearray(bundle)
                for _ in range(rng.randint(1, 8)):
                    data[rng.randrange(index_end, len(data))] = rng.randrange(256)
                try_bytes(f"bundle corrupt data {i}", bytes(data), nonzero=False)

        def try_program(name, text, extra, want):
            p = os.path.join(tmp, "prog.py")
            with open(p, "w") as f:
                f.write(text)
            c = os.path.join(tmp, "prog.pyc")
            py_compile.compile(p, cfile=c, doraise=True)
            try:
                code, out, err = run(t, extra + [c], timeout=120)
            except subprocess.TimeoutExpired:
                failures.append(f"{name}: timed out")
                return
            expect(name, code, err, True, want)

        try_program("runaway recursion", "def f(n):\n    return f(n + 1)\nf(0)\n", [], "RecursionError")
        try_program("deep recursion through __init__",
                    "class A:\n    def __init__(self, n):\n        self.c = A(n + 1)\nA(0)\n",
                    [], "RecursionError")
        try_program("deep recursion through repr",
                    "class A:\n    def __repr__(self):\n        return repr(A())\nrepr(A())\n", [], "RecursionError")
        try_program("recursion limit raised", "import sys\nsys.setrecursionlimit(100000)\n"
                    "def f(n):\n    return f(n + 1)\nf(0)\n", [], "RecursionError")
        try_program("allocation past --max-heap",
                    "x = []\nwhile True:\n    x.append([0] * 1000)\n", ["--max-heap", "64M"], "MemoryError")
        try_program("string growth past --max-heap",
                    "s = 'x'\nwhile True:\n    s = s + s\n", ["--max-heap", "64M"], "MemoryError")
        try_program("big-int growth past --max-heap",
                    "x = 3\nwhile True:\n    x = (x << x.bit_length()) + x\n", ["--max-heap", "64M"], "MemoryError")
        try_program("big-int squaring past --max-heap",
                    "x = 3\nwhile True:\n    x = x * x\n", ["--max-heap", "8M"], "MemoryError")
        try_program("big ints kept past --max-heap",
                    "x = []\nwhile True:\n    x.append((1 << 100000) + len(x))\n", ["--max-heap", "64M"], "MemoryError")
        try_program("huge power under --max-heap", "x = 10 ** (10 ** 9)\n", ["--max-heap", "64M"], "MemoryError")
        try_program("huge shift under --max-heap", "x = 1 << (1 << 40)\n", ["--max-heap", "64M"], "MemoryError")
        try_program("huge shift", "x = 1 << (1 << 40)\n", [], "MemoryError")
    for f in failures:
        print("FAIL", f)
    print(f"bad input: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
