# %-formatting corners: flags, '*' width/precision, mapping keys, %c/%r/%a, bytes %-formatting, errors.
def t(fmt, arg):
    try:
        print(repr(fmt), "->", repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

t("%5d|%-5d|%05d|%+d|% d", (42, 42, 42, 42, 42))
t("%x %X %#x %#X %o %#o", (255, 255, 255, 255, 8, 8))
t("%#5x|%-#8o|%08.3f|%+.2e|%G", (10, 10, 3.14159, 12345.678, 1e-10))
t("%.3s|%10.2s|%-6s|", ("abcdef", "xyz", "q"))
t("%*d|%-*d|%.*f|%*.*f", (6, 7, 6, 7, 2, 3.14159, 9, 3, 2.71828))
t("%c%c%c", (65, "b", 0x263A))
t("%c", (0x110000,))
t("%c", ("ab",))
t("%r %a %s", ("é", "é", "é"))
t("%(a)s-%(b)05.1f-%(a)r", {"a": "A", "b": 2.25})
t("%(a)s %s", {"a": 1})
t("%(missing)s", {"a": 1})
t("%s", [1, 2])
t("%s %s", [1, 2])
t("%s", ((1, 2),))
t("%d", (3.99,))
t("%d", (-3.99,))
t("%i|%u", (True, 7))
t("%x", (3.0,))
t("%e", ("s",))
t("%f", (10**400,))
t("%d", (10**30,))
t("%.0f %.0f %.0f", (0.5, 1.5, 2.5))
t("%g %g %g %g", (100000.0, 1000000.0, 1e-4, 1e-5))
t("%#g %#.3g %#x", (1.0, 2.0, 0))
t("%%|%5%|%-5%|", ())
t("%s%", ("x",))
t("%", ())
t("%(a", {"a": 1})
t("%*d", ("x", 1))
t("% -5d|%+ d|%0-5d", (3, 3, 3))
t("%5.3d|%.5x|%-8.4o", (7, 255, 8))
t("%s", (None,))
t("abc", ())
t("abc", (1,))
t("abc", {"a": 1})
t("abc", [])
t("%.2s%.0s!", ("hello", "gone"))
t("%10.4r", ("abcdef",))
t("%-+8.2f|%+-8.2f", (1.005, -1.005))
t("%e", (float("inf"),))
t("%05f|%+f|% f", (float("nan"), float("-inf"), float("inf")))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
t("%(x)s %(y)s", D(x=1))
class N:
    def __index__(self): return 65
    def __int__(self): return 66
    def __float__(self): return 6.5
t("%d %x %c %f", (N(), N(), N(), N()))
# bytes %
def tb(fmt, arg):
    try:
        print(repr(fmt), "->", repr(fmt % arg))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
tb(b"%s|%5s|%-5s|", (b"ab", b"cd", bytearray(b"e")))
tb(b"%d %x %c %c", (10, 255, 65, b"z"))
tb(b"%r %a", ("é", b"x"))
tb(b"%s", ("str",))
tb(b"%s", (memoryview(b"mv"),))
tb(b"%(k)s", {b"k": b"v"})
tb(b"%c", (256,))
tb(b"%b", (b"bb",))
tb(b"%.1f%%", (99.95,))
tb(bytearray(b"%s-%d"), (b"x", 3))
