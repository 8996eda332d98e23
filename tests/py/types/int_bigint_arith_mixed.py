# Addition/subtraction/multiplication with carries between small and big ints.
m = 2 ** 64 - 1
print(m + 1, m + m, m * m, m * 2 + 1)
print((2 ** 64) - 1 == m, (2 ** 64) - (2 ** 64 - 1), 1 - 2 ** 64)
x = 2 ** 30 - 1
print(x + 1, x * x, (x + 1) * (x + 1), x * (x + 2))
y = 0
for i in range(100):
    y = y * 31 + i
print(y)
print(y % 1000003, y // 10 ** 100, len(str(y)))
acc = 1
for i in range(1, 200, 7):
    acc = acc * i - i * i
print(acc)
print(sum(range(2 ** 40, 2 ** 40 + 1000)))
print(sum(2 ** i for i in range(100)), 2 ** 100 - 1)
print((10 ** 20) * (10 ** 20) - 10 ** 40, (10 ** 20 - 1) * (10 ** 20 + 1))
print(-(2 ** 63) - 1, -(2 ** 63) * 2, (2 ** 63) * -1, -(2 ** 63) * -(2 ** 63))
fib = [0, 1]
for _ in range(298):
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[200], fib[299])
print(fib[299] - fib[298] - fib[297])
print(fib[150] * fib[150] - fib[149] * fib[151])
a = 123456789123456789123456789
b = 987654321987654321
print(a + b, a - b, b - a, a * b)
print(a * 0, a * 1, a * -1, 0 - a, a - a)
v = 7
for _ in range(12):
    v = v * v + 1
print(v.bit_length(), v % 1000000)
