"""Recursive Fibonacci.

Measures: Python-to-Python call overhead (frame setup/teardown, argument passing),
small-int comparison and addition, LOAD_GLOBAL of a function.

Size argument: n, the Fibonacci index (work grows ~1.618x per step).
"""
# bench-size: default=36 growth=exp:1.618
import sys

DEFAULT_N = 36
EXPECTED = 14930352  # fib(36)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    result = fib(n)
    print(f"fib({n}) = {result}")
    if result != fib_iter(n):
        sys.exit(f"fib: recursive and iterative results disagree: {result} != {fib_iter(n)}")
    if n == DEFAULT_N and result != EXPECTED:
        sys.exit(f"fib: expected {EXPECTED}, got {result}")


main()
