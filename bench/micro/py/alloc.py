# Micro-benchmark snippets: allocation from Python code (bench/micro/alloc_gc.cpp runs them).


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def new_instances(n):
    s = 0
    for i in range(n):
        p = Point(i, 1)
        s = s + p.y
    return s  # n


def new_tuples_lists(n):
    s = 0
    for i in range(n):
        t = (i, s)
        l = [i, i]
        s = len(t) + len(l) + s - 3
    return s  # n
