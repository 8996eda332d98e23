# Random arithmetic expressions on ints, floats, big ints, complex and bools, evaluated with
# eval(); results (or the exception type and message) compared with CPython.
import random, binascii
random.seed(271828)
ops = ['+', '-', '*', '/', '//', '%', '**', '<<', '>>', '&', '|', '^', '<', '==', '>=']
def atom():
    k = random.random()
    if k < 0.35: return str(random.randint(-20, 20))
    if k < 0.55: return repr(round(random.uniform(-50, 50), random.randint(0, 4)))
    if k < 0.7: return str(random.randint(-10**25, 10**25))
    if k < 0.8: return random.choice(['True', 'False', '0', '0.0', '-0.0', '1e308', '1e-308'])
    if k < 0.9: return '(%d%+dj)' % (random.randint(-5, 5), random.randint(-5, 5))
    return random.choice(['float("inf")', 'float("nan")', '2**64', '-(2**63)'])
def ex(d):
    if d > 2 or random.random() < 0.3:
        return atom()
    op = random.choice(ops)
    if op == '**':
        r = '(%s ** %d)' % (ex(d + 1), random.randint(-3, 5))
    elif op == '<<':
        r = '(%s << %d)' % (ex(d + 1), random.randint(-1, 70))
    else:
        r = '(%s %s %s)' % (ex(d + 1), op, ex(d + 1))
    if random.random() < 0.15:
        r = random.choice(['-', '+', '~', '(not ', 'abs', 'int', 'round', 'float']) + ('(' + r + ')')
        if r.startswith('(not '): r += ')'
    return r
acc = 0
for i in range(300):
    s = ex(0)
    try:
        v = eval(s)
        if isinstance(v, int) and abs(v) > 10**200: v = ('big', v % 1000003, v.bit_length())
        out = repr(v)
    except (ArithmeticError, TypeError, ValueError) as e:
        out = type(e).__name__ + ': ' + str(e)
    acc = (acc * 17 + binascii.crc32(out.encode())) % (1 << 61)
    if i % 31 == 0:
        print(s, '=>', out[:120])
print(acc)
