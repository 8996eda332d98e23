#!/usr/bin/env python3.11
"""The packer: an app (a directory with a main script, or one .py file) -> a Taipan bundle.

    python3.11 tools/pack.py APP_DIR|SCRIPT.py -o app.tpb [--sources[=app|all]] [--main NAME]
                             [--include MOD] [--exclude MOD] [--full] [-O N] [--include-site]
                             [--taipan CMD] [--verbose] [--why MOD]
    taipan pack ...          (the same, through the CLI)

It compiles the app's modules and exactly the standard-library modules they can import into
one file of marshalled code objects (docs/bundles.md has the format). Imports are found by
reading every module's syntax tree: each `import` and `from ... import` anywhere in it (in
functions, in try blocks, under `if`), relative ones resolved against the package, and
`importlib.import_module("name")` / `__import__("name")` with a literal name. They are
followed transitively through the app, then the host CPython 3.11's `Lib/` (and the
site-packages of this Python with --include-site), the order Taipan's importer searches in.
Code known not to run is skipped (another module's `if __name__ == "__main__":` block,
`if TYPE_CHECKING:`, Windows-only branches), and so are imports inside library functions
that do not run at import time, unless --full (the app's own modules are scanned whole).

Modules Taipan provides natively (`sys.builtin_module_names` of the Taipan binary, asked with
`taipan --list-builtin-modules`, so the list cannot drift from the VM) are not packed.
Imports that cannot be found are skipped: most are optional (C accelerators in
`try/except ImportError`, other platforms' modules); --verbose lists them. Dynamic imports
the scan cannot see need --include.

The output depends only on the input files, the options and the host's Lib/ (entries are
sorted by name, nothing records times or absolute paths), so packing twice gives the same bytes.
"""
import sys

if sys.version_info[:2] != (3, 11) or sys.implementation.name != "cpython":
    sys.stderr.write(
        "pack.py: needs CPython 3.11 (Taipan runs CPython 3.11 bytecode); this is %s %d.%d at %s\n"
        "         run it as `python3.11 tools/pack.py ...` or set TAIPAN_PYTHON for `taipan pack`\n"
        % (sys.implementation.name, sys.version_info[0], sys.version_info[1], sys.executable))
    sys.exit(2)

import argparse
import ast
import importlib.util
import marshal
import os
import shlex
import shutil
import struct
import subprocess
import sysconfig

FORMAT_MAGIC = b"TPB\x01"
HEADER = struct.Struct("<4s4sIIIIII")  # magic, pyc magic, flags, count, size, main, reserved x2
ENTRY = struct.Struct("<IIIIIIIIII")   # name, filename, code, source (offset, length each), flags, 0
FLAG_SOURCES = 1
ENTRY_PACKAGE = 1
ENTRY_SOURCE = 2

# Python modules that Taipan's native modules import by name at run time, invisible to the
# scan: _warnings.warn calls warnings.warn; _sre's sub() with a template calls re._subx.
# (_codecs imports encodings.NAME for codecs it lacks: dynamic, see --include.)
IMPLICIT = {"_warnings": ["warnings"], "_sre": ["re"]}


class PackError(Exception):
    pass


class Module:
    def __init__(self, name, path, is_package, root_kind, filename):
        self.name = name            # dotted name
        self.path = path            # the .py file on this machine
        self.is_package = is_package
        self.root_kind = root_kind  # "app", "stdlib" or "site"
        self.filename = filename    # the name it carries in the bundle (co_filename, __file__)
        self.source = None          # bytes
        self.code = None            # marshalled code object


def is_main_test(test):
    """`__name__ == "__main__"`."""
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
            and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)
            and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value == "__main__")


