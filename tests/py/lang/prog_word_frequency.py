# A word-frequency report over a fixed text: normalization with re and str.casefold, stop words,
# Counter arithmetic between two documents, bigrams, a tf-idf style score, and a text histogram.
import re, math
from collections import Counter
doc1 = """It is a truth universally acknowledged, that a single man in possession of a good fortune,
must be in want of a wife. However little known the feelings or views of such a man may be on his
first entering a neighbourhood, this truth is so well fixed in the minds of the surrounding families,
that he is considered the rightful property of some one or other of their daughters."""
doc2 = """Call me Ishmael. Some years ago - never mind how long precisely - having little or no money in my
purse, and nothing particular to interest me on shore, I thought I would sail about a little and see
the watery part of the world. It is a way I have of driving off the spleen."""
STOP = set('a an the of in on is it to and or that be me my i his he this so such may some their one'.split())
def words(text):
    return [w.casefold() for w in re.findall(r"[A-Za-z']+", text)]
w1, w2 = words(doc1), words(doc2)
c1 = Counter(w for w in w1 if w not in STOP)
c2 = Counter(w for w in w2 if w not in STOP)
print(len(w1), len(w2), len(c1), len(c2))
print(c1.most_common(5), c2.most_common(5))
print(sorted((c1 & c2).items()), sorted((c1 - c2).items())[:5], (c1 + c2).most_common(3))
bigrams = Counter(zip(w1, w1[1:]))
print([(' '.join(b), n) for b, n in bigrams.most_common(4)])
docs = [set(w1), set(w2)]
def tfidf(word, counts, total):
    df = sum(word in d for d in docs)
    return counts[word] / total * math.log((1 + len(docs)) / (1 + df))
scores = sorted(((round(tfidf(w, Counter(w1), len(w1)), 6), w) for w in c1), reverse=True)[:5]
print(scores)
lengths = Counter(len(w) for w in w1 + w2)
for n in sorted(lengths):
    print(f'{n:2} {"*" * lengths[n]} {lengths[n]}')
print(max(w1 + w2, key=len), sorted(set(w1) & set(w2)), sum(1 for w in w1 if w.endswith('ly')))
