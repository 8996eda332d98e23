#!/usr/bin/env python3.11
"""Taipan's macro benchmark harness.

Runs every program in bench/programs/ under Taipan (as a .pyc compiled here by CPython
3.11) and under CPython 3.11 (and PyPy when `pypy3` is on PATH, and any --extra-ref),
interleaving the runs of the different implementations, checks that each
implementation's stdout and exit code equal CPython's, and prints median wall times,
peak resident memory and the ratios to CPython, with a geometric-mean row.

Usage:
    python3.11 bench/run.py --taipan build/release/taipan [--runs 5] [--only fib,nbody]
        [--size-scale S] [--markdown docs/benchmarks.md] [--taipan-arg ARG ...]
        [--extra-ref NAME=CMD ...] [--no-pypy] [--warmup N] [--timeout SEC]
        [--json FILE] [--list] [--verbose]

Exit status: 0 when every program ran and matched CPython everywhere, 1 when any row is
FAIL, CRASH or TIMEOUT (or CPython itself failed a program's self-check), 2 on usage
errors. See docs/benchmarks.md.
"""
import argparse
import datetime
import json
import math
import os
import platform
import py_compile
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")
BEGIN_MARK = "<!-- bench:begin -->"
END_MARK = "<!-- bench:end -->"
SIZE_RE = re.compile(r"^#\s*bench-size:\s*default=(\d+)\s+growth=(\S+)\s*$", re.M)


# ----------------------------------------------------------------------------- programs

class Program:
    def __init__(self, name, path, default_size, growth, summary):
        self.name = name
        self.path = path
        self.default_size = default_size
        self.growth = growth
        self.summary = summary

    def size_for(self, scale):
        """The size argument that makes about `scale` times the default work (None: default)."""
        if scale == 1.0:
            return None
        d = self.default_size
        kind, _, param = self.growth.partition(":")
        if kind == "linear":
            n = round(d * scale)
        elif kind == "pow":
            n = round(d * scale ** (1.0 / float(param)))
        elif kind == "exp":
            n = d + round(math.log(scale) / math.log(float(param)))
        elif kind == "fact":
            # work ~ n!: pick n whose log(n!) is closest to log(d!) + log(scale)
            target = math.lgamma(d + 1) + math.log(scale)
            n = min(range(1, 2 * d + 3), key=lambda k: abs(math.lgamma(k + 1) - target))
        else:
            raise ValueError(f"{self.name}: unknown growth {self.growth!r}")
        return max(1, n)


def discover_programs():
    progs = []
    for fname in sorted(os.listdir(PROGRAMS_DIR)):
        if not fname.endswith(".py") or fname.startswith("_"):
            continue
        path = os.path.join(PROGRAMS_DIR, fname)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        m = SIZE_RE.search(text)
        if m:
            default_size, growth = int(m.group(1)), m.group(2)
        else:
            default_size, growth = 0, "linear"
        summary = ""
        doc = re.match(r'\s*"""(.*?)(?:\n\s*\n|""")', text, re.S)
        if doc:
            summary = " ".join(doc.group(1).split())
        progs.append(Program(fname[:-3], path, default_size, growth, summary))
    return progs


# ------------------------------------------------------------------------------ running

class RunResult:
    def __init__(self):
        self.start_error = None   # str when the executable could not be started
        self.timed_out = False
        self.exit_code = None     # as subprocess reports it: negative for a signal
        self.stdout = b""
        self.stderr = b""
        self.wall = None          # seconds
        self.maxrss_kb = None     # peak resident set size of the child (wait4 ru_maxrss)

    def failure(self, ref):
        """None when this run matches the reference run, else (kind, detail)."""
        if self.start_error is not None:
            return "CRASH", f"cannot start: {self.start_error}"
        if self.timed_out:
            return "TIMEOUT", f"killed after {self.wall:.0f}s"
        if self.exit_code != ref.exit_code:
            if self.exit_code < 0:
                try:
                    sig = signal.Signals(-self.exit_code).name
                except ValueError:
                    sig = f"signal {-self.exit_code}"
                what = f"killed by {sig}"
            else:
                what = f"exit code {self.exit_code}"
            last = last_line(self.stderr)
            return "CRASH", what + (f" (CPython: {ref.exit_code})" if ref.exit_code else "") + \
                (f": {last}" if last else "")
        if self.stdout != ref.stdout:
            return "FAIL", "output differs: " + first_difference(ref.stdout, self.stdout)
        return None