def static_truth(test):
    """True/False for tests whose value is known wherever Taipan runs, else None: TYPE_CHECKING
    (False at run time) and Windows checks (`sys.platform == "win32"`, `sys.platform.startswith("win")`,
    `os.name == "nt"`; Taipan runs on posix platforms)."""
    def dotted(n):
        if isinstance(n, ast.Name):
            return n.id
        if isinstance(n, ast.Attribute):
            base = dotted(n.value)
            return base and base + "." + n.attr
        return None
    name = dotted(test)
    if name in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
        return False
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        inner = static_truth(test.operand)
        return None if inner is None else not inner
    if (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.NotEq))
            and isinstance(test.comparators[0], ast.Constant)):
        left, value = dotted(test.left), test.comparators[0].value
        windows = None
        if left in ("sys.platform", "_sys.platform") and value in ("win32", "cygwin"):
            windows = True
        elif left in ("os.name", "_os.name") and value == "nt":
            windows = True
        if windows:
            return isinstance(test.ops[0], ast.NotEq)
    if (isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) and test.func.attr == "startswith"
            and dotted(test.func.value) in ("sys.platform", "_sys.platform") and len(test.args) == 1
            and isinstance(test.args[0], ast.Constant) and test.args[0].value in ("win", "win32", "cygwin")):
        return False
    return None


def live_nodes(tree, is_main, functions=True):
    """The nodes of a module that can run when it is imported (or run as __main__ if is_main):
    everything but the `if __name__ == "__main__":` block of an imported module, the
    module-level functions only that block uses (`_test()`, `main()`), and branches
    static_truth rules out. Without `functions` (--lean), function bodies are left out too,
    except those of module-level functions that code running at import time calls or decorates
    with, found to a fixed point (a function only passed on, `key=f`, is not followed)."""
    dead_funcs = set()
    module_funcs = {s.name: s for s in tree.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))}
    expanded = set()
    if not is_main:
        main_names, other_names = set(), set()
        for stmt in tree.body:
            target = main_names if isinstance(stmt, ast.If) and is_main_test(stmt.test) else other_names
            nodes = [x for b in stmt.body for x in ast.walk(b)] if target is main_names else list(ast.walk(stmt))
            for n in nodes:
                if isinstance(n, ast.Name):
                    target.add(n.id)
                elif isinstance(n, ast.Attribute):
                    target.add(n.attr)
                elif isinstance(n, ast.Constant) and isinstance(n.value, str):
                    target.add(n.value)
        for stmt in tree.body:
            if (isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
                    and stmt.name in main_names and stmt.name not in other_names):
                dead_funcs.add(stmt)
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if node in dead_funcs:
            continue
        if not functions:
            called = [node.func] if isinstance(node, ast.Call) else getattr(node, "decorator_list", [])
            for f in called:
                if isinstance(f, ast.Call):
                    f = f.func  # @decorator(args)
                if isinstance(f, ast.Name) and f.id in module_funcs and f.id not in expanded:
                    expanded.add(f.id)
                    stack.extend(reversed(module_funcs[f.id].body))
        if not functions and isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            # The decorators and defaults run at import time; the body only when called.
            stack.extend(reversed(getattr(node, "decorator_list", []) + node.args.defaults
                                  + [d for d in node.args.kw_defaults if d is not None]))
            continue
        if isinstance(node, ast.If):
            if not is_main and is_main_test(node.test):
                stack.extend(reversed(node.orelse))
                continue
            truth = static_truth(node.test)
            if truth is not None:
                stack.extend(reversed(node.body if truth else node.orelse))
                continue
        stack.extend(reversed(list(ast.iter_child_nodes(node))))


