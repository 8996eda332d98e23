# The packer's test app: a package with a relative import, stdlib modules (json, re,
# dataclasses, collections, random), module attributes, and an uncaught exception whose
# traceback shows source lines (packed with --sources).
import sys
import traceback

import pkg
from pkg import shapes
from pkg.util import summarize, words

print("main", __name__, __file__)
print("pkg", pkg.__name__, pkg.__package__, pkg.__file__, pkg.__path__)
print("shapes", shapes.__name__, shapes.__package__, shapes.__file__)
print("argv", sys.argv[1:])
print(words("The quick brown fox; the lazy dog."))
print(summarize([shapes.Rect(2, 3), shapes.Circle(1.5), shapes.Rect(1, 1)]))
print(shapes.tally("abracadabra"))
print(pkg.roll(5, seed=42))


try:
    pkg.check({"x": None})
except AttributeError:
    traceback.print_exc(file=sys.stdout)  # source lines through linecache and __loader__
print("loader", hasattr(__loader__, "get_source"), hasattr(pkg.__loader__, "get_source"))


def deep(n):
    if n == 0:
        return pkg.check({"x": None})
    return deep(n - 1)


deep(2)
