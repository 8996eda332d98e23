# optparse: option types, actions (store/append/count/callback/const), defaults, dest inference, errors to stderr and exit 2.
import optparse, io, sys

p = optparse.OptionParser(usage="%prog [options] files", prog="tool", version="%prog 1.2")
p.add_option("-v", "--verbose", action="count", dest="verbosity", default=0, help="more output")
p.add_option("-q", "--quiet", action="store_const", const=-1, dest="verbosity")
p.add_option("-n", "--num", type="int", default=3, help="a number [default: %default]")
p.add_option("-f", "--factor", type="float")
p.add_option("-c", "--complex", type="complex")
p.add_option("--name", metavar="NAME")
p.add_option("-I", "--include", action="append", default=[])
p.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast")
p.add_option("--pair", nargs=2, type="int")
p.add_option("--debug", action="store_true")
p.add_option("--no-color", action="store_false", dest="color", default=True)
p.add_option("--tag", action="append_const", const="T", dest="tags")
seen = []
def cb(option, opt_str, value, parser, *args, **kw):
    seen.append((option.dest, opt_str, value, args, kw))
    setattr(parser.values, option.dest, value.upper())
p.add_option("--shout", action="callback", callback=cb, type="string", dest="shout",
             callback_args=(1,), callback_kwargs={"k": 2})

def show(argv):
    opts, args = p.parse_args(argv)
    d = vars(opts)
    print(argv, "->", sorted(d.items()), args)

show([])
show(["-vvv", "-n", "42", "a.txt"])
show(["-v", "-q", "--num=7", "-f", "2.5", "--name", "bob", "-I", "x", "-Iy", "--include=z"])
show(["--mode", "slow", "--pair", "3", "4", "--debug", "--no-color", "--tag", "--tag", "--", "-v"])
show(["--shout", "hey", "-c", "1+2j", "--num", "0x1f", "rest", "-v"])
print(seen)
p2 = optparse.OptionParser()
p2.disable_interspersed_args()
p2.add_option("-a", action="store_true")
o2, a2 = p2.parse_args(["-a", "cmd", "-a"])
print(o2.a, a2, str(o2))
vals = optparse.Values({"x": 1})
print(vals, vals.x, vals == optparse.Values({"x": 1}), vals == {"x": 1})
o = p.get_option("--num")
print(o, o.dest, o.type, o.default, p.has_option("-n"), p.has_option("--zzz"))
print(p.get_default_values().num, p.defaults["num"], p.get_prog_name(), p.get_usage().strip(), p.get_version())
try:
    p.add_option("-n", type="int")
except optparse.OptionConflictError as e:
    print("OptionConflictError:", e)
try:
    optparse.Option("--bad", type="nonsense")
except optparse.OptionError as e:
    print("OptionError:", e)
try:
    optparse.Option("-x", action="store", type="int", choices=[1])
except optparse.OptionError as e:
    print("OptionError:", e)

class Quiet(optparse.OptionParser):
    def exit(self, status=0, msg=None):
        raise SystemExit((status, msg))
q = Quiet(prog="q")
q.add_option("-n", type="int")
q.add_option("--mode", type="choice", choices=["a", "b"])
q.add_option("--opt")
for argv in (["-n", "x"], ["--mode", "c"], ["--zap"], ["--opt"], ["-n"], ["--mo", "a", "--m", "b"]):
    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        print(argv, q.parse_args(argv)[0])
    except SystemExit as e:
        print(argv, "exit", e.code[0], repr(e.code[1]))
    finally:
        sys.stderr = old
    print("  stderr:", err.getvalue().splitlines())
p.remove_option("--debug")
print(p.has_option("--debug"))
p.parse_args(["--num", "notanumber"])
