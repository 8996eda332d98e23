# argparse: subparsers with set_defaults dispatch, aliases, required subcommands, parent parsers, nested subcommands, per-subcommand help, and an invalid-choice exit with code 2.
import argparse
import contextlib
import io

common = argparse.ArgumentParser(add_help=False)
common.add_argument("-v", "--verbose", action="count", default=0)
common.add_argument("--config", default="cfg.ini")


def cmd_add(ns):
    return "add %s to %s" % (ns.item, ns.target)


def cmd_rm(ns):
    return "rm %s force=%s" % (ns.paths, ns.force)


def cmd_remote_add(ns):
    return "remote add %s=%s" % (ns.name, ns.url)


def build():
    p = argparse.ArgumentParser(prog="vcs", parents=[common], description="version control")
    sub = p.add_subparsers(dest="command", title="commands", required=True, metavar="COMMAND")
    a = sub.add_parser("add", parents=[common], help="add an item", aliases=["a"])
    a.add_argument("item")
    a.add_argument("--target", default="index")
    a.set_defaults(func=cmd_add)
    r = sub.add_parser("rm", help="remove paths")
    r.add_argument("paths", nargs="+")
    r.add_argument("-f", "--force", action="store_true")
    r.set_defaults(func=cmd_rm)
    remote = sub.add_parser("remote", help="remotes")
    rsub = remote.add_subparsers(dest="remote_cmd", required=True)
    ra = rsub.add_parser("add")
    ra.add_argument("name")
    ra.add_argument("url")
    ra.set_defaults(func=cmd_remote_add)
    return p


PARSER = build()


def attempt(argv):
    err, out = io.StringIO(), io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            ns = PARSER.parse_args(argv)
        d = {k: v for k, v in vars(ns).items() if k != "func"}
        print("ok", ns.func(ns), sorted(d.items()))
    except SystemExit as e:
        text = (err.getvalue() or out.getvalue()).splitlines()
        print("exit", e.code, text[-1] if text else "")


attempt(["add", "file.txt"])
attempt(["-v", "a", "x", "--target", "stage", "-vv"])
attempt(["--config", "other.ini", "rm", "p1", "p2", "-f"])
attempt(["remote", "add", "origin", "https://example"])
attempt([])
attempt(["rm"])
attempt(["push"])
attempt(["remote"])
attempt(["remote", "add", "only-name"])
attempt(["add", "--help"])

p = PARSER
help_text = p.format_help().splitlines()
print([l for l in help_text if l.strip().startswith(("add", "rm", "remote", "COMMAND", "{"))])
ns, rest = p.parse_known_args(["rm", "x", "--extra", "1"])
print(ns.paths, rest)
# set_defaults on the main parser and get_default
p.set_defaults(color="auto")
print(p.get_default("color"), p.get_default("config"), p.parse_args(["rm", "q"]).color)
# an unrequired subparser group leaves the command None
q = argparse.ArgumentParser(prog="opt")
qs = q.add_subparsers(dest="cmd")
qs.add_parser("go")
print(q.parse_args([]), q.parse_args(["go"]))
PARSER.parse_args(["remote", "delete"])
