for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
else:
    print("for-else")
n = 0
while n < 5:
    n += 1
    if n == 10:
        break
else:
    print("while-else", n)
for x in []:
    pass
else:
    print("empty for-else")
if (m := 10) > 5:
    print("walrus", m)
print([y for x in range(5) if (y := x * 2) > 4])
v = 3
print("big" if v > 2 else "small", "a" if 0 else "b")
print(1 and 2, 0 and 2, 0 or 3, None or [], not 0, not [1])
k = 0
while True:
    k += 1
    if k > 3:
        break
print("k", k)
total = 0
for i in range(100):
    if i % 2:
        continue
    total += i
print(total)
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    return "big"
print([classify(n) for n in (-5, 0, 5, 50)])
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7; x <<= 2; x >>= 1; x |= 8; x &= 12; x ^= 5
print(x)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, "a" < "b" < "c")
