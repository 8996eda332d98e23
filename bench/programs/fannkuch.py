"""Fannkuch-redux: for every permutation of 1..n (generated in the order given by a
counter array), repeatedly reverse the prefix whose length is the first element until
the first element is 1; count the reversals ("flips"). Prints a checksum (alternating
sum of the flip counts) and the maximum number of flips.

Measures: list item reads and writes, while loops with int arithmetic. The whole
computation is done twice: once with element-by-element loops, once with slice
assignment (list slicing and reversal), and the two results must agree.

Size argument: n (work grows roughly like n!).
"""
# bench-size: default=9 growth=fact
import sys

DEFAULT_N = 9
# Known maximum flip counts for small n (the sequence of fannkuch numbers).
MAX_FLIPS = {1: 0, 2: 1, 3: 2, 4: 4, 5: 7, 6: 10, 7: 16, 8: 22, 9: 30, 10: 38, 11: 51, 12: 65}
EXPECTED_CHECKSUM = 8629


def count_flips(perm, work):
    n = len(perm)
    for i in range(n):
        work[i] = perm[i]
    flips = 0
    first = work[0]
    while first != 0:
        i = 0
        j = first
        while i < j:
            t = work[i]
            work[i] = work[j]
            work[j] = t
            i += 1
            j -= 1
        flips += 1
        first = work[0]
    return flips


def count_flips_sliced(perm, work):
    work[:] = perm
    flips = 0
    first = work[0]
    while first != 0:
        work[:first + 1] = work[first::-1]
        flips += 1
        first = work[0]
    return flips


def fannkuch(n, sliced):
    perm = list(range(n))
    work = [0] * n
    count = [0] * n
    checksum = 0
    max_flips = 0
    index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        if sliced:
            flips = count_flips_sliced(perm, work)
        else:
            flips = count_flips(perm, work)
        if flips > max_flips:
            max_flips = flips
        if index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        index += 1
        # Next permutation: rotate the first r+1 elements left until a counter is nonzero.
        while True:
            if r == n:
                return checksum, max_flips, index
            if sliced:
                perm[:r + 1] = perm[1:r + 1] + perm[:1]
            else:
                first = perm[0]
                i = 0
                while i < r:
                    perm[i] = perm[i + 1]
                    i += 1
                perm[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_N
    checksum, max_flips, perms = fannkuch(n, False)
    if fannkuch(n, True) != (checksum, max_flips, perms):
        sys.exit("fannkuch: the swapping and the slicing versions disagree")
    print(checksum)
    print(f"Pfannkuchen({n}) = {max_flips}")
    print(f"permutations = {perms}")
    total = 1
    for k in range(2, n + 1):
        total *= k
    if perms != total:
        sys.exit(f"fannkuch: visited {perms} permutations, expected {total}")
    if n in MAX_FLIPS and max_flips != MAX_FLIPS[n]:
        sys.exit(f"fannkuch: max flips {max_flips}, expected {MAX_FLIPS[n]}")
    if n == DEFAULT_N and checksum != EXPECTED_CHECKSUM:
        sys.exit(f"fannkuch: checksum {checksum}, expected {EXPECTED_CHECKSUM}")


main()
