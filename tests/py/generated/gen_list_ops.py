# Random list method sequences (insert/pop/remove/index/sort/reverse/extend/slice ops) vs a model.
import random, binascii
random.seed(8)
L = []
acc = 0
for step in range(1250):
    op = random.randint(0, 11)
    x = random.randint(-20, 20)
    try:
        if op == 0: L.append(x); r = None
        elif op == 1: L.insert(random.randint(-30, 30), x); r = None
        elif op == 2: r = L.pop(random.randint(-len(L) - 2, len(L) + 1)) if random.random() < 0.7 else L.pop()
        elif op == 3: L.remove(x); r = None
        elif op == 4: r = L.index(x, random.randint(-5, 5))
        elif op == 5: r = L.count(x)
        elif op == 6: L.sort(key=lambda v: (v % 3, -v), reverse=random.random() < 0.5); r = L[:3]
        elif op == 7: L.reverse(); r = None
        elif op == 8: L.extend(range(random.randint(0, 3))); r = len(L)
        elif op == 9: L *= random.choice([1, 1, 2]) if len(L) < 50 else 1; r = len(L)
        elif op == 10: L[random.randint(-3, 3):random.randint(-3, 3)] = [x] * random.randint(0, 2); r = len(L)
        else: r = (x in L, L[-1] if L else None, min(L) if L else None, sorted(L)[:4])
    except (ValueError, IndexError) as e:
        r = type(e).__name__ + ': ' + str(e)
    if len(L) > 200:
        del L[100:]
    acc = (acc * 5 + binascii.crc32(repr((r, L)).encode())) % (1 << 61)
    if step % 62 == 0:
        print(step, r, L[:10])
print(acc, len(L))
