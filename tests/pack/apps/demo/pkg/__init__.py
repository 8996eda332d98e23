import random

from .util import check  # a relative import


def roll(n, seed):
    rng = random.Random(seed)
    return [rng.randint(1, 6) for _ in range(n)] + [round(rng.random(), 6)]