def last_line(data):
    lines = data.decode("utf-8", "replace").strip().splitlines()
    return lines[-1].strip()[:160] if lines else ""


def first_difference(expected, got):
    a = expected.decode("utf-8", "replace").splitlines()
    b = got.decode("utf-8", "replace").splitlines()
    for i in range(max(len(a), len(b))):
        x = a[i] if i < len(a) else "<end of output>"
        y = b[i] if i < len(b) else "<end of output>"
        if x != y:
            return f"line {i + 1}: expected {x[:80]!r}, got {y[:80]!r}"
    return "(only line endings differ)"


def find_gnu_time():
    """Path of GNU time when it is installed and understands -f %M, else None."""
    path = "/usr/bin/time"
    if not os.access(path, os.X_OK):
        return None
    try:
        with tempfile.NamedTemporaryFile("r") as f:
            r = subprocess.run([path, "-f", "%M", "-o", f.name, "true"], capture_output=True,
                               timeout=30)
            if r.returncode == 0 and f.read().strip().splitlines()[-1].isdigit():
                return path
    except (OSError, subprocess.SubprocessError, IndexError):
        pass
    return None


def executable_error(prog):
    """Why prog cannot be executed (None when it can), checked before any run."""
    if os.sep not in prog:
        return None if shutil.which(prog) else "command not found"
    if not os.path.exists(prog):
        return "no such file"
    if os.path.isdir(prog) or not os.access(prog, os.X_OK):
        return "not an executable file"
    return None


def run_once(cmd, cwd, timeout, rss_tool):
    """Runs cmd; returns its output, exit status, wall time and peak RSS.

    Peak RSS: wait4()'s ru_maxrss cannot be used on a child of this process directly,
    because Linux records the forking parent's peak RSS into the child's maxrss when it
    execs (so every child would look at least as big as this harness). With rss_tool
    (GNU time) the program is started by that small process, which reports the wait4
    ru_maxrss of its own child; otherwise the harness's wait4 value is used as is.
    """
    res = RunResult()
    why = executable_error(cmd[0])
    if why:
        res.start_error = f"{cmd[0]}: {why}"
        return res
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rss") as rss_file:
        argv = cmd if rss_tool is None else [rss_tool, "-f", "%M", "-o", rss_file.name] + cmd
        t0 = time.perf_counter()
        try:
            proc = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, start_new_session=True)
        except OSError as e:
            res.start_error = e.strerror or str(e)
            return res
        lock = threading.Lock()
        state = {"reaped": False, "killed": False}

        def kill_group():
            with lock:
                if not state["reaped"]:
                    state["killed"] = True
                    try:
                        os.killpg(proc.pid, signal.SIGKILL)
                    except OSError:
                        pass

        timer = threading.Timer(timeout, kill_group) if timeout > 0 else None
        if timer:
            timer.daemon = True
            timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        except BaseException:
            kill_group()
            proc.wait()
            raise
        res.wall = time.perf_counter() - t0
        with lock:
            state["reaped"] = True
        if timer:
            timer.cancel()
        res.exit_code = os.waitstatus_to_exitcode(status)
        proc.returncode = res.exit_code  # already reaped; keep Popen from waiting again
        if state["killed"]:
            # the program may have left children in its session: make sure they are gone
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass
        res.timed_out = state["killed"]
        res.maxrss_kb = usage.ru_maxrss  # kilobytes on Linux
        if rss_tool is not None and not res.timed_out:
            report = rss_file.read().strip().splitlines()
            if report and report[-1].strip().isdigit():
                res.maxrss_kb = int(report[-1])
            for line in report:
                m = re.match(r"Command terminated by signal (\d+)", line.strip())
                if m:
                    res.exit_code = -int(m.group(1))
        out.seek(0)
        err.seek(0)
        res.stdout = out.read()
        res.stderr = err.read()
    return res


