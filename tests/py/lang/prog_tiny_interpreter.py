# A tiny stack-based interpreter with variables, jumps and calls
def tokenize(src):
    return [line.split() for line in src.strip().splitlines() if line.strip()]

def run(program, trace=False):
    stack, env, out, pc, steps = [], {}, [], 0, 0
    labels = {ins[1]: i for i, ins in enumerate(program) if ins[0] == "label"}
    while pc < len(program):
        op, *args = program[pc]
        steps += 1
        pc += 1
        if op == "push":
            stack.append(int(args[0]))
        elif op == "load":
            stack.append(env[args[0]])
        elif op == "store":
            env[args[0]] = stack.pop()
        elif op in ("add", "sub", "mul", "mod", "lt"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b,
                          "mod": a % b if b else 0, "lt": int(a < b)}[op])
        elif op == "jz":
            if stack.pop() == 0:
                pc = labels[args[0]]
        elif op == "jmp":
            pc = labels[args[0]]
        elif op == "print":
            out.append(stack.pop())
        elif op == "label":
            pass
        else:
            raise SyntaxError("unknown op " + op)
        if trace:
            print(f"  {op:6} {args} stack={stack}")
    return out, env, steps

factorial = """
push 1
store acc
push 6
store n
label loop
push 0
load n
lt
jz end
load acc
load n
mul
store acc
load n
push 1
sub
store n
jmp loop
label end
load acc
print
"""
out, env, steps = run(tokenize(factorial))
print("factorial output", out, "env", env, "steps", steps)
out, _, _ = run(tokenize("push 2\npush 3\nadd\nprint\npush 10\npush 4\nsub\nprint"), trace=True)
print(out)
try:
    run(tokenize("push 1\nfrobnicate"))
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    run(tokenize("load missing"))
except KeyError as e:
    print("KeyError:", e)
