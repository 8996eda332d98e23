# repr of lists with strings, quotes, None, bools, floats and nested containers.
print(["plain", "it's", 'say "hi"', "both'\"", "back\\slash", "new\nline", "tab\t", ""])
print([None, True, False, 0, -0.0, 1.5, 1e16, 1e-5, float("inf"), float("nan"), 2 ** 70])
print([[1, 2], (3, 4), {"k": [5]}, set(), frozenset(), (), [], {}, (5,)])
print([b"bytes", bytearray(b"ba"), range(3), slice(1, 2), "é", "☃", "\x00"])
print([1, [2, [3, [4, [5, [6]]]]]])
print(str(["a"]), repr(["a"]), f"{['a']}", "%s" % ["a"], "%r" % ["a"], "{}".format(["a"]))
print(([], [[]], [[], []]), [(), ((),)])
print([0.1 + 0.2, 1 / 3, 100.0, 1e100, -1e-100, 123456789.0])
print([True + 1, not True, None is None])
print([[None] * 2] * 2, [("a", 1), ("b", 2)], list("ab'c"))
print([{1: "one", "two": 2, (3,): [3.0], None: None, 1.5: True}])
print(len(str(list(range(100)))), str(list(range(15))))
class R:
    def __repr__(self):
        return "R<>"
    def __str__(self):
        return "should not be used"
print([R(), R()], (R(),), {"r": R()}, str([R()]))
print([int, str, len] == [int, str, len], [type(None).__name__, type([]).__name__])
print(["multi\nline"], ["\r\n"], ["\u2028"], ["\x7f"], ["\xa0"])
