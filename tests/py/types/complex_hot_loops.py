# complex in hot loops (JIT tiers): a Mandelbrot grid, mixed int/float/complex at one site, sums.
def escape(c, limit=30):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2.0:
            return n
    return limit

rows = []
for y in range(-10, 11, 2):
    row = ""
    for x in range(-20, 9):
        n = escape(complex(x / 10, y / 10))
        row += " .:-=+*#%@"[min(n, 9)]
    rows.append(row)
print("\n".join(rows))

def mix(values):
    acc = 0
    for v in values:
        acc = acc + v * 2 - 1
    return acc

print(mix([1, 2.5, 3j, True, 1 + 1j] * 20))
print(mix(list(range(50))), mix([0.5] * 50), mix([1j] * 50))
def poly(z):
    return z ** 3 - 2 * z ** 2 + 0.5 * z - 1j
print([poly(complex(k, -k)) for k in range(5)])
roots = [complex(1, 0) ** (1 / 3)]
w = (-1) ** (2 / 3)
for _ in range(2):
    roots.append(roots[-1] * w)
print([round(r.real, 12) + round(r.imag, 12) * 1j for r in roots])
total = 0j
for k in range(1000):
    total += 1j ** k / (k + 1)
print(total, abs(total))
