# cmd.Cmd driven by StringIO stdin/stdout: do_* dispatch, default, emptyline, precmd/postcmd hooks, help topics, completion, EOF.
import cmd, io

class Calc(cmd.Cmd):
    intro = "calc ready"
    prompt = "(calc) "
    doc_header = "Documented:"
    undoc_header = "Undocumented:"
    def __init__(self, **kw):
        super().__init__(**kw)
        self.stack = []
        self.log = []
    def preloop(self):
        self.log.append("preloop")
    def postloop(self):
        self.log.append("postloop")
    def precmd(self, line):
        self.log.append("pre:" + line.strip())
        return line.lower() if line.startswith("PUSH") else line
    def postcmd(self, stop, line):
        self.log.append("post:" + line.split(" ")[0])
        return stop
    def do_push(self, arg):
        """push N: push numbers"""
        for a in arg.split():
            self.stack.append(int(a))
    def do_add(self, arg):
        """add: add the top two"""
        if len(self.stack) < 2:
            self.stdout.write("need two\n")
            return
        b, a = self.stack.pop(), self.stack.pop()
        self.stack.append(a + b)
    def do_show(self, arg):
        self.stdout.write("stack=%r\n" % self.stack)
    def help_show(self):
        self.stdout.write("show: print the stack\n")
    def do_quit(self, arg):
        """quit the calculator"""
        self.stdout.write("bye\n")
        return True
    do_EOF = do_quit
    def do_undoc(self, arg):
        pass
    def default(self, line):
        self.stdout.write("unknown: %r\n" % line)
    def emptyline(self):
        self.stdout.write("(empty)\n")
    def complete_push(self, text, line, begidx, endidx):
        return [s for s in ("1", "10", "100", "2") if s.startswith(text)]

script = "push 1 2 3\nadd\nshow\n\nPUSH 40\nadd\nadd\nshow\nfrobnicate now\n?show\nhelp add\nhelp nothing\nhelp\n!shell\nshow\nquit\nshow\n"
out = io.StringIO()
c = Calc(stdin=io.StringIO(script), stdout=out)
c.use_rawinput = False
c.cmdloop()
print(out.getvalue())
print(c.log)
print(c.stack, c.lastcmd)

# EOF ends the loop via do_EOF
out2 = io.StringIO()
c2 = Calc(stdin=io.StringIO("push 5\nshow"), stdout=out2)
c2.use_rawinput = False
c2.cmdloop(intro="custom intro")
print(out2.getvalue())

c3 = Calc(stdout=io.StringIO())
print(c3.parseline("push 1 2"), c3.parseline("?topic"), c3.parseline("!ls -l"), c3.parseline(""), c3.parseline("  x_y.z rest"))
print(c3.onecmd("push 7 8"), c3.onecmd("add"), c3.stack, c3.onecmd("quit"))
print(c3.completenames("s"), c3.completenames("q"), c3.completenames("zz"), sorted(c3.completenames("")))
print(c3.get_names()[:5] == sorted(c3.get_names())[:5] or True, "do_push" in c3.get_names())
print(c3.completedefault("x", "x", 0, 1), c3.complete_help("sh"))
buf = io.StringIO()
c3.stdout = buf
c3.columnize(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"], displaywidth=30)
c3.columnize([])
c3.columnize(["only"])
print(buf.getvalue())
try:
    c3.columnize(["ok", 3])
except TypeError as e:
    print("TypeError", e)
