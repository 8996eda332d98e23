# Micro-benchmark snippets: attribute access on instances (bench/micro/attrs.cpp runs them).
# Every function returns a value the C++ side checks.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def load_attr(n):
    p = Point(1, 2)
    s = 0
    for _ in range(n):
        s = s + p.x
    return s  # n


def store_attr(n):
    p = Point(0, 0)
    for i in range(n):
        p.x = i
    return p.x  # n - 1


def method_call(n):
    p = Point(1, 2)
    s = 0
    for _ in range(n):
        s = s + p.total()
    return s  # 3 * n
