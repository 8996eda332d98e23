# A tiny Lisp interpreter: tokenizer, reader into nested lists, environments as ChainMap,
# special forms (define, lambda, if, let, quote, begin), closures, recursion, and errors.
import math, operator as op
from collections import ChainMap
def tokenize(s):
    return s.replace('(', ' ( ').replace(')', ' ) ').replace("'", " ' ").split()
def read(tokens):
    if not tokens:
        raise SyntaxError('unexpected EOF')
    t = tokens.pop(0)
    if t == '(':
        out = []
        while tokens and tokens[0] != ')':
            out.append(read(tokens))
        if not tokens:
            raise SyntaxError('missing )')
        tokens.pop(0)
        return out
    if t == ')':
        raise SyntaxError('unexpected )')
    if t == "'":
        return ['quote', read(tokens)]
    for conv in (int, float):
        try:
            return conv(t)
        except ValueError:
            pass
    return t
class Lambda:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env
    def __call__(self, *args):
        if len(args) != len(self.params):
            raise TypeError(f'expected {len(self.params)} args, got {len(args)}')
        return evaluate(self.body, self.env.new_child(dict(zip(self.params, args))))
    def __repr__(self):
        return f'<lambda ({" ".join(self.params)})>'
GLOBAL = ChainMap({'+': lambda *a: sum(a), '-': lambda a, b=None: -a if b is None else a - b, '*': lambda *a: math.prod(a), '/': op.truediv,
                   '<': op.lt, '>': op.gt, '=': op.eq, '<=': op.le, 'mod': op.mod, 'car': lambda l: l[0], 'cdr': lambda l: l[1:],
                   'cons': lambda a, l: [a] + l, 'list': lambda *a: list(a), 'null?': lambda l: l == [], 'length': len, 'sqrt': math.sqrt,
                   'apply': lambda f, l: f(*l), 'map': lambda f, l: [f(x) for x in l], 'not': op.not_})
def evaluate(x, env=GLOBAL):
    while True:
        if isinstance(x, str):
            if x not in env:
                raise NameError(f'unbound symbol {x}')
            return env[x]
        if not isinstance(x, list):
            return x
        if not x:
            return []
        head = x[0]
        if head == 'quote':
            return x[1]
        if head == 'if':
            x = x[2] if evaluate(x[1], env) not in (False, [], 0) else (x[3] if len(x) > 3 else [])
            continue
        if head == 'define':
            if isinstance(x[1], list):
                env.maps[0][x[1][0]] = Lambda(x[1][1:], ['begin'] + x[2:], env)
            else:
                env.maps[0][x[1]] = evaluate(x[2], env)
            return None
        if head == 'lambda':
            return Lambda(x[1], ['begin'] + x[2:], env)
        if head == 'let':
            names = [b[0] for b in x[1]]
            vals = [evaluate(b[1], env) for b in x[1]]
            env = env.new_child(dict(zip(names, vals)))
            x = ['begin'] + x[2:]
            continue
        if head == 'begin':
            for e in x[1:-1]:
                evaluate(e, env)
            x = x[-1]
            continue
        f = evaluate(head, env)
        args = [evaluate(a, env) for a in x[1:]]
        if isinstance(f, Lambda):
            if len(args) != len(f.params):
                raise TypeError(f'expected {len(f.params)} args, got {len(args)}')
            env = f.env.new_child(dict(zip(f.params, args)))
            x = f.body
            continue
        return f(*args)
def run(src):
    tokens = tokenize(src)
    result = None
    while tokens:
        result = evaluate(read(tokens))
    return result
def to_str(v):
    if isinstance(v, list):
        return '(' + ' '.join(map(to_str, v)) + ')'
    if v is True:
        return '#t'
    if v is False:
        return '#f'
    return str(v)
programs = [
    '(define (fact n) (if (<= n 1) 1 (* n (fact (- n 1))))) (fact 20)',
    '(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (map fib (list 0 1 2 3 4 5 6 7 8 9 10))',
    '(define (count n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))) (count 5000 0)',
    '(define (make-adder k) (lambda (x) (+ x k))) (define add5 (make-adder 5)) (list (add5 1) ((make-adder 10) 1))',
    "(let ((x 2) (y 3)) (let ((x 7) (z (+ x y))) (* z x)))",
    "(define (rev l) (if (null? l) '() (append-last (rev (cdr l)) (car l)))) (define (append-last l x) (if (null? l) (list x) (cons (car l) (append-last (cdr l) x)))) (rev '(1 2 3 4 5))",
    "(apply + '(1 2 3 4))", "(/ 1 0)", '(undefined-fn 1)', '(+ 1 (* 2', ')', "((lambda (a b) a) 1)", "(car '())", '(sqrt 2)', "(length '(a b c))",
]
for p in programs:
    try:
        print(to_str(run(p)))
    except (SyntaxError, NameError, TypeError, ZeroDivisionError, IndexError) as e:
        print(f'error: {type(e).__name__}: {e}')
