# Comparisons between different numeric types and sequences
print(1 == 1.0, 1 == True, 0 == False, 2 == True)
print(1 < 1.5, 2 > 1.9999, -1 < -0.5)
print(10 ** 20 == 1e20, 10 ** 20 < 1e20 + 1e5)
print(2 ** 53 + 1 == float(2 ** 53 + 1))
print(float("inf") > 10 ** 300, -float("inf") < -(10 ** 300))
print(0.0 == -0.0, 0 == -0.0)
print([1, 2, 3] == [1, 2, 3], [1, 2, 3] == (1, 2, 3))
print((1, 2) < (1, 2, 3), (2,) > (1, 9, 9), () < (0,))
print([] == [], [] is [], "" == "")
print("abc" == "abc", "abc" != "abd", "a" < "aa")
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1, 2} == {2, 1})
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 3} > {1})
print(1 != "1", None == 0, None != False)
for op, fn in [("<", lambda a, b: a < b), (">=", lambda a, b: a >= b)]:
    for a, b in [(1, "x"), ([], ()), (None, 1)]:
        try:
            fn(a, b)
        except TypeError as e:
            print(op, "TypeError:", e)
print(max([3, 1, 2]), min("hello"), max([(1, "b"), (1, "a")]))
print(sorted([3, 1.5, 2, True]))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print(b"abc" == b"abc", b"a" < b"b")
