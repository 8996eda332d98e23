#!/usr/bin/env python3.11
"""Macro benchmark harness: runs bench/programs/*.py under Taipan and CPython 3.11 (and
PyPy when installed), interleaving the runs, checks that every implementation prints the
same output as CPython, and prints median wall times, peak memory and ratios.

Usage: python3.11 bench/run.py --taipan build/release/taipan [--runs 5] [--only fib,nbody]
           [--markdown docs/benchmarks.md] [--taipan-arg ARG ...] [--no-pypy]
"""
import argparse
import datetime
import os
import py_compile
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_once(cmd, cwd):
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.communicate()
    _, status, usage = os.wait4(p.pid, 0) if False else (None, p.returncode, None)
    elapsed = time.perf_counter() - t0
    return p.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), elapsed


def peak_rss_kb(cmd, cwd):
    # A separate run under wait4 to read the child's peak resident set size.
    pid = os.fork()
    if pid == 0:
        os.chdir(cwd)
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        try:
            os.execvp(cmd[0], cmd)
        finally:
            os._exit(127)
    _, status, usage = os.wait4(pid, 0)
    return usage.ru_maxrss


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--only", default="")
    ap.add_argument("--markdown", default="")
    ap.add_argument("--taipan-arg", action="append", default=[])
    ap.add_argument("--no-pypy", action="store_true")
    args = ap.parse_args()
    taipan = os.path.abspath(args.taipan)
    progs = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "programs")) if f.endswith(".py"))
    if args.only:
        wanted = set(args.only.split(","))
        progs = [p for p in progs if p in wanted]
    impls = [("cpython", [sys.executable])]
    if not args.no_pypy and shutil.which("pypy3"):
        impls.append(("pypy", [shutil.which("pypy3")]))
    tmp = tempfile.mkdtemp(prefix="taipan-bench-")
    rows = []
    failed = False
    for name in progs:
        src = os.path.join(HERE, "programs", name + ".py")
        pyc = os.path.join(tmp, name + ".pyc")
        py_compile.compile(src, cfile=pyc, doraise=True)
        cmds = {"taipan": [taipan] + args.taipan_arg + [pyc]}
        for iname, exe in impls:
            cmds[iname] = exe + [src]
        times = {k: [] for k in cmds}
        outputs = {}
        status = "ok"
        for _ in range(args.runs):
            for k, cmd in cmds.items():  # interleaved, to spread machine noise evenly
                code, out, err, t = run_once(cmd, tmp)
                if code != 0:
                    status = f"{k} exit {code}: {err.strip().splitlines()[-1] if err.strip() else ''}"
                outputs.setdefault(k, out)
                times[k].append(t)
        for k in cmds:
            if k != "cpython" and outputs.get(k) != outputs.get("cpython") and status == "ok":
                status = f"{k} output differs"
        if status != "ok":
            failed = True
        rss = {k: peak_rss_kb(cmd, tmp) for k, cmd in cmds.items()}
        med = {k: statistics.median(v) for k, v in times.items()}
        rows.append((name, med, rss, status))
        print(f"{name:16} cpython {med['cpython']:7.3f}s  taipan {med['taipan']:7.3f}s  "
              f"ratio {med['taipan'] / med['cpython']:5.2f}  rss {rss['taipan'] / 1024:6.1f}/{rss['cpython'] / 1024:6.1f} MB  {status}",
              flush=True)
    ratios = [r[1]["taipan"] / r[1]["cpython"] for r in rows if r[3] == "ok"]
    geo = statistics.geometric_mean(ratios) if ratios else float("nan")
    print(f"geometric mean of time ratios taipan/cpython: {geo:.2f}")
    if args.markdown:
        write_markdown(args, rows, geo, impls)
    shutil.rmtree(tmp, ignore_errors=True)
    return 1 if failed else 0


def write_markdown(args, rows, geo, impls):
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    has_pypy = any(i[0] == "pypy" for i in impls)
    head = "| program | CPython 3.11 (s) | Taipan (s) | Taipan/CPython | peak RSS Taipan/CPython (MB) |"
    sep = "|---|---:|---:|---:|---:|"
    if has_pypy:
        head += " PyPy (s) |"
        sep += "---:|"
    lines = [
        "<!-- bench:begin -->",
        f"Measured {datetime.date.today().isoformat()} on {os.cpu_count()} cores ({cpu}); "
        f"median of {args.runs} interleaved runs; command: `python3.11 bench/run.py --taipan {args.taipan} --runs {args.runs}`.",
        "",
        head,
        sep,
    ]
    for name, med, rss, status in rows:
        line = (f"| {name} | {med['cpython']:.3f} | {med['taipan']:.3f} | {med['taipan'] / med['cpython']:.2f} | "
                f"{rss['taipan'] / 1024:.1f} / {rss['cpython'] / 1024:.1f} |")
        if has_pypy:
            line += f" {med.get('pypy', float('nan')):.3f} |"
        if status != "ok":
            line += f" **{status}**"
        lines.append(line)
    lines += ["", f"Geometric mean of the time ratios: **{geo:.2f}**.", "<!-- bench:end -->"]
    text = ""
    if os.path.exists(args.markdown):
        with open(args.markdown) as f:
            text = f.read()
    block = "\n".join(lines)
    if "<!-- bench:begin -->" in text and "<!-- bench:end -->" in text:
        a = text.index("<!-- bench:begin -->")
        b = text.index("<!-- bench:end -->") + len("<!-- bench:end -->")
        text = text[:a] + block + text[b:]
    else:
        text += "\n" + block + "\n"
    with open(args.markdown, "w") as f:
        f.write(text)


if __name__ == "__main__":
    sys.exit(main())
