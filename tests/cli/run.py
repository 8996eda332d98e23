"""Differential tests of the command line: `taipan -c`, `taipan -m`, script arguments, and
the full text of uncaught tracebacks.

Each case runs under CPython 3.11 and under Taipan with the same arguments, in a scratch
directory holding a small package, and compares stdout, the exit status and the last line
of stderr (interpreter paths and banners differ, so only that line is compared). The
TRACEBACK cases compare the whole of stderr: file names, lines, source lines, the caret
lines under the failing expression, collapsed recursion and SyntaxError locations.
The SIGNAL cases send SIGINT once the program has printed its first line and compare what
follows (Ctrl-C in a loop, in time.sleep, in a regex, in deep recursion, a Python handler),
in the interpreter and with the JIT.
"""
import argparse
import os
import py_compile
import subprocess
import sys
import signal
import tempfile
import time

FILES = {
    "pk/__init__.py": "print('pk init', __name__)\n",
    "pk/__main__.py": "from . import helper\nimport sys\nprint('pk main', __name__, __package__, helper.X, sys.argv[1:])\n",
    "pk/helper.py": "X = 5\nif __name__ == '__main__':\n    print('helper as main', __package__)\n",
    "mm.py": "import sys\nprint('mm', __name__, sys.argv[1:], sys.argv[0].endswith('mm.py'))\nraise SystemExit(sys.argv[1] if len(sys.argv) > 1 else 0)\n",
    "script.py": "import sys\nprint(__name__, sys.argv[1:])\n",
    "tb_calls.py": ("class A:\n    def m(self, d):\n        return self.helper(d,\n                           1)\n"
                    "    def helper(self, d, k):\n        return d['key'].upper()\n"
                    "def run():\n    a = A()\n    return a.m({'key': None})\nrun()\n"),
    "tb_recursion.py": "def f(n):\n    return f(n + 1)\nf(0)\n",
    "tb_syntax.py": "def f():\n    exec('x = (1,\\n  2 +\\n')\nf()\n",
    "sig_loop.py": "def spin():\n    n = 0\n    while True:\n        n += 1\nprint('ready', flush=True)\nspin()\n",
    "sig_for.py": ("def spin():\n    t = 0\n    for i in range(10**12):\n        t += i & 7\n"
                   "print('ready', flush=True)\ntry:\n    spin()\nexcept KeyboardInterrupt:\n    print('caught')\n"
                   "finally:\n    print('finally')\n"),
    "sig_sleep.py": "import time\nprint('ready', flush=True)\ntime.sleep(30)\n",
    "sig_regex.py": "import re\nprint('ready', flush=True)\nre.match(r'(a+)+$', 'a' * 60 + 'b')\n",
    "sig_fib.py": "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint('ready', flush=True)\nfib(60)\n",
    "sig_handler.py": ("import signal, sys\nhits = []\ndef h(signum, frame):\n    hits.append(signum)\n"
                       "    print('handler', signum == signal.SIGINT, flush=True)\n"
                       "old = signal.signal(signal.SIGINT, h)\nprint('ready', old is signal.default_int_handler, flush=True)\n"
                       "n = 0\nwhile not hits:\n    n += 1\nsignal.signal(signal.SIGINT, signal.SIG_DFL)\nprint('done')\n"),
    "tb_chain.py": ("def g():\n    raise KeyError('k')\ntry:\n    g()\nexcept KeyError as e:\n"
                    "    raise ValueError('v') from e\n"),
}

TRACEBACK = ["tb_calls.py", "tb_recursion.py", "tb_syntax.py", "tb_chain.py"]

CASES = [
    ["-c", "import sys; print(sys.argv, __name__, sys.path[0] == '')", "a", "b"],
    ["-c", "print(sum(range(10)))"],
    ["-c", "raise SystemExit(3)"],
    ["-c", "raise ValueError('boom')"],
    ["-c", "print(("],
    ["-c", "import pk.helper as h; print(h.X)"],
    ["-m", "pk", "x", "y"],
    ["-m", "pk.helper"],
    ["-m", "mm"],
    ["-m", "mm", "7"],
    ["-m", "no_such_module_here"],
    ["script.py", "1", "2"],
]


