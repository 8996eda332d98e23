# Number theory with big ints: deterministic Miller-Rabin, prime generation from a seeded RNG,
# RSA key generation/encryption/decryption/signing with pow(x, -1, m), CRT decryption speedup,
# and extended Euclid checked against pow.
import random, math
def is_prime(n):
    if n < 2:
        return False
    small = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
rng = random.Random(31337)
def gen_prime(bits):
    while True:
        c = rng.getrandbits(bits) | (1 << (bits - 1)) | 1
        if is_prime(c):
            return c
print([n for n in range(90, 140) if is_prime(n)], is_prime(2**61 - 1), is_prime(2**67 - 1), is_prime(561), is_prime(2**89 - 1))
p, q = gen_prime(256), gen_prime(256)
n, phi = p * q, (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
print(n.bit_length(), math.gcd(e, phi), (e * d) % phi, str(n)[:20], hex(d)[:18])
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
g, x, y = egcd(e, phi)
print(g, x % phi == d, a_check := (e * x + phi * y) == g)
msg = int.from_bytes(b'attack at dawn!', 'big')
c = pow(msg, e, n)
m2 = pow(c, d, n)
print(c % 10**12, m2.to_bytes((m2.bit_length() + 7) // 8, 'big'))
dp, dq, qinv = d % (p - 1), d % (q - 1), pow(q, -1, p)
m1, mq = pow(c, dp, p), pow(c, dq, q)
h = (qinv * (m1 - mq)) % p
print('crt ok', mq + h * q == msg)
sig = pow(msg, d, n)
print('verify', pow(sig, e, n) == msg, pow(sig + 1, e, n) == msg)
try:
    pow(6, -1, 9)
except ValueError as e:
    print('ValueError', e)
print(pow(3, 10**18, 10**9 + 7), pow(-7, 3, 10), pow(7, -2, 13), pow(2, 0, 1))
