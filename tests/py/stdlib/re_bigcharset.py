# Case-insensitive character classes whose compiled form is a BIGCHARSET (re/_compiler.py
# builds its block index with memoryview(...).cast('I')), and other large Unicode sets.
import re

def show(pat, s, flags=0):
    m = re.search(pat, s, flags)
    print(repr(pat), int(flags), repr(s), m and (m.span(), m.group()))

show('[a-z]+', 'HeLLo', re.I)
show('[^a-z]+', 'HeLLo123', re.I)
show('[a-z]', '\u212a', re.I)
show('[a-z]', '\u017f', re.I)
show('[s-t]+', 'SſT', re.I)
print(re.findall('(?i)[a-z0-9_]+', 'Hello_World 42 ſtraße'))
print(re.findall('(?i)[^a-z ]+', 'Hello, World! 42'))
print(re.sub('(?i)[aeiou]', '*', 'The Quick Brown Fox'))
print(re.findall('[\u0400-\u04ff\u3040-\u30ff]+', 'abc Привет こんにちは カタカナ'))
print(re.findall('[\u00c0-\u00ff\u0100-\u017f\u0391-\u03c9]+', 'Ärger Ωmega łódź'))
print(re.findall('[^\u0000-\u007f]+', 'plain ünïcödé text ☃'))
print(re.findall('(?i)[à-ÿ]+', 'ÀÉÎÕÜ àéîõü'))
