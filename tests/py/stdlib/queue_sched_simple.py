# queue.Queue/LifoQueue/PriorityQueue/SimpleQueue used single-threaded (put/get/nowait,
# full/empty, maxsize, task_done/join), and sched.scheduler with a fake clock.
import queue, sched
q = queue.Queue(maxsize=3)
for i in range(3):
    q.put(i)
print(q.full(), q.qsize(), q.empty())
try:
    q.put_nowait(9)
except queue.Full:
    print('Full')
print([q.get() for _ in range(3)], q.empty())
try:
    q.get_nowait()
except queue.Empty:
    print('Empty')
try:
    q.get(timeout=0.01)
except queue.Empty:
    print('Empty after timeout')
lq = queue.LifoQueue(); [lq.put(c) for c in 'abc']; print([lq.get() for _ in range(3)])
pq = queue.PriorityQueue()
for item in [(3, 'low'), (1, 'high'), (2, 'mid'), (1, 'also high')]:
    pq.put(item)
print([pq.get() for _ in range(4)])
sq = queue.SimpleQueue(); sq.put(1); sq.put_nowait(2); print(sq.get(), sq.get_nowait(), sq.empty(), sq.qsize())
jq = queue.Queue()
for i in range(3):
    jq.put(i)
while not jq.empty():
    jq.get(); jq.task_done()
jq.join(); print('joined', jq.unfinished_tasks)
try:
    jq.task_done()
except ValueError as e:
    print('ValueError', e)
now = [0.0]
def clock():
    return now[0]
def sleep(d):
    now[0] += d
s = sched.scheduler(clock, sleep)
log = []
def act(name):
    log.append((now[0], name))
s.enter(5, 1, act, ('five',))
s.enter(1, 2, act, ('one-low',))
s.enter(1, 1, act, ('one-high',))
e = s.enter(3, 1, act, ('cancelled',))
s.enterabs(2.5, 1, act, kwargs={'name': 'abs'})
s.cancel(e)
print(len(s.queue), [ev.argument for ev in s.queue], s.empty())
s.run()
print(log, s.empty(), now[0])
