# sub/subn with literal and template replacements and callables, split, findall and
# finditer, including empty matches next to previous ones.
import re

print(re.sub(r'\d', '#', 'a1b22c333'))
print(re.sub(r'\d', '#', 'a1b22c333', count=2))
print(re.sub(r'\d', '#', 'a1b22c333', 0))
print(re.subn(r'\d+', '<>', 'a1b22c333'))
print(re.subn(r'x', '-', 'abc'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home ann@work'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>=\g<k>', 'a=1, b=2'))
print(re.sub(r'(\w)', r'\g<1>\g<0>', 'abc'))
print(re.sub(r'a', r'\n\t\\', 'xax'))
print(repr(re.sub(r'a', '\\101\\0', 'a')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x*', '-', 'abxd'))
print(re.sub(r'x*', '-', ''))
print(re.sub(r'', '-', 'abc'))
print(re.sub(r'\b', '|', 'hi there'))
print(re.sub(r'(?=x)', '^', 'axbxx'))
print(re.sub(r'a|(?=b)', '!', 'abab'))
print(re.subn(r'^', '>', 'l1\nl2\n', flags=re.M))
print(re.sub('x', lambda m: m.group().upper() * 2, 'axbxc'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a5b10c'))
print(re.sub(r'(\w+)', lambda m: m.group(1)[::-1], 'hello world'))
print(re.sub(r'\w', lambda m: '', 'ab cd'))
calls = []
def rec(m):
    calls.append((m.span(), m.pos, m.endpos, m.string))
    return '.'
print(re.sub(r'b*', rec, 'abba'), calls)
print(re.compile(r'o').sub('0', 'foo boo', 3))
print(re.compile(r'o').subn(repl='0', string='foo boo', count=1))
for bad in [r'\9', r'\g<name>', r'\g<1', r'\g<-1>', '\\', r'\g<>', r'\g<a b>']:
    try:
        re.sub(r'(?P<x>a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('a', lambda m: 1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', 1, 'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub('a', lambda m: None, 'banana') if False else '')

print(re.split(r',', 'a,b,,c'))
print(re.split(r',', 'a,b,,c', maxsplit=1))
print(re.split(r'(,)', 'a,b,,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\s*', 'a b  c'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'', 'abc'))
print(re.split(r'(?=b)', 'abab'))
print(re.split(r'\b', 'one two'))
print(re.split(r'^', 'a\nb\nc', flags=re.M))
print(re.split(r'$', 'a\nb\n', flags=re.M))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(a)(b)?', 'xaybz'))
print(re.split('x', ''), re.split('', ''), re.split('x*', ''))
print(re.compile(',').split('1,2,3', -1), re.compile(',').split('1,2,3', 0))

print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\d)(\w)', 'a1b22c333'))
print(re.findall(r'(\d)(x)?', '1x2'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall(r'', 'abc'))
print(re.findall(r'x*', 'axxb'))
print(re.findall(r'\b', 'a b'))
print(re.findall(r'(?:a|b)+', 'abcab'))
print(re.findall(r'a|ab', 'ab'))
print([m.span() for m in re.finditer(r'x*', 'axxbx')])
print([m.group(1) for m in re.finditer(r'(\w)\w*', 'ab cd ef')])
print([(m.start(), m.group()) for m in re.finditer(r'(?=(aa))', 'aaaa')])
print([m.groups() for m in re.finditer(r'(?=(\w\w))', 'abcd')])

# template strings reused (cache) and the Scanner helper
print(re.sub('a', r'\\', 'aa'), re.sub('a', r'\\', 'aa'))
s = re.Scanner([(r'\d+', lambda sc, t: ('NUM', int(t))), (r'[a-z]+', lambda sc, t: ('ID', t)), (r'\s+', None)])
print(s.scan('abc 12 de 3 !'))
print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o p#q&r~s-t'))
print(re.escape(b'a.b\x00 c'))
print(re.sub(re.escape('1+1'), '2', 'is 1+1?'))
print(re.purge(), re.template('a') if hasattr(re, 'template') and False else '')
