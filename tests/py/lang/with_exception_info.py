# __exit__ receives exception type, value, traceback; exceptions from body are fresh
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.et, self.ev, self.has_tb = et, ev, tb is not None
        print("exit got:", et.__name__ if et else None, repr(ev), self.has_tb)
        return True

with Inspect() as i:
    pass
print(i.et, i.ev, i.has_tb)
with Inspect() as i:
    raise KeyError("key")
print(i.et is KeyError, isinstance(i.ev, KeyError), i.ev.args)
with Inspect() as i:
    int("nope")
print(str(i.ev))
with Inspect() as i:
    raise StopIteration
print(type(i.ev).__name__)

class ReRaiser:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is ValueError:
            raise TypeError("converted") from ev
        return False
try:
    with ReRaiser():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError:", e, "cause:", repr(e.__cause__))

class Counter:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
c = Counter()
with c as d1:
    with c as d2:
        with c as d3:
            print("depths", d1, d2, d3, c.depth)
    print("after inner", c.depth)
print("final", c.depth)
class Tx:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back due to", ev)
        return True
db = {"a": 1}
with Tx(db) as s:
    s["b"] = 2
with Tx(db) as s:
    s["c"] = 3
    raise RuntimeError("failure")
print(db)
