# textwrap (wrap/fill/shorten/dedent/indent with options), string.Template (substitute,
# safe_substitute, braces, $$, errors, custom delimiter/idpattern), string constants and capwords.
import textwrap, string
text = ('The quick brown fox jumps over the lazy dog. ' * 4).strip()
for w in [10, 25, 40]:
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent='> ', subsequent_indent='  '))
print(textwrap.wrap('a-very-long-hyphenated-word and more', 8), textwrap.wrap('supercalifragilistic', 5, break_long_words=False))
print(textwrap.shorten(text, 30), textwrap.shorten('Hello  world!', width=12, placeholder='...'))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.indent('x\n\ny\n', '+ ')), repr(textwrap.indent('x\ny', '-', lambda l: 'y' in l)))
print(textwrap.wrap('tabs\there\tand\tthere', 12, expand_tabs=True, tabsize=4), textwrap.wrap('  lead  space  ', 6, drop_whitespace=False))
print(textwrap.TextWrapper(width=15, max_lines=2, placeholder=' [..]').wrap(text))
t = string.Template('$who likes ${what}s; costs $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
try: t.substitute(who='a')
except KeyError as e: print('KeyError', e)
try: string.Template('bad $').substitute()
except ValueError as e: print(e)
class Pct(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(Pct('%a and %bc and %%').substitute(a=1, bc=2))
print(string.capwords(' hello   wORLD  foo '), string.capwords('a-b-c', '-'), string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
fmt = string.Formatter()
print(fmt.format('{0}-{x}-{1:>4}', 'a', 'b', x='X'), list(fmt.parse('a{0!r:>3}b{{c}}')), fmt.vformat('{a.real}', (), {'a': 3}))
