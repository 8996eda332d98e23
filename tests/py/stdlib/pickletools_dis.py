# pickletools: dis() of pickles for protocols 0-5, genops opcode streams, optimize() removing PUTs, opcode metadata.
import pickle, pickletools, io, collections

from fractions import Fraction

obj = {"ints": [1, -2, 300, 70000, 2 ** 40, -(2 ** 70)], "f": 1.5, "s": "héllo", "b": b"\x00\xff", "t": (1, 2),
       "none": None, "bools": (True, False), "shared": None, "set": frozenset([3]), "ba": bytearray(b"ab")}
shared = ["same"]
obj["shared"] = [shared, shared]
for proto in range(0, 6):
    data = pickle.dumps(obj, protocol=proto)
    out = io.StringIO()
    pickletools.dis(data, out=out)
    lines = out.getvalue().splitlines()
    print("proto", proto, "ops", len(lines) - 1, "|", lines[-1])
    print("\n".join(lines[:8]))
    ops = [op.name for op, arg, pos in pickletools.genops(data)]
    print(sorted(set(ops)))
    opt = pickletools.optimize(data)
    print(len(opt) <= len(data), pickle.loads(opt) == pickle.loads(data),
          sum(1 for op, _, _ in pickletools.genops(opt) if "PUT" in op.name))

small = pickle.dumps([1, "a", (None, True)], protocol=2)
out = io.StringIO()
pickletools.dis(small, out=out, annotate=20, indentlevel=2)
print(out.getvalue())
out = io.StringIO()
pickletools.dis(pickle.dumps([Fraction(1, 3)], protocol=4), out=out, memo={})
print("\n".join(l.partition(":")[2] for l in out.getvalue().splitlines()[1:]))
print([(op.name, arg) for op, arg, pos in pickletools.genops(pickle.dumps(collections.OrderedDict(a=1), 0))][:6])
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(b"(I1\nI2\nt.")])
bad = io.StringIO()
try:
    pickletools.dis(b"(I1\n.", out=bad)
except ValueError as e:
    print("ValueError", e)
try:
    list(pickletools.genops(b"\xfe"))
except ValueError as e:
    print("ValueError", e)
op = pickletools.code2op["("]
print(op.name, op.code, op.proto, [s.name for s in op.stack_after], op.arg)
print(len(pickletools.opcodes), sorted({o.proto for o in pickletools.opcodes}), pickletools.code2op["\x95"].name)
print(pickletools.read_uint2(io.BytesIO(b"\x01\x02")), pickletools.read_decimalnl_short(io.BytesIO(b"1234\n")),
      pickletools.read_floatnl(io.BytesIO(b"-1.25\n")), pickletools.read_stringnl(io.BytesIO(b"'abc'\n")))
