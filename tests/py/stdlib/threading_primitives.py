# threading on one thread: Lock, RLock, Condition, Event, Semaphore, local, Timer objects.
import threading
import queue

print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
print(isinstance(threading.get_ident(), int), threading.current_thread().daemon, threading.current_thread().is_alive())

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(blocking=False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
with lock:
    print('in lock', lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)

rl = threading.RLock()
with rl:
    with rl:
        print('nested rlock ok')
try:
    rl.release()
except RuntimeError as e:
    print('RuntimeError', e)

cond = threading.Condition()
with cond:
    print(cond.wait(timeout=0.01), cond.wait_for(lambda: True), cond.notify(), cond.notify_all())
try:
    cond.notify()
except RuntimeError as e:
    print('RuntimeError', e)

ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait(), ev.wait(0))
ev.clear()
print(ev.is_set())

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release(2)
bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print('ValueError', e)

data = threading.local()
data.x = 1
data.items = [1, 2]
print(data.x, data.items, hasattr(data, 'y'))
class MyLocal(threading.local):
    def __init__(self, v):
        self.v = v
print(MyLocal(5).v)

results = []
t = threading.Thread(target=results.append, args=(1,), name='worker')
print(t.name, t.is_alive(), t.daemon, t.ident)
try:
    t.start()
    t.join()
except RuntimeError:
    pass
print(results in ([1], []))

q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.qsize(), q.get(), q.get_nowait(), q.empty(), q.full())
try:
    queue.Queue().get_nowait()
except queue.Empty:
    print('Empty')
lq = queue.LifoQueue()
pq = queue.PriorityQueue()
for x in (3, 1, 2):
    lq.put(x)
    pq.put(x)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)])
sq = queue.SimpleQueue()
sq.put('a')
print(sq.get(), sq.empty())
b = threading.Barrier(1)
print(b.wait(), b.parties)
print(threading.TIMEOUT_MAX > 0, threading.stack_size() >= 0 if hasattr(threading, 'stack_size') else True)
