# _thread (single-threaded locks) and _weakref/weakref basics.
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), isinstance(lock, _thread.LockType))
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print("ValueError", e)
with lock:
    print("inside", lock.locked())
print("after", lock.locked())

r = _thread.RLock()
with r:
    with r:
        print("nested", r._is_owned())
print(r._is_owned())
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(_thread.get_ident(), int), _thread.TIMEOUT_MAX > 0, _thread.error is RuntimeError)

import _weakref
from _weakrefset import WeakSet


class Obj:
    def __init__(self, name):
        self.name = name

    def method(self):
        return self.name


o = Obj("a")
w = _weakref.ref(o)
print(w() is o, w == _weakref.ref(o), hash(w) == hash(o), w.__callback__, _weakref.ref is _weakref.ReferenceType)
print(_weakref.getweakrefcount(o) >= 0, type(_weakref.getweakrefs(o)).__name__)
for bad in (1, "s", [1], {}, (1,)):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print("TypeError", e)
ws = WeakSet([o])
print(len(ws), o in ws, [x.name for x in ws], Obj("b") in ws)
ws.discard(o)
print(len(ws))
print(_weakref.proxy(o).name)


class SubRef(_weakref.ref):
    pass


s = SubRef(o)
print(s() is o, isinstance(s, _weakref.ref))
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        pass


class Impl(Base):
    def run(self):
        return "ran"


print(Impl().run(), isinstance(Impl(), Base), issubclass(Impl, Base))
try:
    Base()
except TypeError as e:
    print("TypeError", e)


class Reg(abc.ABC):
    pass


Reg.register(int)
print(isinstance(3, Reg), issubclass(str, Reg))
