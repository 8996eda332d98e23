# Return semantics: implicit None, early return, multiple values, return in loops
def implicit():
    x = 1
print(implicit())
def bare():
    return
print(bare())
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return f"first i with i*i > {n} is {i}"
    return "none found"
print(early(-1), "|", early(10), "|", early(0))
def multiple():
    return 1, [2], "three"
a, b, c = multiple()
print(a, b, c, multiple())
def nested_return():
    def inner():
        return "inner value"
    return inner() + " via outer"
print(nested_return())
def return_from_while():
    n = 0
    while True:
        n += 1
        if n == 7:
            return n
print(return_from_while())
def returns_function(kind):
    if kind == "sq":
        return lambda x: x * x
    def cube(x):
        return x ** 3
    return cube
print(returns_function("sq")(5), returns_function("cube")(3))
def return_in_with():
    class CM:
        def __enter__(self):
            return "entered"
        def __exit__(self, *a):
            print("exit runs before return completes")
    with CM() as v:
        return v
print(return_in_with())
def returns_self_ref():
    return returns_self_ref
print(returns_self_ref()() is returns_self_ref)
def conditional(x):
    return "even" if x % 2 == 0 else "odd"
print([conditional(i) for i in range(4)])
def side_effect_after_return():
    log = []
    try:
        log.append("try")
        return log
    finally:
        log.append("finally")
print(side_effect_after_return())
def deep(n):
    if n == 0:
        return []
    return [n] + deep(n - 1)
print(deep(5))
def return_tuple_paren():
    return (1)
print(return_tuple_paren(), type(return_tuple_paren()).__name__)
