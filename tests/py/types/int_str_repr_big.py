# str() and repr() of big ints and their round trip.
vals = [0, -0, 7, -7, 2 ** 31, 2 ** 63 - 1, 2 ** 63, 2 ** 64, -(2 ** 63), -(2 ** 64) - 1,
        10 ** 18, 10 ** 19, 10 ** 19 - 1, 10 ** 30, -(10 ** 30) + 1, 2 ** 128, 3 ** 99]
for v in vals:
    s = str(v)
    r = repr(v)
    print(s, r == s, int(s) == v, len(s))
print([2 ** 70, -(2 ** 70)])
print((2 ** 70, -1))
print({2 ** 70: -(2 ** 65)})
print(f"{2 ** 90}", "%d" % 2 ** 90, "{}".format(-(2 ** 90)))
print(str(2 ** 200).count("0"), str(10 ** 100 - 1).count("9"))
big = int("1234567890" * 12)
print(big)
print(big + 1)
print(big * 10 + 9)
print(str(big)[::-1])
print(-big)
print(int(str(-big)) == -big)
# numbers near base boundaries (2**30, 2**32, 10**9)
for b in (2 ** 30, 2 ** 32, 10 ** 9, 10 ** 10):
    print(b - 1, b, b + 1, b * b - 1, b * b, -(b * b))
print(format(2 ** 100, ","), format(-(2 ** 80), "_"))
print(format(2 ** 100, "40d"), format(2 ** 100, "<40d") + "|", format(-(2 ** 70), "+030d"))
