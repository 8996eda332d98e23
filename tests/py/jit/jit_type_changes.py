# Hot loops whose operand types change midway (int -> float -> big int -> bool -> str), so any
# specialised code must deoptimise and still give CPython's results.
def accumulate(xs):
    total = xs[0]
    for x in xs[1:]:
        total = total + x
    return total
def mix(n):
    out = []
    for i in range(n):
        v = i if i < n // 4 else i / 2 if i < n // 2 else 2 ** 64 + i if i < 3 * n // 4 else (i % 2 == 0)
        out.append(v * 3 - 1)
    return out
for _ in range(3):
    print(accumulate(list(range(1000))), accumulate([0.5] * 100), accumulate([2**62] * 10), accumulate(['a', 'b', 'c']), accumulate([[1], [2]]))
r = mix(400)
print(r[:3], r[100:103], r[200:202], r[300:303], r[-2:], sum(x for x in r if isinstance(x, int) and not isinstance(x, bool)) % 1000003)
def cmp_loop(vals):
    c = 0
    for a, b in zip(vals, vals[1:]):
        if a < b: c += 1
        elif a == b: c += 10
    return c
print(cmp_loop(list(range(500))), cmp_loop([1.5, 1, 1.0, True, 2, 2.0, 10**20, 1e20, 10**20]), cmp_loop(list('abcabc')))
def divs(n):
    s = 0
    for i in range(1, n):
        s += (n // i) + (n % i) - (-n // i) + (n / i if i % 7 else 0)
    return s
print(divs(2000), divs(5), [divs(k) for k in (1, 2, 3)])
