# textwrap: wrap/fill options, shorten, indent/dedent with predicates; string.Template
# substitute/safe_substitute, custom delimiters and idpattern, get_identifiers, is_valid.
import textwrap
from string import Template
text = ("The quick brown fox jumps over the lazy dog. " * 3).strip() + " Supercalifragilisticexpialidocious words wrap too."
for w in (15, 30, 50):
    print(textwrap.wrap(text, width=w))
print(textwrap.fill(text, width=40, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill("a-b-c-d-e-f-g-h-i-j-k", width=5))
print(textwrap.wrap("word " * 5, width=10, break_on_hyphens=False, break_long_words=False))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", width=7))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", width=7, break_long_words=False))
print(textwrap.wrap("one two three four five six seven", width=12, max_lines=2, placeholder=' ...'))
print(textwrap.shorten("Hello  world!   How are you today?", width=20), textwrap.shorten("short", 10))
print(textwrap.wrap("tab\there and\tthere", width=12, expand_tabs=True, tabsize=4))
print(textwrap.wrap("Sentence one.  Sentence two. Three", width=80, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", width=10, drop_whitespace=False))
print(repr(textwrap.dedent("""\
    def f():
        return 1
      # odd
    """)))
print(repr(textwrap.dedent("  a\n\t b\n")), repr(textwrap.dedent("   x\n\n   y\n")))
print(repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\n\nb\n", "+ ", lambda l: True)))
tw = textwrap.TextWrapper(width=20, initial_indent='1. ', subsequent_indent='   ')
print(tw.wrap("numbered paragraphs are wrapped with a hanging indent"))
t = Template('$who likes ${what}; $$5 costs $cost')
print(t.substitute(who='tim', what='kung pao', cost=3), t.safe_substitute(who='x'))
print(t.substitute({'who': 'a', 'what': 'b'}, cost='c'))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    Template('bad $').substitute()
except ValueError as e:
    print('ValueError', e)
print(Template('$a $b ${c}').get_identifiers(), Template('$a $').is_valid(), Template('$a').is_valid())
class Pct(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(Pct('%name is %age years, 100%% sure').safe_substitute(name='ann'))
class Braces(Template):
    delimiter = '#'
    braceidpattern = r'[A-Z_]+'
print(Braces('#{X_Y} and #lower').safe_substitute(X_Y=1, lower=2))
print(Template('${a}b $a-b $ab').safe_substitute(a='A'))