# (script, whole stderr compared?) Each runs under these Taipan options too.
SIGNAL = [("sig_loop.py", True), ("sig_for.py", True), ("sig_sleep.py", True), ("sig_regex.py", False),
          ("sig_fib.py", False), ("sig_handler.py", True)]
SIGNAL_MODES = [[], ["-X", "jit=off"], ["-X", "jit=eager"]]

# Precompiled programs that must run without any host compiler (as in the browser): the
# standard library's run-time templates (namedtuple's __new__) are compiled by Taipan itself.
NO_COMPILER = {
    "nc_namedtuple.py": ("import functools, collections, random, enum\n"
                         "P = collections.namedtuple('P', 'x y', defaults=[0])\n"
                         "print(P(1), P(x=2, y=3), P._make([4, 5])._asdict())\n"
                         "print(functools.lru_cache()(abs).cache_info())\n"),
}


def run_interrupted(cmd, cwd, full_stderr):
    """Runs cmd, sends SIGINT once it has printed its first line, returns what it did."""
    p = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         stdin=subprocess.DEVNULL)
    first = p.stdout.readline()
    time.sleep(0.3)
    p.send_signal(signal.SIGINT)
    try:
        out, err = p.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        p.kill()
        out, err = p.communicate()
        return first + out, "timeout", err
    if not full_stderr:
        lines = err.strip().splitlines()
        err = lines[-1] if lines else ""
    return first + out, p.returncode, err


def run(cmd, cwd, full_stderr=False, env=None):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, env=env)
    if full_stderr:
        return p.stdout, p.returncode, p.stderr
    err = p.stderr.strip().splitlines()
    last = err[-1] if err else ""
    if last.endswith("No module named no_such_module_here"):
        last = "No module named no_such_module_here"  # the program's name prefixes it
    return p.stdout, p.returncode, last


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--taipan", required=True, help="the taipan binary, or a Node entry (.mjs) of the wasm build")
    ap.add_argument("--no-signals", action="store_true", help="skip the SIGINT cases (WebAssembly has no signals)")
    args = ap.parse_args()
    taipan = [os.path.abspath(args.taipan)]
    if taipan[0].endswith((".mjs", ".cjs", ".js")):
        taipan.insert(0, "node")
    failures = 0
    with tempfile.TemporaryDirectory() as d:
        for path, text in FILES.items():
            os.makedirs(os.path.dirname(os.path.join(d, path)), exist_ok=True)
            with open(os.path.join(d, path), "w") as f:
                f.write(text)
        for case in CASES:
            want = run([sys.executable] + case, d)
            got = run(taipan + case, d)
            if want != got:
                failures += 1
                print("FAIL %r\n  cpython: %r\n  taipan:  %r" % (case, want, got))
        for script in TRACEBACK:
            want = run([sys.executable, script], d, True)
            got = run(taipan + [script], d, True)
            if want != got:
                failures += 1
                print("FAIL traceback of %s\n--- cpython\n%s--- taipan\n%s" % (script, want[2], got[2]))
        for script, full in [] if args.no_signals else SIGNAL:
            want = run_interrupted([sys.executable, script], d, full)
            for mode in SIGNAL_MODES:
                got = run_interrupted(taipan + mode + [script], d, full)
                if want != got:
                    failures += 1
                    print("FAIL SIGINT in %s %s\n--- cpython\n%r\n--- taipan\n%r" % (script, mode, want, got))
        for script, text in NO_COMPILER.items():
            src = os.path.join(d, script)
            with open(src, "w") as f:
                f.write(text)
            pyc = py_compile.compile(src, cfile=src + "c", doraise=True)
            want = run([sys.executable, pyc], d)
            env = dict(os.environ, TAIPAN_PYTHON="/nonexistent/python3.11")
            got = run(taipan + [pyc], d, env=env)
            if want != got:
                failures += 1
                print("FAIL %s without a host compiler\n  cpython: %r\n  taipan:  %r" % (script, want, got))
    total = len(CASES) + len(TRACEBACK) + (0 if args.no_signals else len(SIGNAL) * len(SIGNAL_MODES)) + len(NO_COMPILER)
    print("cli: %d of %d cases match" % (total - failures, total))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
