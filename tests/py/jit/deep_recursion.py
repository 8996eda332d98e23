# Recursion far deeper than compiled code could nest on the C stack: past a depth, calls
# from compiled code are made by the interpreter, and the recursion limit still applies.
import sys
sys.setrecursionlimit(60000)

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

for i in range(3):
    print(depth(50000))

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(20000).bit_length())

def walk(node):
    return 0 if node is None else 1 + walk(node[1])

chain = None
for i in range(40000):
    chain = (i, chain)
print(walk(chain))

sys.setrecursionlimit(2000)
try:
    depth(5000)
except RecursionError as e:
    print("RecursionError", e)
print(depth(1500))
