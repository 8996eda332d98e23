# Printing containers: nesting, quoting, special values.
print([1, "two", 3.0, None, True, False])
print(["single 'quoted'", 'double "quoted"', "mixed ' \"", "back\\slash", "tab\t", "nl\n", ""])
print(("a",), ("a", "b"), (), [()], [(1,)], ((1, 2), (3,)))
print({"k": [1, {"n": (2, 3)}], "e": {}, "l": [], "t": (), "s": set()})
print({1: None, None: 1, True: False, 2.5: -0.0})
print([1.0, 0.1, 1e-5, 1e16, 1e22, -2.5, float("inf"), -float("inf"), float("nan")])
print([2 ** 64, -(2 ** 64), 10 ** 20])
print([[[[]]]], [[], [[]], [[], []]], {"a": {"b": {"c": {"d": None}}}})
print({1, 2, 3}, {(1, 2)}, frozenset({1}), [set(), frozenset()])
print([b"", b"\x00", bytearray(b"x")], [range(3), slice(None, 2)])
print(["é", "☃", "😀", "\x00", "\x7f", "\u200b", "\u00a0"])
a = [1, 2]
b = [a, a, [a]]
print(b)
d = {"x": a}
d["self"] = d
print(d)
print(str([1, "a"]) == repr([1, "a"]), str(("a",)), str({"a": "b"}))
class Custom:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Custom({self.n!r})"
print([Custom(1), Custom("x")], {"k": Custom((4,))}, (Custom(None),))
print([[1, 2], [3, 4]][1], ([1, 2], [3, 4])[0][1], {"a": [1, 2]}["a"][-1])
print(list(map(repr, ["a", 1, None])), [str(x) for x in ["a", 1, None]])
