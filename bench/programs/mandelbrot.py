"""Mandelbrot set membership over a grid: tight float loops."""
import sys


def mandelbrot(size, limit=50):
    checksum = 0
    inside = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            zr = zi = 0.0
            i = 0
            while i < limit:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            if i == limit:
                inside += 1
            checksum = (checksum * 31 + i) % 1000000007
    return inside, checksum


size = int(sys.argv[1]) if len(sys.argv) > 1 else 400
inside, checksum = mandelbrot(size)
print(inside, checksum)
if size == 400 and (inside, checksum) != (63528, 447270119):
    sys.exit("wrong result")
