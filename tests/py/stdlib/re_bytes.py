# bytes patterns on bytes and bytearray subjects, str subclasses, and mixing errors.
import re

p = re.compile(rb'(\w+)=(\d+)')
m = p.search(b'  key=42 other=7')
print(m, m.groups(), m.span(2), m.group(0), type(m.group(1)))
print(p.findall(b'a=1 b=22 c=x'))
print(p.sub(rb'\2:\1', b'a=1 b=22'))
print(p.sub(lambda m: m.group(2) * 2, b'a=1 b=22'))
print(p.subn(b'-', bytearray(b'a=1 b=22')))
print(p.split(b'x a=1 y'))
ba = bytearray(b'zz q=5 zz')
m = p.search(ba)
print(m, m.string is ba, m.group(), type(m.group()), m.groups())
print(re.findall(rb'[\x80-\xff]+', b'abc\x80\x81def\xff'))
print(re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(rb'(?i)[a-z]+', b'AbC\xc0\xe0'))
print(re.findall(rb'\w+', b'caf\xe9 ok'))
print(re.findall(rb'(?L)\w+', b'caf\xe9 ok'))
print(re.findall(rb'\s+', b'a \t\n\x0b\x0c\r\x1c\x85b'))
print(re.findall(rb'\d', b'1\xb2 3'))
print(re.match(rb'.', b'\n'), re.match(rb'.', b'\n', re.S))
print(re.sub(b'', b'-', b'ab'), re.sub(b'a', b'', b'banana'), re.sub(b'x', b'y', b''))
print(re.split(rb'\x00', b'a\x00b\x00'))
print(re.escape(b'\xff.'), re.search(re.escape(b'\xff.'), b'x\xff.y'))
print(re.fullmatch(rb'[^\x00-\x7f]*', b'\x80\xfe'), re.fullmatch(rb'[^\x00-\x7f]*', b'\x80a'))
print(re.match(rb'\x41', b'A'), re.match(b'\\101', b'A'))
print(re.compile(b'abc').pattern, re.compile(bytearray(b'ab')).pattern if False else '')
print(re.sub(b'a', bytearray(b'X'), b'aba'))
err0 = None
print(re.match(b'\xe9', 'é'.encode('latin-1')))

class S(str):
    pass
s = S('hello world')
m = re.search(r'o w', s)
print(m, type(m.string).__name__, type(m.group()).__name__, re.sub('o', '0', s), type(re.sub('x', '0', s)).__name__)
print(re.findall(r'\w+', S('ab cd')), re.split(' ', S('a b')))
class B(bytes):
    pass
print(re.findall(rb'\w', B(b'ab')), re.match(rb'a', B(b'ab')))

def err(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: re.match('a', b'a'))
err(lambda: re.match(b'a', 'a'))
err(lambda: re.sub(b'a', 'x', b'a'))
err(lambda: re.sub('a', b'x', 'a'))
err(lambda: re.sub(b'a', lambda m: 'x', b'a'))
err(lambda: re.compile(b'\\w', re.U))
err(lambda: re.compile(1))
err(lambda: re.findall(b'a', memoryview(b'aa')) if False else 'skip')
err(lambda: re.compile(b'[\\u0100]'))
err(lambda: re.compile(b'\\N{LATIN SMALL LETTER A}'))
