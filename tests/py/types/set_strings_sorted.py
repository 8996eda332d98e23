# Sets of strings, printed via sorted() (iteration order is hash-randomized).
fruits = {"apple", "banana", "cherry"}
fruits.add("date")
fruits.add("apple")
print(sorted(fruits), len(fruits), "banana" in fruits, "kiwi" in fruits)
fruits.discard("banana")
print(sorted(fruits))
tropical = {"mango", "banana", "papaya", "date"}
print(sorted(fruits | tropical))
print(sorted(fruits & tropical))
print(sorted(fruits - tropical), sorted(tropical - fruits), sorted(fruits ^ tropical))
print(sorted(set("abracadabra")), "".join(sorted(set("hello world"))))
words = "the quick brown fox jumps over the lazy dog the end".split()
uniq = set(words)
print(len(words), len(uniq), sorted(uniq))
print(sorted(sorted(uniq), key=len), sorted(uniq, key=lambda w: (-len(w), w)))
print(sorted(frozenset(["b", "a"])), sorted({"é", "e", "z", "☃"}))
try:
    fruits.remove("grape")
except KeyError as e:
    print("KeyError:", e)
print({"x"} == {"x"}, {"x", "y"} == {"y", "x"}, {"a"} < {"a", "b"}, {"a"}.isdisjoint({"b"}))
print(repr({"only"}), str({"single"}), f"{ {'one'} }")
letters = set()
for w in words:
    letters |= set(w)
print(len(letters), sorted(letters))
print(sorted({s.upper() for s in uniq})[:5], max(uniq), min(uniq))
d = {w: len(w) for w in sorted(uniq)}
print(d)
