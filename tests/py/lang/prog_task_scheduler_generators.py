# A cooperative multitasking kernel built on generators: tasks yield system calls (sleep,
# spawn, wait, send/receive on channels), a scheduler with a simulated clock and ready queue,
# and a trace of what ran when.
from collections import deque
import heapq
class Sleep:
    def __init__(self, t): self.t = t
class Spawn:
    def __init__(self, gen, name): self.gen, self.name = gen, name
class Wait:
    def __init__(self, tid): self.tid = tid
class Send:
    def __init__(self, ch, v): self.ch, self.v = ch, v
class Recv:
    def __init__(self, ch): self.ch = ch
class Kernel:
    def __init__(self):
        self.clock, self.next_id = 0, 1
        self.ready, self.sleeping, self.tasks, self.waiters, self.trace = deque(), [], {}, {}, []
        self.channels = {}
    def spawn(self, gen, name):
        tid = self.next_id
        self.next_id += 1
        self.tasks[tid] = (gen, name)
        self.ready.append((tid, None))
        return tid
    def log(self, tid, msg):
        self.trace.append(f't={self.clock:3} {self.tasks[tid][1]:>8}: {msg}')
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                t, tid = heapq.heappop(self.sleeping)
                self.clock = t
                self.ready.append((tid, None))
                continue
            tid, val = self.ready.popleft()
            gen, name = self.tasks[tid]
            try:
                call = gen.send(val)
            except StopIteration as e:
                self.log(tid, f'exit {e.value!r}')
                for w in self.waiters.pop(tid, []):
                    self.ready.append((w, e.value))
                continue
            if isinstance(call, Sleep):
                heapq.heappush(self.sleeping, (self.clock + call.t, tid))
            elif isinstance(call, Spawn):
                self.ready.append((tid, self.spawn(call.gen, call.name)))
            elif isinstance(call, Wait):
                self.waiters.setdefault(call.tid, []).append(tid)
            elif isinstance(call, Send):
                q, rx = self.channels.setdefault(call.ch, (deque(), deque()))
                if rx:
                    self.ready.append((rx.popleft(), call.v))
                else:
                    q.append(call.v)
                self.ready.append((tid, None))
            elif isinstance(call, Recv):
                q, rx = self.channels.setdefault(call.ch, (deque(), deque()))
                if q:
                    self.ready.append((tid, q.popleft()))
                else:
                    rx.append(tid)
            else:
                self.ready.append((tid, call))
k = Kernel()
def producer(n):
    for i in range(n):
        yield Sleep(3)
        yield Send('jobs', i * 10)
        k.trace.append(f't={k.clock:3} producer: sent {i * 10}')
    yield Send('jobs', None)
    return 'produced'
def consumer(name):
    total = 0
    while True:
        v = yield Recv('jobs')
        if v is None:
            yield Send('jobs', None)
            return total
        total += v
        k.trace.append(f't={k.clock:3} {name}: got {v}')
        yield Sleep(5)
def main():
    p = yield Spawn(producer(6), 'producer')
    c1 = yield Spawn(consumer('c1'), 'c1')
    c2 = yield Spawn(consumer('c2'), 'c2')
    r1 = yield Wait(c1)
    r2 = yield Wait(c2)
    rp = yield Wait(p) if False else 'skip'
    return (r1, r2, r1 + r2)
k.spawn(main(), 'main')
k.run()
print('\n'.join(k.trace))
print('final clock', k.clock)
