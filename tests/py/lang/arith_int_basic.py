# Integer arithmetic: + - * // % ** and unary ops
a, b = 17, 5
print(a + b, a - b, a * b)
print(a // b, a % b, a ** 2)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(divmod(a, b), divmod(-a, b), divmod(a, -b))
print(2 ** 10, 2 ** 0, 0 ** 0)
print(-2 ** 2, (-2) ** 2)
print(2 ** -1, 10 ** -2)
print(+a, -a, ~a, ~-a)
print(7 // 1, 0 // 3, 0 % 7)
print(abs(-42), abs(0), abs(42))
print(1 - 2 - 3, 2 * 3 + 4, 2 + 3 * 4)
print(100 // 7 // 2, 2 ** 3 ** 2)
print((1 + 2) * (3 + 4))
x = 0
for i in range(1, 11):
    x += i * i
print("sum of squares", x)
print(10 - -3, 10 + -3, -(-3))
print(123456789 * 987654321)
print(5 % 3, -5 % 3, 5 % -3, -5 % -3)
print(True + True, True * 10, False - 1)
print(int("42") + 1, int("-17"), int("  8 "))
print(int(3.9), int(-3.9), int(True))
print(round(7 / 2), round(5 / 2), round(-2.5))
