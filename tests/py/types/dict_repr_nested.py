# repr of dicts: nested containers, quotes, numbers, empty values.
print({}, {"a": {}}, {"a": {"b": {"c": {}}}}, {1: [], 2: (), 3: set(), 4: ""})
print({"quote's": 'dq"', "tab\t": "nl\n", "é": "☃", "": None})
print({1: 1.5, 2: -0.0, 3: float("inf"), 4: 2 ** 70, 5: 1e16, 6: True, 7: None})
print({(1, 2): [3, {"x": (4,)}], "list": [1, [2, [3]]], "tuple": (1,)})
print({"users": [{"name": "ada", "tags": ["admin", "dev"]}, {"name": "bob", "tags": []}]})
print(str({"k": "v"}), repr({"k": "v"}), f"{ {'k': 'v'} }", "%s" % {"k": "v"}, "{}".format({1: 2}))
print({b"b": bytearray(b"x"), range(2): slice(1, 2), frozenset([1]): frozenset()})
print({None: None}, {True: False}, {0.5: 0.25}, {-1: -1})
d = {i: {"sq": i * i, "even": i % 2 == 0} for i in range(3)}
print(d)
print(len(repr(d)), repr(d).count("{"))
class K:
    def __repr__(self):
        return "K!"
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return isinstance(other, K)
print({K(): K()}, {K(): 1, K(): 2})
print(dict(a=1, b=[2, 3], c={"d": 4}))
print([{}], ({},), {"a": [{}], "b": ({},)})
