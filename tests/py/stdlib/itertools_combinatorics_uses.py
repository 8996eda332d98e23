# Combinatorics with itertools on small puzzles: SEND+MORE style search over permutations,
# subset sums with combinations, coin change via product, derangements, and counting checks.
import itertools, math
def solve_cryptarithm(a, b, c):
    letters = sorted(set(a + b + c))
    leading = {w[0] for w in (a, b, c)}
    count = 0
    for perm in itertools.permutations(range(10), len(letters)):
        m = dict(zip(letters, perm))
        if any(m[l] == 0 for l in leading):
            continue
        num = lambda w: int(''.join(str(m[ch]) for ch in w))
        count += 1
        if num(a) + num(b) == num(c):
            return num(a), num(b), num(c), count
print(solve_cryptarithm('TO', 'GO', 'OUT'))
print(solve_cryptarithm('AB', 'BA', 'CAC'))
nums = [3, 34, 4, 12, 5, 2]
subsets = [c for r in range(len(nums) + 1) for c in itertools.combinations(nums, r) if sum(c) == 9]
print(subsets, len(list(itertools.combinations(range(12), 4))) == math.comb(12, 4))
coins = [1, 2, 5]
ways = sum(1 for combo in itertools.product(range(11), range(6), range(3)) if combo[0] + 2 * combo[1] + 5 * combo[2] == 10)
print('ways to make 10:', ways)
def derangements(n):
    return sum(1 for p in itertools.permutations(range(n)) if all(p[i] != i for i in range(n)))
print([derangements(n) for n in range(1, 7)])
print(len(list(itertools.permutations('aabb'))), len(set(itertools.permutations('aabb'))), math.factorial(4) // (2 * 2))
grid_paths = sum(1 for moves in itertools.product('RD', repeat=8) if moves.count('R') == 4)
print(grid_paths, math.comb(8, 4))
words = ['stop', 'pots', 'tops', 'opts', 'post', 'spot', 'start']
anagrams = {k: sorted(g) for k, g in itertools.groupby(sorted(words, key=sorted), key=lambda w: ''.join(sorted(w)))}
print(anagrams)
print(list(itertools.combinations_with_replacement([1, 2, 3], 2)), sum(1 for _ in itertools.combinations_with_replacement(range(5), 3)) == math.comb(7, 3))
def magic_squares():
    out = []
    for p in itertools.permutations(range(1, 10)):
        rows = [p[0:3], p[3:6], p[6:9]]
        if all(sum(r) == 15 for r in rows) and all(sum(p[i::3]) == 15 for i in range(3)) and p[0] + p[4] + p[8] == 15 and p[2] + p[4] + p[6] == 15:
            out.append(p)
    return out
ms = magic_squares()
print(len(ms), ms[0])
