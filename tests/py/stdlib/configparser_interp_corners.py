# configparser corners: Basic/Extended/no interpolation, converters, custom delimiters/comments, allow_no_value, strict errors, optionxform, write.
import configparser, io

text = """
[DEFAULT]
home = /home/user
depth = 3

[paths]
data = %(home)s/data
logs : %(data)s/logs
percent = 100%%
multi = first line
    second line

    third after blank
empty =

[flags]
on = yes
off = Off
num = 0x10
ratio = 2.5
; a comment
# another comment
list = a, b ,c
"""
cp = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
cp.read_string(text, source="<text>")
print(cp.sections(), cp.defaults(), sorted(cp["paths"]))
print(cp["paths"]["data"], cp.get("paths", "logs"), cp["paths"]["percent"], repr(cp["paths"]["multi"]), repr(cp["paths"]["empty"]))
print(cp.get("paths", "data", raw=True), cp.get("paths", "data", vars={"home": "/override"}), cp.get("paths", "x", fallback="fb"))
print(cp.getboolean("flags", "on"), cp.getboolean("flags", "off"), cp.getint("flags", "depth"), cp.getfloat("flags", "ratio"))
print(cp.getlist("flags", "list"), cp["flags"].getlist("list"), cp["flags"].getint("missing", 7))
try:
    cp.getint("flags", "num")
except ValueError as e:
    print("ValueError", e)
try:
    cp.getboolean("paths", "data")
except ValueError as e:
    print("ValueError", e)
print(sorted(cp.items("flags", raw=True))[:3])

bad = configparser.ConfigParser()
bad.read_string("[s]\na = %(missing)s\nb = %(b)s\nc = 50%\n")
for key in "abc":
    try:
        print(bad.get("s", key))
    except configparser.Error as e:
        print(type(e).__name__, "|", str(e).splitlines()[0])

ex = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ex.read_string("[common]\nroot = /srv\n[app]\ndir = ${common:root}/app\nlog = ${dir}/log\ncost = $$5\n")
print(ex["app"]["dir"], ex["app"]["log"], ex["app"]["cost"])
raw = configparser.ConfigParser(interpolation=None)
raw.read_string("[s]\nv = %(x)s and ${y} 100%\n")
print(raw["s"]["v"])
rcp = configparser.RawConfigParser()
rcp.read_string("[s]\nv = %(x)s\n")
rcp.set("s", "n", 5)
print(rcp.get("s", "v"), rcp.get("s", "n"))

custom = configparser.ConfigParser(delimiters=("->",), comment_prefixes=("//",), inline_comment_prefixes=("!",),
                                   allow_no_value=True, empty_lines_in_values=False, default_section="base")
custom.read_string("[base]\nshared -> yes\n[one]\nkey -> value ! trailing\nflag\n// comment\nother -> a = b\n")
print(dict(custom["one"]), custom.has_option("one", "flag"), custom["one"]["flag"], custom.default_section)

cs = configparser.ConfigParser()
cs.optionxform = str
cs.read_string("[S]\nCamelKey = 1\ncamelkey = 2\n")
print(list(cs["S"]), dict(cs["S"]))

for snippet, kw in [("[a]\n[a]\n", {}), ("[a]\nx=1\nx=2\n", {}), ("x = 1\n", {}), ("[a]\nnovalue\n", {}),
                    ("[a]\n  indented = 1\n", {}), ("[a]\nx=1\n[a]\ny=2\n", {"strict": False})]:
    p = configparser.ConfigParser(**kw)
    try:
        p.read_string(snippet)
        print("ok", {s: dict(p[s]) for s in p.sections()})
    except configparser.Error as e:
        print(type(e).__name__, "|", str(e).replace("\n", " / "))
p = configparser.ConfigParser()
for call in [lambda: p.add_section("DEFAULT"), lambda: p.get("nosec", "x"), lambda: p.set("nosec", "a", "b"),
             lambda: p.add_section(5), lambda: p["nosec"]]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
p.read_dict({"z": {"n": 1, "b": True}, "a": {"k": "v"}})
p["new"] = {"x": "1"}
p.set("a", "k2", "v2")
p.remove_option("z", "b")
print(p.remove_section("missing"), p.remove_section("new"), p.has_section("z"), p.sections())
out = io.StringIO()
p.write(out, space_around_delimiters=False)
print(out.getvalue())
out = io.StringIO()
cp.write(out)
print(out.getvalue())
print(configparser.ConfigParser.BOOLEAN_STATES["on"], sorted(configparser.ConfigParser.BOOLEAN_STATES))
