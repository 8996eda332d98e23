# A seeded grid game simulation of the kind games use: random walkers with collision handling,
# score tables in dicts, a Counter of visits, heap-ordered turn queue, and a final digest.
import random, heapq, binascii
from collections import Counter, deque
random.seed(4321)
W, H = 20, 12
walls = {(random.randrange(W), random.randrange(H)) for _ in range(40)}
players = {name: [random.randrange(W), random.randrange(H), 0] for name in 'ABCDEF'}
visits = Counter()
turns = [(random.random(), name) for name in players]
heapq.heapify(turns)
trail = deque(maxlen=10)
for step in range(750):
    t, name = heapq.heappop(turns)
    p = players[name]
    dx, dy = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1), (0, 0)])
    nx, ny = (p[0] + dx) % W, (p[1] + dy) % H
    if (nx, ny) in walls:
        p[2] -= 1
    elif any(q[0] == nx and q[1] == ny for n, q in players.items() if n != name):
        p[2] += 2
    else:
        p[0], p[1] = nx, ny
        p[2] += 1 if (nx + ny) % 5 == 0 else 0
    visits[(p[0], p[1])] += 1
    trail.append(name)
    heapq.heappush(turns, (t + random.expovariate(1.0), name))
print(sorted((n, tuple(p)) for n, p in players.items()))
print(visits.most_common(5), len(visits), ''.join(trail))
board = [''.join('#' if (x, y) in walls else str(min(visits[(x, y)], 9)) for x in range(W)) for y in range(H)]
print('\n'.join(board))
print(binascii.crc32('\n'.join(board).encode()), sum(p[2] for p in players.values()))
