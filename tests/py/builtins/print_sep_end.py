# print() with sep, end, multiple args and flush.
print()
print("a")
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", sep="\n")
print("no newline", end="")
print(" <- continued")
print("x", end="|\n")
print("multi", "arg", sep="-", end="!\n")
print(1, 2.5, None, True, [1, "s"], (1,), {"k": 0}, sep=" ; ")
print(*range(5))
print(*range(5), sep="")
print(*"abc", sep="+", end="=\n")
print(*[], sep="X")
print("", "", sep="mid")
print("tab", "sep", sep="\t")
print("sep None", "works", sep=None, end=None)
print("flush", flush=True)
class S:
    def __str__(self):
        return "S-str"
    def __repr__(self):
        return "S-repr"
print(S(), [S()], sep=" / ")
print("é", "☃", "😀", sep="·")
for i in range(3):
    print(i, end=" ")
print()
print("end", end="")
print()
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
print(print("inner"))
print("\x00".__len__(), "line1\nline2", sep="|")
