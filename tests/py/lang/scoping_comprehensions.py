# Comprehension scoping: the loop variable does not leak, class-body comprehensions see only the
# first iterable, walrus binds in the enclosing scope, nested comprehensions, generator laziness.
x = 'outer'
lst = [x for x in range(3)]
print(x, lst)
class C:
    n = 5
    first = [i for i in range(n)]
    try:
        second = [n for _ in range(2)]
    except NameError as e:
        second = str(e)
print(C.first, C.second)
data = [1, 5, 2, 8]
if any((big := v) > 4 for v in data): print('first big', big)
print([y := 10, y ** 2], y)
total = 0
print([total := total + v for v in data], total)
print([[i * j for j in range(i)] for i in range(4)], {i: {j for j in range(i)} for i in range(3)})
gen = (print('evaluating', i) or i for i in range(2))
print('created generator')
print(list(gen))
try:
    (1 / 0 for _ in range(1))
    print('first iterable evaluated lazily only after it is iterated? no: source evaluated now')
    (v for v in 1 / 0)
except ZeroDivisionError: print('source iterable evaluated eagerly')
def f():
    return [lambda: i for i in range(3)]
print([g() for g in f()])
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [v for row in matrix for v in row if v % 2], sum(v for row in matrix for v in row))
print({(a, b) for a in 'ab' for b in 'ab' if a != b} == {('a', 'b'), ('b', 'a')}, dict((k, len(k)) for k in ['aa', 'b']))
