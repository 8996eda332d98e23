# repr of tuples: 1-tuples, empty, nested, with strings and floats.
print((), (1,), (1, 2), ((1,),), ((),), (((),),), ("a",), ("it's",), (None,), (True, False))
print((1.5, -0.0, float("inf")), (2 ** 70,), ([1], {"k": (2,)}), ("a", ("b", ("c",))))
print(repr((1,)), str((1,)), f"{(1,)}", "%s" % ((1,),), "{}".format((1,)), "%r" % ((1, 2),))
t = tuple(range(12))
print(t, len(repr(t)))
print(tuple("abc"), tuple(["x"]), tuple([[]]), tuple(b"ab"))
print([(), (1,)], {(): 0, (1,): 1}, {(1, 2): (3,)})
print((("nested", 1), ("pairs", 2))[1], (("x",) * 3), ("",) * 2)
class R:
    def __repr__(self):
        return "R()"
print((R(),), (R(), R()), str((R(),)))
a = 1,
b = (1)
c = ()
print(type(a).__name__, type(b).__name__, type(c).__name__, a, b, c)
print(("\n", "\t", "é", "☃", "\x00"), (b"\xff",))
print(tuple(x * 0.1 for x in range(4)))
nested = (1, (2, (3, (4, (5,)))))
print(nested, nested[1][1][1][1], len(str(nested)))
print(("a", 1, 2.5, None, [3], (4,), {5: 6}))
