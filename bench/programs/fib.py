"""Recursive Fibonacci: Python-to-Python calls and small-int arithmetic."""
import sys


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 30
result = fib(n)
print(f"fib({n}) = {result}")
if n == 30 and result != 832040:
    sys.exit("wrong result")
