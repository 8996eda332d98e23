# Dynamic programming classics: 0/1 knapsack with item reconstruction, longest common
# subsequence with the sequence, edit distance with operations, coin change counts and
# minimum coins, longest increasing subsequence with patience sorting.
import bisect
from functools import lru_cache
items = [('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160), ('glucose', 15, 60), ('tin', 68, 45),
         ('banana', 27, 60), ('apple', 39, 40), ('cheese', 23, 30), ('beer', 52, 10), ('suntan', 11, 70), ('camera', 32, 30)]
def knapsack(items, cap):
    dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
    for i, (_, w, v) in enumerate(items, 1):
        for c in range(cap + 1):
            dp[i][c] = dp[i - 1][c]
            if w <= c and dp[i - 1][c - w] + v > dp[i][c]:
                dp[i][c] = dp[i - 1][c - w] + v
    chosen, c = [], cap
    for i in range(len(items), 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return dp[-1][cap], sorted(chosen)
print(knapsack(items, 400), knapsack(items, 100), knapsack(items, 0))
def lcs(a, b):
    m, n = len(a), len(b)
    dp = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            dp[i + 1][j + 1] = dp[i][j] + 1 if a[i] == b[j] else max(dp[i][j + 1], dp[i + 1][j])
    out, i, j = [], m, n
    while i and j:
        if a[i - 1] == b[j - 1]:
            out.append(a[i - 1]); i -= 1; j -= 1
        elif dp[i - 1][j] >= dp[i][j - 1]:
            i -= 1
        else:
            j -= 1
    return ''.join(reversed(out))
print(lcs('AGGTAB', 'GXTXAYB'), lcs('ABCBDAB', 'BDCABA'), lcs('', 'abc'))
def edit(a, b):
    @lru_cache(None)
    def d(i, j):
        if i == 0:
            return j, [('ins', b[k]) for k in range(j)]
        if j == 0:
            return i, [('del', a[k]) for k in range(i)]
        if a[i - 1] == b[j - 1]:
            return d(i - 1, j - 1)
        options = [(d(i - 1, j)[0] + 1, d(i - 1, j)[1] + [('del', a[i - 1])]), (d(i, j - 1)[0] + 1, d(i, j - 1)[1] + [('ins', b[j - 1])]),
                   (d(i - 1, j - 1)[0] + 1, d(i - 1, j - 1)[1] + [('sub', a[i - 1] + '>' + b[j - 1])])]
        return min(options, key=lambda o: o[0])
    return d(len(a), len(b))
print(edit('kitten', 'sitting'), edit('flaw', 'lawn')[0], edit('', 'ab'))
def coin_ways(coins, total):
    ways = [1] + [0] * total
    for c in coins:
        for t in range(c, total + 1):
            ways[t] += ways[t - c]
    return ways[total]
def min_coins(coins, total):
    INF = float('inf')
    best = [0] + [INF] * total
    for t in range(1, total + 1):
        best[t] = min((best[t - c] + 1 for c in coins if c <= t), default=INF)
    return best[total] if best[total] != INF else -1
print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200), min_coins([1, 5, 12, 19], 40), min_coins([2], 3), coin_ways([3, 7], 0))
def lis(seq):
    tails, idx, prev = [], [], [None] * len(seq)
    for i, x in enumerate(seq):
        k = bisect.bisect_left(tails, x)
        if k == len(tails):
            tails.append(x); idx.append(i)
        else:
            tails[k] = x; idx[k] = i
        prev[i] = idx[k - 1] if k else None
    out, i = [], idx[-1] if idx else None
    while i is not None:
        out.append(seq[i]); i = prev[i]
    return out[::-1]
print(lis([10, 9, 2, 5, 3, 7, 101, 18, 4, 19]), lis([0, 8, 4, 12, 2, 10, 6, 14, 1, 9, 5, 13, 3, 11, 7, 15]), lis([]))
