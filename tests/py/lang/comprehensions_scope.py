# Comprehension scoping: own scope, class body, closures, first iterable evaluated outside
x = "global"
def f():
    x = "local"
    return [x for _ in range(2)]
print(f())

class A:
    y = 10
    items = [1, 2, 3]
    scaled = [i * 2 for i in items]
    try:
        bad = [i * y for i in items]
    except NameError as e:
        err = str(e)
print(A.scaled, A.err)

class B:
    n = 3
    vals = [n * i for i in range(2)] if False else None
    first_iter = [i for i in range(n)]
print(B.first_iter)

def g():
    result = [lambda: v for v in range(3)]
    return [r() for r in result]
print(g())

def h():
    total = 0
    res = [total + i for i in range(3)]
    return res, total
print(h())

i = "unchanged"
_ = [i for i in range(5)]
print(i)
_ = {i for i in range(5)}
_ = {i: i for i in range(5)}
_ = list(i for i in range(5))
print(i)

def nested_scope():
    a = 1
    return [[a + b + c for c in range(2)] for b in range(2)]
print(nested_scope())

def shadow_in_iter():
    v = [1, 2, 3]
    return [v for v in v]
print(shadow_in_iter())
def closure_over_comp_var():
    fns = [(lambda: k) for k in "abc"]
    return "".join(fn() for fn in fns)
print(closure_over_comp_var())
def uses_local_fn():
    def double(z):
        return z * 2
    return [double(q) for q in range(3)]
print(uses_local_fn())
print([locals_ok for locals_ok in [True]])
print(len([1 for _ in range(3)]))
