# Source positions of bytecode: co_positions() and co_lines() from the location table, and
# the traceback module and logging.exception, which format tracebacks through them. (The
# failing expressions are calls: CPython's ~ anchors for operators need ast.parse.)
import logging
import sys
import traceback


def f(a, b):
    x = a + b * 2
    return [x,
            a]


print(list(f.__code__.co_positions()))
print(list(f.__code__.co_lines()))


def g():
    return h("zero")


def h(n):
    return int(n)


try:
    g()
except ValueError:
    traceback.print_exc(file=sys.stdout)

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s")
try:
    g()
except ValueError:
    logging.exception("failed")
print(traceback.format_exception_only(ValueError("v")))
