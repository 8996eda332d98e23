# Larger combinatoric enumerations checked by counting and by independent formulas: magic
# squares via permutations, subset sums via combinations, lattice paths via product.
import itertools as it, math
sq = [p for p in it.permutations(range(1, 10)) if sum(p[0:3]) == sum(p[3:6]) == sum(p[6:9]) == 15
      and p[0] + p[3] + p[6] == p[1] + p[4] + p[7] == 15 and p[0] + p[4] + p[8] == p[2] + p[4] + p[6] == 15]
print(len(sq), sq[0], all(p[4] == 5 for p in sq))
nums = [3, 34, 4, 12, 5, 2, 9, 7, 15, 8]
hits = [c for r in range(1, len(nums) + 1) for c in it.combinations(nums, r) if sum(c) == 30]
print(len(hits), hits[:3], sum(1 for _ in it.combinations(range(20), 3)) == math.comb(20, 3))
paths = sum(1 for steps in it.product('RD', repeat=12) if steps.count('R') == 6)
print(paths, math.comb(12, 6), len(list(it.combinations_with_replacement('abcd', 4))), math.comb(7, 4))
words = sorted({''.join(p) for p in it.permutations('aabbc')}); print(len(words), words[:5], words[-1])
dice = it.product(range(1, 7), repeat=3)
dist = {}
for roll in dice: dist[sum(roll)] = dist.get(sum(roll), 0) + 1
print(sorted(dist.items()), max(dist, key=dist.get), sum(dist.values()))
