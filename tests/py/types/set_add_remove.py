# add/discard/remove/pop/clear on sets of small ints.
s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.discard(1)
s.discard(100)
print(s)
s.remove(2)
print(s)
try:
    s.remove(2)
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    s.remove(-7)
except KeyError as e:
    print("KeyError:", e)
x = s.pop()
print(x, s)
s.clear()
print(s, len(s), bool(s))
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = set()
print(t, repr(t), str(t), type(t).__name__, set() == set(), {} == set())
t.add((1, 2))
t.add((1, 2))
print(t)
try:
    t.add([1])
except TypeError as e:
    print("TypeError:", e)
try:
    t.remove({})
except TypeError as e:
    print("TypeError:", e)
u = {5, 6}
u.discard(5.0)
print(u, 6.0 in u, True in {1})
v = set(range(8))
while v:
    print(v.pop(), end=" ")
print()
w = {10, 20}
w.update({30}, [40, 10], range(2))
print(w)
w.difference_update({10, 0})
print(w)
w.intersection_update([20, 30, 40, 99])
print(w)
w.symmetric_difference_update({30, 50})
print(w)
c = w.copy()
c.add(1)
print(w, c, c is w)
