for a in [0, 1, -1, 7, -7, 123456789, -987654321, 2**40, -(2**40), 2**64 + 3, -(2**70)]:
    for b in [1, -1, 3, -3, 7, 2**33, -(2**35), 2**65]:
        print(a, b, a + b, a - b, a * b, a // b, a % b, divmod(a, b), a ** 2 if abs(a) < 2**40 else 0)
        print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a, +a, abs(a))
print(2 ** 100, 3 ** 50, (-2) ** 63, 10 ** 30 // 7, 10 ** 30 % 7)
print(pow(3, 200, 1000007), pow(2, -1, 7), pow(-5, 3), 2 ** -2)
print(1 << 100, (1 << 100) >> 99, -1 >> 5, -(2**100) >> 3)
print(int("123"), int("-0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), int("zz", 36))
print(hex(255), oct(8), bin(-5), hex(-(2**70)))
print(7 / 2, -7 / 2, 10 ** 20 / 3, 1 / 3)
print((12345678901234567890).bit_length(), (255).bit_length(), (-1).bit_length())
print(True + True, True * 10, False - 1, 3 > 2 > 1, 1 < 2 < 2)
