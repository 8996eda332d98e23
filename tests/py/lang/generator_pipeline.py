# Chained generator pipeline: lazy evaluation order across stages
log = []
def source(n):
    for i in range(n):
        log.append(f"src {i}")
        yield i

def square(it):
    for x in it:
        log.append(f"sq {x}")
        yield x * x

def only_even(it):
    for x in it:
        if x % 2 == 0:
            log.append(f"keep {x}")
            yield x

def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x

pipe = take(only_even(square(source(100))), 3)
print(log)
print(list(pipe))
for entry in log:
    print(entry)

def running_sum(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_sum(range(1, 11))))

def chunked(it, size):
    chunk = []
    for x in it:
        chunk.append(x)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
print(list(chunked(range(10), 4)))
def window(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])
print(list(window("abcde", 3)))
def interleave(*iters):
    iters = [iter(i) for i in iters]
    while iters:
        for it in list(iters):
            try:
                yield next(it)
            except StopIteration:
                iters.remove(it)
print(list(interleave("ab", [1, 2, 3, 4], "XYZ")))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take((n for n in naturals() if n % 7 == 3), 5)))
