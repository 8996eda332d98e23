# re: named groups and groupdict defaults, lookbehind, conditional groups, backreferences,
# non-greedy, sub with group references and functions, split with groups and maxsplit, finditer
# positions, flags (VERBOSE, ASCII, IGNORECASE with Unicode), fullmatch, escape, Match API.
import re
m = re.match(r'(?P<y>\d{4})-(?P<m>\d\d)(?:-(?P<d>\d\d))?', '2024-05 rest')
print(m.groupdict(), m.groupdict('none'), m.group('y', 'm'), m.span('m'), m.start(), m.end(), m.lastgroup, m.lastindex, m.re.pattern, m.string)
print(re.findall(r'(?<=\$)\d+', 'cost $15 and $7, not 9'), re.findall(r'(?<!\w)cat', 'cat concat cat'), re.findall(r'\w+(?=!)', 'hi! no yes!'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.sub(r'(?P<n>\d+)', r'<\g<n>>', 'a1b22'), re.sub(r'x*', '-', 'abc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a5b10c'), re.subn(r'a', 'b', 'aaa', count=2), re.sub('a', r'\\n', 'a'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\s+', ' a b  c ', maxsplit=2), re.split(r'(x)?y', 'ayb'), re.split('', 'ab'))
print([(m.group(), m.span()) for m in re.finditer(r'\b\w', 'the quick  fox')], re.findall(r'(a)(b)?', 'ab a'))
print(re.search(r'(a)?(?(1)b|c)', 'xc').group(), re.search(r'(\w)\1', 'abccd').group(), re.findall(r'<.*?>', '<a><b>'), re.findall(r'<.*>', '<a><b>'))
pat = re.compile(r'''
    (?P<key>[a-z]+)   # key
    \s*=\s*
    (?P<val>\d+)      # value
''', re.VERBOSE)
print([m.groupdict() for m in pat.finditer('a = 1, bb=22,c =3')], pat.groups, pat.groupindex['val'], pat.flags & re.VERBOSE)
print(re.findall(r'\w+', 'naïve café', re.ASCII), re.findall(r'\w+', 'naïve café'), re.match(r'STRASSE', 'straße', re.I), re.match('ǅ', 'ǆ', re.I) is not None)
print(re.fullmatch(r'\d+', '123'), re.fullmatch(r'\d+', '123a'), re.escape('a.b*c?d[e]f{1}|g^h$i\\'), re.escape('plain_text 1'))
print(re.match(r'(?i)abc', 'ABC').group(), re.match(r'(?s).+', 'a\nb').group(), re.findall(r'^\w', 'a\nb\nc', re.M), re.findall(r'(?m)\w$', 'a\nb'))
m = re.match(r'(a)(b)(c)', 'abc'); print(m[0], m[1], m[2:] if False else m.groups(), m.expand(r'\3\2\1'), m.regs, len(m.groups()))
print(re.compile(r'a+').search('baaac', 2).span(), re.compile(r'a+').match('baaa', 1).group(), re.compile('x').findall('xxxx', 1, 3))
for bad in [r'(', r'a**', r'[a-', r'(?P<1>a)', r'\1(a)', r'(?<=a+)b']:
    try: re.compile(bad)
    except re.error as e: print('error:', e.msg, e.pos)
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper(), 'ab cd'), re.purge(), hasattr(re, 'template'))
print(re.findall(r'[^\W\d_]+', 'ab_12cd'), re.findall(r'\d{2,3}?', '12345'), re.findall(r'(?:ab)+', 'ababxab'), re.search(r'\Bb', 'ab').start())
