# int(float) truncation and float(int) conversion.
for v in (0.0, -0.0, 0.9, -0.9, 1.5, -1.5, 2.999999, -2.999999, 1e10, -1e10, 1e16 + 0.5,
          123456789.987, 1e20, 1e22, 1.5e30, -1.5e30, 2.0 ** 64, 2.0 ** 63, 1e300, 5e-324):
    print(repr(v), int(v))
print(int(1e308))
print(int(-1.7976931348623157e308) % 1000)
print(int(0.1 * 3 * 10), int(4.35 * 100), int(0.7 + 0.1), int(-0.5))
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(2 ** 64 + 1), float(-(2 ** 80)))
print(float(10 ** 23), float(10 ** 22), float(123456789012345678901234567890))
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 971))
for big in (2 ** 1024, -(2 ** 1024), 10 ** 309):
    try:
        float(big)
    except OverflowError as e:
        print("OverflowError:", e)
try:
    2 ** 1024 + 0.5
except OverflowError as e:
    print("OverflowError:", e)
print(int(float(2 ** 60)) == 2 ** 60, int(float(2 ** 60 + 1)) == 2 ** 60 + 1)
print([int(x / 10) for x in range(-25, 26, 5)])
print([int(-x / 3) for x in range(7)])
print(int("12") + int(12.9), int(True) + int(-0.0))
