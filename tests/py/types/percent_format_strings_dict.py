# printf-style % formatting with strings, reprs, tuples and mapping keys.
print("%s %r %a" % ("é", "é", "é"))
print("%s|%10s|%-10s|%.2s|%10.3s|" % ("abc", "abc", "abc", "abc", "abcdef"))
print("%r" % "it's", "%r" % 'say "hi"', "%r" % "both ' \"", "%r" % "\n\t\\")
print("%s" % [1, "a"], "%s" % (("tuple",),), "%r" % ((1, 2),), "%s" % {"k": [1]})
print("%s" % None, "%s and %s" % (True, None), "%r" % None)
print("%d %s %r" % (42, "str", "repr"))
data = {"name": "Ada", "age": 36, "lang": "Python", "ratio": 0.756}
print("%(name)s is %(age)d and likes %(lang)r" % data)
print("%(ratio).1f%% %(ratio)s %(name)-6s|%(age)05d" % data)
print("%(name)s %(name)s %(name)r" % data)
print("%(x)s" % {"x": (1, 2)}, "%(x)s" % {"x": [1, 2]}, "no fields" % {})
class Obj:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
print("%s %r" % (Obj(), Obj()), "%5s|%-5r|" % (Obj(), Obj()))
t = ("a", "b")
print("%s-%s" % t, "%s" % (t,), "%r" % (t,))
print("x=%s" % "single", "%s" % "", "[%s]" % "")
errors = [
    ("%s %s", ("a",)),
    ("%s", ("a", "b")),
    ("%(k)s", ("not a dict",)),
    ("%(k)s", {"j": 1}),
    ("%", ()),
    ("%s %(k)s", {"k": 1}),
]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
s = "%s"
s %= "assigned"
print(s)
print(b"%s and %d" % (b"bytes", 5), b"%x" % 255, b"%5s|" % b"ab")
