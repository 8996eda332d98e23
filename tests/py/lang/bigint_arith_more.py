# big ints: arithmetic identities, pow with modulus and negative exponents, gcd/lcm/isqrt/
# comb/perm, bit ops, to_bytes/from_bytes, str/int conversion in bases, floordiv signs.
import math
a = 3 ** 200 + 7
b = -(2 ** 150) + 12345
print(a % 1000000007, b % 97, a // b, a % b, divmod(b, 10**20), (a * b) % (10**9 + 9), -a // 7, -a % 7)
print(pow(a, 65537, 10**30 + 57), pow(3, -1, 1000000007), pow(-2, 101), pow(2, 1000) >> 990, pow(10**18, 3, 2**61 - 1))
print(math.gcd(a, b), math.gcd(2**100, 6**50), math.lcm(2**40, 3**20, 10), math.isqrt(10**50), math.isqrt(2**127 - 1))
print(math.comb(100, 50), math.perm(30, 10), math.factorial(40), math.prod(range(1, 30, 3)))
print((a & b) % 1000, (a | b) % 1000, (a ^ b) % 1000, (~a) % 1000, a.bit_length(), b.bit_length(), (2**200 - 1).bit_count(), (-a) >> 100 == -((a + 2**100 - 1) >> 100))
n = 2**130 + 2**64 + 255
bs = n.to_bytes(20, 'big')
print(bs.hex(), int.from_bytes(bs, 'big') == n, int.from_bytes(bs, 'little') % 10**6, (-n).to_bytes(20, 'big', signed=True).hex(), int.from_bytes(b'\xff' * 17, 'big', signed=True))
try:
    n.to_bytes(10, 'big')
except OverflowError as e:
    print('OverflowError', e)
s = str(7 ** 300)
print(len(s), s[:20], s[-20:], int(s) == 7 ** 300, int('-' + 'f' * 40, 16), int('z' * 20, 36) % 10**9, int('0b' + '1' * 100, 0) == 2**100 - 1)
print(hex(2**100), oct(-2**70), bin(2**65 + 1), format(2**100, ',')[:30], f'{-3**50:_x}')
print(10**40 // 3, -(10**40) // 3, 10**40 % -3, (10**40 + 1) / 10**20, 2**1023 * 2 / 2**1000, float(2**1000), round(10**30 / 7))
try:
    float(2**1024)
except OverflowError as e:
    print('OverflowError', e)
try:
    2**1024 / 1
except OverflowError as e:
    print('OverflowError', e)
print(math.log2(2**300), math.log10(10**200), round(math.log(3**500), 9), math.isqrt(a)**2 <= a < (math.isqrt(a) + 1)**2)
fib = [0, 1]
for _ in range(300):
    fib.append(fib[-1] + fib[-2])
print(fib[300] % 10**12, math.gcd(fib[300], fib[200]) == fib[100], str(fib[250])[:15])
print(sum(range(10**6, 10**6 + 100)) * 10**30, abs(-10**25), hash(2**61 - 1), hash(2**61), hash(-(2**70)) == hash(-(2**70) % (2**61 - 1)) * -1 or 'x', int(1e22), int(-1.5e20))
print(sorted([2**64, -2**64, 2**63, 0, -1]), max(2**100, 2.0**99), 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), (10**30) == 1e30, 10**22 == 1e22)
