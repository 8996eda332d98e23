# Random arithmetic on small and big ints: every operator, divmod, pow with modulus, shifts, bit ops.
import random
random.seed(1234)
def rnd():
    k = random.random()
    if k < 0.4:
        return random.randint(-100, 100)
    if k < 0.7:
        return random.randint(-2**64, 2**64)
    return random.randint(-2**300, 2**300)
acc = 0
lines = []
for i in range(375):
    a, b = rnd(), rnd()
    res = [a + b, a - b, a * b, a & b, a | b, a ^ b, ~a, -a, abs(a), a == b, a < b, a >= b]
    if b != 0:
        res += [a // b, a % b, divmod(a, b)]
    s = abs(b) % 200
    res += [a << s, a >> s]
    if b != 0:
        m = abs(b)
        res.append(pow(a, abs(a) % 50, m))
    res.append(a.bit_length())
    res.append(int(str(a)) == a)
    res.append(hex(a)); res.append(oct(a)); res.append(bin(a)[:40])
    h = hash(tuple(x if not isinstance(x, str) else len(x) for x in res if not isinstance(x, tuple)))
    acc = (acc * 31 + h) & 0xFFFFFFFFFFFF
    if i % 37 == 0:
        lines.append(repr(res)[:200])
for l in lines:
    print(l)
print(acc)
