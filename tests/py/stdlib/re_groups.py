# Groups, named groups, backreferences, lookaround, conditionals, lazy/possessive
# quantifiers and atomic groups: match results and group spans.
import re

def show(pat, s, flags=0):
    try:
        m = re.search(pat, s, flags)
    except re.error as e:
        print(repr(pat), 'error:', e)
        return
    if m is None:
        print(repr(pat), repr(s), None)
    else:
        print(repr(pat), repr(s), m.span(), m.groups(), m.lastindex)

cases = [
    (r'(a)(b)(c)', 'xabcx'), (r'(a(b(c)))', 'abc'), (r'(?:a(b))+', 'ababab'), (r'(a|b)*', 'abba'),
    (r'(a|b)*?c', 'abbac'), (r'(a*)*', 'aaa'), (r'(a*)+', 'aaa'), (r'(a*)*b', 'aaab'), (r'(a|)+', 'aa'),
    (r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe'), (r'(?P<a>.)(?P=a)', 'xyzzy'), (r'(\w)\1', 'abccd'),
    (r'(\w+) \1', 'hello hello world'), (r'(a)|\1', 'x'), (r'(?:(a)|b)\1', 'aa'), (r'(?:(a)|b)\1', 'bb'),
    (r'foo(?=bar)', 'foobaz foobar'), (r'foo(?!bar)', 'foobar foobaz'), (r'(?<=\$)\d+', 'cost $45'),
    (r'(?<!\$)\b\d+', '$45 67'), (r'(?<=(a))b', 'ab'), (r'(?=(a+))a*b\1', 'baaabac'), (r'(?!(a)b)\w+', 'ab'),
    (r'(a)?(?(1)b|c)', 'ab'), (r'(a)?(?(1)b|c)', 'c'), (r'(?P<q>")?\w+(?(q)")', '"quoted" bare'),
    (r'(a)?x(?(1)y)', 'xy'), (r'a*?', 'aaa'), (r'a+?', 'aaa'), (r'a{2,3}?', 'aaaa'), (r'a{2,}', 'aaaaa'),
    (r'a{,2}', 'aaaa'), (r'a{3}', 'aa'), (r'<.*>', '<a><b>'), (r'<.*?>', '<a><b>'), (r'(ab)*?c', 'ababc'),
    (r'a++b', 'aaab'), (r'a++a', 'aaaa'), (r'a*+', 'aaa'), (r'a?+a', 'a'), (r'(?:ab)++', 'ababab'),
    (r'(?:ab)++ab', 'ababab'), (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaa'), (r'(?>(a)|b)+c', 'abac'),
    (r'(?>x*)y', 'xxy'), (r'x{2,4}+x', 'xxxxx'), (r'(a+?){2}', 'aaaa'), (r'((a)|b)+', 'ab'),
    (r'((a)|b)+', 'ba'), (r'(a)|(b)|(c)', 'c'), (r'(?:(x)|y)*', 'xyy'), (r'(\d+)-(\d+)?', '12-'),
    (r'^(?:(\d)|(\w))+$', 'a1b2'), (r'(?P<n>a)(?P<m>b)?(?P=n)', 'aa'), (r'(.)(?=(.))', 'xy'),
    (r'\b\w+\b', ' word '), (r'\Bor\B', 'word or'), (r'\Aab', 'ab'), (r'ab\Z', 'ab\n'), (r'ab$', 'ab\n'),
    (r'(a)(?:b(c)|b(d))', 'abd'), (r'(?:a|ab)(c|bcd)(d*)', 'abcd'), (r'(a)(b)?c\2', 'ac'),
    (r'([ab]*?)(b)?(c)$', 'abac'), (r'(?s).+', 'a\nb'), (r'[^a-c]+', 'abcdef'), (r'[\d\-x]+', 'a1-x2b'),
    (r'[]a]+', 'a]b'), (r'[a-]+', 'a-b'), (r'[\]\\]+', 'x]\\y'), (r'[\w.]+@[\w.]+', 'mail me: a.b@c.org'),
    (r'(x)(?:(y)|z)*', 'xyzy'), (r'(?:(y)|(z))*', 'yzy'), (r'(a)*', 'aa'), (r'(a){0}', 'a'),
    (r'(?:(a)|(b)){2}', 'ab'), (r'(a?)*?b', 'aab'), (r'(?:a?)*?b', 'ab'), (r'(a*?)*b', 'ab'),
    (r'(?<=ab)c|(?<=b)d', 'abd'), (r'(?<!a)b+', 'abbb'), (r'\d{2,3}+\d', '12345'),
]
for pat, s in cases:
    show(pat, s)

print(re.match(r'(?P<a>x)(?P<b>y)?', 'x').groupdict())
print(re.findall(r'(a)(?:(b)|c)', 'ab ac ab'))
print(re.findall(r'((a)|b)+', 'abab bb'))
print(re.sub(r'(?P<x>\d)', r'[\g<x>\g<0>\1]', 'a1b22'))
# deep nesting and many groups
pat = '(' * 50 + 'a' + ')' * 50
m = re.match(pat, 'a')
print(len(m.groups()), m.span(50))
pat = ''.join('(%s)' % chr(97 + i % 26) for i in range(120))
s = ''.join(chr(97 + i % 26) for i in range(120))
m = re.match(pat, s)
print(m.lastindex, m.group(100), m.span(120))
print(re.match(r'(?:(\w)(\d))+', 'a1b2c3').groups())
print(re.match(r'(?:(a)|(b)|(c))+', 'abcab').groups())