class Impl:
    def __init__(self, key, label, prefix, use_pyc):
        self.key = key            # short id: cpython, taipan, pypy, or the --extra-ref name
        self.label = label        # column title
        self.prefix = prefix      # argv before the program file
        self.use_pyc = use_pyc    # Taipan runs the compiled .pyc, the others the .py
        self.version = ""

    def command(self, src, pyc, size):
        cmd = self.prefix + [pyc if self.use_pyc else src]
        if size is not None:
            cmd.append(str(size))
        return cmd


class ImplStats:
    def __init__(self):
        self.times = []
        self.rss = []
        self.status = "ok"        # ok, FAIL, CRASH, TIMEOUT, REF-FAIL, SKIP
        self.detail = ""
        self.jit = None           # Taipan: (ms to first compiled code, median compile ms per 100 bytecodes)

    def median_time(self):
        return statistics.median(self.times) if self.times else None

    def median_rss_mb(self):
        return statistics.median(self.rss) / 1024.0 if self.rss else None


def python_version(cmd):
    try:
        out = subprocess.run(cmd + ["-c", "import sys; print(' '.join(sys.version.split()))"],
                             capture_output=True, text=True, timeout=60)
        return out.stdout.strip() if out.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        return ""


def compile_pyc(cpython, src, pyc):
    if sys.version_info[:2] == (3, 11):
        py_compile.compile(src, cfile=pyc, doraise=True)
        return
    code = "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)"
    subprocess.run(cpython + ["-c", code, src, pyc], check=True)


def bench_program(prog, impls, args, tmp, log):
    size = prog.size_for(args.size_scale)
    pyc = os.path.join(tmp, prog.name + ".pyc")
    stats = {impl.key: ImplStats() for impl in impls}
    try:
        compile_pyc(impls[0].prefix, prog.path, pyc)
    except (py_compile.PyCompileError, subprocess.CalledProcessError, OSError) as e:
        st = stats[impls[0].key]
        st.status = "REF-FAIL"
        st.detail = "does not compile: " + " ".join(str(e).split())[:200]
        log(f"  {prog.name}: {st.detail}")
        return size, stats
    ref = None                    # CPython's first run: the expected output
    cmds = {impl.key: impl.command(prog.path, pyc, size) for impl in impls}
    if args.verbose:
        for impl in impls:
            log(f"  {impl.key}: {shlex.join(cmds[impl.key])}")
    total_rounds = args.warmup + args.runs
    for rnd in range(total_rounds):
        warm = rnd < args.warmup
        # Rotate the order every round so that no implementation always goes first.
        order = impls[rnd % len(impls):] + impls[:rnd % len(impls)]
        # ... but CPython has to run first in the very first round: it sets the reference.
        if ref is None:
            order = [impls[0]] + [i for i in order if i is not impls[0]]
        for impl in order:
            st = stats[impl.key]
            if st.status != "ok":
                continue
            r = run_once(cmds[impl.key], tmp, args.timeout, args.rss_tool)
            if impl is impls[0]:
                if ref is None:
                    ref = r
                    if r.start_error or r.timed_out or r.exit_code != 0:
                        st.status = "REF-FAIL"
                        if r.start_error:
                            st.detail = f"CPython cannot start: {r.start_error}"
                        elif r.timed_out:
                            st.detail = "CPython timed out"
                        else:
                            st.detail = f"CPython exit code {r.exit_code}"
                            if last_line(r.stderr):
                                st.detail += ": " + last_line(r.stderr)
                        log(f"  {prog.name}: {st.detail}")
                        return size, stats
                    bad = None
                else:
                    bad = r.failure(ref)
                    if bad:
                        bad = ("REF-FAIL", "CPython is not deterministic: " + bad[1])
            else:
                bad = r.failure(ref)
            if bad:
                st.status, st.detail = bad
                log(f"  {prog.name}: {impl.label}: {st.status}: {st.detail}")
                if st.status == "REF-FAIL":
                    return size, stats
                continue
            if not warm:
                st.times.append(r.wall)
                st.rss.append(r.maxrss_kb)
            if args.verbose:
                log(f"  {prog.name} round {rnd + 1}{' (warm-up)' if warm else ''} {impl.key}: "
                    f"{r.wall:.3f}s {r.maxrss_kb / 1024:.1f}MB")
    # One more, untimed Taipan run with --jit-stats for the JIT's warm-up and compile cost.
    st = stats["taipan"]
    if st.status == "ok" and st.times:
        taipan = next(i for i in impls if i.key == "taipan")
        cmd = taipan.prefix[:1] + ["--jit-stats"] + taipan.prefix[1:] + cmds["taipan"][len(taipan.prefix):]
        r = run_once(cmd, tmp, args.timeout, None)
        m = JIT_STATS_RE.search(r.stderr.decode("utf-8", "replace") if isinstance(r.stderr, bytes) else r.stderr)
        if m:
            st.jit = (float(m.group(1)), float(m.group(2)))
    return size, stats


