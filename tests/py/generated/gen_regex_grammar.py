# Random regexes from a small grammar applied to random strings: search, match, fullmatch,
# findall, sub, split; results (or the error) compared with CPython.
import re, random, binascii
random.seed(4242)
atoms = ['a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', '\\d', '\\w', '\\s', '\\W', 'x?', '(?:ab)', '\\b', '^', '$']
def rx(depth=0):
    k = random.random()
    if depth > 2 or k < 0.4:
        r = random.choice(atoms)
    elif k < 0.6:
        r = rx(depth + 1) + rx(depth + 1)
    elif k < 0.75:
        r = '(' + rx(depth + 1) + '|' + rx(depth + 1) + ')'
    elif k < 0.85:
        r = '(?P<n%d>' % random.randint(0, 99) + rx(depth + 1) + ')'
    else:
        r = '(?:' + rx(depth + 1) + ')'
    q = random.random()
    if q < 0.15: r = '(?:' + r + ')*'
    elif q < 0.25: r = '(?:' + r + ')+'
    elif q < 0.3: r = '(?:' + r + ')*?'
    elif q < 0.35: r = '(?:' + r + '){1,3}'
    elif q < 0.38: r = '(?=' + r + ')'
    elif q < 0.41: r = '(?!' + r + ')'
    return r
def rs():
    return ''.join(random.choice('aabbc 1_\n-') for _ in range(random.randint(0, 12)))
acc = 0
for i in range(300):
    p = rx()
    s = rs()
    flags = random.choice([0, re.I, re.M, re.S, re.M | re.S])
    try:
        c = re.compile(p, flags)
    except re.error as e:
        out = 'error: ' + str(e)
    else:
        m = c.search(s)
        out = repr((m.span() if m else None, m.groups() if m else None,
                    bool(c.match(s)), bool(c.fullmatch(s)), c.findall(s)[:5],
                    c.sub(lambda mm: '<' + mm.group(0) + '>', s), c.split(s)[:6],
                    [mm.span() for mm in c.finditer(s)][:5], c.subn('#', s, count=2)))
    acc = (acc * 3 + binascii.crc32(out.encode())) % (1 << 61)
    if i % 25 == 0:
        print(repr(p), repr(s), out[:200])
print(acc)
