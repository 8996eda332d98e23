# Memoized fibonacci with a dict; counting calls; bottom-up comparison
calls = 0
memo = {}
def fib(n):
    global calls
    calls += 1
    if n in memo:
        return memo[n]
    result = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

print(fib(10), calls, len(memo))
print(fib(90), calls, len(memo))
print(fib(50), calls)

def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(i) == fib_iter(i) for i in range(91)))
print(fib_iter(300))

def memoize(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths(16, 16), len(paths.cache))

@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 16)])

def coin_change(coins, amount):
    ways = {0: 1}
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] = ways.get(a, 0) + ways.get(a - coin, 0)
    return ways.get(amount, 0)
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([1, 5, 10, 25, 50], 100))
print(sorted(memo)[:5], sorted(memo)[-3:])
