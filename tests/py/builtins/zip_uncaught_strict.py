# Ends with an uncaught ValueError from zip(strict=True).
names = ["ada", "bob", "cy"]
scores = [90, 85, 77]
for n, s in zip(names, scores, strict=True):
    print(n, s)
extra = scores + [60]
print(list(zip(names, extra)))
total = 0
for n, s in zip(names, extra, strict=True):
    total += s
    print("running", n, total)
print("not reached")
