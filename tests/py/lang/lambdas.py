# Lambda expressions
sq = lambda x: x * x
print(sq(7), sq(-3), (lambda: "no args")())
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=5))
va = lambda *a, **k: (a, sorted(k))
print(va(1, 2, z=1, y=2))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
print(sq.__name__, type(sq).__name__)
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 3 == 0, range(20))))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
for sym in "+-*":
    print(sym, ops[sym](6, 3))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield))  is not None)
y = 5
cap = lambda: y
y = 6
print(cap())
print([(lambda i=i: i)() for i in range(3)])
print(max(["apple", "fig", "banana"], key=lambda s: len(s)))
cond = lambda x: "pos" if x > 0 else ("neg" if x < 0 else "zero")
print(cond(1), cond(-1), cond(0))
noop = lambda *_: None
print(noop(1, 2, 3))
print((lambda x: (x, x * 2))(4))
