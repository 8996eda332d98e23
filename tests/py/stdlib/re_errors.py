# re.error for malformed patterns: message, pos, lineno, colno (raised by re/_parser.py),
# and warnings-free behaviour of valid corner cases.
import re

bad = [
    '(', ')', 'a)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=zz)', '[a', '[z-a]', 'a**', 'a{2,1}', '*a',
    '+', '?', 'a++*', '(?<=a+)b', '(?<!a*)b', '\\', 'a\\', '\\1', '(a)\\2', '(?z)', '(?', '(?P', '(?P<a',
    '(?#unterminated', '[\\d-z]', '\\x4', '\\u12', '\\U0011ffff', '(?(1a)b)',
    '(?(9)a|b)', '(a)(?(1)a|b|c)', 'x{65536}', '(?i-i:a)', '(?-a:b)', '(?u:b)', '\\q', '[\\q]',
    '(?P<a>a)(?P=a', 'a{1,2', '(?<=(?P<x>a)|bc)', 'a(?i)b', '(?x)(?#x', '\\8', '\\g<1>', '(?P>a)',
    '(a' + '\n' + 'b', 'ab\n(?P<c>\n(?P<c>x))',
]
for pat in bad:
    try:
        re.compile(pat)
        print(repr(pat), 'compiled')
    except re.error as e:
        print(repr(pat), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, repr(e.pattern))
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

for pat in [b'(', b'[b-a]', b'\\x4g']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), '|', e, '|', e.pos, repr(e.pattern))

print(re.error.__name__, re.error.__module__, issubclass(re.error, Exception), re.error is re.error)
e = re.error('msg')
print(e.msg, e.pattern, e.pos, e.lineno, e.colno, str(e))
try:
    re.compile('x', flags='a')
except TypeError as e:
    print('TypeError', e)
# valid corner cases
for pat in ['a{,}', 'a{', '{', '{1', '[]]', '[^]]', '[-a]', '[a-]', '\\Z', '(?:)', '()', '|',
            '(?i)', '(?#comment)a', '\\0', '\\07', '\\377', '[\\b]', '(?:a|)', 'a|', '|a', '$^', '^*' if False else 'a',
            '(?P<_x1>.)', '(?P<été>x)']:
    p = re.compile(pat)
    print(repr(pat), p.groups, [m.span() for m in p.finditer('a]b{1xx\x07\b')])
