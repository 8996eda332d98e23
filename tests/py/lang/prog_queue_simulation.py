# Discrete queue simulation with deterministic arrivals (list-based queue and ring buffer)
class RingQueue:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.head = 0
        self.count = 0
    def push(self, item):
        if self.count == len(self.buf):
            raise OverflowError("queue full")
        self.buf[(self.head + self.count) % len(self.buf)] = item
        self.count += 1
    def pop(self):
        if self.count == 0:
            raise IndexError("queue empty")
        item = self.buf[self.head]
        self.buf[self.head] = None
        self.head = (self.head + 1) % len(self.buf)
        self.count -= 1
        return item
    def __len__(self):
        return self.count

arrivals = {0: ["c1", "c2"], 1: ["c3"], 2: [], 3: ["c4", "c5", "c6"], 5: ["c7"], 6: ["c8", "c9"]}
service_time = {"c1": 2, "c2": 1, "c3": 3, "c4": 1, "c5": 2, "c6": 1, "c7": 1, "c8": 2, "c9": 1}
q = RingQueue(4)
current, remaining, rejected, finished = None, 0, [], []
wait_start = {}
t = 0
while t < 20:
    for c in arrivals.get(t, []):
        try:
            q.push(c)
            wait_start[c] = t
        except OverflowError:
            rejected.append((t, c))
    if current is None and len(q):
        current = q.pop()
        remaining = service_time[current]
        print(f"t={t:2} start {current} waited {t - wait_start[current]}")
    if current is not None:
        remaining -= 1
        if remaining == 0:
            finished.append((current, t + 1))
            print(f"t={t:2} done  {current} queue={len(q)}")
            current = None
    if current is None and not len(q) and t > max(arrivals):
        break
    t += 1
print("finished", finished)
print("rejected", rejected)
print("end time", t)
try:
    q.pop()
except IndexError as e:
    print("IndexError:", e)
jobs = list(range(1, 8))
rounds = 0
while len(jobs) > 1:
    jobs = jobs[2:] + jobs[:1]
    rounds += 1
print("josephus-like survivor", jobs, rounds)
