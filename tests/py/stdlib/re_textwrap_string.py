# Standard-library modules built on re: textwrap (word splitting and wrapping regexes) and
# string.Template (its pattern metaclass), plus re.Scanner-style tokenising.
import re
import string
import textwrap

text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.wrap(text, 30))
print(textwrap.fill("Hello   world,  this is\ta test-of hyphenated-words wrapping.", width=20))
print(textwrap.wrap("averyveryverylongwordthatmustbebroken and more", 10))
print(textwrap.wrap("no-break-on-hyphens here", 8, break_on_hyphens=False))
print(textwrap.dedent("    a\n      b\n    c\n"), textwrap.dedent("\tx\n\t  y"))
print(textwrap.indent("x\ny\n\nz", "> "))
print(textwrap.shorten("Hello world this is long", width=15))
print(textwrap.TextWrapper(width=12, initial_indent='* ', subsequent_indent='  ').wrap(text[:60]))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
print(string.Template('$a$b ${c}d').substitute(a=1, b=2, c=3), t.get_identifiers(), t.is_valid())
for bad in [lambda: t.substitute(who='a'), lambda: string.Template('$').substitute(),
            lambda: string.Template('x ${1}').substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
class Pct(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(Pct('%x + %yy = %z').safe_substitute(x=1, z=3))
print(string.capwords(' hello   world  '), string.capwords('a-b c-d', '-'))
print('{0:>5}|{name!r}'.format(3, name='n'), string.Formatter().format('{} {x}', 1, x=2))

TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=]))')
def tokens(s):
    pos, out = 0, []
    while pos < len(s.rstrip()):
        m = TOKEN.match(s, pos)
        if not m:
            raise SyntaxError('bad character at %d: %r' % (pos, s[pos]))
        out.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return out
print(tokens('x = 3.5 * (y1 + 42) ** 2'))
try:
    tokens('a $ b')
except SyntaxError as e:
    print('SyntaxError', e)
