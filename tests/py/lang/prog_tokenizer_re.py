# A tokenizer built on re with named groups and Scanner-like alternation, feeding a
# precedence-climbing parser and evaluator for a small expression language with variables.
import re
TOKEN = re.compile(r'''
    (?P<NUM>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<STR>"(?:[^"\\]|\\.)*")
  | (?P<OP>\*\*|//|==|!=|<=|>=|[-+*/%()<>=,])
  | (?P<WS>\s+)
  | (?P<ERR>.)
''', re.VERBOSE)
def tokenize(src):
    out = []
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == 'WS':
            continue
        if kind == 'ERR':
            raise SyntaxError(f'bad char {m.group()!r} at {m.start()}')
        out.append((kind, m.group(), m.start()))
    out.append(('EOF', '', len(src)))
    return out
PREC = {'==': 1, '!=': 1, '<': 2, '>': 2, '<=': 2, '>=': 2, '+': 3, '-': 3, '*': 4, '/': 4, '//': 4, '%': 4, '**': 5}
RIGHT = {'**'}
class Parser:
    def __init__(self, toks):
        self.toks, self.i = toks, 0
    def peek(self):
        return self.toks[self.i]
    def next(self):
        t = self.toks[self.i]
        self.i += 1
        return t
    def expect(self, v):
        t = self.next()
        if t[1] != v:
            raise SyntaxError(f'expected {v!r} got {t[1]!r} at {t[2]}')
    def atom(self):
        kind, v, pos = self.next()
        if kind == 'NUM':
            return ('num', float(v) if any(c in v for c in '.eE') else int(v))
        if kind == 'STR':
            return ('str', bytes(v[1:-1], 'utf-8').decode('unicode_escape'))
        if kind == 'NAME':
            if self.peek()[1] == '(':
                self.next()
                args = []
                if self.peek()[1] != ')':
                    args.append(self.expr(0))
                    while self.peek()[1] == ',':
                        self.next()
                        args.append(self.expr(0))
                self.expect(')')
                return ('call', v, args)
            return ('var', v)
        if v == '(':
            e = self.expr(0)
            self.expect(')')
            return e
        if v == '-':
            return ('neg', self.expr(5))
        raise SyntaxError(f'unexpected {v!r} at {pos}')
    def expr(self, minp):
        lhs = self.atom()
        while True:
            kind, op, _ = self.peek()
            if kind != 'OP' or op not in PREC or PREC[op] < minp:
                return lhs
            self.next()
            rhs = self.expr(PREC[op] + (0 if op in RIGHT else 1))
            lhs = ('bin', op, lhs, rhs)
    def statement(self):
        if self.peek()[0] == 'NAME' and self.toks[self.i + 1][1] == '=':
            name = self.next()[1]
            self.next()
            return ('assign', name, self.expr(0))
        return self.expr(0)
import operator, math
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv, '//': operator.floordiv, '%': operator.mod, '**': operator.pow,
       '==': operator.eq, '!=': operator.ne, '<': operator.lt, '>': operator.gt, '<=': operator.le, '>=': operator.ge}
FUNCS = {'max': max, 'min': min, 'sqrt': math.sqrt, 'len': len, 'str': str, 'abs': abs}
def ev(node, env):
    t = node[0]
    if t in ('num', 'str'):
        return node[1]
    if t == 'var':
        if node[1] not in env:
            raise NameError(f'undefined {node[1]}')
        return env[node[1]]
    if t == 'neg':
        return -ev(node[1], env)
    if t == 'bin':
        return OPS[node[1]](ev(node[2], env), ev(node[3], env))
    if t == 'call':
        return FUNCS[node[1]](*[ev(a, env) for a in node[2]])
    if t == 'assign':
        env[node[1]] = ev(node[2], env)
        return env[node[1]]
env = {}
for line in ['x = 3', 'y = x ** 2 ** 2 / 3', '2 ** -1', 'max(x, y, 10) // 3', '-x ** 2', '(1 + 2) * 3 - 4 % 3', 'z = "a\\tb" + str(x)', 'len(z)',
             'sqrt(16) + 1.5e1', 'x == 3', '1 < 2', 'q + 1', '3 $ 4', '(1 + 2', 'min()']:
    try:
        toks = tokenize(line)
        tree = Parser(toks).statement()
        print(f'{line!r:28} -> {ev(tree, env)!r}')
    except (SyntaxError, NameError, TypeError, ValueError) as e:
        print(f'{line!r:28} !! {type(e).__name__}: {e}')
print(sorted(env.items()))
print(tokenize('a1 = 2.5e-3 ** "s\\"q"')[:-1])