JIT_STATS_RE = re.compile(r"first compiled code after ([0-9.]+) ms; median compile time ([0-9.]+) ms per 100")


def jit_table(rows):
    """Taipan's JIT warm-up and compile cost per program (from its --jit-stats), or None."""
    body = []
    for name, _size, stats in rows:
        st = stats.get("taipan")
        if st is not None and st.jit is not None:
            body.append([name, f"{st.jit[0]:.1f}", f"{st.jit[1]:.3f}"])
    if not body:
        return None
    return ["program", "first compiled code (ms after start)", "median compile ms / 100 bytecodes"], body


# ------------------------------------------------------------------------------ reports

def fmt_time(v):
    return "—" if v is None else f"{v:.3f}"


def fmt_mb(v):
    return "—" if v is None else f"{v:.1f}"


def fmt_ratio(v):
    return "—" if v is None else f"{v:.2f}"


def ratio(a, b):
    if a is None or b is None or b == 0:
        return None
    return a / b


def geomean(values):
    values = [v for v in values if v is not None and v > 0]
    return statistics.geometric_mean(values) if values else None


def build_table(rows, impls):
    """rows: list of (program, size, {key: ImplStats}). Returns (header, body rows, bad)."""
    others = impls[1:]            # impls[0] is CPython
    header = ["program", "size", "CPython s"]
    for impl in others:
        header += [f"{impl.label} s", f"{impl.label}/CPython"]
    header += ["CPython MB"]
    for impl in others:
        header += [f"{impl.label} MB", f"{impl.label}/CPython RSS"]
    header += ["status"]
    body = []
    time_ratios = {impl.key: [] for impl in others}
    rss_ratios = {impl.key: [] for impl in others}
    any_bad = False
    for name, size, stats in rows:
        ref = stats[impls[0].key]
        ct, cm = ref.median_time(), ref.median_rss_mb()
        line = [name, str(size), fmt_time(ct) if ref.status == "ok" else "REF-FAIL"]
        notes = []
        if ref.status != "ok":
            any_bad = True
            notes.append(f"CPython: {ref.detail}")
        mem_cells = []
        for impl in others:
            st = stats[impl.key]
            if ref.status != "ok":
                line += ["—", "—"]
                mem_cells += ["—", "—"]
                continue
            if st.status != "ok":
                any_bad = True
                line += [st.status, "—"]
                mem_cells += ["—", "—"]
                notes.append(f"{impl.label} {st.status}: {st.detail}")
                continue
            t, m = st.median_time(), st.median_rss_mb()
            tr, mr = ratio(t, ct), ratio(m, cm)
            time_ratios[impl.key].append(tr)
            rss_ratios[impl.key].append(mr)
            line += [fmt_time(t), fmt_ratio(tr)]
            mem_cells += [fmt_mb(m), fmt_ratio(mr)]
        line += [fmt_mb(cm) if ref.status == "ok" else "—"] + mem_cells
        line.append("; ".join(notes) if notes else "ok")
        body.append(line)
    geo = ["geometric mean", "", ""]
    geo_mem = []
    for impl in others:
        geo += ["", fmt_ratio(geomean(time_ratios[impl.key]))]
        geo_mem += ["", fmt_ratio(geomean(rss_ratios[impl.key]))]
    ok_rows = sum(1 for _, _, stats in rows if all(s.status == "ok" for s in stats.values()))
    geo += [""] + geo_mem + [f"over the programs that passed ({ok_rows} of {len(rows)} passed everywhere)"]
    body.append(geo)
    return header, body, any_bad


