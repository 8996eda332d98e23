#!/usr/bin/env python3.11
"""Tests of the packer (tools/pack.py) and of running bundles (docs/bundles.md).

- apps/demo (a package, a relative import, json, re, dataclasses, collections, random with a
  seed, an uncaught exception) packed with --sources runs under `taipan --bundle-only` from a
  scratch directory with the same stdout, stderr and exit status as `python3.11 apps/demo/main.py`
  (CPython's absolute paths are rewritten to the bundle's names: "pkg/util.py",
  "<stdlib>/json/decoder.py");
- packing is deterministic (twice, and through `taipan pack`, give the same bytes);
- bundles hold the modules the app imports and not unrelated ones (json without asyncio);
- corrupt bundles (truncated, bad magic, another CPython version, a range out of the file, ...)
  end with a one-line reason and exit status 1, never a crash.
Prints the sizes (raw and gzipped) of a few bundles, as quoted in docs/bundles.md.
"""
import argparse
import gzip
import os
import struct
import subprocess
import sys
import sysconfig
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
PACK = os.path.join(ROOT, "tools", "pack.py")
APPS = os.path.join(HERE, "apps")
HEADER = struct.Struct("<4s4sIIIIII")
ENTRY = struct.Struct("<IIIIIIIIII")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


def pack(taipan, app, out, *opts):
    p = subprocess.run([sys.executable, PACK, "--taipan", taipan, os.path.join(APPS, app), "-o", out, *opts],
                       capture_output=True, text=True)
    if not check(p.returncode == 0, f"packing {app} {opts}: {p.stderr.strip()}"):
        return None
    with open(out, "rb") as f:
        return f.read()


def read_bundle(data):
    """{name: (filename, is_package, has_source)} and the main module's name."""
    magic, pyc, flags, count, size, main, _, _ = HEADER.unpack_from(data, 0)
    assert magic == b"TPB\x01" and size == len(data)
    entries, names = {}, []
    for i in range(count):
        f = ENTRY.unpack_from(data, HEADER.size + i * ENTRY.size)
        name = data[f[0]:f[0] + f[1]].decode()
        entries[name] = (data[f[2]:f[2] + f[3]].decode(), bool(f[8] & 1), bool(f[8] & 2))
        names.append(name)
    return entries, names[main]


