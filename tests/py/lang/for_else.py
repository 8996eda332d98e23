# for loops with else, break, continue, over various iterables
for i in range(3):
    print("i", i)
else:
    print("for completed")

for i in range(10):
    if i == 4:
        break
else:
    print("not printed")
print("after break i =", i)

def is_prime(n):
    if n < 2:
        return False
    for d in range(2, n):
        if d * d > n:
            break
        if n % d == 0:
            return False
    return True

primes = []
for n in range(2, 50):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        primes.append(n)
print(primes)
print([n for n in range(50) if is_prime(n)] == primes)

for x in []:
    print("never")
else:
    print("empty loop else runs")

for ch in "hey":
    print(ch, end=",")
print()
for k in {"b": 1, "a": 2}:
    print("key", k)
for idx, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(idx, a, b)
for a, b in zip("xyz", range(10)):
    print(a, b, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(5):
    if i % 2:
        continue
    print("even", i)
x = 99
for x in range(3):
    pass
print("loop var leaks:", x)
