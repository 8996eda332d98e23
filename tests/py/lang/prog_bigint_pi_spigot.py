# Bigint-heavy: pi digits (Gibbons spigot and Machin arctan), e digits, factorials, modular exponentiation, CRT, isqrt.
import math
def pi_spigot(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return "".join(map(str, out))
def arctan_inv(x, unity):
    total = term = unity // x
    x2, n, sign = x * x, 3, -1
    while term:
        term //= x2
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total
def pi_machin(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return str(pi // 10 ** 10)
def e_digits(digits):
    unity = 10 ** (digits + 10)
    total, term, k = 0, unity, 0
    while term:
        total += term; k += 1; term //= k
    return str(total // 10 ** 10)
sp = pi_spigot(300)
mp = pi_machin(1000)
print("spigot 300:", sp[:60], "...", sp[-20:])
print("machin agrees with spigot:", mp[:300] == sp, "len", len(mp), "tail", mp[-30:])
print("digit counts in 1000 digits of pi:", [mp.count(str(d)) for d in range(10)])
ed = e_digits(500)
print("e:", ed[:50], "...", ed[-10:], "sum of digits", sum(map(int, ed)))
f = math.factorial(500)
print("500! digits", len(str(f)), "trailing zeros", len(str(f)) - len(str(f).rstrip("0")), "digit sum", sum(map(int, str(f))))
print("100! =", math.factorial(100))
print("comb(200, 100) =", math.comb(200, 100), "perm(30, 10) =", math.perm(30, 10))
p = 2 ** 127 - 1
print("mersenne 127 fermat test", pow(3, p - 1, p) == 1, "M89 prime-ish", pow(2, 2 ** 89 - 2, 2 ** 89 - 1) == 1)
print("pow big mod", pow(123456789, 10 ** 20, 10 ** 9 + 7), pow(7, -1, 10 ** 9 + 7), pow(-3, 1001, 1000))
def crt(residues, moduli):
    x, m = 0, 1
    for r, n in zip(residues, moduli):
        g = math.gcd(m, n)
        assert (r - x) % g == 0
        l = m // g * n
        x = (x + m * ((r - x) // g * pow(m // g, -1, n // g) % (n // g))) % l
        m = l
    return x, m
print("crt", crt([2, 3, 2], [3, 5, 7]), crt([1, 2, 3, 4], [10 ** 9 + 7, 998244353, 10 ** 9 + 9, 2 ** 61 - 1]))
big = 3 ** 1000
print("3^1000 digits", len(str(big)), "isqrt", math.isqrt(big) ** 2 <= big < (math.isqrt(big) + 1) ** 2, str(math.isqrt(big))[:20])
print("gcd/lcm", math.gcd(2 ** 300 - 1, 2 ** 200 - 1) == 2 ** 100 - 1, math.lcm(*range(1, 41)))
fib = [0, 1]
while len(fib) < 400: fib.append(fib[-1] + fib[-2])
print("fib(399) =", fib[399], "bits", fib[399].bit_length(), "gcd(f300,f200)==f100", math.gcd(fib[300], fib[200]) == fib[100])
n = fib[399] * fib[398] - 12345
print("divmod", divmod(n, fib[200])[1] % 1000, n >> 500, n & 0xFFFF, (-n) >> 550, (-n) % 1000003, n.to_bytes(80, "big")[:12].hex())
print(int("9" * 500) + 1 == 10 ** 500, hex(2 ** 200 + 0xABC)[-6:], oct(-(8 ** 40))[:8], bin(2 ** 70 - 1).count("1"))
print(format(2 ** 100, ","), format(-(10 ** 30), "_x"), f"{7 ** 77:e}", round(2 ** 100 / 3 ** 50, 6))
