# Augmented assignment on names, attributes, subscripts; in-place semantics
x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 2; print(x)
x //= 5; print(x)
x %= 3; print(x)
x **= 5; print(x)
x <<= 3; print(x)
x >>= 1; print(x)
x |= 0b101; print(x)
x &= 0b1110; print(x)
x ^= 0b1111; print(x)
x /= 4; print(x)
s = "ab"
s += "cd"; s *= 2; print(s)
l = [1]
alias = l
l += [2, 3]
print(l, alias, l is alias)
l *= 2
print(alias)
t = (1,)
talias = t
t += (2,)
print(t, talias, t is talias)
class Box:
    def __init__(self):
        self.n = 1
b = Box()
b.n += 41
print(b.n)
d = {"a": 1}
d["a"] += 9
d.setdefault("b", 0)
d["b"] -= 1
print(d)
m = [[0, 0], [0, 0]]
m[1][0] += 7
print(m)
calls = []
def idx():
    calls.append("idx")
    return 0
arr = [100]
arr[idx()] += 1
print(arr, calls)
