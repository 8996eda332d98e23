# Sieve of Eratosthenes and prime utilities
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_prime[i]:
            is_prime[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, p in enumerate(is_prime) if p]

primes = sieve(100)
print(primes)
print(len(sieve(10000)), sieve(10000)[-5:])
print(sieve(1), sieve(2), sieve(3))

def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors
for n in (2, 12, 97, 360, 1001, 2 ** 10 * 3 ** 5, 600851475143):
    print(n, factorize(n))

big = sieve(2000)
twins = [(p, p + 2) for p in big if p + 2 in set(big)]
print(len(twins), twins[:6])
gaps = {}
for a, b in zip(big, big[1:]):
    gaps[b - a] = gaps.get(b - a, 0) + 1
print(sorted(gaps.items()))
goldbach = {}
pset = set(big)
for even in range(4, 60, 2):
    for p in big:
        if even - p in pset:
            goldbach[even] = (p, even - p)
            break
print(goldbach)
print(sum(sieve(1000)), {p % 10 for p in sieve(1000)})
