# pprint: width/depth/compact/sort_dicts/indent, nested structures, pformat of long
# strings/bytes, isreadable/isrecursive, saferepr; reprlib.Repr limits and recursive_repr.
import pprint, reprlib
data = {'name': 'widget', 'tags': ['a', 'b', 'c'] * 4, 'dims': {'w': 10, 'h': 20, 'd': {'x': [1, 2, {'deep': True}]}}, 'id': 12345678901234567890}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, depth=2)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(list(range(12)), width=20)
pprint.pprint({'k': 'a long string ' * 8}, width=50)
pprint.pprint([b'bytes ' * 12], width=40)
pprint.pprint((1, (2, (3, (4, (5,))))), depth=3)
pprint.pprint([{'a': 1, 'b': 2}] * 3, indent=4, width=20)
rec = [1, 2]; rec.append(rec)
print(pprint.pformat(rec).startswith("[1, 2, <Recursion on list with id="), pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]), pprint.saferepr(rec)[:30])
print(pprint.pformat(set(range(5))), pprint.pformat(frozenset()), pprint.pformat({}), pprint.pformat(()))
print(pprint.pformat({3: 'c', 1: 'a', 2: 'b'}), pprint.pformat({'b': 1, 'a': 2}, sort_dicts=False))
pp = pprint.PrettyPrinter(width=30, indent=2)
print(pp.pformat({'alpha': list(range(8)), 'beta': 'x'}))
r = reprlib.Repr()
r.maxlist = 3; r.maxstring = 12; r.maxdict = 2; r.maxlevel = 2
print(r.repr(list(range(10))), r.repr('abcdefghijklmnopqrstuvwxyz'), r.repr({i: i for i in range(5)}), r.repr([[[[1]]]]))
print(reprlib.repr(set(range(20))), reprlib.repr(tuple(range(20))), reprlib.repr('x' * 100), reprlib.repr(10 ** 50))
print(reprlib.repr(frozenset('abcdefghij')), reprlib.repr(b'q' * 80), reprlib.repr([]))
class Tree:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr('<...>')
    def __repr__(self):
        return f'Tree({self.kids})'
t = Tree(); t.kids.append(t); t.kids.append(1)
print(repr(t))
