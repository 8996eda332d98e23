# Micro-benchmark snippet: a Python-level dict loop with str keys (bench/micro/dict.cpp).

KEYS = ["key%d" % i for i in range(1024)]


def dict_loop(n):
    keys = KEYS
    d = {}
    for i in range(n):
        d[keys[i & 1023]] = i
    s = 0
    for i in range(n):
        s = s + d[keys[i & 1023]]
    return s  # for n >= 1024: the sum over i of the last j < n with j & 1023 == i & 1023