def run(cmd, cwd):
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, timeout=300)
    return p.returncode, p.stdout, p.stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    args = ap.parse_args()
    t = os.path.abspath(args.taipan)
    stdlib = sysconfig.get_paths()["stdlib"]
    with tempfile.TemporaryDirectory() as tmp:
        # 1. The demo app from its bundle, bundle-only, against CPython on the directory.
        demo = os.path.join(tmp, "demo.tpb")
        data = pack(t, "demo", demo, "--sources", "--full")
        if data is None:
            return report()
        app = os.path.join(APPS, "demo")
        want = run([sys.executable, "-B", os.path.join(app, "main.py"), "a", "b"], tmp)
        norm = lambda s: s.replace(app + "/", "").replace(stdlib + "/", "<stdlib>/")
        want = (want[0], norm(want[1]), norm(want[2]))
        got = run([t, "--bundle-only", demo, "a", "b"], tmp)
        check(got[0] == want[0], f"demo: exit {got[0]}, CPython {want[0]}")
        check(got[1] == want[1], f"demo stdout differs:\n--- taipan\n{got[1]}--- cpython\n{want[1]}")
        check(got[2] == want[2], f"demo stderr differs:\n--- taipan\n{got[2]}--- cpython\n{want[2]}")
        check('    return value.upper()' in got[2], "demo: traceback without source lines")
        demo_run = got
        for mode in [["-X", "jit=off"], ["-X", "jit=eager"]]:
            again = run([t, *mode, "--bundle-only", demo, "a", "b"], tmp)
            check(again == got, f"demo under {mode} differs from the default run")

        # Without --sources: the same entries, no source lines (and no file of that name read).
        nosrc = os.path.join(tmp, "demo-nosrc.tpb")
        pack(t, "demo", nosrc, "--full")
        code, out, err = run([t, "--bundle-only", nosrc, "a", "b"], tmp)
        no_lines = lambda s: [l for l in s.splitlines() if not l.startswith("    ")]  # source and carets
        check(code == 1 and out.splitlines() == no_lines(want[1]),
              f"demo without sources: different output:\n{out}")
        check('File "main.py", line 34, in <module>' in err and "deep(2)" not in err,
              f"demo without sources: unexpected traceback:\n{err}")

        # 2. Determinism, and `taipan pack` is the same packer.
        again = pack(t, "demo", os.path.join(tmp, "demo2.tpb"), "--sources", "--full")
        check(again == data, "packing twice gave different bytes")
        p = subprocess.run([t, "pack", app, "-o", os.path.join(tmp, "demo3.tpb"), "--sources", "--full"],
                           capture_output=True, text=True)
        check(p.returncode == 0, f"taipan pack failed: {p.stderr.strip()}")
        if p.returncode == 0:
            with open(os.path.join(tmp, "demo3.tpb"), "rb") as f:
                check(f.read() == data, "`taipan pack` and tools/pack.py gave different bytes")

        # 3. Contents.
        entries, main_name = read_bundle(data)
        check(main_name == "main", f"demo: main module {main_name!r}")
        for name in ["main", "pkg", "pkg.util", "pkg.shapes", "json", "json.decoder", "re", "re._parser",
                     "dataclasses", "collections", "random", "enum", "functools"]:
            check(name in entries, f"demo bundle lacks {name}")
        for name in ["sys", "math", "_sre", "itertools", "asyncio", "tkinter", "unittest"]:
            check(name not in entries, f"demo bundle holds {name}")
        check(entries.get("pkg", ("", False, False))[:2] == ("pkg/__init__.py", True), "pkg entry")
        check(entries.get("json.decoder", ("",))[0] == "<stdlib>/json/decoder.py", "json.decoder's filename")
        check(entries.get("main", (0, 0, False))[2] and not entries.get("json", (0, 0, True))[2],
              "--sources should carry the app's sources only")
        for full in [["--full"], []]:
            lean = not full
            jd = pack(t, "json_only", os.path.join(tmp, "json.tpb"), *full)
            if jd is None:
                continue
            je, _ = read_bundle(jd)
            check("json.encoder" in je and "re" in je, f"json_only {full}: json.encoder or re missing")
            # Unrelated modules; --full also follows imports inside library functions (re ->
            # warnings -> traceback -> ast -> inspect -> importlib ...), the default only import-time ones.
            for bad in ["asyncio", "unittest", "tkinter"] + (["dataclasses", "inspect", "email"] if lean else []):
                check(bad not in je, f"json_only {full}: holds {bad}")
            want = run([sys.executable, "-B", os.path.join(APPS, "json_only", "main.py")], tmp)
            got = run([t, "--bundle-only", os.path.join(tmp, "json.tpb")], tmp)
            check(got == want, f"json_only {full}: {got} != {want}")

        # By default imports inside library functions are left out: Counter.most_common's heapq.
        lean = os.path.join(tmp, "demo-lean.tpb")
        pack(t, "demo", lean, "--sources", "--include", "heapq")
        check(run([t, "--bundle-only", lean, "a", "b"], tmp) == demo_run, "demo --include heapq differs")
        pack(t, "demo", lean, "--sources")
        code, out, err = run([t, "--bundle-only", lean, "a", "b"], tmp)
        check(code == 1 and "No module named 'heapq'" in err, f"demo without heapq: {err[-200:]!r}")
        # Natively, without --bundle-only, a module not in the bundle comes from the host's Lib/.
        check(run([t, lean, "a", "b"], tmp) == demo_run, "demo without heapq: no fallback to Lib/")

        # 4. Sizes (docs/bundles.md).
        for app_name, opts in [("hello", []), ("json_only", ["--full"]), ("json_only", []), ("jrd", ["--full"]),
                               ("jrd", []), ("jrd", ["-O", "2"]), ("demo", ["--sources", "--full"])]:
            b = pack(t, app_name, os.path.join(tmp, "size.tpb"), *opts)
            if b is not None:
                n = len(read_bundle(b)[0])
                print(f"size: {app_name} {' '.join(opts) or '(default)'}: {n} modules, {len(b)} bytes, "
                      f"{len(gzip.compress(b, 9, mtime=0))} gzipped")

        # 5. Corrupt bundles.
        hello = pack(t, "hello", os.path.join(tmp, "hello.tpb"))
        bad = os.path.join(tmp, "bad.tpb")

        def try_bad(name, blob, text):
            with open(bad, "wb") as f:
                f.write(blob)
            code, out, err = run([t, bad], tmp)
            lines = [l for l in err.splitlines() if l.strip()]
            check(code == 1, f"{name}: exit {code}, expected 1; stderr: {err.strip()[-300:]}")
            check(text in err and len(lines) == 1, f"{name}: expected one line with {text!r}, got {err!r}")

        def patched(blob, off, fmt, value):
            b = bytearray(blob)
            struct.pack_into(fmt, b, off, value)
            return bytes(b)

        e0 = HEADER.size
        try_bad("truncated to half", data[:len(data) // 2], "truncated bundle")
        try_bad("truncated to 20 bytes", data[:20], "truncated header")
        try_bad("truncated header size", hello[:-1], "truncated bundle")
        try_bad("wrong magic", b"XPB\x01" + hello[4:], "bad magic number")
        try_bad("format version 2", b"TPB\x02" + hello[4:], "bundle format version 2")
        try_bad("CPython 3.12 bytecode", patched(hello, 4, "<H", 3531), "CPython 3.12")
        try_bad("unknown bytecode magic", patched(hello, 4, "<H", 1234), "magic 1234")
        try_bad("code offset out of range", patched(hello, e0 + 16, "<I", len(hello) + 5), "lies outside")
        try_bad("code length out of range", patched(hello, e0 + 20, "<I", 1 << 31), "lies outside")
        try_bad("name offset in the index", patched(hello, e0, "<I", 0), "lies outside")
        try_bad("index overruns the file", patched(hello, 12, "<I", 1 << 30), "overruns")
        try_bad("main entry out of range", patched(hello, 20, "<I", 7), "main entry")
        try_bad("unknown flags", patched(hello, 8, "<I", 6), "unknown header flags")
        try_bad("name not UTF-8", hello.replace(b"main", b"m\xffin", 1), "invalid module name")
        second = e0 + ENTRY.size
        dup = bytearray(data)
        dup[second:second + 8] = dup[e0:e0 + 8]
        try_bad("duplicate module", bytes(dup), "appears twice")
        # A corrupt code object is found when its module is imported: an ImportError.
        code_off = struct.unpack_from("<I", hello, e0 + 16)[0]
        with open(bad, "wb") as f:
            f.write(hello[:code_off] + b"\xff" * (len(hello) - code_off))
        code, out, err = run([t, bad], tmp)
        check(code == 1 and "corrupt code of module 'main'" in err, f"corrupt code: {code} {err!r}")
        # A .pyc named .tpb is still a .pyc, and a bundle named .pyc still a bundle.
        renamed = os.path.join(tmp, "hello.pyc")
        with open(renamed, "wb") as f:
            f.write(hello)
        check(run([t, renamed], tmp)[1] == "hello, world\n", "a bundle named .pyc does not run")
        check(run([t, "--bundle-only", os.path.join(APPS, "hello", "main.py")], tmp)[0] == 2,
              "--bundle-only on a script should be refused")
    return report()


def report():
    for f in failures:
        print("FAIL", f)
    print(f"pack: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
