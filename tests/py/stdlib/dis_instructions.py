# dis: get_instructions/Bytecode over small functions (opnames, args, jump targets, line starts), dis text, code_info, exception tables.
import dis, io

def add(a, b=2):
    return a + b

def branchy(xs):
    total = 0
    for x in xs:
        if x % 2:
            total += x
        elif x > 10:
            break
        else:
            continue
    return total

def guarded(d, k):
    try:
        return d[k]
    except KeyError as e:
        return None
    finally:
        d.clear()

def closure(n):
    scale = n * 2
    def inner(v):
        return v * scale
    return inner

def calls(o, *args, **kw):
    o.method(1, key=2)
    print(*args, sep="-", **kw)
    return [len(a) for a in args]

def unpack(t):
    a, *rest = t
    x, y = y2, x2 = 1, 2
    del a
    return rest, x, y, y2, x2

for f in (add, branchy, guarded, closure, calls, unpack):
    print("==", f.__name__)
    for ins in dis.get_instructions(f):
        arg = ins.argval if not hasattr(ins.argval, "co_code") else "<code %s>" % ins.argval.co_name
        print(ins.offset, ins.opname, ins.arg, repr(arg) if not isinstance(arg, str) or ins.opname.startswith("LOAD_CONST") else arg,
              ins.is_jump_target, ins.starts_line is not None and ins.starts_line - f.__code__.co_firstlineno)
    print("lines", [(s - f.__code__.co_firstlineno, l - f.__code__.co_firstlineno) for s, l in [(0, f.__code__.co_firstlineno)]],
          [(off, line - f.__code__.co_firstlineno) for off, line in dis.findlinestarts(f.__code__)])
    print("labels", dis.findlabels(f.__code__.co_code))

for f in (add, branchy, guarded, unpack):
    out = io.StringIO()
    dis.dis(f, file=out)
    text = out.getvalue()
    print(text.replace(str(f.__code__.co_firstlineno), "L0"))

bc = dis.Bytecode(add)
print(bc.codeobj is add.__code__, bc.first_line == add.__code__.co_firstlineno, len(list(bc)))
print([i.opname for i in bc])
out = io.StringIO()
print(bc.dis().count("\n"), bc.dis().split()[1:4])
info = dis.code_info(closure).splitlines()
print([l for l in info if not l.startswith(("Filename", "Name")) and "code object" not in l])
print([l for l in dis.code_info(guarded).splitlines() if l.startswith(("Argument", "Number", "Flags", "Stack"))])
print(dis.pretty_flags(add.__code__.co_flags), dis.pretty_flags(0x20 | 0x80 | 0x4))
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.opmap["RETURN_VALUE"], dis.HAVE_ARGUMENT, "BINARY_OP" in dis.opmap)
print(list(dis._parse_exception_table(guarded.__code__))[:3])
print(sorted(x for x in dis.hasjrel)[:5], len(dis.cmp_op), dis.cmp_op)
src = compile("a = 1\nb = a + 2\n", "<snippet>", "exec")
print([(i.opname, i.argval) for i in dis.get_instructions(src)])
print([i.opname for i in dis.get_instructions("x if y else z")])
