# Random byte strings hashed with every hashlib algorithm, fed in random chunkings (one shot must
# equal incremental), with copies taken mid-stream; prints digests compared with CPython.
import hashlib, random, binascii
random.seed(99991)
algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']
acc = 0
for i in range(150):
    data = bytes(random.getrandbits(8) for _ in range(random.choice([0, 1, 55, 64, 127, 128, 200, random.randint(0, 700)])))
    for a in algs:
        h = hashlib.new(a)
        pos = 0
        mid = None
        while pos < len(data):
            n = random.randint(1, 150)
            h.update(data[pos:pos + n]); pos += n
            if mid is None and random.random() < 0.3: mid = h.copy()
        d = h.hexdigest()
        assert d == hashlib.new(a, data).hexdigest(), a
        if mid is not None: d += mid.hexdigest()
        acc = (acc * 3 + binascii.crc32(d.encode())) % (1 << 61)
    s = hashlib.shake_128(data).hexdigest(random.randint(1, 40)) + hashlib.shake_256(data).hexdigest(random.randint(1, 40))
    k = hashlib.blake2b(data, key=data[:random.randint(0, 64)], digest_size=random.randint(1, 64)).hexdigest()
    acc = (acc * 3 + binascii.crc32((s + k).encode())) % (1 << 61)
    if i % 15 == 0:
        print(len(data), hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest()[:20], s[:20], k[:20])
print(acc)
