# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
else:
    print("while completed, i =", i)

i = 0
while i < 10:
    if i == 3:
        print("breaking at", i)
        break
    i += 1
else:
    print("not printed")

i = 0
total = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    total += i
else:
    print("odd total", total)

n = 0
while False:
    n += 1
else:
    print("zero-iteration while else", n)

def find(lst, target):
    i = 0
    while i < len(lst):
        if lst[i] == target:
            break
        i += 1
    else:
        return -1
    return i

print(find([5, 6, 7], 7), find([5, 6, 7], 8), find([], 1))

# collatz
n = 27
steps = 0
peak = n
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    peak = max(peak, n)
    steps += 1
print("collatz 27:", steps, peak)

a, b = 0, 1
fibs = []
while True:
    if a > 100:
        break
    fibs.append(a)
    a, b = b, a + b
print(fibs)
