# repr of strings: quote selection and escaping.
samples = ["plain", "", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\there", "new\nline",
           "cr\rhere", "'", '"', "'\"", "\\", "\\n literal", "ends with \\", "a\x00b", "bell\x07", "esc\x1b[0m", "del\x7f"]
for s in samples:
    print(repr(s), len(repr(s)), str(s) == s)
print([s for s in samples[:6]])
print(("it's",), {"k'": 'v"'})
print(repr(repr("x")), repr(repr("'")), repr(repr("both ' and \"")))
print(sum(len(repr(s)) for s in samples), sum(repr(s).count("\\") for s in samples))
print(str("it's"), "%r" % "q'", "{!r}".format('d"'), f"{chr(39)!r}", f"{chr(34)!r}")
print(repr("'''"), repr('"""'), repr("'" * 2 + '"'), repr('"' * 2 + "'"))
print(ascii("it's"), ascii('say "hi" é'), repr(str(b"bytes")))
class Q(str):
    pass
print(repr(Q("sub'class")), str(Q("x")))
# quote choice is made once for the whole string
for s in ["a'b", "a\"b", "a'b\"c", "''", '""', "'\"'", "\"'\""]:
    r = repr(s)
    print(r, r[0], r.count("\\"))
print(repr("x" * 3 + "'"), repr("\\'"), repr('\\"'))
