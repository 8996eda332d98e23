# str.count: overlapping behaviour, ranges and empty substrings.
s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count("na", 3), s.count("a", 0, 6), s.count("x"))
print(s.count(""), "".count(""), "".count("a"), "abc".count("", 1), "abc".count("", 1, 2), "abc".count("", 5))
print("aaaa".count("aa"), "aaaaa".count("aa"), "aaaa".count("a", -2), "aaaa".count("a", 1, -1))
print("ééé".count("é"), "☃a☃b☃".count("☃"), "abcABC".count("a"), "a\na\n".count("\n"))
print(s.count("a", 100), s.count("a", -100, 100), s.count("a", 5, 2))
text = "the cat sat on the mat with the hat"
for w in ("the", "at", "t", " ", "cat", "dog"):
    print(w, text.count(w))
freq = {w: text.split().count(w) for w in text.split()}
print(freq)
print(sorted(freq, key=lambda w: (-freq[w], w))[:3])
print([1, 2, 1, 1].count(1), (1, "a", "a").count("a"), b"abab".count(b"ab"), b"aaa".count(97))
try:
    s.count(None)
except TypeError as e:
    print("TypeError:", e)
dna = "AGCTTAGCTAAGCT"
print({base: dna.count(base) for base in "ACGT"}, dna.count("AGCT"))
