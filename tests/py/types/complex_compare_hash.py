# complex equality with int/float/complex, ordering errors, hash values and dict/set keys.
inf = float("inf")
nan = float("nan")
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))

print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 2j == 2j, 1j != 1j, 1j == 1, 1j != 1, 0j == 0, -0.0 + 0j == 0)
print(1 + 0j == True, True == 1 + 0j, (2 ** 53 + 1) + 0j == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53 + 1)
print(complex(2 ** 53) == 2 ** 53, complex(1e300) == 10 ** 300, complex(inf) == 10 ** 400, complex(nan) == nan)
print(1j == "1j", 1j != "1j", 1j == None, [1j] == [1j], (1 + 0j) in [1], 1 in [1 + 0j], 2j in {2j: 0})
print(complex(1, 0) == 1.0, complex(1, -0.0) == 1, complex(nan, 0) != complex(nan, 0), complex(0, nan) == complex(0, nan))
for op in ["<", "<=", ">", ">="]:
    show(lambda: eval("1j " + op + " 2j"))
    show(lambda: eval("1j " + op + " 2"))
    show(lambda: eval("2.5 " + op + " 1j"))
show(lambda: sorted([1j, 2j]))
show(lambda: max(1j, 2j))
show(lambda: min([3, 1j]))
print(complex.__lt__(1j, 2j), complex.__eq__(1j, "x"), complex.__eq__(1j, 1j), complex.__ne__(1j, 2))
print(hash(1j), hash(2 + 3j), hash(3 + 4j), hash(-1 + 0j), hash(complex(-1, 0)), hash(-2 + 0j))
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(complex(2 ** 70, 0)) == hash(2 ** 70))
print(hash(complex(0, -1)), hash(complex(-1, -1)), hash(complex(1e300, 1e-300)), hash(complex(inf, -inf)))
print(hash(complex(0.1, 0.7)), hash(complex(-0.0, -0.0)), hash(complex(123456789, 987654321)))
print(hash(complex(2 ** 61 - 1, 1)), hash(complex(0, 2 ** 61 - 2)), hash(complex(-2 ** 60, 2 ** 60)))
print(hash(1j) == 1000003, hash(2j) == 2 * 1000003)
d = {1: "int", 2j: "imag", 3.5 + 0j: "float-ish"}
d[1 + 0j] = "complex one"
d[3.5] = "float"
print(d, len(d))
s = {1j, 1j, 0j, 0, 0.0, False, 2 + 0j, 2}
print(sorted(map(repr, s)), len(s))
print(bool(0j), bool(1j), bool(-0j), bool(complex(0, -0.0)), bool(complex(nan, 0)), not 0j, 1j or 5, 0j or 5)
print(1j if 1j else 0, [x for x in (0j, 1j, 2, 0.0) if x])
