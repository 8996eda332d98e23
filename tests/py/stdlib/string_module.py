# The string module: constants, capwords, Formatter (built on _string) and Template.
import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))

for s in ["hello world", "  leading and   trailing  ", "", "a", "ALL CAPS here", "mIxEd cAsE", "tab\tsep\nline",
          "o'neil mc-donald", "ünïcode wörds", "1st 2nd 3rd"]:
    print(repr(string.capwords(s)), repr(string.capwords(s, " ")), repr(string.capwords(s, "-")))

f = string.Formatter()
print(f.format("{} and {}", 1, 2), f.format("{1} {0} {1}", "a", "b"), f.format("{x} {y!r}", x=1, y="q"))
print(f.format("{0[1]} {0[k]} {1.real}", {1: "one", "k": "kay"}, 3))
print(f.format("{:>8} {:<5}| {:^7} {:08.3f} {:x} {:,}", "r", "l", "c", 3.14159, 255, 1234567))
print(f.format("{0:{1}}", "nested", 10) + "|", f.format("{0:{fill}>{width}}", 7, fill="*", width=5))
print(f.format("{!s} {!r} {!a}", "s", "r", "ä"), f.format("{{literal}} {}", "x"))
print(f.vformat("{a}-{b}", (), {"a": 1, "b": 2}), list(f.parse("x{0:>3}y{name!r}z")))
print(f.get_field("a.real", (), {"a": 5}), f.convert_field("x", "r"), f.format_field(3, "03d"))

class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return format(value, format_spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{0} {missing} {x:x}", "abc", x=255))

def show(fn):
    try:
        print("ok", fn())
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: f.format("{0} {}", 1, 2))
show(lambda: f.format("{} {0}", 1, 2))
show(lambda: f.format("{0}"))
show(lambda: f.format("{x}"))
show(lambda: f.format("{0!z}", 1))
show(lambda: f.format("{", 1))
show(lambda: f.format("}", 1))
show(lambda: f.format("{0:{1:{2}}}", 1, 2, 3))
show(lambda: f.format("{0.missing}", 1))
show(lambda: f.format("{0[5]}", [1]))
show(lambda: f.format("{:d}", "x"))
show(lambda: f.format())
show(lambda: f.format(format_string="{}"))

T = string.Template
t = T("$who likes $what, ${who}'s favourite costs $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann"}, what="tea"))
print(t.safe_substitute(who="bob"))
print(T("$a$b ${c}d $_e1").substitute(a=1, b=2, c=3, _e1=4))
print(t.get_identifiers(), t.is_valid(), T("$").is_valid(), T("${bad").is_valid())
show(lambda: t.substitute(who="x"))
show(lambda: T("cost: $").substitute())
show(lambda: T("${x y}").substitute(x=1))
show(lambda: T("$1abc").substitute())
print(T("$1abc ${").safe_substitute())

class Pct(string.Template):
    delimiter = "%"
    idpattern = "[a-z]+"
    flags = 0
print(Pct("%name is %age%%").substitute(name="n", age=3))

class Braces(string.Template):
    braceidpattern = r"[A-Z_]+"
    flags = 0
print(Braces("${HOME_DIR} $lower").safe_substitute(HOME_DIR="/h", lower="l"))
