# difflib (SequenceMatcher ratios/opcodes/matching blocks, unified/context diffs, ndiff,
# get_close_matches) and pprint (width, depth, sort_dicts, compact, nested structures).
import difflib, pprint
a = 'the quick brown fox jumps over the lazy dog'.split()
b = 'the quick red fox jumped over the very lazy dog'.split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6), sm.get_opcodes(), sm.get_matching_blocks()[:3], round(sm.quick_ratio(), 6))
print(list(difflib.unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'B\n', 'c\n', 'd\n'], 'old', 'new', lineterm='')))
print(list(difflib.context_diff(['x\n', 'y\n'], ['x\n', 'z\n'], lineterm='')))
print(list(difflib.ndiff(['one\n', 'two\n'], ['one\n', 'tree\n'])))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'where'], n=2, cutoff=0.5))
print(round(difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread', 'public Thread').ratio(), 6), difflib.SequenceMatcher(None, 'abcd', 'bcde').find_longest_match(0, 4, 0, 4))
data = {'name': 'taipan', 'versions': list(range(12)), 'nested': {'z': [1, {'deep': ('t', 'u')}], 'a': None}, 'long': 'x' * 30}
pprint.pprint(data)
pprint.pprint(data, width=40, sort_dicts=False)
pprint.pprint(data, depth=2, compact=True)
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.pformat([[1, 2], [3, [4, [5, [6]]]]], depth=3), pprint.saferepr({'r': [1]}), pprint.isreadable([1, {2}]), pprint.isrecursive([]))
r = [1]; r.append(r); print(pprint.pformat(r).split(' with id=')[0], pprint.isrecursive(r))
pprint.pp({'b': 1, 'a': 2})
