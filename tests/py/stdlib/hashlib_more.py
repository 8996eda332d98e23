# hashlib: md5/sha1/sha2/sha3/blake2 digests of fixed inputs, incremental update vs one shot,
# copy(), digest_size/block_size/name, hmac compare, pbkdf2, shake lengths.
import hashlib, hmac
msgs = [b'', b'abc', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3]
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256', 'sha3_512', 'blake2b', 'blake2s']:
    h = hashlib.new(name)
    print(name, h.digest_size, h.block_size, h.name, [hashlib.new(name, m).hexdigest()[:16] for m in msgs])
h = hashlib.sha256()
for chunk in [b'The quick ', b'brown fox ', b'jumps over the lazy dog']:
    h.update(chunk)
c = h.copy(); c.update(b'!')
print(h.hexdigest() == hashlib.sha256(msgs[2]).hexdigest(), c.hexdigest()[:20], h.hexdigest()[:20])
print(hashlib.shake_128(b'abc').hexdigest(10), hashlib.shake_256(b'abc').hexdigest(20))
print(hashlib.blake2b(b'abc', digest_size=16).hexdigest(), hashlib.blake2b(b'abc', key=b'key', salt=b'salt', person=b'me').hexdigest()[:32], hashlib.blake2s(b'x', digest_size=8).hexdigest())
print(len(hashlib.algorithms_available) > 5)
mac = hmac.new(b'secret', b'message', 'sha256')
print(mac.hexdigest(), mac.name, mac.digest_size, hmac.compare_digest(mac.digest(), hmac.digest(b'secret', b'message', 'sha256')), hmac.compare_digest('a', 'b'))
m2 = hmac.new(b'k', digestmod=hashlib.md5); m2.update(b'part1'); m3 = m2.copy(); m3.update(b'part2'); print(m2.hexdigest(), m3.hexdigest())
print(sorted(hashlib.algorithms_guaranteed)[:6], hashlib.md5(b'a' * 1000).hexdigest(), hashlib.sha1(b'\x00' * 64).hexdigest())
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
