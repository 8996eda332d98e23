# Priority task scheduler: heapq with dataclass(order=True) entries, lazy cancellation, deps, retries, simulated clock.
import heapq, itertools
from dataclasses import dataclass, field
from enum import Enum, auto
class State(Enum):
    PENDING = auto(); READY = auto(); RUNNING = auto(); DONE = auto(); FAILED = auto(); CANCELLED = auto()
@dataclass(order=True)
class Entry:
    priority: int
    ready_at: int
    seq: int
    task: "Task" = field(compare=False)
@dataclass
class Task:
    name: str
    priority: int
    duration: int
    deps: tuple = ()
    fail_times: int = 0
    max_retries: int = 2
    state: State = State.PENDING
    attempts: int = 0
    finished_at: int = -1
    log: list = field(default_factory=list, repr=False)
class Scheduler:
    def __init__(self, workers):
        self.workers = workers
        self.tasks = {}
        self.heap = []
        self.counter = itertools.count()
        self.clock = 0
        self.running = []   # (end_time, seq, task)
        self.timeline = []
    def add(self, task):
        self.tasks[task.name] = task
    def _push(self, task, when):
        task.state = State.READY
        heapq.heappush(self.heap, Entry(task.priority, when, next(self.counter), task))
    def cancel(self, name):
        t = self.tasks[name]
        if t.state in (State.PENDING, State.READY):
            t.state = State.CANCELLED
            self.timeline.append((self.clock, "cancel", name))
            for other in self.tasks.values():
                if name in other.deps and other.state in (State.PENDING, State.READY):
                    self.cancel(other.name)
    def _release(self):
        for t in self.tasks.values():
            if t.state is State.PENDING and all(self.tasks[d].state is State.DONE for d in t.deps):
                self._push(t, self.clock)
    def run(self, cancel_at=None):
        cancel_at = cancel_at or {}
        self._release()
        while True:
            for name in cancel_at.pop(self.clock, []):
                self.cancel(name)
            deferred = []
            while self.heap and len(self.running) < self.workers:
                e = heapq.heappop(self.heap)
                if e.task.state is not State.READY:
                    continue  # lazily dropped (cancelled)
                if e.ready_at > self.clock:
                    deferred.append(e); continue
                t = e.task
                t.state = State.RUNNING; t.attempts += 1
                heapq.heappush(self.running, (self.clock + t.duration, e.seq, t))
                self.timeline.append((self.clock, "start", t.name))
            for e in deferred: heapq.heappush(self.heap, e)
            if not self.running:
                waiting = [e.ready_at for e in self.heap if e.task.state is State.READY]
                if not waiting: break
                self.clock = min(waiting); continue
            end, _, t = heapq.heappop(self.running)
            self.clock = end
            if t.fail_times > 0:
                t.fail_times -= 1
                if t.attempts <= t.max_retries:
                    self.timeline.append((self.clock, "retry", t.name))
                    self._push(t, self.clock + 2 * t.attempts)
                else:
                    t.state = State.FAILED
                    self.timeline.append((self.clock, "failed", t.name))
                    for other in self.tasks.values():
                        if t.name in other.deps: self.cancel(other.name)
            else:
                t.state = State.DONE; t.finished_at = self.clock
                self.timeline.append((self.clock, "done", t.name))
                self._release()
        return self.clock
s = Scheduler(workers=2)
for t in [Task("fetch", 1, 3), Task("parse", 2, 2, ("fetch",)), Task("index", 3, 4, ("parse",)), Task("thumbs", 5, 5, ("fetch",), fail_times=1),
          Task("report", 1, 1, ("index", "thumbs")), Task("lint", 4, 2), Task("flaky", 2, 1, fail_times=5, max_retries=2),
          Task("after_flaky", 1, 1, ("flaky",)), Task("optional", 9, 3), Task("cleanup", 8, 1, ("report",))]:
    s.add(t)
end = s.run(cancel_at={1: ["optional"]})
for ev in s.timeline: print(ev)
print("finished at", end)
for t in s.tasks.values():
    print(f"{t.name:12} {t.state.name:9} attempts={t.attempts} finished={t.finished_at}")
print(sorted(Entry(p, r, i, None) for i, (p, r) in enumerate([(2, 5), (1, 9), (2, 1), (1, 9)]))[:2])
print(Entry(1, 2, 3, "x") < Entry(1, 2, 4, "a"), Entry(1, 2, 3, "x") == Entry(1, 2, 3, "y"))
h = []
for v in [5, 1, 8, 3, 9, 2]: heapq.heappush(h, (-v, str(v)))
print([heapq.heappop(h)[1] for _ in range(3)], heapq.nsmallest(2, [4, 1, 7], key=lambda x: -x), heapq.nlargest(2, "hello"))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3))
