# Iterating over strings.
s = "hello ☃"
for ch in s:
    print(repr(ch), ord(ch), end=" | ")
print()
print(list(s), tuple("abc"), list(""), [c.upper() for c in "abc"])
for i, ch in enumerate("xyz"):
    print(i, ch)
it = iter("ab")
print(next(it), next(it), next(it, "done"))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("".join(reversed("stressed")), list(reversed("abc")))
print(list(zip("abc", "12345")), list(map(ord, "AZ")), list(filter(str.isupper, "aBcDe")))
vowels = sum(1 for c in "programming language" if c in "aeiou")
print(vowels)
print(max("hello"), min("hello"), sorted("hello"), sorted("hello", reverse=True))
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
total = 0
for c in "12345":
    total = total * 10 + (ord(c) - ord("0"))
print(total, total + 1)
words = "the quick brown fox".split()
print([w[0] for w in words], [w[::-1] for w in words], [len(w) for w in words])
a, b, *rest = "hello"
print(a, b, rest)
print(set("aabbcc") == {"a", "b", "c"}, sorted(set("mississippi")))
