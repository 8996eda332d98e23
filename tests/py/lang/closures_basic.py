# Closures capturing variables from enclosing scopes
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))

def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])

def make_multipliers_fixed():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(2) for m in make_multipliers_fixed()])

def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()
print(outer()())

def late_binding():
    fs = []
    v = 1
    fs.append(lambda: v)
    v = 2
    fs.append(lambda: v)
    return fs
print([f() for f in late_binding()])

def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def closure_names():
    a = 1
    b = 2
    def uses():
        return a + b
    return uses
fn = closure_names()
print(fn())

def counter_gen():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c1, c2 = counter_gen(), counter_gen()
print(c1(), c1(), c1(), c2())
def shadow():
    x = 1
    def f(x):
        return x * 10
    return f(5), x
print(shadow())
