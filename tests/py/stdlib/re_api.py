# The surface of re.Pattern, re.Match and the scanner: attributes, methods, reprs and the
# errors of their argument parsing.
import re

p = re.compile(r'(?P<word>\w+)\s+(?P<num>\d+)?(x)?')
print(type(p).__name__, type(p).__module__, type(p))
print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(type(p.groupindex).__name__, re.compile('a').groupindex)
m = p.search('  hello 42 world')
print(type(m).__name__, type(m))
print(repr(m))
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(1, 2, 3))
print(m[0], m['word'], m[2], m[3])
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'), m.groupdict(default=None))
print(m.start(), m.end(), m.span(), m.start(1), m.end('num'), m.span(3))
print(m.regs, m.regs is m.regs)
print(m.string, m.re is p, m.pos, m.endpos, m.lastindex, m.lastgroup)
print(m.expand(r'<\g<word>|\2|\g<1>>'), m.expand(r'\n'))
print(bool(m), m.group(True))
print(m.__copy__() is m, m.__deepcopy__({}) is m, p.__copy__() is p, p.__deepcopy__(None) is p)
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m)

# pos / endpos
p2 = re.compile(r'\d+')
m = p2.search('ab12cd345', 3)
print(m, m.pos, m.endpos)
m = p2.search('ab12cd345', 3, 8)
print(m, m.pos, m.endpos)
print(p2.match('ab12', 2), p2.match('ab12', 2, 3), p2.fullmatch('ab12', 2), p2.fullmatch('ab12', 1))
print(p2.search('12345', -5, 100), p2.search('12345', 4, 2), p2.match('', 10))
print(re.compile('').match('abcdef', 5, 2))
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1))
print(p2.findall('1 22 333', 2), p2.findall('1 22 333', 2, 6))
print([m.span() for m in p2.finditer('1 22 333 4444', 1, 11)])

# lastindex / lastgroup
for pat, s in [(r'(a)(b)?', 'ab'), (r'(a)(b)?', 'a'), (r'((a)b)', 'ab'), (r'(?P<x>a)|(?P<y>b)', 'b'), (r'a', 'a'), (r'(a)|b', 'b')]:
    m = re.match(pat, s)
    print(pat, m.lastindex, m.lastgroup, m.regs)

# scanner
sc = re.compile(r'\w').scanner('ab c')
print(type(sc).__name__, sc.pattern.pattern)
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r'\w').scanner('ab c')
print(sc.search(), sc.search(), sc.search(), sc.search(), sc.search())
sc = re.compile(r'x*').scanner('axxb')
print([sc.search() for _ in range(5)])
it = re.finditer(r'\d', 'a1b2')
print(type(it).__name__, [m.group() for m in it])

# repr of patterns
for pat, fl in [('a', 0), ('a', re.I), ('a', re.I | re.M), ('a', re.S | re.X), ('a', re.A), ('a', re.U),
                (b'a', 0), (b'a', re.I | re.L), ('x' * 250, 0), ("it's", 0), ('\n', re.DOTALL | re.VERBOSE)]:
    print(repr(re.compile(pat, fl)))
print(repr(re.compile('a', re.I | re.M | re.S | re.U | re.X | re.A | 512 if False else re.I)))
print(repr(re.match('.*', 'y' * 80)))
print(repr(re.match(b'.+', b'bytes\x00\xff')))

# equality and hashing
a, b = re.compile('ab+', re.I), re.compile('ab+', re.I)
print(a == b, a != b, hash(a) == hash(b), a == re.compile('ab+'), a == 'ab+', a != 1)
print(re.compile(b'x') == re.compile('x'), len({a, b, re.compile('c')}))

# argument errors
m = p.match('x 1')
def err(f):
    try:
        r = f()
        print('ok', repr(r))
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: p.match())
err(lambda: p.match(1))
err(lambda: p.match('x', 'a'))
err(lambda: p.match('x', 2 ** 70))
err(lambda: p.match(b'x'))
err(lambda: re.compile(b'x').match('x'))
err(lambda: p.search('x', foo=1))
err(lambda: p.findall(string=1))
err(lambda: p.findall(string='a b'))
err(lambda: p.search(string='zz 9', pos=1))
err(lambda: p.split('x', maxsplit='a'))
err(lambda: p.subn('', '', 1, 2))
err(lambda: p.sub())
err(lambda: m.group(5))
err(lambda: m.group('zz'))
err(lambda: m.group([1]))
err(lambda: m.group(2 ** 70))
err(lambda: m.group(-1))
err(lambda: m.start(1.5))
err(lambda: m[7])
err(lambda: m.groups(1, 2))
err(lambda: m.groupdict(1, 2))
err(lambda: m.span(1, 2))
err(lambda: m.group(x=1))
err(lambda: re.Pattern())
err(lambda: re.Match())
err(lambda: sc.match(1))
err(lambda: p.scanner('a').search(1))
err(lambda: m.expand(r'\9'))
err(lambda: m.expand(r'\g<zz>'))
err(lambda: setattr(m, 'pos', 3))
err(lambda: setattr(p, 'pattern', 'x'))
err(lambda: setattr(m, 'lastindex', 3))
err(lambda: delattr(p, 'flags'))
err(lambda: setattr(m, 'foo', 3))
err(lambda: p.groupindex.__setitem__('a', 1))
err(lambda: re.compile('a').match(['a']))
err(lambda: re.compile('a').sub('b', None))
print(re.Pattern[str], re.Match[bytes])
