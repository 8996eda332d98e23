# Randomised differential test: a fixed-seed generator (a small LCG, not `random`) builds
# patterns from atoms, groups, alternations, quantifiers, lookarounds and backreferences,
# and subjects over a small alphabet; every search/findall/sub/split result is printed.
import re

class LCG:
    def __init__(self, seed):
        self.state = seed
    def next(self, n):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & ((1 << 64) - 1)
        return (self.state >> 33) % n
    def pick(self, seq):
        return seq[self.next(len(seq))]

rng = LCG(20240611)
ATOMS = ['a', 'b', 'c', 'ab', '.', '[ab]', '[^a]', '[a-c]', r'\d', r'\w', r'\s', r'\W', 'A', ' ', r'\n', '1']
ANCHORS = ['^', '$', r'\b', r'\B', r'\A', r'\Z']
QUANTS = ['*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,3}?', '{2,}', '*+', '++', '?+', '{1,2}+']

def gen(depth, ngroups):
    kind = rng.next(10 if depth < 3 else 4)
    if kind <= 2:
        return rng.pick(ATOMS), ngroups
    if kind == 3:
        if ngroups[0] > 0 and rng.next(3) == 0:
            return '\\%d' % (1 + rng.next(ngroups[0])), ngroups
        return rng.pick(ANCHORS), ngroups
    if kind == 4:
        body, _ = gen(depth + 1, ngroups)
        return body + rng.pick(QUANTS), ngroups
    if kind == 5:
        ngroups[0] += 1
        body, _ = gen(depth + 1, ngroups)
        return '(' + body + ')', ngroups
    if kind == 6:
        a, _ = gen(depth + 1, ngroups)
        b, _ = gen(depth + 1, ngroups)
        return '(?:' + a + '|' + b + ')', ngroups
    if kind == 7:
        parts = [gen(depth + 1, ngroups)[0] for _ in range(1 + rng.next(3))]
        return ''.join(parts), ngroups
    if kind == 8:
        look = rng.pick(['(?=', '(?!', '(?<=', '(?<!'])
        body = rng.pick(['a', 'b', r'\d', '[ab]', ' ', 'ab'])
        return look + body + ')', ngroups
    body, _ = gen(depth + 1, ngroups)
    return rng.pick(['(?>', '(?i:', '(?:']) + body + ')' + rng.pick(['', '*', '+', '?', '{1,2}']), ngroups

def subject():
    return ''.join(rng.pick('aabbcA1 \n') for _ in range(rng.next(9)))

def repl(m):
    return '<%d:%s>' % (m.start(), m.lastindex)

errors = 0
for i in range(400):
    ngroups = [0]
    pat = ''.join(gen(0, ngroups)[0] for _ in range(1 + rng.next(3)))
    flags = rng.pick([0, 0, 0, re.I, re.M, re.S, re.I | re.M])
    try:
        p = re.compile(pat, flags)
    except re.error as e:
        errors += 1
        print(i, repr(pat), 'error:', e)
        continue
    out = []
    for _ in range(4):
        s = subject()
        m = p.search(s)
        res = (m.span(), m.groups()) if m else None
        fm = p.fullmatch(s)
        out.append('%r=%s/%s/%s/%r/%r/%r' % (
            s, res, fm and fm.span(), p.match(s) and p.match(s).end(), p.findall(s),
            p.sub(repl, s), p.split(s, 3)))
    print(i, repr(pat), int(flags), ' '.join(out))
print('errors', errors)

# bytes versions of a few generated patterns
for i in range(60):
    ngroups = [0]
    pat = gen(0, ngroups)[0]
    try:
        p = re.compile(pat.encode())
    except re.error as e:
        print('b', i, repr(pat), 'error:', e)
        continue
    s = subject().encode()
    print('b', i, repr(pat), repr(s), p.findall(s), p.subn(b'-', s))
