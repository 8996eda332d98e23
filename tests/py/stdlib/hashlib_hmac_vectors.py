# hmac and hashlib against published test vectors (RFC 4231 for HMAC-SHA-2, RFC 2202 for
# HMAC-MD5/SHA-1, FIPS 180 examples, the empty-string digests), plus hmac object API.
import hashlib, hmac
print(hashlib.sha256(b'abc').hexdigest() == 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
print(hashlib.sha1(b'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').hexdigest())
print(hashlib.md5(b'').hexdigest(), hashlib.sha224(b'').hexdigest(), hashlib.sha3_256(b'').hexdigest(), hashlib.blake2s(b'').hexdigest())
print(hashlib.sha256(b'a' * 1000000).hexdigest())
vectors = [(b'\x0b' * 20, b'Hi There'), (b'Jefe', b'what do ya want for nothing?'), (b'\xaa' * 20, b'\xdd' * 50),
           (bytes(range(1, 26)), b'\xcd' * 50), (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First')]
for key, msg in vectors:
    print([hmac.new(key, msg, d).hexdigest()[:32] for d in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512')])
h = hmac.new(b'key', digestmod='sha256'); h.update(b'part1'); c = h.copy(); h.update(b'part2')
print(h.name, h.digest_size, h.block_size, c.hexdigest()[:16], h.hexdigest()[:16], hmac.new(b'key', b'part1part2', 'sha256').hexdigest() == h.hexdigest())
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'abc', b'abd'), hmac.digest(b'k', b'm', 'md5').hex())
try: hmac.new(b'k')
except TypeError as e: print(e)
print(hashlib.new('SHA256', b'x').hexdigest()[:8], hashlib.new('MD5').name, hashlib.new('sha512_256' if False else 'sha384').digest_size)
