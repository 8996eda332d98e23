# Random deque operation sequences (with and without maxlen) checked against a list model.
import random, binascii
from collections import deque
random.seed(44)
acc = 0
for trial in range(150):
    ml = random.choice([None, None, 1, 3, 8])
    d, m = deque(maxlen=ml), []
    def trim_right():
        while ml is not None and len(m) > ml: m.pop(0)
    def trim_left():
        while ml is not None and len(m) > ml: m.pop()
    for step in range(random.randint(0, 60)):
        op = random.randint(0, 10)
        v = random.randint(0, 9)
        try:
            if op == 0: d.append(v); m.append(v); trim_right()
            elif op == 1: d.appendleft(v); m.insert(0, v); trim_left()
            elif op == 2 and m: assert d.pop() == m.pop()
            elif op == 3 and m: assert d.popleft() == m.pop(0)
            elif op == 4:
                k = random.randint(-5, 5); d.rotate(k)
                if m: k %= len(m); m[:] = m[-k:] + m[:-k] if k else m
            elif op == 5: xs = [v, v + 1]; d.extend(xs); m.extend(xs); trim_right()
            elif op == 6: xs = [v, v + 1]; d.extendleft(xs); m[:0] = xs[::-1]; trim_left()
            elif op == 7 and m: i = random.randrange(len(m)); assert d[i] == m[i]; d[i] = -v; m[i] = -v
            elif op == 8 and v in m: d.remove(v); m.remove(v)
            elif op == 9 and (ml is None or len(m) < ml): i = random.randint(-3, len(m) + 3); d.insert(i, v); m.insert(i, v)
            elif op == 10: d.reverse(); m.reverse()
        except IndexError as e:
            print('IndexError', e)
        assert list(d) == m, (list(d), m, op)
    acc = (acc * 7 + binascii.crc32(repr((list(d), d.count(3), 3 in d)).encode())) % (1 << 61)
    if trial % 15 == 0: print(trial, ml, list(d))
print(acc)
