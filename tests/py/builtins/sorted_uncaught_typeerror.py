# Ends with an uncaught TypeError from comparing mixed types in sorted().
values = [3, 1, 2]
print(sorted(values))
print(sorted(values, key=str))
mixed = [3, "two", 1]
print(sorted(mixed, key=str))
print(sorted(map(str, mixed)))
try:
    sorted([None, 1])
except TypeError as e:
    print("caught:", e)
print(sorted(mixed))
print("not reached")
