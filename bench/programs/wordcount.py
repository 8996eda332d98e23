"""Word frequencies of generated text: str methods and dicts."""
import sys

SYLLABLES = ["ka", "lo", "mi", "tan", "re", "so", "vu", "pe", "an", "ti", "ro", "ne"]


def make_text(nwords, seed=12345):
    words = []
    x = seed
    for _ in range(nwords):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        n = 1 + (x >> 16) % 3
        w = ""
        for k in range(n):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            w += SYLLABLES[(x >> 16) % len(SYLLABLES)]
        if (x >> 8) % 7 == 0:
            w = w.capitalize()
        words.append(w + ("." if (x >> 4) % 11 == 0 else ""))
    return " ".join(words)


def count_words(text):
    counts = {}
    for raw in text.split():
        w = raw.strip(".,").lower()
        counts[w] = counts.get(w, 0) + 1
    return counts


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
text = make_text(n)
counts = count_words(text)
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
print(len(counts), sum(counts.values()))
for w, c in top:
    print(w, c)
if n == 400000 and (len(counts), top[0]) != (1884, ("ti", 11276)):
    sys.exit("wrong result")
