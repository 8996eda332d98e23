# Assignment expressions in conditions/loops/comprehension filters, lambda defaults and closures,
# conditional expressions chaining, chained comparisons with side effects evaluated once.
import re
data = ['a=1', 'junk', 'b=22', 'c=']
parsed = [(m.group(1), int(m.group(2))) for s in data if (m := re.match(r'(\w)=(\d+)', s))]
print(parsed)
n = 0
while (n := n + 3) < 10: print('n', n)
def side(v, log=[]):
    log.append(v); return v
print(1 < side(2) < 3, side.__defaults__[0])
print(side(5) > side(1) < side(9), side.__defaults__[0])
f = lambda x, y=10, *a, k=5, **kw: (x, y, a, k, kw)
print(f(1), f(1, 2, 3, k=0, z=9), (lambda: (yield))().__class__.__name__, (lambda *, a: a)(a=4))
grade = lambda s: 'A' if s >= 90 else 'B' if s >= 80 else 'C' if s >= 70 else 'F'
print([grade(s) for s in (95, 85, 75, 10)], [x if x % 2 else -x for x in range(5)])
print((y := 5) + y, [(z := i) for i in range(3)], z)
if (length := len('hello')) > 3: print('long', length)
funcs = [lambda acc=acc: acc for acc in 'abc']; print([g() for g in funcs])
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)), list(filter(lambda v: v and v % 3 == 0, range(10))), (lambda f: f(f, 5))(lambda s, n: 1 if n < 2 else n * s(s, n - 1)))
