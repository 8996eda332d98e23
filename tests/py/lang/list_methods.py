# list methods and operations
l = [3, 1, 4]
l.append(1); print(l)
l.extend([5, 9]); print(l)
l.extend("ab"); print(l)
del l[-2:]
l.insert(0, 2); print(l)
l.insert(100, 6); print(l)
l.insert(-1, 7); print(l)
print(l.pop(), l.pop(0), l.pop(2), l)
l.remove(1); print(l)
print(l.index(9), l.index(1), l.count(1), l.count(99))
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda x: (x % 3, x)); print(l)
c = l.copy()
c.append(0)
print(l, c, c is l)
c.clear(); print(c, len(c))
print([1, 2] + [3], [0] * 4, [[]] * 2, 2 * [1, 2])
a = [[]] * 3
a[0].append("shared")
print(a)
print(len([]), len([1, [2, 3]]), [1, 2, 3][-1], 2 in [1, 2], [] == [], [1] != [1.0])
m = [5, 3, 8]
print(sorted(m), m, min(m), max(m), sum(m))
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
pairs.sort(key=lambda p: p[0])
print(pairs)
nums = list(range(10))
print(nums[::3], list(reversed(nums))[:3], nums.index(5, 3, 8))
try:
    nums.index(5, 6)
except ValueError as e:
    print("ValueError:", e)
x = [1, 2, 3]
y = x
x += [4]
x = x + [5]
print(x, y)
print(list("abc"), list((1, 2)), list(range(3)), list({1: "a"}), list())
stack = []
for ch in "(()())":
    if ch == "(":
        stack.append(ch)
    else:
        stack.pop()
print("balanced", not stack)
n = [1, 2, 3]
n[1:2] = [20, 21, 22]
print(n, n * 0, [None] * 2)
