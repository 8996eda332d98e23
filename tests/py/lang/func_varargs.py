# *args and **kwargs collection and forwarding
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, 3))
print(collect(a=1, b=2))
print(collect(1, "two", x=3.0, y=None))
args, kw = collect(*[1, 2], *(3,), **{"k": 1}, **{"j": 2})
print(args, kw)
print(type(args).__name__, type(kw).__name__)

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3, 4))
print(total(*range(10)))

def forward(*args, **kwargs):
    return target(*args, **kwargs)
def target(a, b, c=0, *, d=0):
    return a + b + c + d
print(forward(1, 2), forward(1, 2, 3), forward(1, b=5, d=10))

def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3))

def kwonly_order(**kw):
    return list(kw.items())
print(kwonly_order(z=1, a=2, m=3))

def mixed(a, *args, b=10, **kwargs):
    print("a", a, "args", args, "b", b, "kwargs", kwargs)
mixed(1)
mixed(1, 2, 3, b=4, c=5)
mixed(*"xyz", **{"b": "B", "q": "Q"})

def modify(*args):
    args = list(args)
    args.append("extra")
    return args
t = (1, 2)
print(modify(*t), t)
def count_kw(**kw):
    kw["added"] = True
    return len(kw)
d = {"p": 1}
print(count_kw(**d), d)
print(max(*[3, 9, 2]), min(4, *[8, 1]))
print(*[1, 2, 3], sep="-")
print(*"abc", *range(3))
