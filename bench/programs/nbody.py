"""N-body simulation of the Sun and the four Jovian planets (symplectic Euler steps).

Measures: float arithmetic, list indexing and item assignment, tuple unpacking in
for loops, the float ** operator.

Size argument: number of time steps (work is linear in it).
"""
# bench-size: default=450000 growth=linear
import sys

DEFAULT_STEPS = 450000
EXPECTED = ("-0.169075164", "-0.169095614")

PI = 3.14159265358979323
SOLAR_MASS = 4.0 * PI * PI
DAYS_PER_YEAR = 365.24

# name, position (AU), velocity (AU/day), mass (solar masses)
PLANETS = [
    ("jupiter",
     (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
     (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
     9.54791938424326609e-04),
    ("saturn",
     (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
     (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
     2.85885980666130812e-04),
    ("uranus",
     (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
     (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
     4.36624404335156298e-05),
    ("neptune",
     (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
     (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
     5.15138902046611451e-05),
]


def make_system():
    # Each body is a mutable list [x, y, z, vx, vy, vz, mass].
    bodies = [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS]]
    for name, pos, vel, mass in PLANETS:
        bodies.append([pos[0], pos[1], pos[2],
                       vel[0] * DAYS_PER_YEAR, vel[1] * DAYS_PER_YEAR, vel[2] * DAYS_PER_YEAR,
                       mass * SOLAR_MASS])
    return bodies


def body_pairs(bodies):
    pairs = []
    for i in range(len(bodies)):
        for j in range(i + 1, len(bodies)):
            pairs.append((bodies[i], bodies[j]))
    return pairs


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        m = b[6]
        px += b[3] * m
        py += b[4] * m
        pz += b[5] * m
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies, pairs):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for a, b in pairs:
        dx = a[0] - b[0]
        dy = a[1] - b[1]
        dz = a[2] - b[2]
        e -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            mb = b[6] * mag
            ma = a[6] * mag
            a[3] -= dx * mb
            a[4] -= dy * mb
            a[5] -= dz * mb
            b[3] += dx * ma
            b[4] += dy * ma
            b[5] += dz * ma
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_STEPS
    bodies = make_system()
    pairs = body_pairs(bodies)
    offset_momentum(bodies)
    e0 = f"{energy(bodies, pairs):.9f}"
    advance(bodies, pairs, 0.01, steps)
    e1 = f"{energy(bodies, pairs):.9f}"
    print(e0)
    print(e1)
    if e0 != EXPECTED[0]:
        sys.exit(f"nbody: initial energy {e0}, expected {EXPECTED[0]}")
    if steps == DEFAULT_STEPS and e1 != EXPECTED[1]:
        sys.exit(f"nbody: final energy {e1}, expected {EXPECTED[1]}")


main()
