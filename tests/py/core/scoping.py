x = "global"
def f():
    x = "enclosing"
    def g():
        nonlocal x
        x = "modified"
        def h():
            global x
            x = "global modified"
        h()
        return x
    r = g()
    return r, x
print(f(), x)
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter_factory()
inc(); inc()
print(get())
funcs = {}
for name in ["a", "b"]:
    def make(n=name):
        return n * 2
    funcs[name] = make
print(funcs["a"](), funcs["b"]())
class C:
    attr = 1
    def method(self):
        return attr_global()
def attr_global():
    return "module function"
print(C().method(), [C.attr for _ in range(2)])
y = 10
def shadow():
    y = 20
    return [y for _ in range(2)], (lambda: y)()
print(shadow(), y)
