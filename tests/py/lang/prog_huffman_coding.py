# Huffman compression: character frequencies, a tree built with heapq (deterministic ties), code table,
# encoding to a bit string and bytes, decoding back, and compression statistics.
import heapq
from collections import Counter
text = ("it was the best of times, it was the worst of times, it was the age of wisdom, "
        "it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity")
freq = Counter(text)
heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
heapq.heapify(heap)
counter = len(heap)
while len(heap) > 1:
    n1, _, a = heapq.heappop(heap)
    n2, _, b = heapq.heappop(heap)
    heapq.heappush(heap, (n1 + n2, counter, (a, b)))
    counter += 1
tree = heap[0][2]
codes = {}
def walk(node, prefix=''):
    if isinstance(node, str):
        codes[node] = prefix or '0'
        return
    walk(node[0], prefix + '0')
    walk(node[1], prefix + '1')
walk(tree)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
bits = ''.join(codes[c] for c in text)
padded = bits + '0' * (-len(bits) % 8)
data = int(padded, 2).to_bytes(len(padded) // 8, 'big')
print(len(text) * 8, len(bits), len(data), data[:12].hex(), round(len(bits) / (len(text) * 8), 4))
out, node = [], tree
for b in bits:
    node = node[int(b)]
    if isinstance(node, str):
        out.append(node)
        node = tree
decoded = ''.join(out)
print(decoded == text, decoded[:30])
prefix_free = all(not c2.startswith(c1) for c1 in codes.values() for c2 in codes.values() if c1 != c2)
print('prefix free', prefix_free, 'avg bits', round(sum(freq[c] * len(codes[c]) for c in freq) / len(text), 4))
