# Random comprehension programs: a seeded generator builds list/set/dict/generator comprehensions
# with nested fors, conditions and arithmetic, runs them with eval, and prints results.
import random, binascii
random.seed(1001)
vars_ = ['x', 'y', 'z']
def expr(depth, avail):
    k = random.random()
    if depth > 2 or k < 0.3:
        return random.choice(avail + [str(random.randint(-5, 9))])
    op = random.choice(['+', '-', '*', '//', '%', '<<', '&', '|', '^'])
    a, b = expr(depth + 1, avail), expr(depth + 1, avail)
    if op in ('//', '%'):
        b = '(' + b + ' or 1)'
    if op == '<<':
        b = '(abs(' + b + ') % 5)'
    return '(' + a + ' ' + op + ' ' + b + ')'
def comp():
    n = random.randint(1, 3)
    avail = []
    clauses = []
    for i in range(n):
        v = vars_[i]
        src = random.choice(['range(%d)' % random.randint(0, 6), '[%s]' % ', '.join(str(random.randint(-3, 9)) for _ in range(random.randint(0, 4))),
                             'range(%s, %d)' % (avail[-1] if avail else '0', random.randint(2, 7))])
        clauses.append('for %s in %s' % (v, src))
        avail.append(v)
        if random.random() < 0.4:
            clauses.append('if %s %s %d' % (expr(1, avail), random.choice(['>', '<', '==', '!=']), random.randint(-3, 5)))
    body = expr(0, avail)
    kind = random.choice(['list', 'set', 'dict', 'gen'])
    c = ' '.join(clauses)
    if kind == 'list': return '[%s %s]' % (body, c)
    if kind == 'set': return 'sorted({%s %s})' % (body, c)
    if kind == 'dict': return '{%s: %s %s}' % (avail[0], body, c)
    return 'sum(%s %s)' % (body, c)
acc = 0
for i in range(175):
    src = comp()
    try:
        r = eval(src)
    except Exception as e:
        r = type(e).__name__
    s = repr(r)
    acc = (acc * 31 + binascii.crc32(s.encode())) % (1 << 61)
    if i % 8 == 0:
        print(src, '->', s[:100])
print(acc)
