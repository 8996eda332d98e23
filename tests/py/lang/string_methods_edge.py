# str methods at their edges: split with maxsplit 0/negative, rsplit whitespace runs, strip with
# characters sets, partition missing separators, count/find with slice bounds beyond length,
# replace with empty pattern, zfill with signs, expandtabs columns, splitlines separators.
s = '  a  b   c  '
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(' '), s.split(' ', 0), s.split(maxsplit=-1), 'a,b,,c'.split(',', 2))
print('xxhixx'.strip('x'), 'abcba'.strip('ab'), '\t\n x \r\f\v'.strip(), '..a..'.lstrip('.'), '..a..'.rstrip('.'), 'aaa'.strip('a'))
print('abc'.partition('x'), 'abc'.rpartition('x'), 'a=b=c'.partition('='), 'a=b=c'.rpartition('='))
print('aaaa'.count('aa'), 'abc'.count(''), 'abc'.count('', 10), 'abc'.find('c', -1), 'abc'.find('', 3), 'abc'.find('', 4), 'abcabc'.rfind('b', 0, 4), 'abc'.index('b', -5, 10))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('a', 'b', -1), 'abc'.replace('abc', ''))
print('-42'.zfill(6), '+7'.zfill(4), 'abc'.zfill(5), '-'.zfill(3), ''.zfill(2), '12'.zfill(1))
print(repr('a\tbc\td\n\te'.expandtabs()), repr('a\tb'.expandtabs(0)), repr('12345\t|'.expandtabs(4)), repr('\r\ta'.expandtabs(3)))
print('a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l'.splitlines(), 'x\n'.splitlines(True), ''.splitlines(), '\n'.split('\n'))
print('hello world'.title(), "they're bill's".title(), 'ǆabc'.title(), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()), 'ﬁ'.upper(), 'Σ'.lower(), 'ΑΣ'.lower())
print('abc'.center(8, '*'), 'abc'.center(6), 'ab'.center(5), 'x'.ljust(0), 'ab'.rjust(5, '0'), 'é'.center(5, 'ü'))
print('a1'.isalnum(), '½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal(), '٣'.isdecimal(), 'ab_1'.isidentifier(), '1a'.isidentifier(), ''.isspace(), 'Ab Cd'.istitle())
print(','.join(['a', 'b']), ''.join([]), 'x'.join('abc'), 'ab'.startswith(('x', 'a')), 'ab'.endswith('b', 0, 1), 'abc'.startswith('', 3), 'abc'.startswith('', 4))
print('%s' % 'x', 'abc'[::-2], 'abc'[5:], 'abc'[-10:2], 'a' < 'b' < 'ba', 'Z' < 'a', '10' < '9', max('abc'), 'abc' * 0, 'ab' in 'xaby', '' in 'a')
print('Hello'.swapcase(), 'ß'.casefold(), 'ǅ'.swapcase(), 'hello'.capitalize(), 'HELLO wORLD'.capitalize(), 'ŉ'.capitalize(), 'a'.upper().lower())
