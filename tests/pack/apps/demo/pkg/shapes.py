import collections
import dataclasses
import math

from . import util


@dataclasses.dataclass(frozen=True)
class Rect:
    w: float
    h: float

    def area(self):
        return self.w * self.h


@dataclasses.dataclass
class Circle:
    r: float
    tags: list = dataclasses.field(default_factory=list)

    def area(self):
        return math.pi * self.r ** 2


def tally(s):
    c = collections.Counter(util.words(s) and s)
    return c.most_common(3), collections.OrderedDict(sorted(c.items())[:2])
