# Ends with an uncaught IndexError from list indexing.
data = [3, 1, 4, 1, 5]
total = 0
for i in range(len(data)):
    total += data[i]
    print(i, data[i], total)
print(data[-1], data[-5])
def get(seq, i):
    return seq[i]
print(get(data, 2))
print(get(data, 5))
print("not reached")
