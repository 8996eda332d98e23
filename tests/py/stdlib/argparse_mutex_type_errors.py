# argparse: mutually exclusive groups (required and optional), type conversion errors and custom type functions, choices, and a final usage error exiting with code 2.
import argparse
import contextlib
import io


def make():
    p = argparse.ArgumentParser(prog="tool")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--fast", action="store_true")
    g.add_argument("--slow", action="store_true")
    g.add_argument("--speed", type=int)
    req = p.add_mutually_exclusive_group(required=True)
    req.add_argument("--json", dest="fmt", action="store_const", const="json")
    req.add_argument("--xml", dest="fmt", action="store_const", const="xml")
    p.add_argument("--ratio", type=float, default=1.0)
    p.add_argument("--level", type=int, choices=range(1, 4))
    p.add_argument("--mode", choices=["a", "b"])

    def even(text):
        v = int(text)
        if v % 2:
            raise argparse.ArgumentTypeError("%d is odd" % v)
        return v

    p.add_argument("--even", type=even)
    p.add_argument("--hexval", type=lambda s: int(s, 16))
    p.add_argument("files", nargs="*", type=str.upper)
    return p


PARSER = make()


def attempt(argv):
    p = PARSER
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = p.parse_args(argv)
        print("ok", sorted(vars(ns).items()))
    except SystemExit as e:
        lines = err.getvalue().splitlines()
        print("exit", e.code, lines[-1])


attempt(["--json"])
attempt(["--xml", "--fast", "a.txt", "b.txt"])
attempt(["--json", "--speed", "9", "--ratio", "2.5", "--level", "3", "--mode", "b"])
attempt(["--fast", "--slow", "--json"])
attempt(["--fast"])
attempt(["--json", "--xml"])
attempt(["--json", "--speed", "fast"])
attempt(["--json", "--ratio", "x1"])
attempt(["--json", "--level", "7"])
attempt(["--json", "--mode", "c"])
attempt(["--json", "--even", "3"])
attempt(["--json", "--even", "4", "--hexval", "ff"])
attempt(["--json", "--hexval", "zz"])
attempt(["--json", "--unknown"])
attempt(["--json", "--speed"])
print(PARSER.format_usage().strip())
help_text = PARSER.format_help()
print(help_text.splitlines()[:3])

# exit_on_error=False raises ArgumentError for type errors instead of exiting
p = argparse.ArgumentParser(prog="quiet", exit_on_error=False)
p.add_argument("--n", type=int)
try:
    p.parse_args(["--n", "seven"])
except argparse.ArgumentError as e:
    print("ArgumentError", e.argument_name, e.message)

# the real exit: usage and error go to stderr, exit code 2
PARSER.parse_args(["--json", "--level", "0"])
print("not reached")