class Packer:
    def __init__(self, app_dir, main_name, builtins, include_site, excludes, verbose, lean=False):
        self.app_dir = app_dir
        self.lean = lean
        self.main_name = main_name
        self.builtins = builtins
        self.excludes = excludes
        self.verbose = verbose
        stdlib = sysconfig.get_paths()["stdlib"]
        # (directory, kind, filename prefix) in search order: the app first, as sys.path[0].
        self.roots = [(app_dir, "app", ""), (stdlib, "stdlib", "<stdlib>/")]
        if include_site:
            seen = set()
            for p in [sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]] + sys.path:
                if p and os.path.isdir(p) and os.path.basename(p) in ("site-packages", "dist-packages") and p not in seen:
                    seen.add(p)
                    self.roots.append((p, "site", "<site>/"))
        self.modules = {}       # name -> Module
        self.missing = {}       # name -> set of importers
        self.native = set()     # native modules the app reaches
        self.why = {}           # name -> the module whose import brought it in

    def excluded(self, name):
        return any(name == e or name.startswith(e + ".") for e in self.excludes)

    def locate(self, name):
        """The Module for `name` (its parents must be found already), or None."""
        parent, _, leaf = name.rpartition(".")
        if parent:
            pm = self.modules.get(parent)
            if pm is None or not pm.is_package:
                return None
            base = os.path.dirname(pm.path)
            roots = [(base, pm.root_kind, pm.filename.rsplit("/", 1)[0] + "/" if "/" in pm.filename else "")]
        else:
            roots = self.roots
        for root, kind, prefix in roots:
            d = os.path.join(root, leaf)
            init = os.path.join(d, "__init__.py")
            if os.path.isfile(init):
                return Module(name, init, True, kind, prefix + leaf + "/__init__.py")
            f = d + ".py"
            if os.path.isfile(f):
                return Module(name, f, False, kind, prefix + leaf + ".py")
        return None

    def add(self, name, importer, required=False):
        """Makes sure `name` and its parents are packed (or known native / missing)."""
        parts = name.split(".")
        for i in range(1, len(parts) + 1):
            n = ".".join(parts[:i])
            if n in self.modules or n in self.native:
                continue
            if self.excluded(n):
                return
            if n in self.builtins:
                self.native.add(n)
                for extra in IMPLICIT.get(n, []):
                    self.add(extra, n)
                return
            m = self.locate(n)
            if m is None:
                if required and i == len(parts):
                    raise PackError("cannot find module '%s'" % name)
                parent = self.modules.get(n.rpartition(".")[0])
                if parent is None or parent.is_package:
                    # (`import os.path`: a plain module that puts its "submodule" into
                    # sys.modules itself is not a miss.)
                    self.missing.setdefault(n, set()).add(importer)
                return
            self.modules[n] = m
            self.why[n] = importer
            self.queue.append(m)

    def add_optional_submodule(self, name, importer):
        """`from pkg import x`: x is a submodule if pkg is a package with a module x."""
        parent = name.rpartition(".")[0]
        pm = self.modules.get(parent)
        if pm is None or not pm.is_package or name in self.modules or self.excluded(name):
            return
        if self.locate(name) is not None:
            self.add(name, importer)

    def scan(self, m):
        try:
            with open(m.path, "rb") as f:
                m.source = f.read()
        except OSError as e:
            raise PackError("cannot read %s: %s" % (m.path, e))
        try:
            tree = ast.parse(m.source, m.path)
        except SyntaxError as e:
            if m.root_kind == "app":
                raise PackError("syntax error in %s, line %s: %s" % (m.path, e.lineno, e.msg))
            # A stdlib file that does not compile (lib2to3's test data, say) is left out.
            self.note("%s does not compile (%s); left out" % (m.path, e.msg))
            del self.modules[m.name]
            return
        package = m.name if m.is_package else m.name.rpartition(".")[0]
        for node in live_nodes(tree, m.name == self.main_name, m.root_kind == "app" or not self.lean):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    self.add(alias.name, m.name)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".") if package else []
                    if node.level - 1 > len(base) or not base:
                        continue  # beyond the top-level package: fails at run time as in CPython
                    base = base[:len(base) - (node.level - 1)]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module
                if not target:
                    continue
                self.add(target, m.name)
                for alias in node.names:
                    if alias.name != "*":
                        self.add_optional_submodule(target + "." + alias.name, m.name)
            elif isinstance(node, ast.Call) and node.args:
                f = node.func
                fname = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else None
                a = node.args[0]
                if (fname in ("import_module", "__import__") and isinstance(a, ast.Constant)
                        and isinstance(a.value, str) and a.value and not a.value.startswith(".")):
                    self.add(a.value, m.name)

    def chain(self, name):
        out = [name]
        while out[-1] in self.why and self.why[out[-1]] in self.modules and len(out) < 50:
            out.append(self.why[out[-1]])
        return " <- ".join(out)

    def note(self, text):
        if self.verbose:
            sys.stderr.write("pack: " + text + "\n")

    def run(self, roots):
        self.queue = []
        for name, required in roots:
            self.add(name, "<command line>", required)
        while self.queue:
            m = self.queue.pop()
            if m.name in self.modules:
                self.scan(m)


