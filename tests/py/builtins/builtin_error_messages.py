# TypeError messages from builtins applied to wrong types.
none, five, abc = None, 5, "abc"
cases = [
    ("len(5)", lambda: len(5)),
    ("abs('x')", lambda: abs("x")),
    ("sum(['a'])", lambda: sum(["a"])),
    ("ord(5)", lambda: ord(5)),
    ("chr('a')", lambda: chr("a")),
    ("iter(5)", lambda: iter(5)),
    ("next(5)", lambda: next(5)),
    ("sorted(5)", lambda: sorted(5)),
    ("min(5)", lambda: min(5)),
    ("hash([])", lambda: hash([])),
    ("int([])", lambda: int([])),
    ("float({})", lambda: float({})),
    ("list(5)", lambda: list(5)),
    ("dict(5)", lambda: dict(5)),
    ("range('a')", lambda: range("a")),
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' + 1", lambda: "a" + 1),
    ("[] + ()", lambda: [] + ()),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("None()", lambda: none()),
    ("5[0]", lambda: five[0]),
    ("{}[[]]", lambda: {}[[]]),
    ("'abc'[None]", lambda: abc[none]),
    ("-'a'", lambda: -"a"),
    ("~1.5", lambda: ~1.5),
    ("1 < 'a'", lambda: 1 < "a"),
    ("[] > {}", lambda: [] > {}),
    ("len()", lambda: len()),
    ("isinstance(1)", lambda: isinstance(1)),
    ("divmod(1, 'a')", lambda: divmod(1, "a")),
    ("'x'.join(5)", lambda: "x".join(5)),
    ("'abc'.split(1)", lambda: "abc".split(1)),
    ("round('1')", lambda: round("1")),
    ("getattr(1)", lambda: getattr(1)),
    ("del ()", lambda: ().__delitem__(0)),
]
for name, f in cases:
    try:
        f()
        print(name, "-> no error")
    except Exception as e:
        print(name, "->", type(e).__name__ + ":", e)
