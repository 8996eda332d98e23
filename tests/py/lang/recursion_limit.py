# Deep recursion is caught as RecursionError; only report that it was caught
import sys

def down(n):
    return down(n + 1) + 1

try:
    down(0)
except RecursionError as e:
    print("caught RecursionError")
    print(isinstance(e, RuntimeError))
    print(str(e).startswith("maximum recursion depth exceeded"))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError:
    print("caught mutual recursion")

# After recovering, normal recursion still works
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20))
old = sys.getrecursionlimit()
print(old >= 1000)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
loop = Node(None)
loop.nxt = loop
try:
    loop.length()
except RecursionError:
    print("caught method recursion")
print("done")
