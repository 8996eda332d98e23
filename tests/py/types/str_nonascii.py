# Non-ASCII strings: length, indexing and slicing count code points.
s = "héllo wörld ☃ 😀 中文"
print(len(s), len(s.encode()), s[1], s[7], s[12], s[14], s[-1], s[-2])
print(s[:5], s[6:11], s[12:], s[::-1], s[::3], s[-4:-1])
print([c for c in s if ord(c) > 127])
print(s.upper(), s.find("☃"), s.index("😀"), s.count("l"), s.replace("ö", "oe"))
print(s.split(), s.split("☃"), "☃".join(["a", "b"]), s.startswith("hé"), s.endswith("文"))
print(sorted("éaèz"), "é" < "z", "é" > "e", max("héllo"), min("☃😀"))
print(len("😀😀😀"), "😀😀😀"[1], "😀😀😀"[1:], "😀" * 3 == "😀😀😀", list("a😀b"))
mixed = "a" + "é" + "☃" + "😀"
for i, ch in enumerate(mixed):
    print(i, ch, ord(ch), len(ch.encode()))
print(mixed.center(10, "*"), mixed.ljust(6, "☃"), mixed.rjust(6), mixed.zfill(6))
print(repr(mixed), ascii(mixed), mixed.isalpha(), "é☃".isprintable())
print("ÀÉÎÕÜ".lower(), "àéîõü".upper(), "ǉ".title(), "ﬀ".upper())
w = "日本語テキスト"
print(len(w), w[2], w[1:4], w[::-1], w.find("テ"), w * 2)
d = {"ключ": "значение", "キー": "値"}
print(d, d["キー"], list(d))
print("\N{SNOWMAN}", "\N{GREEK SMALL LETTER ALPHA}", "\u03b1" == "α", "\U0001F600" == "😀")
print(str(len("e\u0301")), "e\u0301" == "é", ["e\u0301"])
