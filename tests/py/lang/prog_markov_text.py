# A seeded Markov-chain text generator: builds an order-2 model from a fixed corpus with
# defaultdict(Counter), generates sentences with random.Random choices by weight, and reports
# model statistics (states, branching, most common transitions).
import random
from collections import defaultdict, Counter
corpus = """the cat sat on the mat . the dog sat on the log . the cat saw the dog .
the dog saw the cat on the mat . a bird sat on the cat . the mat was red . the log was old .
a cat and a dog sat on a log . the bird saw a red mat ."""
words = corpus.split()
model = defaultdict(Counter)
for a, b, c in zip(words, words[1:], words[2:]):
    model[(a, b)][c] += 1
print('states', len(model), 'transitions', sum(len(v) for v in model.values()))
branching = sorted(((k, len(v)) for k, v in model.items()), key=lambda kv: (-kv[1], kv[0]))[:5]
print(branching)
print(model[('sat', 'on')].most_common(), model[('the', 'cat')].most_common())
rng = random.Random(1234)
def sentence(start):
    a, b = start
    out = [a, b]
    for _ in range(30):
        nxt = model.get((a, b))
        if not nxt:
            break
        choices, weights = zip(*sorted(nxt.items()))
        c = rng.choices(choices, weights=weights)[0]
        out.append(c)
        if c == '.':
            break
        a, b = b, c
    return ' '.join(out)
starts = sorted(k for k in model if k[0] in ('the', 'a') and k[1] != '.')
for i in range(6):
    print(sentence(rng.choice(starts)))
counts = Counter(sentence(('the', 'cat')).split()[2] for _ in range(200))
print(sorted(counts.items()))
