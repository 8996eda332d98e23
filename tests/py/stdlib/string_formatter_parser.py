# _string.formatter_parser / formatter_field_name_split: the pieces string.Formatter uses.
import _string

cases = [
    "", "plain text", "{}", "{0}", "{name}", "a{0}b{1}c", "{{", "}}", "{{}}", "a{{b}}c",
    "{0!r}", "{0!s:>10}", "{x:{y}}", "{x:{y}{z}}", "{0.attr[key]}", "{a[b.c]}", "{:d}", "{!r}",
    "{0:}", "{0!a}", "x{0[}", "{é}", "é{0}ü", "{0:{{}}}", "{a!r:}", "{[}]}", "{:{}}",
    "left {0} mid {1:x} right", "{a.b.c}", "{0[0][1]}",
]
for s in cases:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

bad = ["{", "}", "a{", "a}", "{0", "{0!", "{0!r", "{0!rx}", "{0:", "{0:{1}", "{a{b}",
       "}a", "a}b", "{!}", "{0!}", "{[}", "{0]", "abc{", "{0:{", "x}}y}"]
for s in bad:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, e)

# the iterator raises lazily: pieces before the error come out first
it = _string.formatter_parser("ab{0}cd}")
print(next(it))
try:
    next(it)
except ValueError as e:
    print("lazy", e)

names = ["x", "0", "12", "x.y", "x[0]", "x[k].z", "0.real", "a.b[1][c]", "", ".a", "[0]",
         "x[", "x.", "x..y", "x[]", "x]y", "x[0]y", "x[0]]", "x.y[1].z[two]", "٣", "x[٣]",
         "99999999999999999999999", "x[99999999999999999999999]", "é.ü[ß]"]
for n in names:
    try:
        first, rest = _string.formatter_field_name_split(n)
        print(repr(n), repr(first), list(rest))
    except Exception as e:
        print(repr(n), type(e).__name__, e)

for bad_arg in [1, None, b"x", ["x"]]:
    for fn in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            fn(bad_arg)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)

class S(str):
    pass
print(list(_string.formatter_parser(S("a{b}c"))))
print(type(_string.formatter_parser("")).__name__, type(_string.formatter_field_name_split("a")[1]).__name__)
it = _string.formatter_parser("a{b}")
print(iter(it) is it)
