# string.Template subclasses (delimiter, idpattern, braceidpattern, flags, pattern), get_identifiers/is_valid, and Formatter hooks.
import string, re

t = string.Template("$who likes ${what}; $$5 costs $$; ${who}!")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.safe_substitute({}))
print(t.get_identifiers(), t.is_valid(), string.Template("$ bad").is_valid(), string.Template("${a").is_valid())
for tmpl, kw in [("$missing", {}), ("${unclosed", {"unclosed": 1}), ("$", {}), ("$1abc", {})]:
    try:
        print(string.Template(tmpl).substitute(kw))
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
    print(" safe:", string.Template(tmpl).safe_substitute(kw))
print(string.Template("$a $b").substitute({"a": 1, "b": 2}, b=3))

class Percent(string.Template):
    delimiter = "%"
print(Percent("%name is %{age} years, 100%% sure").substitute(name="Ann", age=30))
class Dotted(string.Template):
    idpattern = r"[a-z]+(?:\.[a-z]+)*"
print(Dotted("$user.name / ${user.id}").safe_substitute({"user.name": "bob", "user.id": 7}))
class Braced(string.Template):
    braceidpattern = r"[A-Z ]+"
print(Braced("${HELLO WORLD} $lower ${lower}").safe_substitute({"HELLO WORLD": "hi", "lower": "lo"}))
class CaseSens(string.Template):
    flags = 0
    idpattern = r"[A-Z]+"
print(CaseSens("$ABC $abc").safe_substitute(ABC=1, abc=2))
class Custom(string.Template):
    pattern = r"""
    \[\[(?:
      (?P<escaped>\[\[) |
      (?P<named>[a-z]+)\]\] |
      (?P<braced>[a-z]+)\]\] |
      (?P<invalid>)
    )"""
print(Custom("[[x]] and [[[[ and [[y]]").substitute(x=1, y=2), sorted(Custom("[[a]][[b]]").get_identifiers()))
print(string.Template.delimiter, string.Template.idpattern, bool(string.Template.flags & re.IGNORECASE))

f = string.Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{x.real} {y[1]} {z[k]}", x=3 + 4j, y=[5, 6], z={"k": "v"}))
print(f.format("{0:>8.3f}|{1!r:^9}|{0!s}", 3.14159, "s"), f.vformat("{a}{b}", (), {"a": 1, "b": 2}))
print(list(f.parse("lit {0} mid {name!r:>{width}} end {{x}}")))
print(f.get_field("a.b", (), {"a": type("A", (), {"b": 42})}), f.convert_field("x", "r"), f.format_field(7, "03"))
try:
    f.format("{} {0}", 1)
except ValueError as e:
    print("ValueError", e)
try:
    f.format("{0!z}", 1)
except ValueError as e:
    print("ValueError", e)

class Defaulting(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<" + key + ">")
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        if spec == "stars":
            return "*" * len(str(value))
        return super().format_field(value, spec)
d = Defaulting()
print(d.format("{name} {missing} {0} {name!u} {secret:stars} {n:04d}", "pos", name="ann", secret="hunter2", n=7))
class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        extra = set(kwargs) - {k for k in used if isinstance(k, str)}
        if extra:
            raise ValueError("unused: " + ",".join(sorted(extra)))
try:
    Strict().format("{a}", a=1, b=2, c=3)
except ValueError as e:
    print("ValueError", e)
print(Strict().format("{a}{0}", "z", a=1))
print(string.capwords("  hello   wide world  "), string.capwords("a-b-c", "-"), string.ascii_letters[20:30], string.punctuation[:10])