def text_table(header, body):
    widths = [max(len(r[i]) for r in [header] + body) for i in range(len(header) - 1)]
    lines = []
    for r in [header] + body:
        cells = [r[i].rjust(widths[i]) if i else r[i].ljust(widths[i]) for i in range(len(widths))]
        lines.append("  ".join(cells) + "  " + r[-1])
    return "\n".join(lines)


def markdown_table(header, body):
    def esc(s):
        return s.replace("|", "\\|")
    out = ["| " + " | ".join(esc(h) for h in header) + " |",
           "|" + "|".join(["---"] + ["---:"] * (len(header) - 2) + ["---"]) + "|"]
    for r in body:
        cells = [esc(c) for c in r]
        if r[0] == "geometric mean":
            cells = [f"**{c}**" if c else c for c in cells]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out)


def machine_description():
    cpu = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        nproc = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        nproc = os.cpu_count() or 0
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("MemTotal:"):
                    mem = f", {int(line.split()[1]) / 1048576:.1f} GiB RAM"
                    break
    except (OSError, ValueError, IndexError):
        pass
    return f"{nproc} CPUs (nproc), {cpu}{mem}, {platform.system()} {platform.release()}"


def harness_peak_mb():
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def write_markdown(path, args, impls, header, body, jit=None):
    now = datetime.datetime.now(datetime.timezone.utc)
    command = shlex.join(["python3.11"] + [os.path.relpath(sys.argv[0])
                                           if os.path.isabs(sys.argv[0]) else sys.argv[0]]
                         + sys.argv[1:])
    lines = [BEGIN_MARK,
             f"- Recorded: {now.strftime('%Y-%m-%d %H:%M')} UTC",
             f"- Machine: {machine_description()}",
             f"- Command: `{command}`",
             f"- Method: median wall time and median peak RSS of {args.runs} interleaved "
             f"run{'s' if args.runs != 1 else ''} per implementation ({args.warmup} warm-up "
             f"round{'s' if args.warmup != 1 else ''}); sizes scaled by {args.size_scale:g} "
             f"(1 = the programs' defaults, which check their own results).",
             "- Implementations: " + "; ".join(
                 f"{impl.label} = `{shlex.join(impl.prefix)}`" + (f" ({impl.version})" if impl.version else "")
                 for impl in impls),
             "- Peak RSS: " + ("reported by GNU time (wait4 ru_maxrss of the program itself)."
                               if args.rss_tool else
                               "wait4 ru_maxrss seen by the harness, which includes the harness's "
                               f"own peak RSS ({harness_peak_mb():.1f} MB) as a floor."),
             "- Ratios below 1 mean faster (or smaller) than CPython.",
             "",
             markdown_table(header, body)]
    if jit:
        lines += ["",
                  "JIT warm-up and compile cost (one more Taipan run with `--jit-stats`: when the "
                  "first compiled code became available, and the median over compiled functions "
                  "of compile time per 100 bytecode instructions):",
                  "",
                  markdown_table(jit[0] + [""], [r + [""] for r in jit[1]])]
    lines.append(END_MARK)
    block = "\n".join(lines)
    text = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            text = f.read()
    # The markers count only on lines of their own (the docs may mention them in prose).
    begin = re.search(r"^[ \t]*" + re.escape(BEGIN_MARK) + r"[ \t]*$", text, re.M)
    end = re.search(r"^[ \t]*" + re.escape(END_MARK) + r"[ \t]*$", text[begin.end():], re.M) \
        if begin else None
    if begin and end:
        text = text[:begin.start()] + block + text[begin.end() + end.end():]
    elif text:
        text = text.rstrip("\n") + "\n\n## Latest results\n\n" + block + "\n"
    else:
        text = "# Benchmarks\n\nResults of `bench/run.py`.\n\n## Latest results\n\n" + block + "\n"
    directory = os.path.dirname(os.path.abspath(path))
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=".bench-", suffix=".md")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


