# f-strings: conversions, nested specs, expressions, debugging form.
x = 3.14159
n = 42
s = "héllo"
w = 10
p = 3
print(f"{x}", f"{x:.2f}", f"{x:{w}.{p}f}|", f"{x:>{w}}|", f"{n:0{w}d}", f"{n:{'>'}{w}}")
print(f"{s!r}", f"{s!s}", f"{s!a}", f"{s:>8}|", f"{s!r:>10}|", f"{s.upper()}")
print(f"{n + 1} {n * 2:x} {n:#b} {-n:+d} {n:,} {10 ** 7:_}")
print(f"{x=}", f"{n=:>5}", f"{s=!r}", f"{n * 2 = }")
print(f"{{}} {{{n}}} {'{'}")
print(f"{[1, 2][0]} {({'a': 1})['a']} {(lambda v: v * 2)(4)} {'yes' if n else 'no'}")
items = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for name, price, qty in items:
    print(f"{name:<12}|{price:>6.2f}|{qty:>4}|{price * qty:>8.2f}|")
print(f"{'total':<12}|{sum(p * q for _, p, q in items):>20.3f}|")
print(f"{0.5:%} {0.5:.0%} {1234.5678:,.2f} {1e-9:e} {1e20:g} {255:X}")
print(f"{'nested':^{w + 2}}|", f"{x:{'.'}{'3'}{'g'}}")
print(f"{None} {True} {None!r} {[1, 'a']} {(1,)} {{'k'}}")
d = {"k": "v", 1: "one"}
print(f"{d['k']} {d[1]} {len(d)}")
print(f"""multi
line {n}""")
print(f"{'a' 'b'}", f"{n}" f"{n}", "plain" f"{n}")
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
print(f"{P()} {P()!r} {P()!s} {P()!r:>6}|")
print(f"{n:{'+' if n > 0 else '-'}}", f"{-0.0:.1f}", f"{3:03}", f"{'%'}")
