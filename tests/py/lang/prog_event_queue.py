# A discrete-event simulation: a bank with tellers, customers arriving on a seeded random
# schedule, an event queue in heapq ordered by (time, seq), and summary statistics.
import heapq, random, statistics
rng = random.Random(12345)
events = []
seq = 0
def schedule(t, kind, data):
    global seq
    seq += 1
    heapq.heappush(events, (t, seq, kind, data))
N_TELLERS = 3
free = list(range(N_TELLERS))
queue = []
waits, log = [], []
served = {i: 0 for i in range(N_TELLERS)}
t = 0.0
for cid in range(25):
    t += rng.expovariate(1 / 2.0)
    schedule(round(t, 3), 'arrive', (cid, round(rng.uniform(3, 9), 3)))
def start_service(now, teller, cid, arrived, dur):
    waits.append(now - arrived)
    served[teller] += 1
    schedule(round(now + dur, 3), 'depart', (teller, cid))
    log.append(f'{now:7.3f} teller{teller} starts c{cid} (waited {now - arrived:.3f})')
max_q = 0
while events:
    now, _, kind, data = heapq.heappop(events)
    if kind == 'arrive':
        cid, dur = data
        if free:
            start_service(now, free.pop(0), cid, now, dur)
        else:
            queue.append((cid, now, dur))
            max_q = max(max_q, len(queue))
    else:
        teller, cid = data
        log.append(f'{now:7.3f} teller{teller} done  c{cid}')
        if queue:
            ncid, arrived, dur = queue.pop(0)
            start_service(now, teller, ncid, arrived, dur)
        else:
            free.append(teller)
            free.sort()
print('\n'.join(log[:20]))
print('...', len(log), 'events')
print('end time', now, 'served', served, 'max queue', max_q)
print('mean wait', round(statistics.mean(waits), 6), 'median', round(statistics.median(waits), 6), 'max', round(max(waits), 3), 'zero waits', sum(1 for w in waits if w == 0))
