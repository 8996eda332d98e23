# selectors.DefaultSelector over os.pipe: register/modify/unregister, readiness after writes, get_key/get_map, error cases.
import os, selectors

sel = selectors.DefaultSelector()
r1, w1 = os.pipe()
r2, w2 = os.pipe()
k1 = sel.register(r1, selectors.EVENT_READ, data="pipe1")
k2 = sel.register(r2, selectors.EVENT_READ, data="pipe2")
print(k1.fd == r1, k1.events, k1.data, k2.data, len(sel.get_map()))

def ready(timeout=0):
    return sorted((key.data, ev) for key, ev in sel.select(timeout))

print("nothing yet:", ready())
os.write(w1, b"hello")
print("after write to 1:", ready())
os.write(w2, b"world")
print("both:", ready())
print(os.read(r1, 100), ready())
print(os.read(r2, 3), ready(), os.read(r2, 10), ready())

kw = sel.register(w1, selectors.EVENT_WRITE, "writer1")
print("writable:", ready())
sel.modify(w1, selectors.EVENT_WRITE, "writer1-renamed")
print(ready(), sel.get_key(w1).data)
sel.unregister(w1)
print(ready(), sorted(k.data for k in sel.get_map().values()))
try:
    sel.get_key(w1)
except KeyError as e:
    print("KeyError", "is not registered" in str(e))
try:
    sel.register(r1, selectors.EVENT_READ)
except KeyError as e:
    print("KeyError", "already registered" in str(e))
try:
    sel.register(r1 + 1000, 0)
except ValueError as e:
    print("ValueError", e)
try:
    sel.unregister(12345)
except KeyError:
    print("KeyError unregister")

class FileLike:
    def __init__(self, fd):
        self._fd = fd
    def fileno(self):
        return self._fd
fl = FileLike(w2)
sel.register(fl, selectors.EVENT_WRITE, "filelike")
print(sel.get_key(fl).fileobj is fl, ready())
print(sel.get_map()[w2].data, w2 in sel.get_map(), 999 in sel.get_map())
sel.modify(r2, selectors.EVENT_READ | selectors.EVENT_WRITE, "rw")
print(sel.get_key(r2).events)
os.close(w1)
print("closed writer -> readable (EOF):", ready(), os.read(r1, 10))
sel.close()
print(sel.get_map() is None)
for fd in (r1, r2, w2):
    os.close(fd)
with selectors.DefaultSelector() as s2:
    a, b = os.pipe()
    s2.register(a, selectors.EVENT_READ)
    os.write(b, b"x")
    print([(k.fd == a, ev) for k, ev in s2.select(0.5)])
    os.close(a); os.close(b)
print(selectors.EVENT_READ, selectors.EVENT_WRITE, issubclass(selectors.DefaultSelector, selectors.BaseSelector))
