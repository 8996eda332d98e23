# complex(): numbers, strings, __complex__/__float__/__index__, keywords and error messages.
def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, str(e))

show(complex)
show(complex, 3)
show(complex, 2.5)
show(complex, True)
show(complex, 1, 2)
show(complex, 1.5, -2)
show(complex, 2**60, 1)
show(complex, 2**2000)
show(complex, 1, 2**2000)
show(complex, real=1, imag=2)
show(complex, imag=2)
show(complex, real=-3)
show(complex, 1j, 1j)
show(complex, 1 + 2j, 3 + 4j)
show(complex, 1 + 2j, 5)
show(complex, 5, 2j)
show(complex, 1j)
for s in ["1+2j", " (1-2.5e3j) ", "j", "-j", "+j", "J", "1j", "-1.5J", "  3  ", "(4)", "1e5", "1e500j",
          "-inf+nanj", "inf", "infinityj", "-Infinity-INFj", "NaN", "1_000+2_0j", "1.j", ".5j", "5.+.5j",
          "1+j", "1-j", "( 1+2j )", "\t1e-3-4e-3j\n", "\u0661\u0662+\u0663j", "\u20031j\u2003"]:
    show(complex, s)
for s in ["", " ", "1+2", "1 + 2j", "(1+2j", "1+2j)", "j1", "1jj", "1e", "abc", "1+2jx", "++1j", "1_", "_1",
          "1__0", "1_+2j", "1\x00", "1_0\x00", "()", "(j", "1ej", "nanx", "\u00e9"]:
    show(complex, s)
show(complex, "1", 2)
show(complex, 1, "2")
show(complex, "1", imag=2)
show(complex, [])
show(complex, 1, [])
show(complex, b"1")
show(complex, None)
show(complex, 1, None)
show(complex, 1, 2, 3)
show(complex, x=1)
show(complex, 1, real=2)
show(complex, 1, 2, imag=3)

class WithComplex:
    def __complex__(self):
        return 3 + 4j
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
class BadComplex:
    def __complex__(self):
        return 5
class BadFloat:
    def __float__(self):
        return "x"
class RaisingComplex:
    def __complex__(self):
        raise KeyError("boom")

show(complex, WithComplex())
show(complex, WithComplex(), 1)
show(complex, WithFloat())
show(complex, WithFloat(), WithFloat())
show(complex, WithIndex())
show(complex, 1, WithIndex())
show(complex, BadComplex())
show(complex, BadFloat())
show(complex, RaisingComplex())
show(complex, 1, WithComplex())

class MyComplex(complex):
    def extra(self):
        return self.real * 10
m = MyComplex(1, 2)
print(repr(m), type(m).__name__, m.real, m.imag, m.extra(), isinstance(m, complex))
print(repr(m + 1), type(m + 1).__name__, repr(-m), type(-m).__name__, repr(+m), type(+m).__name__)
print(m == 1 + 2j, hash(m) == hash(1 + 2j), repr(complex(m)), type(complex(m)).__name__)
print(repr(MyComplex("3-1j")), repr(MyComplex()), repr(m.conjugate()), type(m.conjugate()).__name__)
print(isinstance(1j, complex), issubclass(complex, object), complex.__name__, type(complex).__name__)
