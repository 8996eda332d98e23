# sched.scheduler driven by a fake clock: ordering by time then priority, cancel, enter vs enterabs, queue, run(blocking=False).
import sched

class Clock:
    def __init__(self):
        self.now = 0.0
        self.sleeps = []
    def time(self):
        return self.now
    def sleep(self, d):
        self.sleeps.append(round(d, 3))
        self.now += d

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
log = []
def task(name, *extra, **kw):
    log.append((round(clock.now, 3), name, extra, tuple(sorted(kw.items()))))

e1 = s.enter(5, 1, task, ("five",))
e2 = s.enter(1, 2, task, ("one-low",))
e3 = s.enter(1, 1, task, ("one-high",))
e4 = s.enterabs(3.5, 0, task, ("abs",), {"k": 1})
e5 = s.enter(2, 0, task, argument=("two", 2, 3))
e6 = s.enter(4, 0, task, ("cancelled",))
print(s.empty(), len(s.queue), [e.time for e in s.queue], [e.argument[0] for e in s.queue])
s.cancel(e6)
try:
    s.cancel(e6)
except ValueError as e:
    print("ValueError on double cancel")
print([(e.time, e.priority, e.argument[0]) for e in s.queue])
print(e2 < e3, e3 < e2, e1 > e5, e2 == e2, e4.kwargs)

def chained():
    log.append((clock.now, "chained"))
    s.enter(0.5, 0, task, ("from-chain",))
s.enter(2.5, 5, chained)
s.run()
for item in log:
    print(item)
print("sleeps", clock.sleeps, "now", clock.now, s.empty())

# non-blocking run: returns the delay until the next event
clock2 = Clock()
s2 = sched.scheduler(clock2.time, clock2.sleep)
hits = []
for t in (1, 2, 3):
    s2.enterabs(t, 0, hits.append, (t,))
print(s2.run(blocking=False), hits)
clock2.now = 1.5
print(s2.run(blocking=False), hits)
clock2.now = 10
print(s2.run(blocking=False), hits, s2.empty())

# an exception in an action propagates, leaving later events queued
clock3 = Clock()
s3 = sched.scheduler(clock3.time, clock3.sleep)
s3.enter(1, 0, lambda: 1 / 0)
s3.enter(2, 0, print, ("after",))
try:
    s3.run()
except ZeroDivisionError:
    print("ZeroDivisionError; left:", len(s3.queue))
s3.run()
ev = sched.Event(1, 2, 0, print, (), {})
print(ev, ev._fields)
