# pop/remove/index/count/clear/reverse and their errors.
a = [10, 20, 30, 40, 50, 20]
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
try:
    a.pop(10)
except IndexError as e:
    print("IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
b = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
b.remove(1)
print(b)
b.remove(5)
print(b)
try:
    b.remove(42)
except ValueError as e:
    print("ValueError:", e)
print(b.index(5), b.index(5, 4), b.index(3, 1), b.index(6, -5, -1))
try:
    b.index(7)
except ValueError as e:
    print("ValueError:", e)
try:
    b.index(4, 3)
except ValueError as e:
    print("ValueError:", e)
print(b.count(5), b.count(3), b.count(100), [1, 1.0, True].count(1), [[1], [1]].count([1]))
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, len(c))
mixed = [1, "1", 1.0, (1,), [1]]
print(mixed.index("1"), mixed.index(1.0), mixed.index((1,)), mixed.index([1]))
mixed.remove(1.0)
print(mixed)
stack = []
for ch in "a(b[c]d)e":
    if ch in "([":
        stack.append(ch)
    elif ch in ")]":
        print("close", ch, "matches", stack.pop())
print(stack)
queue = list(range(5))
while queue:
    print(queue.pop(0), end=" ")
print()
