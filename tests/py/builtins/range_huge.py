# Ranges whose bounds or lengths exceed 64-bit machine integers.
huge = range(10 ** 20)
print(huge, huge[-1], huge[10 ** 19], 10 ** 19 in huge, huge.index(12345), bool(huge))
print(huge[::10 ** 19], list(huge[::3 * 10 ** 19]), huge[-3:], list(huge[-3:]))
print(range(-(2 ** 70), 2 ** 70, 2 ** 69), list(range(-(2 ** 70), 2 ** 70, 2 ** 69)))
r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r, len(r), list(r), r[1], r[-1], 2 ** 64 + 3 in r, 2 ** 64 + 4 in r, r.index(2 ** 64 + 9))
print(list(reversed(r)), r[::-1], r == range(2 ** 64, 2 ** 64 + 10, 3))
for big in (range(2 ** 64), range(-(10 ** 30), 0), range(0, 10 ** 40, 7)):
    try:
        print(len(big))
    except OverflowError as e:
        print("OverflowError:", e)
    print(big[0], big[-1], big.count(big[-1]), (big[-1] + 1) in big)
print(sum(range(2 ** 62, 2 ** 62 + 4)), max(range(10 ** 18, 10 ** 18 + 5)))
print(range(10 ** 20)[10 ** 19:10 ** 19 + 3], list(range(10 ** 20)[10 ** 19:10 ** 19 + 3]))
try:
    range(10 ** 20)[10 ** 20]
except IndexError as e:
    print("IndexError:", e)
print(hash(range(2 ** 64, 2 ** 64 + 1)) == hash(range(2 ** 64, 2 ** 64 + 1)))
print(list(zip(range(2 ** 63 - 2, 2 ** 63 + 2), "abcd")))
i = 0
for v in range(2 ** 63 - 2, 2 ** 63 + 3):
    print(v, end=" ")
    i += 1
print(i)
