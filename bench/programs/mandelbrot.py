"""Mandelbrot set over a size x size grid of the complex plane [-2.0, 0.5] x [-1.25, 1.25].

For each grid point the escape iteration count (capped at 100) is computed with plain
float arithmetic; the program prints the number of points inside the set and a checksum
of all iteration counts. No image is produced.

Measures: tight while loops with float multiply/add/compare, int counters.

Size argument: grid side length (work grows with its square).
"""
# bench-size: default=800 growth=pow:2
import sys

DEFAULT_SIZE = 800
EXPECTED = (158551, 585988651)
MAX_ITER = 100


def escape_count(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return n
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        n += 1
    return limit


def mandelbrot(size):
    inside = 0
    checksum = 0
    step_r = 2.5 / size
    step_i = 2.5 / size
    for y in range(size):
        ci = -1.25 + y * step_i
        row = 0
        for x in range(size):
            cr = -2.0 + x * step_r
            n = escape_count(cr, ci, MAX_ITER)
            if n == MAX_ITER:
                inside += 1
            row += n * (x + 1)
        checksum = (checksum * 1000003 + row) % 4294967291
    return inside, checksum


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE
    inside, checksum = mandelbrot(size)
    print(f"inside={inside} checksum={checksum}")
    if size == DEFAULT_SIZE and (inside, checksum) != EXPECTED:
        sys.exit(f"mandelbrot: expected {EXPECTED}, got {(inside, checksum)}")


main()
