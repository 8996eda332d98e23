# int.bit_length, bit_count and related.
for n in list(range(-9, 10)) + [127, 128, 255, 256, 2 ** 31 - 1, 2 ** 31, 2 ** 63, 2 ** 64 - 1, 2 ** 64]:
    print(n, n.bit_length(), n.bit_count())
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length(), (-(2 ** 100)).bit_length())
print((10 ** 100).bit_length(), (3 ** 1000).bit_length())
print(True.bit_length(), False.bit_length())
print((2 ** 100 - 1).bit_count(), (-(2 ** 100 - 1)).bit_count(), (10 ** 20).bit_count())
print(int.bit_length(1000), int.bit_count(1000))
print([(1 << k).bit_length() for k in range(0, 130, 13)])
print([((1 << k) - 1).bit_length() for k in range(0, 130, 13)])
# bit_length relation with floor(log2)
ok = True
for n in range(1, 5000):
    b = n.bit_length()
    if not (2 ** (b - 1) <= n < 2 ** b):
        ok = False
print("relation holds", ok)
print((255).to_bytes(1, "big"), (256).to_bytes(2, "big"), (256).to_bytes(2, "little"))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\x00\x01\x00", "big"), int.from_bytes(bytes(range(1, 17)), "little"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print((5).numerator, (5).denominator, (5).real, (5).imag, (5).conjugate(), (-7).as_integer_ratio())
