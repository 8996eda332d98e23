# Nested with statements: enter/exit ordering, exception passing through layers
log = []
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        log.append(f"exit {self.name} {et.__name__ if et else '-'}")
        return self.suppress

with CM("a") as a, CM("b") as b, CM("c") as c:
    log.append(f"body {a}{b}{c}")
print(log)
log.clear()

with CM("outer", suppress=True):
    with CM("middle"):
        with CM("inner"):
            raise ValueError("deep")
print(log)
log.clear()

with CM("x"), CM("y", suppress=True):
    raise KeyError("k")
print(log)
log.clear()

try:
    with CM("p"), CM("q"):
        raise IndexError("i")
except IndexError:
    log.append("caught outside")
print(log)
log.clear()

def gen_with():
    with CM("gen"):
        yield 1
        yield 2
g = gen_with()
print(next(g), log)
print(next(g), log)
print(next(g, "end"), log)
log.clear()
with CM("t1") as t1:
    with CM("t2") as t2:
        log.append(t1 + t2)
print(log)
log.clear()
with (CM("paren1") as p1,
      CM("paren2") as p2):
    log.append("parenthesized " + p1 + p2)
print(log)
