"""Pi digits: stream the decimal digits of pi with an unbounded spigot (Gibbons' method:
a linear fractional transformation (q, r, t) is composed with the terms of a series for
pi; a digit is emitted once the integer parts for x=3 and x=4 agree).

Measures: arbitrary-precision int multiplication, addition and floor division on
numbers that grow to thousands of digits.

Size argument: number of digits (work grows roughly with its square).
"""
# bench-size: default=8000 growth=pow:2
import sys

DEFAULT_DIGITS = 8000
EXPECTED_CHECKSUM = 857789606
PI_PREFIX = ("31415926535897932384626433832795028841971693993751"
             "05820974944592307816406286208998628034825342117067")


def pi_digits(count):
    q, r, t, k = 1, 0, 1, 1
    digits = []
    while len(digits) < count:
        # Compose with the next term (k, 4k+2, 0, 2k+1) of the series.
        q, r, t = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1)
        k += 1
        if q > r:
            continue
        d = (3 * q + r) // t
        if d != (4 * q + r) // t:
            continue
        digits.append(d)
        # Extract the digit: multiply by 10 and subtract it.
        q, r = 10 * q, 10 * (r - d * t)
    return digits


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIGITS
    digits = pi_digits(n)
    text = "".join([str(d) for d in digits])
    for i in range(0, min(n, 50), 10):
        print(f"{text[i:i + 10]}\t:{i + 10}")
    checksum = 0
    for d in digits:
        checksum = (checksum * 10 + d) % 1000000007
    print(f"{n} digits, checksum {checksum}, last ten {text[-10:]}")
    m = min(n, len(PI_PREFIX))
    if text[:m] != PI_PREFIX[:m]:
        sys.exit(f"pidigits: wrong digits: {text[:m]}")
    if n == DEFAULT_DIGITS and checksum != EXPECTED_CHECKSUM:
        sys.exit(f"pidigits: expected checksum {EXPECTED_CHECKSUM}, got {checksum}")


main()
