# difflib: SequenceMatcher ratios/opcodes/matching blocks, unified/context/ndiff output,
# get_close_matches, Differ, restore, autojunk and isjunk.
import difflib
a = 'the quick brown fox jumps over the lazy dog'.split()
b = 'the quick red fox jumped over the very lazy dog'.split()
sm = difflib.SequenceMatcher(None, a, b)
print(round(sm.ratio(), 6), round(sm.quick_ratio(), 6), round(sm.real_quick_ratio(), 6))
print(sm.get_matching_blocks())
for op in sm.get_opcodes():
    print(op, a[op[1]:op[2]], b[op[3]:op[4]])
print(list(sm.get_grouped_opcodes(1)))
s1 = ['line one\n', 'line two\n', 'line three\n', 'line four\n', 'line five\n']
s2 = ['line one\n', 'line 2\n', 'line three\n', 'line four\n', 'line six\n', 'line seven\n']
print(''.join(difflib.unified_diff(s1, s2, fromfile='a.txt', tofile='b.txt', n=1)))
print(''.join(difflib.context_diff(s1, s2, fromfile='a', tofile='b')))
nd = list(difflib.ndiff(['one\n', 'two\n', 'three\n'], ['ore\n', 'tree\n', 'emu\n']))
print(''.join(nd))
print(''.join(difflib.restore(nd, 1)), ''.join(difflib.restore(nd, 2)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'wheat', 'steel', 'wheels'], n=2, cutoff=0.5))
sm2 = difflib.SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(sm2.ratio(), 6), sm2.find_longest_match(0, 29, 0, 38))
print(list(difflib.Differ().compare(['abcde\n'], ['abXde\n'])))
print(difflib.SequenceMatcher(None, 'abcd', 'bcde').get_opcodes(), difflib.SequenceMatcher(None, '', '').ratio())
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')))
