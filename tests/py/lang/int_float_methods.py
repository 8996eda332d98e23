# int and float methods and edge cases: bit_count, to_bytes/from_bytes (signed, orders),
# as_integer_ratio, is_integer, hex/fromhex, conjugate, round half-even, int() bases and
# underscores, float('  1_0.5 '), divmod/modulo signs, pow with negative exponents and mods.
for n in [0, 1, -1, 255, -256, 2**63, -2**63 - 1, 10**30]:
    nb = (n.bit_length() + 8) // 8
    print(n, n.bit_length(), n.bit_count(), n.to_bytes(nb, 'big', signed=True).hex(), n.to_bytes(nb, 'little', signed=True).hex(), int.from_bytes(n.to_bytes(nb, 'big', signed=True), 'big', signed=True) == n)
print(int.from_bytes(b'\xff\xfe', 'little'), int.from_bytes(b'\xff\xfe', 'big', signed=True), (5).to_bytes(2, 'little'), (1024).to_bytes(2))
for bad in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: int('10', 1), lambda: int('1_', 10), lambda: int('_1')]:
    try: bad()
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
print(int('0x1f', 16), int('0b101', 0), int('0o17', 0), int('1_000_000'), int(' -42 '), int('z', 36), int('Z', 36), int(3.99), int(-3.99), int('٣'))
for f in [0.5, -0.0, 1.5, 2.5, 1e300, 3.0, float('inf'), 1 / 3]:
    print(f, f.is_integer(), f.hex(), float.fromhex(f.hex()) == f, f.as_integer_ratio() if f != float('inf') else 'inf', round(f) if f != float('inf') else 'inf', f.conjugate())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float('  1_0.5 '), float('-iNF'), float('nan') != float('nan'), float('1e-400'), float('.5'), float('5.'))
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (7.5, 2), (-7.5, 2), (7, 0.5)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(pow(2, -1), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7), pow(38, -1, 97), pow(2, 100, 10**9 + 7), (-8) ** (1 / 3) if False else 'skip')
try: pow(2, -1, 4)
except ValueError as e: print(e)
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(12345, -2), round(12355, -1), round(-15, -1), round(1.005, 2), round(2.5, 0))
print((10).__round__(-1), (3).conjugate(), (3).numerator, (3).denominator, (3).real, (3).imag, True + True, (7).__floordiv__(2), (2).__rpow__(3))
print(int.__floor__(5), float.__trunc__(-2.5), float.__floor__(-2.5), float.__ceil__(-2.5), 0.1 + 0.2, 1e16 + 1, 2 ** 0.5, 10 ** -2, (-2) ** 2, -2 ** 2)
print(max(1, 1.0), min(0.0, -0.0), abs(-0.0), 5 % -0.0 if False else 'skip', 1e308 * 10, -1e308 * 10, 0.0 == -0.0, hash(-0.0) == hash(0.0))
