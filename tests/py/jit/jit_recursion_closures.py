# Hot recursive functions, closures called in loops, generators consumed in hot loops and
# methods with changing receiver classes, run enough times to be compiled.
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(22)])
def make_adder(k):
    def add(x): return x + k
    return add
adders = [make_adder(k) for k in range(10)]
s = 0
for i in range(3000): s = adders[i % 10](s) % 1000003
print(s)
class A:
    def f(self, x): return x + 1
class B(A):
    def f(self, x): return x * 2
class C:
    def f(self, x): return -x
objs = [A(), B(), C(), A(), B()]
acc = 0
for i in range(5000): acc = (acc + objs[i % len(objs)].f(i)) % 99991
print(acc)
def gen(n):
    for i in range(n): yield i * i
tot = 0
for _ in range(50): tot += sum(gen(100))
print(tot)
def tak(x, y, z): return z if y >= x else tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y))
print(tak(12, 8, 4))
