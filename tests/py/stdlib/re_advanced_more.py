# re: named groups, backreferences, lookahead/lookbehind, conditional groups, sub with a
# function and group references, split with groups/maxsplit, finditer spans, flags, fullmatch.
import re
text = 'John Smith (42), Jane Doe (37); Bob Stone (25)'
pat = re.compile(r'(?P<first>\w+) (?P<last>\w+) \((?P<age>\d+)\)')
for m in pat.finditer(text):
    print(m.group('first'), m['last'], int(m.group('age')), m.span(), m.start('age'), m.groupdict())
print(pat.sub(r'\g<last>, \g<first> [\g<age>]', text))
print(pat.sub(lambda m: m['first'].upper() if int(m['age']) > 30 else m[0], text))
print(re.sub(r'(\d+)', lambda m: str(int(m[1]) * 2), 'a1 b22 c333'), re.subn(r'\s+', ' ', ' a  b\t\tc \n d '))
print(re.findall(r'(\w)(\d)', 'a1 b2 c3'), re.findall(r'\b\w+(?=ing\b)', 'running jumping sing'), re.findall(r'(?<=\$)\d+', 'cost $30 and $45'))
print(re.findall(r'(?<!\d)\d{2}(?!\d)', '1 12 123 45'), re.findall(r'(\w+)\s\1', 'the the cat cat sat'), re.search(r'(a)?b(?(1)c|d)', 'bd').group())
print(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\W+', 'Words, words, words.', maxsplit=1), re.split(r'x*', 'axbc'), re.split(r'(?=[A-Z])', 'splitAtCapitals'))
print(re.fullmatch(r'\d{3}-\d{4}', '555-1234') is not None, re.fullmatch(r'\d{3}', '5555'), re.match(r'a|ab', 'ab').group(), re.match(r'(?:a|ab)$', 'ab').group())
print(re.findall(r'^\w+', 'one\ntwo\nthree', re.M), re.findall(r'a.c', 'a\nc abc', re.S), re.findall('HELLO', 'hello Hello', re.I), re.findall(r'''\d + # digits
    \. \d*''', '3.14 2.', re.X))
print(re.search(r'(?i)straße', 'STRASSE'), re.search(r'(?i)k', '\u212a'), re.findall(r'[^\W\d_]+', 'héllo wörld 123 a_b'), re.findall(r'\d', '١٢٣ 45'), re.findall(r'(?a)\d', '١٢٣ 45'))
m = re.match(r'(\d+)-(\d+)?', '12-')
print(m.groups(), m.groups('none'), m.group(0, 1), m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos, m.expand(r'\2|\1'))
print(re.escape('a.b*c?d[e]f(g)h{i}|^$\\ -'), re.escape('no_special123'), re.purge())
p2 = re.compile(r'(?P<k>\w+)=(?P<v>[^;]*)')
print(dict(p2.findall('a=1;b=2;c=')), p2.groupindex['v'], p2.groups, p2.flags & re.U != 0, p2.pattern)
print([m.group() for m in re.finditer(r'\d*', 'a12b')], re.sub(r'\d*', '-', 'a12b'), re.sub('', '-', 'abc'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>\g<0>>', 'hi there'), re.sub(r'(a)(b)?', r'[\2]', 'a ab'), re.sub('a', r'\n', 'bab'), re.sub('a', lambda m: '\\n', 'bab'))
print(re.match(r'(?s:.)+', 'ab\ncd').group(), re.findall(r'\bfoo\b', 'foo foobar barfoo foo.'), re.findall(r'\Bbar', 'foobar bar'), re.search(r'\Aab\Z', 'ab').span())
print(re.findall(r'a{2,3}?', 'aaaaaa'), re.findall(r'a*?b', 'aab ab b'), re.findall(r'(?:ab)+', 'ababab abab'), re.match(r'(a+)+b', 'aaab').groups())
print(re.compile(r'\d+').search('abc 123 def 456', 5).group(), re.compile(r'\d+').match('123abc', 1).group(), re.compile('x').split('axbxc', 1))
for bad in [r'(', r'[a-', r'a{2,1}', r'(?P<n>a)(?P<n>b)', r'\1', '*a']:
    try:
        re.compile(bad)
    except re.error as e:
        print(repr(bad), 'error:', e.msg, e.pos)
print(re.sub(r'(?m)^', '> ', 'line1\nline2'), re.findall(r'[\u0400-\u04ff]+', 'abc привет мир'), re.match(r'\s*(\S+)', '   tok rest').group(1))
