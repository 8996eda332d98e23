# f-strings: expressions, conversions, = specifier, nesting
name = "World"
n = 42
pi = 3.14159265
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}", f"{n * 2}", f"{'nested quotes'}")
print(f"{name!r} {name!s} {name!a}")
print(f"{'café'!a}")
print(f"{n=}", f"{n + 1=}", f"{name=!s}", f"{pi=:.2f}")
print(f"{ n = }")
print(f"{pi:.3f} {pi:10.2f}| {pi:<10.1f}| {pi:e}")
print(f"{n:5d}|{n:<5d}|{n:^5d}|{n:05d}|{n:+d}")
print(f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{1234567:,} {1234567:_} {0.5:%} {0.125:.1%}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"[{name:>{width}}] [{name:*^{width}}]")
print(f"{{literal braces}} {{{n}}}")
items = [1, 2, 3]
print(f"{items} {items[0]} {len(items)} {items[-1] * 10}")
d = {"k": "v"}
print(f"{d['k']} {d!r}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{(lambda x: x * 2)(5)}")
print(f"{[i * i for i in range(4)]}")
print(f"{n:{'>' if n else '<'}8}")
class P:
    def __format__(self, spec):
        return f"P<{spec}>"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()} {P():abc} {P()!r} {P()!s}")
print(f"multi" f"ple {n}" "plain" f"{n}")
print(f"{3.0} {1e20} {1/3} {True} {None}")
print(f"{-0.0} {float('inf')} {2**70}")
print(f"{'a' 'b'}", f"{n!r:>6}")
x = 5
print(f"{x:{x}}|{x!s:>{x}}|")
print(f'{"double"}' f"{'single'}")
