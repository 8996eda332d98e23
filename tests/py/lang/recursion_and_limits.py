# Recursion: deep but legal recursion, mutual recursion, RecursionError caught and recovered
# from, recursion in __repr__ guarded by reprlib, sys.getrecursionlimit round trip.
import sys, reprlib
def depth(n): return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
def is_even(n): return True if n == 0 else is_odd(n - 1)
def is_odd(n): return False if n == 0 else is_even(n - 1)
print(is_even(300), is_odd(301))
def forever(n): return forever(n + 1)
try: forever(0)
except RecursionError as e: print('RecursionError', str(e)[:40])
print(depth(100), 'recovered')
old = sys.getrecursionlimit(); sys.setrecursionlimit(old + 100); print(sys.getrecursionlimit() - old); sys.setrecursionlimit(old)
class Node:
    def __init__(self): self.child = self
    @reprlib.recursive_repr()
    def __repr__(self): return f'Node({self.child!r})'
print(Node())
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(20)}))
def ackermann(m, n):
    if m == 0: return n + 1
    if n == 0: return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))
import functools
@functools.lru_cache(None)
def paths(r, c): return 1 if r == 0 or c == 0 else paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16))
