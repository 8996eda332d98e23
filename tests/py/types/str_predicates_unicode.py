# String predicates on non-ASCII characters (digits, numerics, letters, spaces).
samples = ["\xa0", "é", "ÉCOLE", "²", "½", "٣", "Ⅻ", "ǅ", "☃", "😀", "ß", "\u3000", "中文", "αβγ", "ΑΒΓ",
           "١٢٣", "𝟘𝟙", "\u2028", "\u200b", "\u0301", "ñ1", "é_x"]
names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper", "islower", "istitle",
         "isidentifier", "isprintable", "isascii"]
print(" ".join(n[2:6] for n in names))
for t in samples:
    flags = "".join("T" if getattr(t, n)() else "." for n in names)
    print(flags, ascii(t))
print(float("١٫٥".replace("٫", ".")), float("\u0661\u0662.\u0665"), int("٣"), int("١٢٣"), float("١٢٣"), int("𝟘𝟙") if "𝟘𝟙".isdecimal() else "no")
for bad in ("²", "½", "Ⅻ"):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", ascii(str(e)))
print("é".isidentifier(), "中文".isidentifier(), "x²".isidentifier(), "℘".isidentifier())
counts = {"alpha": 0, "digit": 0, "space": 0, "upper": 0, "lower": 0, "other": 0}
for cp in list(range(0x80, 0x250)) + list(range(0x370, 0x400)) + list(range(0x2000, 0x2070)):
    c = chr(cp)
    if c.isalpha():
        counts["alpha"] += 1
    elif c.isdigit():
        counts["digit"] += 1
    elif c.isspace():
        counts["space"] += 1
    else:
        counts["other"] += 1
    if c.isupper():
        counts["upper"] += 1
    if c.islower():
        counts["lower"] += 1
print(counts)
print([hex(cp) for cp in range(0x2000, 0x2070) if chr(cp).isspace()])
print(sum(1 for cp in range(0x10000) if chr(cp).isdecimal()), sum(1 for cp in range(0x10000) if chr(cp).isnumeric()))
