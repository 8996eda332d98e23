# Brainfuck interpreter: bracket precompilation, run-length optimized ops, several programs with input, step counts.
class BFError(Exception): pass
def compile_bf(src):
    ops = []
    stack = []
    i = 0
    code = [c for c in src if c in "+-<>[].,"]
    while i < len(code):
        c = code[i]
        if c in "+-<>":
            j = i
            while j < len(code) and code[j] == c: j += 1
            n = j - i
            ops.append(("add", n if c == "+" else -n) if c in "+-" else ("move", n if c == ">" else -n))
            i = j
            continue
        if c == "[":
            if code[i + 1:i + 3] == ["-", "]"]:
                ops.append(("zero", 0)); i += 3; continue
            stack.append(len(ops)); ops.append(["open", None])
        elif c == "]":
            if not stack: raise BFError(f"unmatched ] at op {len(ops)}")
            o = stack.pop(); ops[o][1] = len(ops); ops.append(("close", o))
        elif c == ".": ops.append(("out", 0))
        elif c == ",": ops.append(("in", 0))
        i += 1
    if stack: raise BFError(f"unmatched [ ({len(stack)} open)")
    return [tuple(o) for o in ops]
def run(src, inp=b"", limit=2_000_000, cells=30000):
    ops = compile_bf(src)
    tape = bytearray(cells)
    ptr = pc = steps = 0
    out = bytearray()
    inp = list(inp)
    n = len(ops)
    while pc < n:
        op, arg = ops[pc]
        steps += 1
        if steps > limit: raise BFError("step limit exceeded")
        if op == "add": tape[ptr] = (tape[ptr] + arg) & 255
        elif op == "move":
            ptr += arg
            if not 0 <= ptr < cells: raise BFError(f"pointer out of range: {ptr}")
        elif op == "zero": tape[ptr] = 0
        elif op == "open":
            if tape[ptr] == 0: pc = arg
        elif op == "close":
            if tape[ptr] != 0: pc = arg
        elif op == "out": out.append(tape[ptr])
        elif op == "in":
            if inp: tape[ptr] = inp.pop(0)
        pc += 1
    return bytes(out), steps, len(ops), max(i for i, v in enumerate(tape[:1000]) if v or i == 0)
HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
REVERSE = ">,[>,]<[.<]"
ADD_DIGITS = ",>,[<+>-]<------------------------------------------------."
CAT_UPPER = ",[--------------------------------.[-],]"
ROT13 = """-,+[-[>>++++[>++++++++<-]<+<-[>+>+>-[>>>]<[[>+<-]>>+>]<<<<<-]]>>>[-]+>--[-[<->+++[-]]]<[++++++++++++<[>-[>+>>]>[+[<+>-]>+>>]<<<<<-]>>[<+>-]>[-[-<<[-]>>]<<[<<->>-]>>]<<[<<+>>-]]<[-]<.[-]<-,+]"""
SQUARES = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"
def text_to_bf(text):
    code, cur = [], 0
    for ch in text.encode():
        diff = ch - cur
        if abs(diff) > 10:
            q, r = divmod(abs(diff), 10)
            sign = "+" if diff > 0 else "-"
            code.append(">" + "+" * 10 + "[<" + sign * q + ">-]<" + sign * r)
        else:
            code.append(("+" if diff > 0 else "-") * abs(diff))
        code.append(".")
        cur = ch
    return "".join(code)
FIB = text_to_bf("1 1 2 3 5 8 13 21 34 55 89\n")
for name, src, inp in [("hello", HELLO, b""), ("reverse", REVERSE, b"stressed"), ("add", ADD_DIGITS, b"34"),
                       ("upper", CAT_UPPER, b"shout"), ("rot13", ROT13, b"Hello, World!"), ("fib", FIB, b"")]:
    out, steps, nops, hi = run(src, inp)
    print(f"{name:8} ops={nops:4} steps={steps:7} maxcell={hi:3} out={out!r}")
try:
    run(SQUARES, limit=50_000)
except BFError as e:
    print("squares", e)
for bad in ["[[]", "[]]", "<", "+[]"]:
    try:
        print(bad, run(bad, limit=1000))
    except BFError as e:
        print(repr(bad), "BFError:", e)
print(compile_bf("++[->+<]>[-]."))
