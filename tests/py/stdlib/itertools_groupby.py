# groupby: keys, groups invalidated by advancing, key functions and comparison errors.
from itertools import groupby

print([(k, list(g)) for k, g in groupby('AAAABBBCCDAABBB')])
print([k for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 3)])
print(list(groupby([])))
groups = []
for k, g in groupby('aabbc'):
    groups.append(g)
print([list(g) for g in groups])
it = groupby('aaabbb')
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print(type(g).__name__)
class Weird:
    def __eq__(self, other):
        raise RuntimeError('no compare')
try:
    print([(k, list(g)) for k, g in groupby([1, 2], key=lambda x: Weird())])
except RuntimeError as e:
    print('RuntimeError', e)
try:
    list(groupby([1], key=1))
except TypeError as e:
    print('TypeError', e)
try:
    groupby()
except TypeError as e:
    print('TypeError', e)
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
for letter, ws in groupby(words, key=lambda w: w[0]):
    print(letter, list(ws))
