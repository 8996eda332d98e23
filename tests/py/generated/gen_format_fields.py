# Random str.format templates with positional/auto/keyword fields, attribute and index access,
# conversions and nested specs; results or the error message compared with CPython.
import random, binascii
random.seed(77)
class Obj:
    attr = 'A'
    num = 3.25
    lst = [10, 'twenty', 3.0]
    def __format__(self, spec): return 'O(' + spec + ')'
    def __repr__(self): return 'Obj-repr'
args = [42, 'str', 3.14159, [1, 2, 3], {'k': 'v', 'n': 5}, Obj(), -7, True, None, 'é']
kwargs = {'w': 8, 'p': 3, 'name': 'kw', 'o': Obj(), 'd': {'x': 1}}
def field():
    k = random.random()
    if k < 0.3: ref = str(random.randint(0, 11))
    elif k < 0.5: ref = random.choice(['w', 'p', 'name', 'o', 'd', 'zz'])
    elif k < 0.6: ref = ''
    elif k < 0.7: ref = random.choice(['4[k]', '3[1]', '5.attr', '5.lst[1]', 'o.num', 'd[x]', '4[n]', '3[9]', '5.nope'])
    else: ref = str(random.randint(0, 9))
    conv = random.choice(['', '', '!r', '!s', '!a', '!x'])
    spec = random.choice(['', '', ':>{w}', ':{w}.{p}', ':^10', ':x', ':.2f', ':,', ':<5s', ':{p}', ':*^{w}', ':=+8', ':{', ':#b'])
    return '{' + ref + conv + spec + '}'
acc = 0
for i in range(625):
    tmpl = ''.join(random.choice(['', 'a', ' ', '{{', '}}', field(), field()]) for _ in range(random.randint(1, 4)))
    try:
        out = tmpl.format(*args, **kwargs)
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        out = type(e).__name__ + ': ' + str(e)
    acc = (acc * 3 + binascii.crc32(out.encode())) % (1 << 61)
    if i % 31 == 0:
        print(repr(tmpl), '->', repr(out)[:100])
print(acc)
