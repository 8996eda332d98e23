# Micro-benchmark snippets: Python-to-Python calls (bench/micro/calls.cpp runs them).
# Every function returns a value the C++ side checks.


def add1(x):
    return x + 1


def call_loop(n):
    x = 0
    for _ in range(n):
        x = add1(x)
    return x  # n, after n calls of add1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
