# Random ints through to_bytes/from_bytes (both orders, signed/unsigned, exact and roomy
# lengths, overflow errors), int(str, base)/format round trips in bases 2..36, and bit ops.
import random, binascii
random.seed(65537)
digits = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0: return '0'
    s, neg = '', n < 0
    n = abs(n)
    while n: n, r = divmod(n, b); s = digits[r] + s
    return '-' + s if neg else s
acc = 0
for i in range(625):
    n = random.choice([random.randint(-300, 300), random.randint(-2**70, 2**70), random.getrandbits(random.randint(1, 200))])
    length = max(1, (n.bit_length() + 8) // 8) + random.randint(-1, 2)
    order = random.choice(['big', 'little'])
    signed = random.random() < 0.6
    try:
        bs = n.to_bytes(length, order, signed=signed)
        back = int.from_bytes(bs, order, signed=signed)
        assert back == n
        out = bs.hex()
    except OverflowError as e:
        out = 'OverflowError: ' + str(e)
    base = random.randint(2, 36)
    s = to_base(n, base)
    assert int(s, base) == n
    out += '|' + s[:20] + '|' + format(n, 'x')[-8:] + '|' + str(n.bit_count()) + '|' + str((n & 0xFFFF) ^ (n >> 3))
    acc = (acc * 7 + binascii.crc32(out.encode())) % (1 << 61)
    if i % 62 == 0: print(n, length, order, signed, out[:80])
print(acc)
