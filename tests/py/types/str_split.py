# str.split with and without separators and maxsplit.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print(s.split(None, 1), s.split(None, 2), s.split(maxsplit=0), s.split(maxsplit=-1))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2), "a,b,,c,".split(",", 0))
print("".split(), "".split(","), "   ".split(), "   ".split(" "), ",".split(","))
print("abc".split("abc"), "abcabc".split("b"), "aaa".split("a"), "aaa".split("aa"))
print("one::two::three".split("::"), "x--y--z".split("--", 1), "1 2 3".split(" ", -1))
print("a\x0bb\x0cc\x1cd\x1de\x1ff\x85g\u2028h\u3000i".split())
print("keep  empty".split(" "), "sep at end ".split(" "))
print("key=value=more".split("=", maxsplit=1), "k v".split(sep=" "))
print("ünï cödé tëxt".split(), "☃-☃-☃".split("-"), "a☃b☃c".split("☃"))
for bad in ("", ):
    try:
        "abc".split(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
line = "name: Ada ; age: 36 ; lang: Python"
fields = [part.split(":") for part in line.split(";")]
print(fields)
print({k.strip(): v.strip() for k, v in fields})
csv = "1,2,3\n4,5,6\n7,8,9"
rows = [[int(x) for x in r.split(",")] for r in csv.split("\n")]
print(rows, [sum(r) for r in rows])
print("a b c d e".split(" ", 2), "a b c d e".split(None, 3))
