# Random struct formats (byte orders, counts, padding) with random in-range values: pack,
# unpack, calcsize, and the errors for out-of-range values, compared with CPython.
import struct, random, binascii
random.seed(4711)
codes = {'b': (-128, 127), 'B': (0, 255), 'h': (-2**15, 2**15 - 1), 'H': (0, 2**16 - 1), 'i': (-2**31, 2**31 - 1),
         'I': (0, 2**32 - 1), 'l': (-2**31, 2**31 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1), 'n': (-2**63, 2**63 - 1),
         'N': (0, 2**64 - 1), '?': None, 'f': None, 'd': None, 'e': None, 's': None, 'p': None, 'x': None, 'c': None}
acc = 0
for i in range(375):
    order = random.choice(['', '@', '=', '<', '>', '!'])
    parts, vals = [], []
    for _ in range(random.randint(1, 5)):
        c = random.choice(list(codes))
        if c in 'nN' and order not in ('', '@'): c = 'q'
        cnt = random.choice(['', '', str(random.randint(0, 3))])
        if c == 'p' and cnt == '0': cnt = '2'
        parts.append(cnt + c)
        n = int(cnt) if cnt else 1
        if c in 'sp':
            vals.append(bytes(random.randint(97, 122) for _ in range(random.randint(0, n + 1))))
            continue
        if c == 'x': continue
        for _ in range(n):
            if c == '?': vals.append(random.choice([0, 1, True, 'x', []]))
            elif c in 'fde': vals.append(random.choice([random.uniform(-1e4, 1e4), 0.5, -0.0, 1e38, 65504.0, 1e-8]))
            elif c == 'c': vals.append(bytes([random.randint(0, 255)]))
            else:
                lo, hi = codes[c]
                v = random.randint(lo, hi)
                if random.random() < 0.05: v = hi + 1
                vals.append(v)
    fmt = order + ''.join(parts)
    try:
        packed = struct.pack(fmt, *vals)
        back = struct.unpack(fmt, packed)
        out = (struct.calcsize(fmt), packed.hex(), back)
    except (struct.error, OverflowError) as e:
        out = type(e).__name__ + ': ' + str(e)
    o = repr(out)
    acc = (acc * 11 + binascii.crc32(o.encode())) % (1 << 61)
    if i % 25 == 0:
        print(fmt, o[:150])
print(acc)
