# A trie with insert/search/prefix listing/delete and ranked autocompletion by frequency,
# plus a word-break solver using the trie; prints suggestions for several prefixes.
class Trie:
    def __init__(self):
        self.root = {}
        self.count = 0
    def insert(self, word, weight=1):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        if '$' not in node:
            self.count += 1
        node['$'] = node.get('$', 0) + weight
    def find(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return None
            node = node[ch]
        return node
    def __contains__(self, word):
        n = self.find(word)
        return n is not None and '$' in n
    def words(self, prefix=''):
        node = self.find(prefix)
        if node is None:
            return []
        out, stack = [], [(node, prefix)]
        while stack:
            n, p = stack.pop()
            for k in sorted(n, reverse=True):
                if k == '$':
                    out.append((p, n['$']))
                else:
                    stack.append((n[k], p + k))
        return sorted(out)
    def complete(self, prefix, k=3):
        return [w for w, _ in sorted(self.words(prefix), key=lambda x: (-x[1], x[0]))[:k]]
    def delete(self, word):
        path, node = [], self.root
        for ch in word:
            if ch not in node:
                return False
            path.append((node, ch))
            node = node[ch]
        if '$' not in node:
            return False
        del node['$']
        self.count -= 1
        for parent, ch in reversed(path):
            if parent[ch]:
                break
            del parent[ch]
        return True
t = Trie()
corpus = "the then there these theme thesis tea team tear ten tent tenth to too top topic tops".split()
for i, w in enumerate(corpus):
    t.insert(w, weight=(i * 7) % 5 + 1)
t.insert('the', 10)
print(t.count, 'the' in t, 'th' in t, 'tent' in t)
for p in ['th', 'the', 'te', 'to', 'x', '']:
    print(repr(p), t.complete(p), len(t.words(p)))
print(t.delete('then'), t.delete('then'), t.delete('nope'), 'then' in t, 'there' in t, t.count)
print(t.words('ten'))
def word_break(s, trie):
    memo = {}
    def go(i):
        if i == len(s):
            return [[]]
        if i in memo:
            return memo[i]
        res, node = [], trie.root
        for j in range(i, len(s)):
            node = node.get(s[j])
            if node is None:
                break
            if '$' in node:
                res.extend([[s[i:j + 1]] + rest for rest in go(j + 1)])
        memo[i] = res
        return res
    return [' '.join(x) for x in go(0)]
print(word_break('theteamtopic', t), word_break('tentoo', t), word_break('xyz', t))
