# Comparisons between ints and floats, including huge ints and special floats.
print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 == -1.0, 0 == -0.0, 0 < 0.1)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 10 ** 16 == 1e16)
big = 10 ** 400
print(big > 1e308, big < float("inf"), -big > float("-inf"), -big < -1e308)
print(big == float("inf"), big > float("nan"), big < float("nan"), big == float("nan"))
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, nan != nan)
print(2 ** 1024 > 1.7976931348623157e308, 2 ** 1023 == 2.0 ** 1023, 2 ** 1023 + 1 > 2.0 ** 1023)
print(max(1, 1.0), max(1.0, 1), min(2, 2.0), min(2.0, 2))
print(sorted([3, 2.5, -1, 1e20, 10 ** 20 + 1, -0.5, 0, 10 ** 19]))
print(3 <= 3.0 <= 3, 0.5 < 1 < 1.5, 5 >= 5.0 > 4)
print(float(2 ** 63) == 2 ** 63, float(2 ** 63 - 1) == 2 ** 63 - 1, float(2 ** 63 - 1) == 2 ** 63)
print(1.0 in [1], 1 in [1.0], 2 in (1.5, 2.0), True == 1.0, False == 0.0)
print((1, 2) == (1.0, 2.0), [1, 2.5] < [1.0, 3], {1: "a"} == {1.0: "a"})
print(-(2 ** 70) < -1e20, -(2 ** 70) > -1e22, 2 ** 70 == float(2 ** 70))
print(0.1 + 0.2 == 0.3, 0.1 + 0.2 > 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
# exact comparison loop near 2**53
base = 2 ** 53
for off in range(-3, 4):
    n = base + off
    f = float(n)
    print(off, f, n == f, n < f, n > f, int(f) - n)
print(float(10 ** 22) == 10 ** 22, float(10 ** 23) == 10 ** 23, int(1e23))
