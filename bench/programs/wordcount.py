"""Word count: generate a deterministic pseudo-random text (a small linear congruential
generator picks syllables, capitalisation and punctuation), split it into words,
normalise them and count them in a dict; print the ten most frequent words ordered by
(-count, word).

Measures: str concatenation, join, split, strip, lower, dict get/set with str keys,
sorting a list of tuples with a key function.

Size argument: number of words in the text, in thousands (work is linear in it).
"""
# bench-size: default=1000 growth=linear
import sys

DEFAULT_KWORDS = 1000
EXPECTED_DISTINCT = 33306
EXPECTED_TOP = [("ka", 145728), ("lo", 58919), ("re", 29566), ("ti", 29397), ("mi", 29319),
                ("qui", 29246), ("shi", 29211), ("mu", 29168), ("pe", 29128), ("ne", 29127)]

SYLLABLES = ["ka", "lo", "mi", "tan", "re", "so", "vu", "pe", "an", "ti", "ro", "ne",
             "shi", "ga", "mu", "dor", "el", "fa", "qui", "zo"]
PUNCTUATION = [".", ",", ";", "!", "?"]


class Lcg:
    """x' = (a*x + c) mod 2^31, returning the high bits (the low ones are weak)."""

    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 12) % bound


def make_text(nwords, seed):
    rng = Lcg(seed)
    lines = []
    line = []
    for i in range(nwords):
        # Short words are more frequent: the syllable count is skewed towards 1.
        nsyl = 1 + rng.next(4) * rng.next(3) // 2
        word = ""
        for _ in range(nsyl):
            # Squaring a uniform index skews the syllable distribution too.
            k = rng.next(len(SYLLABLES))
            word += SYLLABLES[k * k // len(SYLLABLES)]
        roll = rng.next(20)
        if roll == 0:
            word = word.upper()
        elif roll < 4:
            word = word.capitalize()
        if rng.next(9) == 0:
            word += PUNCTUATION[rng.next(len(PUNCTUATION))]
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def count_words(text):
    counts = {}
    for raw in text.split():
        word = raw.strip(".,;!?").lower()
        if word:
            counts[word] = counts.get(word, 0) + 1
    return counts


def main():
    kwords = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_KWORDS
    nwords = kwords * 1000
    text = make_text(nwords, 2024)
    counts = count_words(text)
    total = sum(counts.values())
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:10]
    print(f"words={total} distinct={len(counts)} chars={len(text)}")
    for word, n in top:
        print(f"{word} {n}")
    if total != nwords:
        sys.exit(f"wordcount: counted {total} words, generated {nwords}")
    if kwords == DEFAULT_KWORDS and (len(counts), top) != (EXPECTED_DISTINCT, EXPECTED_TOP):
        sys.exit(f"wordcount: expected {EXPECTED_DISTINCT} distinct words and top {EXPECTED_TOP}")


main()
