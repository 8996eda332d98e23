# Assignment expressions (:=)
data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long list", n)
print(n)
values = []
i = 0
while (x := i * i) < 30:
    values.append(x)
    i += 1
print(values, x, i)
print([y for v in data if (y := v * 2) > 5])
print("y leaks from comprehension:", y)
total = 0
print([total := total + v for v in data])
print("total", total)
def f(v):
    return v * 3
results = [(v, r) for v in range(6) if (r := f(v)) % 2 == 0]
print(results, r)
print((a := 10) + a)
print(a)
lines = iter(["a", "b", "", "c"])
while (line := next(lines)) != "":
    print("line", line)
def g():
    [z := w for w in range(4)]
    return z
print(g())
stack = [3, 2, 1]
while stack and (top := stack.pop()) != 2:
    print("popped", top)
print("stopped at", top, stack)
print(any((hit := v) > 4 for v in data), hit)
print(all((miss := v) < 5 for v in data), miss)
def h():
    if (k := 7) > 5:
        return k * 2
print(h())
