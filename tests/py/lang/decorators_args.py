# Decorators with arguments, decorator factories, class-based decorators
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))

def prefix(p, sep=": "):
    def deco(fn):
        def wrapper(*a, **k):
            return p + sep + str(fn(*a, **k))
        return wrapper
    return deco

@prefix("INFO")
def status():
    return "ok"
@prefix("WARN", sep=" - ")
def warn(n):
    return n * 2
print(status(), warn(21))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0
    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        r = self.fn(n)
        self.cache[n] = r
        return r

@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(40), fib.hits, len(fib.cache), type(fib).__name__)

def validate(*types):
    def deco(fn):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f"expected {t.__name__}, got {type(a).__name__}")
            return fn(*args)
        return wrapper
    return deco

@validate(int, str)
def describe(n, s):
    return s * n
print(describe(3, "ab"))
try:
    describe("3", "ab")
except TypeError as e:
    print("TypeError:", e)

def deco_with_state(start):
    def deco(fn):
        state = {"n": start}
        def wrapper():
            state["n"] += 1
            return fn(state["n"])
        return wrapper
    return deco
@deco_with_state(100)
def show(n):
    return f"call #{n}"
print(show(), show(), show())
