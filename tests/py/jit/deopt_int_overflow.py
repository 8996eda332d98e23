# Small-int arithmetic in a hot loop that overflows into big ints (guards exit to the
# interpreter), then returns to small values.
def grow(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 3 + i
        if i % 10 == 0:
            out.append(x % 1000003)
    return x, out

def shrink(n):
    x = 2 ** 70
    steps = 0
    while x > 1:
        x = x // 2 - 1 + 1
        steps += 1
    return steps

for k in range(5):
    big, samples = grow(60 + k)
    print(big.bit_length(), samples[-3:])
print(shrink(100))
acc = 0
for i in range(200):
    acc = acc + (1 << 46) - 3
print(acc)
acc = 0
for i in range(200):
    acc = acc - (1 << 46)
print(acc)
m = 1
for i in range(100):
    m = m * -7
print(m)
