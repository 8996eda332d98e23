# keyword lists/predicates and fnmatch: translate() regexes, fnmatchcase, filter, bracket and escape corners.
import keyword, fnmatch, re

print(len(keyword.kwlist), keyword.kwlist[:6], keyword.kwlist[-4:])
print(sorted(keyword.softkwlist))
for w in ["if", "match", "case", "_", "None", "none", "async", "print", "type", "nonlocal", ""]:
    print(repr(w), keyword.iskeyword(w), keyword.issoftkeyword(w))
print(all(keyword.iskeyword(k) for k in keyword.kwlist), keyword.kwlist == sorted(keyword.kwlist))

pats = ["*.py", "?at", "[abc]*", "[!abc]*", "[a-c]?", "data[0-9][0-9].csv", "*[*]", "[[]x", "a[]]b",
        "**/*.txt", "*.*.*", "[!]x", "[]", "x[", "[z-a]", "\\*", "a*b*c"]
for p in pats:
    print(p.ljust(20), fnmatch.translate(p))

names = ["main.py", "cat", "bat", "at", "apple", "zebra", "b1", "c22", "data07.csv", "data7.csv",
         "star*", "[x", "a]b", "dir/sub/f.txt", "f.txt", "a.b.c", "!x", "]x", "axxbyyc", "ab", "MAIN.PY"]
for p in pats:
    print(p.ljust(20), [n for n in names if fnmatch.fnmatchcase(n, p)])

print(fnmatch.filter(names, "*.PY"), fnmatch.filter(names, "*.py"))
print(fnmatch.fnmatch("MAIN.PY", "main.py"), fnmatch.fnmatchcase("MAIN.PY", "main.py"))
print(fnmatch.filter([b"x.py", b"y.c"], b"*.py"))
for p in ["*", "*a*", "[!/]*", "*?*?"]:
    rx = re.compile(fnmatch.translate(p))
    print(p, [bool(rx.match(s)) for s in ["", "a", "ba", "/", "ab/c"]])
try:
    fnmatch.fnmatch(b"x", "x")
except TypeError as e:
    print("TypeError", e)
