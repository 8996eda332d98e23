"""Taipan's demo: a little of everything a compute-heavy Python program does."""


class Body:
    def __init__(self, x, y, vx, vy, mass):
        self.x, self.y, self.vx, self.vy, self.mass = x, y, vx, vy, mass


def simulate(bodies, steps, dt):
    for _ in range(steps):
        for i, a in enumerate(bodies):
            for b in bodies[i + 1:]:
                dx, dy = b.x - a.x, b.y - a.y
                d2 = dx * dx + dy * dy + 0.01
                f = dt / (d2 * d2 ** 0.5)
                a.vx += dx * b.mass * f
                a.vy += dy * b.mass * f
                b.vx -= dx * a.mass * f
                b.vy -= dy * a.mass * f
        for body in bodies:
            body.x += body.vx * dt
            body.y += body.vy * dt
    return sum(0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy) for b in bodies)


def mandelbrot(width, height, limit=60):
    rows = []
    for j in range(height):
        row = []
        for i in range(width):
            c = (-2.2 + 3.0 * i / width, -1.2 + 2.4 * j / height)
            zr = zi = 0.0
            n = 0
            while n < limit and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + c[0], 2.0 * zr * zi + c[1]
                n += 1
            row.append(" .:-=+*#%@"[n * 9 // limit])
        rows.append("".join(row))
    return rows


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if sieve[p]:
            sieve[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return [n for n, is_p in enumerate(sieve) if is_p]


def word_counts(text):
    counts = {}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]


if __name__ == "__main__":
    for line in mandelbrot(64, 20):
        print(line)
    bodies = [Body(float(i), float(i % 3), 0.0, 0.1 * i, 1.0 + i) for i in range(6)]
    print(f"kinetic energy after 2000 steps: {simulate(bodies, 2000, 0.001):.6f}")
    ps = primes(200_000)
    print(f"{len(ps)} primes below 200000, the last five: {ps[-5:]}")
    print("2**200 =", 2 ** 200)
    text = "the quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! " * 50
    print("top words:", word_counts(text))
