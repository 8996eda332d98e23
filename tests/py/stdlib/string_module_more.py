# string module: constants, capwords, Formatter subclass (get_value, format_field, convert_field,
# check_unused_args), parse(), vformat with nested specs.
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable), string.punctuation)
print(string.capwords('  hello   wOrld  foo '), string.capwords('a-b c-d', '-'))
f = string.Formatter()
print(f.format('{0}-{x}-{1:>4}', 'a', 'b', x='X'), list(f.parse('lit {a!r:>5} mid {b[0].c} {{esc}}')), f.vformat('{:{w}.{p}f}', (3.14159,), {'w': 8, 'p': 2}))
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}?>')
        return super().get_value(key, args, kwargs)
    def format_field(self, value, spec):
        if spec == 'upper':
            return str(value).upper()
        return super().format_field(value, spec)
    def convert_field(self, value, conversion):
        if conversion == 'l':
            return str(value).lower()
        return super().convert_field(value, conversion)
d = Default()
print(d.format('{name} is {age} {missing} {name:upper} {0} {title!l} {title!r}', 'pos', name='ann', age=3, title='DR'))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise ValueError(f'unused: {sorted(unused)}')
try:
    Strict().format('{a}', a=1, b=2, c=3)
except ValueError as e:
    print('ValueError', e)
print(Strict().format('{a}{b}', a=1, b=2))
try:
    f.format('{0}{}', 1, 2)
except ValueError as e:
    print('ValueError', e)
print(string.Template.delimiter, string.Template('$x').template, '{:%}'.format(0.25), '{!a}'.format('ü'))
