# String comparisons: lexicographic by code point.
pairs = [("a", "b"), ("b", "a"), ("a", "a"), ("a", "ab"), ("ab", "a"), ("", "a"), ("", ""),
         ("A", "a"), ("Z", "a"), ("abc", "abd"), ("abc", "ABC"), ("10", "9"), ("é", "z"), ("☃", "é"),
         ("😀", "☃"), ("a\x00", "a"), ("apple", "apples"), (" ", "!")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x == y, x != y, x > y, x >= y)
words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x", "ébène", "zebra", ""]
print(sorted(words))
print(sorted(words, reverse=True))
print(min(words), max(words), min(words, key=len), max(words, key=len))
print("abc" == "abc", "a" * 3 == "aaa", "abc" != "abd")
print("a" < "b" < "c", "c" > "b" > "z")
for bad in [("a", 1), ("a", None), ("a", b"a")]:
    try:
        print(bad[0] < bad[1])
    except TypeError as e:
        print("TypeError:", e)
print("a" == 1, "1" == 1, "a" == b"a", "" == [], "abc" != ["abc"])
print(("a", 1) < ("a", 2), ["b"] > ["a", "z"], "Straße" < "Strasse")
# comparisons drive sorting of mixed-case and numeric-looking strings
items = ["file10", "file2", "File1", "file1", "file", "file_", "file-"]
print(sorted(items), sorted(items, key=str.lower), sorted(items, key=len))
print([a < b for a, b in zip(items, items[1:])])
print("abc".__lt__("abd"), "abc".__eq__("abc"), "a".__lt__(1))
