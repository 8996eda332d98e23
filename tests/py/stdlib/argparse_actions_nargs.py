# argparse: custom Action classes, nargs ('?', '*', '+', N, REMAINDER) with const/default, append/extend/count/BooleanOptionalAction, SUPPRESS, prefix_chars, abbreviations, fromfile_prefix_chars and intermixed parsing.
import argparse
import contextlib
import io
import os
import tempfile


class KeyValue(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None and nargs != "+":
            raise ValueError("nargs must be '+'")
        super().__init__(option_strings, dest, nargs="+", **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        d = dict(getattr(namespace, self.dest) or {})
        for v in values:
            if "=" not in v:
                parser.error("%s: %r is not key=value" % (option_string, v))
            k, _, val = v.partition("=")
            d[k] = val
        setattr(namespace, self.dest, d)


def parser():
    p = argparse.ArgumentParser(prog="acts")
    p.add_argument("--set", action=KeyValue, dest="settings")
    p.add_argument("--opt", nargs="?", const="CONST", default="DEFAULT")
    p.add_argument("--many", nargs="*", default=[])
    p.add_argument("--pair", nargs=2, metavar=("X", "Y"), type=int)
    p.add_argument("--tag", action="append", default=None)
    p.add_argument("--ext", action="extend", nargs="+")
    p.add_argument("-q", action="count", default=0)
    p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True)
    p.add_argument("--hidden", default=argparse.SUPPRESS)
    p.add_argument("--const-flag", action="store_const", const=42)
    p.add_argument("--append-const", action="append_const", const="c", dest="consts")
    p.add_argument("--version", action="version", version="%(prog)s 1.2")
    return p


PARSER = parser()


def attempt(argv, p=None):
    p = p or PARSER
    err, out = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = p.parse_args(argv)
        print("ok", sorted(vars(ns).items()))
    except SystemExit as e:
        text = (err.getvalue() or out.getvalue()).splitlines()
        print("exit", e.code, text[-1] if text else "")


attempt([])
attempt(["--set", "a=1", "b=2", "--set", "a=3"])
attempt(["--set", "novalue"])
attempt(["--opt"])
attempt(["--opt", "given", "--many"])
attempt(["--many", "x", "y", "--pair", "3", "4"])
attempt(["--pair", "3"])
attempt(["--tag", "t1", "--tag", "t2", "--ext", "e1", "e2", "--ext", "e3"])
attempt(["-qqq", "-q", "--no-color", "--hidden", "h"])
attempt(["--const-flag", "--append-const", "--append-const"])
attempt(["--version"])
attempt(["--col"])
attempt(["--co"])
try:
    argparse.ArgumentParser().add_argument("--kv", action=KeyValue, nargs=2)
except ValueError as e:
    print("ValueError", e)

# REMAINDER and positional nargs
p = argparse.ArgumentParser(prog="run")
p.add_argument("cmd")
p.add_argument("args", nargs=argparse.REMAINDER)
print(p.parse_args(["ls", "-l", "--all", "x"]))
p = argparse.ArgumentParser(prog="pos")
p.add_argument("first")
p.add_argument("middle", nargs="?", default="mid")
p.add_argument("rest", nargs="*")
for argv in (["a"], ["a", "b"], ["a", "b", "c", "d"]):
    print(p.parse_args(argv))

# other prefix characters and no abbreviations
p = argparse.ArgumentParser(prog="plus", prefix_chars="+-", allow_abbrev=False)
p.add_argument("+x", action="store_true")
p.add_argument("--long-name")
print(p.parse_args(["+x", "--long-name", "v"]))
attempt(["--long", "v"], p)

# arguments read from a file
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "args.txt")
    with open(path, "w") as f:
        f.write("--tag\nfrom-file\n--opt\nfile-opt\n")
    p = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
    p.add_argument("--tag", action="append")
    p.add_argument("--opt")
    p.add_argument("items", nargs="*")
    print(p.parse_args(["a", "@" + path, "--tag", "cli"]))

# intermixed optionals and positionals
p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
print(p.parse_intermixed_args(["doit", "1", "--foo", "bar", "2", "3"]))
print(p.parse_known_intermixed_args(["doit", "1", "--zzz", "2"]))
attempt(["doit", "1", "--foo", "bar", "2"], p)
PARSER.parse_args(["--pair", "1", "two"])
