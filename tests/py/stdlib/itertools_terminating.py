# accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest.
import itertools as it
import operator

print(list(it.accumulate([1, 2, 3, 4])))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)))
print(list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.accumulate([1, 2], initial=100)), list(it.accumulate([], initial=7)), list(it.accumulate([])))
print(list(it.accumulate(['a', 'b', 'c'])), list(it.accumulate([1, 2, 3], func=lambda a, b: a - b, initial=None)))
print(list(it.chain('ab', [1, 2], (), range(2))), list(it.chain()))
print(list(it.chain.from_iterable(['xy', [3], range(2)])))
ch = it.chain([1], [2])
print(next(ch), list(ch), list(ch))
print(list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(it.compress(range(10), [True, False] * 2)))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(it.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(10))), list(it.filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.starmap(operator.add, [[1, 2], 'ab'])))
print(list(it.pairwise('ABCDE')), list(it.pairwise([1])), list(it.pairwise([])))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.zip_longest([1], [2, 3], [])), list(it.zip_longest()))
tw = it.takewhile(lambda x: x < 3, [1, 2, 3, 1])
print(list(tw), list(tw))

def noisy(n):
    for i in range(n):
        print('yield', i)
        yield i
z = it.zip_longest(noisy(2), noisy(1))
print(list(z))

def boom():
    yield 1
    raise ValueError('boom')
for mk in [lambda: it.chain(boom()), lambda: it.accumulate(boom()), lambda: it.pairwise(boom()),
           lambda: it.zip_longest(boom(), [1, 2, 3]), lambda: it.starmap(max, [(1,), 5]),
           lambda: it.accumulate([1, 'a']), lambda: it.dropwhile(lambda x: 1 / x, [1, 0, 2])]:
    g = mk()
    try:
        for x in g:
            print('got', x)
    except Exception as e:
        print(type(e).__name__, e)
for bad in ["it.accumulate()", "it.accumulate([1], None, 3)", "it.accumulate([1], x=1)", "it.chain(x=1)", "it.compress(1)",
            "it.compress([1], [2], [3])", "it.dropwhile(len)", "it.takewhile(x=1)", "it.filterfalse(None)", "it.starmap(1, 2)",
            "it.pairwise([], [])", "it.zip_longest([], x=1)", "it.chain.from_iterable()", "list(it.chain(1))"]:
    try:
        eval_result = {
            "it.accumulate()": lambda: it.accumulate(),
            "it.accumulate([1], None, 3)": lambda: it.accumulate([1], None, 3),
            "it.accumulate([1], x=1)": lambda: it.accumulate([1], x=1),
            "it.chain(x=1)": lambda: it.chain(x=1),
            "it.compress(1)": lambda: it.compress(1),
            "it.compress([1], [2], [3])": lambda: it.compress([1], [2], [3]),
            "it.dropwhile(len)": lambda: it.dropwhile(len),
            "it.takewhile(x=1)": lambda: it.takewhile(x=1),
            "it.filterfalse(None)": lambda: it.filterfalse(None),
            "it.starmap(1, 2)": lambda: it.starmap(1, 2),
            "it.pairwise([], [])": lambda: it.pairwise([], []),
            "it.zip_longest([], x=1)": lambda: it.zip_longest([], x=1),
            "it.chain.from_iterable()": lambda: it.chain.from_iterable(),
            "list(it.chain(1))": lambda: list(it.chain(1)),
        }[bad]()
    except TypeError as e:
        print(bad, '->', e)
print(it.chain[int], it.chain.__name__)
