# Case mapping beyond ASCII: special casing, titlecase digraphs, final sigma.
samples = ["ünïcödé straße", "ß", "ǆ dž", "ǅ", "İstanbul", "ﬁre ﬂy", "ŉ", "ΣΑΣ", "σς", "ΌΣΟΣ ΣΟΦΟΣ",
           "Ⅰ ⅱ", "ǉ", "ﬀ", "ÀÉÎÕÜ", "àéîõü", "ÿ", "Ω", "ДОМ дом"]
for t in samples:
    print(repr(t), repr(t.upper()), repr(t.lower()), repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), repr(t.casefold()))
    print("   lengths", len(t), len(t.upper()), len(t.lower()), len(t.casefold()))
print("Straße".upper().lower(), "Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")
print(sorted(["Éclair", "eclair", "zebra", "Zebra", "ébène"], key=str.casefold))
print("ǅ".isupper(), "ǅ".islower(), "ǅ".istitle(), "ß".islower(), "ß".upper().isupper())
# character-by-character upper of mixed text vs whole-string upper
text = "ßtraße ﬁne ǆungla"
print(text.upper(), "".join(c.upper() for c in text), text.upper() == "".join(c.upper() for c in text))
print([len(c.upper()) for c in text])
greek = "ὈΔΥΣΣΕΎΣ"
print(greek.lower(), greek.title(), greek.casefold(), len(greek.lower()))
for word in ("Σ", "ΑΣ", "ΑΣ.", "Σ Α", "ΑΣΑ"):
    print(repr(word), repr(word.lower()))
print("i".upper(), "I".lower(), "ı".upper(), "ſ".upper(), "ſ".casefold(), "K".lower())
for s in ["ǳ", "Ǳ", "ǲ", "ﬃ", "ﬆ"]:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.title()), s.istitle(), s.isupper(), s.islower())
