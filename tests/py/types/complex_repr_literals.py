# complex: repr/str of many values, literals compiled into the .pyc, real/imag/conjugate.
inf = float("inf")
nan = float("nan")
values = [
    1j, 2 + 3j, -1j, 0j, -0j, 1.5 - 2.25j, 3 - 0j, 1e16j, 1e-5 + 1e22j,
    complex(0.0, 0.0), complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
    complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, 0), complex(0, nan),
    complex(nan, inf), complex(inf, nan), complex(-inf, nan), complex(1, -inf),
    complex(1e300, 1e-300), complex(0.1, 0.2), complex(123456789012345678, 1),
    complex(5), complex(-5.5), complex(2.0, -0.0), complex(True, False),
]
for v in values:
    print(repr(v), str(v), v.real, v.imag, repr(v.conjugate()))
print([1j, 2 + 0j], (3j,), {"k": -2j})
print(1j * 1j, (1 + 2j) * (3 - 4j), 2j ** 2, (1 + 1j) ** 8)
print(type(1j).__name__, type(1j.real).__name__, type(1j.imag).__name__)
c = 4 - 7j
print(c.real, c.imag, c.conjugate(), c.conjugate().conjugate() == c)
print(complex.conjugate(c), complex.__repr__(c), repr(complex))
# int and float have the complex protocol too
print((5).real, (5).imag, (5).conjugate(), (2.5).real, (2.5).imag, (2.5).conjugate())
print(True.real, True.imag, True.conjugate(), type(True.conjugate()).__name__)
print(f"{1+2j}", f"{-3j!r}", "%s %r" % (1j, 2 - 1j))
print(1j.__getnewargs__(), (3 - 4j).__getnewargs__(), complex(-0.0, nan).__getnewargs__()[0])
print(hasattr(1j, "__float__"), hasattr(1j, "__int__"), hasattr(1j, "__complex__"), hasattr(1j, "__floordiv__"))
print((1 + 2j).__complex__(), complex.__complex__(3j))
print(eval("1+2j"), eval("-3j * 2"), eval("[0j, -0j, 1e300j]"))
