# String concatenation, repetition and membership.
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b, "" + "", a * 3, 3 * b, a * 0, a * -2, "" * 100, "-" * 20)
print((a + b) * 2, a + b * 2, len(a * 1000), "ab" * True, "ab" * False)
print("o" in a, "oo" in a, "" in a, "" in "", "x" in a, "foo" in a, "foob" in a, "ba" in b)
print("O" in a, "ar" not in b, "é" in "café", "☃" in "snow☃man", "\n" in "a\nb")
acc = ""
for i in range(10):
    acc += str(i)
print(acc, len(acc))
acc2 = "x"
for _ in range(5):
    acc2 = acc2 + acc2
print(len(acc2), acc2[:5])
parts = ["alpha", "beta", "gamma"]
print("".join(parts), "+".join(parts), " ".join(reversed(parts)))
for bad in [(a, 1), (a, None), (a, [1])]:
    try:
        print(bad[0] + bad[1])
    except TypeError as e:
        print("TypeError:", e)
try:
    a * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    a * "2"
except TypeError as e:
    print("TypeError:", e)
try:
    1 in "abc"
except TypeError as e:
    print("TypeError:", e)
s = "ab"
s *= 3
print(s)
s += "!"
print(s)
print("a" "b" "c", "x" + "y" * 2 + "z", ("-" * 3).join("abc"))
print(str(1) + str(2), "1" + "2" == "12", "12" * 2 == "1212")
