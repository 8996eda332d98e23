# splitlines with all line boundaries and keepends.
s = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\x1dline8\x1eline9\x85line10\u2028line11\u2029end"
print(s.splitlines())
print(s.splitlines(True))
print(len(s.splitlines()))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(), "a\n".splitlines(), "a\n\nb".splitlines())
print("\r\n".splitlines(True), "\n\r".splitlines(True), "a\r\r\nb".splitlines(), "no newline".splitlines(True))
print("x\ny\n".splitlines(keepends=True), "x\ny\n".split("\n"), "x\ny\n".splitlines(keepends=False))
text = """first line
  second line indented

fourth after blank
"""
for i, line in enumerate(text.splitlines(), 1):
    print(i, repr(line), len(line))
print([l for l in text.splitlines() if l.strip()])
print(b"a\nb\r\nc\rd".splitlines(), b"a\nb\x0bc".splitlines(), b"a\n".splitlines(True))
print("\t".join("a\nb\nc".splitlines()), "|".join("one\r\ntwo".splitlines(True)).encode())
# splitlines vs split('\n') on tricky inputs
for t in ["a\n", "\na", "a\r\nb\r\n", "a\rb", "a\n\n", "\x0c", "\u2028\u2029"]:
    print(repr(t), t.splitlines(), t.split("\n"), len(t.splitlines(True)))
print("".join("x\ny\r\nz".splitlines(True)) == "x\ny\r\nz")
