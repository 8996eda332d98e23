# Set iteration order across resizes, deletions and re-insertions of ints.
s = set()
for i in range(0, 60, 5):
    s.add(i)
    if i % 15 == 0:
        print(len(s), s)
for i in range(0, 60, 10):
    s.remove(i)
print(s)
for i in range(100, 130, 3):
    s.add(i)
print(s)
s2 = set()
for i in [7, 39, 71, 103, 135]:
    s2.add(i)
print(s2)
s2.remove(39)
s2.add(167)
print(s2)
s2.add(39)
print(s2)
s3 = set(range(32))
for i in range(0, 32, 2):
    s3.discard(i)
for i in range(64, 96, 4):
    s3.add(i)
print(s3)
print(set(range(1000)) == set(range(999, -1, -1)), len(set(range(1000))))
hashes = {x * 1024 for x in range(10)}
print(hashes)
print({x for x in range(5)} | {x + 64 for x in range(5)})
print(set([255, 256, 257, 511, 512, 513]))
d = set(range(5))
d |= set(range(20, 25))
d -= {1, 21}
print(d)
print([x for x in {4, 68, 132, 196} if x > 0])
