# Micro-benchmark snippets: bytecode dispatch (bench/micro/dispatch.cpp runs them).
# Every function returns a value the C++ side checks against a closed form.


def for_loop(n):
    x = 0
    for i in range(n):
        x = x + 1
    return x  # n


def while_loop(n):
    i = 0
    x = 0
    while i < n:
        x = x + i
        i = i + 1
    return x  # n * (n - 1) // 2