def builtin_modules(taipan):
    # `taipan` is a command line: the browser build's Node runner can stand in for the binary.
    try:
        out = subprocess.run(shlex.split(taipan) + ["--list-builtin-modules"], capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        raise PackError("cannot ask %s for its native modules (%s); pass --taipan PATH" % (taipan, e))
    names = set(out.split())
    if "sys" not in names:
        raise PackError("%s --list-builtin-modules gave no module list" % taipan)
    return names


def find_taipan(given):
    if given:
        return given
    if os.environ.get("TAIPAN"):
        return os.environ["TAIPAN"]
    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for cand in [os.path.join(repo, "build", "release", "taipan")]:
        if os.access(cand, os.X_OK):
            return cand
    found = shutil.which("taipan")
    if found:
        return found
    raise PackError("cannot find the taipan binary (to ask for its native modules): pass --taipan PATH or set TAIPAN")


def compile_module(m, with_source, optimize):
    code = compile(m.source, m.filename, "exec", dont_inherit=True, optimize=optimize)
    m.code = marshal.dumps(code)
    if with_source:
        # Stored as UTF-8 whatever the file's coding cookie says.
        m.source_text = importlib.util.decode_source(m.source).encode("utf-8", "surrogatepass")
    else:
        m.source_text = None


def write_bundle(modules, main_name, any_sources):
    mods = sorted(modules, key=lambda m: m.name)
    n = len(mods)
    data_start = HEADER.size + ENTRY.size * n
    blob = bytearray()
    index = []
    main_index = None

    def put(b):
        off = data_start + len(blob)
        blob.extend(b)
        return off, len(b)

    for i, m in enumerate(mods):
        if m.name == main_name:
            main_index = i
        name = put(m.name.encode("utf-8"))
        filename = put(m.filename.encode("utf-8"))
        code = put(m.code)
        flags = ENTRY_PACKAGE if m.is_package else 0
        source = (0, 0)
        if m.source_text is not None:
            source = put(m.source_text)
            flags |= ENTRY_SOURCE
        index.append(ENTRY.pack(name[0], name[1], filename[0], filename[1], code[0], code[1],
                                source[0], source[1], flags, 0))
    size = data_start + len(blob)
    if size >= 1 << 32:
        raise PackError("the bundle would be %d bytes; the format's limit is 4 GiB" % size)
    pyc_magic = importlib.util.MAGIC_NUMBER
    header = HEADER.pack(FORMAT_MAGIC, pyc_magic, FLAG_SOURCES if any_sources else 0, n, size, main_index, 0, 0)
    return header + b"".join(index) + bytes(blob)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="taipan pack", description="Pack an app and the standard-library modules "
                                 "it imports into one Taipan bundle (docs/bundles.md).")
    ap.add_argument("app", help="the app directory (with __main__.py or main.py, or see --main) or one .py file")
    ap.add_argument("-o", "--output", help="the bundle to write (default: APP.tpb)")
    ap.add_argument("--main", help="the main script's module name in APP_DIR (default: __main__, else main)")
    ap.add_argument("--sources", nargs="?", const="app", choices=["app", "all"],
                    help="carry source text for traceback lines: of the app's modules (app, the default), "
                    "or of every module (all)")
    ap.add_argument("--include", action="append", default=[], metavar="MOD",
                    help="also pack MOD and what it imports (for dynamic imports); repeatable")
    ap.add_argument("--exclude", action="append", default=[], metavar="MOD",
                    help="leave out MOD and its submodules; repeatable")
    ap.add_argument("--full", action="store_true",
                    help="in library modules, also follow the imports inside functions that do not run at "
                    "import time (a bundle that never needs the host's Lib/, several times larger; by "
                    "default a library function importing a module left out raises ImportError under "
                    "--bundle-only: add that module with --include)")
    ap.add_argument("-O", "--optimize", type=int, choices=[0, 1, 2], default=0,
                    help="compile as `python3.11 -O` (1: no asserts, __debug__ False) or -OO (2: also no "
                    "docstrings); default 0")
    ap.add_argument("--include-site", action="store_true", help="also search this Python's site-packages")
    ap.add_argument("--taipan", help="the Taipan that will run the bundle, asked for its native modules: a "
                    "binary or a command line (default: $TAIPAN, build/release/taipan of this checkout, or "
                    "taipan on PATH)")
    ap.add_argument("--why", action="append", default=[], metavar="MOD",
                    help="print the chain of imports that brought MOD into the bundle")
    ap.add_argument("-v", "--verbose", action="store_true", help="list packed modules and imports not found")
    args = ap.parse_args(argv)
    try:
        app = os.path.abspath(args.app)
        if os.path.isdir(app):
            app_dir = app
            if args.main:
                main_name = args.main[:-3] if args.main.endswith(".py") else args.main
            elif os.path.isfile(os.path.join(app_dir, "__main__.py")):
                main_name = "__main__"
            elif os.path.isfile(os.path.join(app_dir, "main.py")):
                main_name = "main"
            else:
                raise PackError("%s has neither __main__.py nor main.py; name the main script with --main" % args.app)
            if not os.path.isfile(os.path.join(app_dir, main_name + ".py")):
                raise PackError("no main script %s.py in %s" % (main_name, args.app))
        elif os.path.isfile(app) and app.endswith(".py"):
            app_dir = os.path.dirname(app)
            main_name = os.path.basename(app)[:-3]
        else:
            raise PackError("%s is neither a directory nor a .py file" % args.app)
        if "." in main_name:
            raise PackError("the main script's name '%s' must not contain a dot" % main_name)
        out = args.output or (os.path.splitext(app)[0] if not os.path.isdir(app) else app.rstrip("/")) + ".tpb"
        packer = Packer(app_dir, main_name, builtin_modules(find_taipan(args.taipan)), args.include_site, args.exclude,
                        args.verbose, not args.full)
        packer.run([(main_name, True)] + [(m, True) for m in args.include])
        if main_name not in packer.modules:
            raise PackError("the main module %s is excluded" % main_name)
        mods = list(packer.modules.values())
        for m in mods:
            compile_module(m, args.sources == "all" or (args.sources == "app" and m.root_kind == "app"), args.optimize)
        data = write_bundle(mods, main_name, bool(args.sources))
        with open(out, "wb") as f:
            f.write(data)
    except PackError as e:
        sys.stderr.write("taipan pack: %s\n" % e)
        return 1
    for n in args.why:
        sys.stderr.write("pack: %s\n" % (packer.chain(n) if n in packer.modules else n + " is not packed"))
    kinds = {}
    for m in mods:
        kinds[m.root_kind] = kinds.get(m.root_kind, 0) + 1
    if args.verbose:
        for m in sorted(mods, key=lambda m: m.name):
            sys.stderr.write("pack:   %-40s %-7s %7d bytes%s\n" % (m.name, m.root_kind, len(m.code),
                             " + source" if m.source_text is not None else ""))
        for n in sorted(packer.missing):
            sys.stderr.write("pack: not found: %s (imported by %s)\n" % (n, ", ".join(sorted(packer.missing[n]))))
        sys.stderr.write("pack: native: %s\n" % " ".join(sorted(packer.native)))
    sys.stderr.write("taipan pack: %s: %d modules (%s), %d bytes; %d imports not found%s\n" % (
        out, len(mods), ", ".join("%d %s" % (kinds[k], k) for k in sorted(kinds)), len(data), len(packer.missing),
        "" if args.verbose else " (--verbose lists them)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
