# pprint: pformat width/indent/depth/compact/sort_dicts/underscore_numbers, nested containers, recursion, isreadable/saferepr, PrettyPrinter subclass.
import pprint, collections, dataclasses, types

data = {
    "name": "widget", "tags": ["a", "b", "c"] * 4, "dims": {"w": 10, "h": 20, "d": {"x": [1, 2, {"deep": (3, 4)}]}},
    "matrix": [[i * j for j in range(6)] for i in range(4)], "empty": [{}, [], (), set(), frozenset()],
    "text": "lorem ipsum dolor sit amet " * 4, "big": 12345678901234567890, "ratio": 0.1 + 0.2,
    "bytes": b"\x00\x01binary data that is fairly long and will need wrapping" * 2, "t1": (1,),
}
for width in (20, 40, 80, 200):
    print(f"--- width={width}")
    print(pprint.pformat(data, width=width))
print(pprint.pformat(data, depth=2, sort_dicts=False, width=60))
print(pprint.pformat(data["matrix"], compact=True, width=30))
print(pprint.pformat(data["tags"], compact=True, width=25, indent=3))
print(pprint.pformat([10 ** 12, 1234567, {"n": 9876543210}], underscore_numbers=True))
print(pprint.pformat(collections.OrderedDict([("z", 1), ("a", [1] * 15)]), width=30))
print(pprint.pformat(collections.defaultdict(list, {"k": list(range(20))}), width=40))
print(pprint.pformat(collections.Counter("abracadabra"), width=30))
print(pprint.pformat(collections.deque(range(30), maxlen=40), width=50))
print(pprint.pformat(collections.ChainMap({"a": 1}, {"b": list(range(12))}), width=30))
print(pprint.pformat(types.SimpleNamespace(alpha=1, beta=[1, 2, 3] * 5, gamma="g"), width=40))
print(pprint.pformat({3: "c", 1: "a", 2: "b"}), pprint.pformat({3: "c", 1: "a"}, sort_dicts=False))
print(pprint.pformat({"b": 1, 1: "int key", (1, 2): "tuple"}))
print(pprint.pformat(set(range(25)), width=40))
print(pprint.pformat(frozenset({1, 2, 3})), pprint.pformat(set()))

@dataclasses.dataclass
class Point:
    x: int
    y: int
    label: str = "origin-ish point with a long label"
print(pprint.pformat([Point(1, 2), Point(3, 4)], width=40))

rec = [1, 2]
rec.append(rec)
d = {"self": None}
d["self"] = d
import re
noid = lambda t: re.sub(r"id=\d+", "id=N", t)
print(noid(pprint.pformat(rec)), noid(pprint.pformat(d)), noid(pprint.saferepr(rec)))
print(pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a", (2.5, None)]),
      pprint.isreadable(object), pprint.isrecursive([1, [2]]))
print(pprint.saferepr({"b": 2, "a": [1, {"z": 0}]}))

class Upper(pprint.PrettyPrinter):
    def format(self, obj, context, maxlevels, level):
        if isinstance(obj, str):
            return repr(obj.upper()), True, False
        return super().format(obj, context, maxlevels, level)
print(Upper(width=30).pformat({"key": ["value", "other", "more text"]}))
pp = pprint.PrettyPrinter(indent=4, width=30, depth=3)
pp.pprint({"lvl1": {"lvl2": {"lvl3": {"lvl4": 1}}}, "list": [[[[1]]]]})
pprint.pp({"z": 1, "a": 2})
pprint.pprint({"z": 1, "a": 2}, width=5)
