# Escaped braces in str.format and f-strings.
print("{{}}".format(), "{{{}}}".format(5), "{{{0}}}{{{1}}}".format("a", "b"))
print("{{".format(), "}}".format(), "{{x}}".format(x=1), "{{{x}}}".format(x=1))
print("set: {{{}, {}}}".format(1, 2), "dict: {{{!r}: {}}}".format("k", 1))
print(f"{{", f"}}", f"{{{1 + 1}}}", f"{{{{}}}}", f"{'{'}{'}'}")
print("a{{b}}c{}d".format("-"), "{{0}}".format("ignored"))
tmpl = "{{name}} -> {name}"
print(tmpl.format(name="Z"), tmpl.format(name="Z").format(name="again"))
print(len("{{}}".format()), len(f"{{}}"), "{{}}" == "{{}}".format())
for bad in ("{", "}", "a{b", "a}b", "{{}", "{}}"):
    try:
        print(repr(bad.format(1)))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
print("%s{}" % "pct", "{}%s".format("fmt"), "{}%%".format(1), "%s {{}}" % "x")
print("{:}".format(7), "{0:}|{0}".format(8))
print("{:{}}".format("x", 3) + "|", "{0:}".format("empty spec"))
lines = ["{", "}", "{}", "{{"]
for l in lines:
    print(repr(l), repr(l.replace("{", "{{").replace("}", "}}").format()))
