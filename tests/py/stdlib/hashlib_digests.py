# hashlib over the builtin fallback modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2):
# known vectors, incremental updates across block boundaries, copy, attributes and errors.
import hashlib
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
         'sha3_512', 'blake2b', 'blake2s']
msgs = [b'', b'abc', b'a' * 55, b'a' * 56, b'a' * 63, b'a' * 64, b'a' * 65, b'x' * 127, b'x' * 128,
        b'x' * 129, b'x' * 135, b'x' * 136, b'x' * 137, bytes(range(256)) * 3,
        b'The quick brown fox jumps over the lazy dog']
for n in names:
    h = hashlib.new(n)
    print(n, h.name, h.digest_size, h.block_size)
    for m in msgs:
        print(' ', len(m), hashlib.new(n, m).hexdigest())
    # incremental in odd chunks equals one shot
    data = bytes((i * 7 + 3) % 256 for i in range(1000))
    h = getattr(hashlib, n)()
    i = 0
    step = 1
    while i < len(data):
        h.update(data[i:i + step]); i += step; step = step * 2 % 97 + 1
    assert h.digest() == getattr(hashlib, n)(data).digest(), n
    c = h.copy(); c.update(b'more')
    print(' ', h.hexdigest()[:16], c.hexdigest()[:16], h.digest() == getattr(hashlib, n)(data).digest())
for n in ['shake_128', 'shake_256']:
    h = hashlib.new(n, b'abc')
    print(n, h.name, h.digest_size, h.block_size, h.hexdigest(0), h.hexdigest(10), h.digest(200).hex()[-20:])
    print(hashlib.new(n, b'x' * 500).hexdigest(33))
print(hashlib.md5(b'abc', usedforsecurity=False).hexdigest(), hashlib.sha256(string=b'abc').hexdigest()[:8])
print(hashlib.blake2b(b'abc', digest_size=16, key=b'key', salt=b'salt', person=b'me').hexdigest())
print(hashlib.blake2s(b'abc', digest_size=8, key=b'k' * 32).hexdigest())
print(hashlib.blake2b(b'tree', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1,
                      inner_size=32, last_node=True).hexdigest())
print(hashlib.blake2s(b'tree', fanout=0, depth=255, leaf_size=2**32 - 1, node_offset=2**48 - 1,
                      node_depth=255, inner_size=32, last_node=True).hexdigest())
print(hashlib.sha1(memoryview(b'view')).hexdigest(), hashlib.md5(bytearray(b'ba')).hexdigest())
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.sha256(12), lambda: hashlib.new('nope'),
            lambda: hashlib.sha1().update('s'), lambda: hashlib.blake2b(digest_size=65),
            lambda: hashlib.blake2s(key=b'k' * 33), lambda: hashlib.blake2b(salt=b's' * 17),
            lambda: hashlib.blake2b(fanout=256), lambda: hashlib.blake2b(depth=0),
            lambda: hashlib.blake2b(leaf_size=-1)]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(sorted(hashlib.algorithms_guaranteed))
import warnings
with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)  # the pure-Python fallback warns
    print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 50, 24).hex())
import hmac
print(hmac.new(b'key', b'msg', 'sha256').hexdigest(), hmac.new(b'k' * 100, b'm', hashlib.md5).hexdigest())
print(hmac.compare_digest(b'abc', b'abc'), hmac.digest(b'k', b'm', 'sha1').hex())
import io
print(hashlib.file_digest(io.BytesIO(b'file contents' * 1000), 'sha256').hexdigest())