# --------------------------------------------------------------------------------- main

def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Run bench/programs/*.py under Taipan and reference Pythons; compare.")
    ap.add_argument("--taipan", help="path of the taipan executable (required unless --list)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per implementation (default 5)")
    ap.add_argument("--warmup", type=int, default=0,
                    help="untimed rounds before the timed ones (default 0)")
    ap.add_argument("--only", default="", help="comma-separated program names")
    ap.add_argument("--size-scale", type=float, default=1.0,
                    help="approximate work multiplier applied to every program's default size")
    ap.add_argument("--markdown", metavar="FILE",
                    help="write the table between the bench markers of FILE")
    ap.add_argument("--json", metavar="FILE", help="also write all raw measurements as JSON")
    ap.add_argument("--taipan-arg", action="append", default=[], metavar="ARG",
                    help="argument passed to taipan before the program (repeatable)")
    ap.add_argument("--cpython", default="",
                    help="CPython 3.11 command (default: python3.11 on PATH)")
    ap.add_argument("--no-pypy", action="store_true", help="do not run pypy3 even if installed")
    ap.add_argument("--extra-ref", action="append", default=[], metavar="NAME=CMD",
                    help="another reference implementation: CMD is run as `CMD FILE.py [size]`")
    ap.add_argument("--timeout", type=float, default=300.0,
                    help="seconds before a single run is killed (default 300, 0 = never)")
    ap.add_argument("--rss-method", choices=["auto", "time", "wait4"], default="auto",
                    help="how peak RSS is measured: GNU /usr/bin/time (exact; the default when "
                         "installed) or wait4 on the harness's own child (floored at the "
                         "harness's own peak RSS)")
    ap.add_argument("--list", action="store_true", help="list the programs and exit")
    ap.add_argument("--verbose", "-v", action="store_true", help="print every run")
    args = ap.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        ap.error("--runs must be >= 1 and --warmup >= 0")
    if not args.size_scale > 0:
        ap.error("--size-scale must be positive")
    if not args.list and not args.taipan:
        ap.error("--taipan is required")
    return ap, args


def main(argv=None):
    ap, args = parse_args(sys.argv[1:] if argv is None else argv)

    def log(msg):
        print(msg, file=sys.stderr, flush=True)

    progs = discover_programs()
    if args.only:
        wanted = [w.strip() for w in args.only.split(",") if w.strip()]
        known = {p.name for p in progs}
        unknown = [w for w in wanted if w not in known]
        if unknown:
            ap.error(f"unknown program(s): {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        progs = [p for p in progs if p.name in wanted]
    if args.list:
        for p in progs:
            print(f"{p.name:14} default size {p.default_size:<8} growth {p.growth:10} {p.summary}")
        return 0

    if args.cpython:
        cpython = shlex.split(args.cpython)
    elif sys.version_info[:2] == (3, 11):
        cpython = [shutil.which("python3.11") or sys.executable]
    else:
        found = shutil.which("python3.11")
        if not found:
            ap.error("python3.11 not found on PATH (use --cpython)")
        cpython = [found]
    taipan_path = args.taipan if os.sep in args.taipan else (shutil.which(args.taipan) or args.taipan)
    impls = [Impl("cpython", "CPython", cpython, False),
             Impl("taipan", "Taipan", [os.path.abspath(taipan_path)] + args.taipan_arg, True)]
    if not args.no_pypy and shutil.which("pypy3"):
        impls.append(Impl("pypy", "PyPy", [shutil.which("pypy3")], False))
    for spec in args.extra_ref:
        name, sep, cmd = spec.partition("=")
        if not sep or not name or not cmd.strip():
            ap.error(f"--extra-ref wants NAME=CMD, got {spec!r}")
        if name in [i.key for i in impls] or name in [i.label for i in impls]:
            ap.error(f"--extra-ref name {name!r} is already used")
        impls.append(Impl(name, name, shlex.split(cmd), False))
    for impl in impls:
        if not impl.use_pyc:
            impl.version = python_version(impl.prefix)
        elif os.path.isfile(impl.prefix[0]):
            mtime = datetime.datetime.fromtimestamp(os.path.getmtime(impl.prefix[0]),
                                                    datetime.timezone.utc)
            impl.version = f"binary of {mtime.strftime('%Y-%m-%d %H:%M')} UTC"
    if not impls[0].version.startswith("3.11"):
        log(f"warning: the CPython reference reports version {impls[0].version or '(unknown)'}, "
            f"not 3.11")
    if not os.access(impls[1].prefix[0], os.X_OK):
        log(f"warning: {impls[1].prefix[0]} is not an executable file; Taipan rows will be CRASH")

    args.rss_tool = None
    if args.rss_method in ("auto", "time"):
        args.rss_tool = find_gnu_time()
        if args.rss_tool is None:
            if args.rss_method == "time":
                ap.error("--rss-method time: GNU time (/usr/bin/time) is not installed")
            log("warning: GNU time (/usr/bin/time) is not installed: peak RSS comes from wait4 "
                "and is floored at the harness's own peak RSS (install the `time` package)")

    tmp = tempfile.mkdtemp(prefix="taipan-bench-")
    rows = []
    raw = []
    try:
        for prog in progs:
            log(f"{prog.name} ...")
            size, stats = bench_program(prog, impls, args, tmp, log)
            shown_size = size if size is not None else (prog.default_size or "default")
            rows.append((prog.name, shown_size, stats))
            raw.append({"program": prog.name, "size": shown_size, "results": {
                k: {"status": s.status, "detail": s.detail, "times_s": s.times, "maxrss_kb": s.rss}
                for k, s in stats.items()}})
            summary = []
            for impl in impls:
                st = stats[impl.key]
                if st.status == "ok" and st.times:
                    med = st.median_time()
                    spread = (max(st.times) - min(st.times)) / 2 / med * 100 if med else 0.0
                    summary.append(f"{impl.key} {med:.3f}s (±{spread:.0f}%) {st.median_rss_mb():.1f}MB")
                elif st.status == "ok":
                    summary.append(f"{impl.key} not run")
                else:
                    summary.append(f"{impl.key} {st.status}")
            log(f"  {prog.name}: " + ", ".join(summary))
    except KeyboardInterrupt:
        log("interrupted")
        shutil.rmtree(tmp, ignore_errors=True)
        return 130
    shutil.rmtree(tmp, ignore_errors=True)

    header, body, any_bad = build_table(rows, impls)
    print(text_table(header, body))
    jt = jit_table(rows)
    if jt:
        print()
        print(text_table(jt[0] + [""], [r + [""] for r in jt[1]]))
    if args.markdown:
        write_markdown(args.markdown, args, impls, header, body, jt)
        log(f"wrote {args.markdown}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"machine": machine_description(), "argv": sys.argv,
                       "implementations": {i.key: {"command": i.prefix, "version": i.version}
                                           for i in impls},
                       "runs": args.runs, "warmup": args.warmup, "size_scale": args.size_scale,
                       "programs": raw}, f, indent=1)
    if any_bad:
        log("FAILED: at least one program did not match CPython (see the status column)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
