# Big integer multiplication via factorials and products.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in (0, 1, 5, 10, 20, 21, 25, 30, 50):
    print(n, fact(n))

f100 = fact(100)
print(f100)
print(len(str(f100)))
print(f100 % 1000007)
print(f100 // fact(98))
print(f100 // fact(99) == 100)
# trailing zeros
s = str(f100)
print(len(s) - len(s.rstrip("0")))
# sum of digits
print(sum(int(c) for c in s))
# product of a range of big numbers
p = 1
for k in range(1, 40):
    p *= 2 ** 64 - k
print(p % (10 ** 20))
print(p.bit_length())
# binomial coefficients
def comb(n, k):
    return fact(n) // (fact(k) * fact(n - k))
for n, k in ((10, 3), (52, 5), (100, 50), (200, 100)):
    print("C(%d,%d) =" % (n, k), comb(n, k))
# Catalan numbers
cat = [comb(2 * n, n) // (n + 1) for n in range(0, 35, 5)]
print(cat)
# double factorial & alternating sums
acc = 0
for i in range(1, 30):
    acc += (-1) ** i * fact(i)
print(acc)
print(fact(60) - fact(59) * 60)
print(fact(70) // fact(69))
