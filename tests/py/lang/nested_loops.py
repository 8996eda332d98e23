# Nested loops with break/continue at different levels
for i in range(4):
    for j in range(4):
        if j > i:
            break
        print(i * 10 + j, end=" ")
    print("| row", i)

found = None
for i in range(1, 20):
    for j in range(i, 20):
        if i * i + j * j == 13 * 13:
            found = (i, j)
            break
    else:
        continue
    break
print("found", found)

table = []
for i in range(1, 6):
    row = []
    for j in range(1, 6):
        if (i + j) % 3 == 0:
            continue
        row.append(i * j)
    table.append(row)
for row in table:
    print(row)

count = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if j == i:
            j += 1
            continue
        if j > 3:
            break
        count += 1
        j += 1
    i += 1
print("count", count)

triples = [(a, b, c) for a in range(1, 21) for b in range(a, 21) for c in range(b, 21) if a * a + b * b == c * c]
print(triples)
for a in range(3):
    for b in range(3):
        for c in range(3):
            if a + b + c == 4:
                print("sum4", a, b, c)
