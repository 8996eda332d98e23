# str.join with various iterables and error cases.
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("one", "two")), "|".join("abc"))
print(",".join([]), ",".join(["solo"]), repr("".join([])), ", ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print("☃".join(["a", "b"]), "ab".join(["1", "2", "3"]), "".join(map(str, [1, 2, 3])))
print("-".join(sorted({"b": 1, "a": 2})), "+".join({"x": 1, "y": 2}.keys()))
print(" ".join(reversed("a b c".split())), "".join(c for c in "h-e-l-l-o" if c != "-"))
for bad in ([1, 2], ["a", 1], [None], ["a", b"b"]):
    try:
        print(",".join(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
class S(str):
    pass
print(".".join([S("sub"), "str"]), type(".".join([S("only")])).__name__)
words = ["alpha", "beta", "gamma", "delta"]
print(", ".join(words[:-1]) + " and " + words[-1])
print("".join(w[0].upper() for w in words), "_".join(w.upper() for w in words))
grid = [[1, 2, 3], [4, 5, 6]]
print("\n".join(" ".join(str(v) for v in row) for row in grid))
big = "x".join(str(i) for i in range(20))
print(big, len(big))
print(b"-".join([b"a", b"b"]), b"".join([b"x", bytearray(b"y")]))
