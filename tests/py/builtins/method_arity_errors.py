# Messages for calling builtin functions and methods with the wrong number of arguments.
cases = [
    ("[].append()", lambda: [].append()),
    ("[].append(1, 2)", lambda: [].append(1, 2)),
    ("[].insert(0)", lambda: [].insert(0)),
    ("[].pop(1, 2)", lambda: [].pop(1, 2)),
    ("[].index()", lambda: [].index()),
    ("[].count()", lambda: [].count()),
    ("'s'.count()", lambda: "s".count()),
    ("'s'.split(',', 1, 2)", lambda: "s".split(",", 1, 2)),
    ("'s'.replace('a')", lambda: "s".replace("a")),
    ("'s'.startswith()", lambda: "s".startswith()),
    ("'s'.join()", lambda: "s".join()),
    ("'s'.upper(1)", lambda: "s".upper(1)),
    ("{}.get()", lambda: {}.get()),
    ("{}.pop()", lambda: {}.pop()),
    ("{}.setdefault()", lambda: {}.setdefault()),
    ("set().add()", lambda: set().add()),
    ("set().remove(1, 2)", lambda: set().remove(1, 2)),
    ("(1,).index()", lambda: (1,).index()),
    ("len()", lambda: len()),
    ("abs(1, 2)", lambda: abs(1, 2)),
    ("divmod(1)", lambda: divmod(1)),
    ("ord()", lambda: ord()),
    ("chr(1, 2)", lambda: chr(1, 2)),
    ("isinstance(1)", lambda: isinstance(1)),
    ("getattr(1)", lambda: getattr(1)),
    ("iter()", lambda: iter()),
    ("next()", lambda: next()),
    ("sorted()", lambda: sorted()),
    ("hash()", lambda: hash()),
    ("round()", lambda: round()),
]
for name, f in cases:
    try:
        f()
        print(name, "-> no error")
    except TypeError as e:
        print(name, "-> TypeError:", e)
