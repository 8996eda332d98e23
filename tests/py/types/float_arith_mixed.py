# Float arithmetic and mixed int/float promotion.
print(1 + 2.0, 3 - 0.5, 2 * 1.5, 7 / 2, 7.0 / 2, 1 / 4, 3 / 3, type(4 / 2).__name__)
print(0.1 + 0.2, 0.1 * 3, 0.3 - 0.1, 1.0 - 0.9, 1e16 + 1.0, 1e16 + 2.0, 1e-16 + 1.0)
print(3.5 * 2, 1.5 * -2, -1.5 * -1.5, 1e154 * 1e154)
print(2 ** 0.5 * 2 ** 0.5, (1 / 3) * 3, 0.1 * 10, 100 * 1.1, 1.15 * 100)
print(10 ** 20 + 0.5, 10 ** 20 * 1.0, (2 ** 100) * 0.5, (2 ** 100) / 2 ** 99)
print(abs(-2.5), -(-2.5), +(-2.5), -0.0 * 5, 5 * -0.0)
x = 1.0
for i in range(1, 11):
    x *= i
print(x, x == 3628800)
y = 1.0
for i in range(20):
    y /= 3
print(y)
for i in range(20):
    y *= 3
print(y, y == 1.0)
acc = 0.0
for k in range(1, 100):
    acc += 1.0 / (k * k)
print(acc)
h = 0.0
for i in range(1, 1001):
    h += 1 / i
print(h)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([0.5, 0.25, 0.125]))
print(1.5 + True, 2.5 * False, 3.0 ** 2, 9 ** 0.5, (-8.0) ** 2, 2.0 ** -3)
vals = [1.5, -2.25, 3.125]
print([v * 2 for v in vals], [v / 2 for v in vals], [v - 1 for v in vals])
print(7.0 // 2 + 7.0 % 2, 1e3 == 1000, 1000.0 == 10 ** 3, 0.5 == 1 / 2)
z = 2.0
z += 1
z *= 1.5
z -= 0.25
z /= 2
z **= 2
print(z)
