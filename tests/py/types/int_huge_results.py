# Results too big for memory raise MemoryError instead of crashing; int -> str stops at
# 4300 digits exactly; big ints that churn are collected (their limbs count on the heap).


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r if abs(r) < 10 ** 6 else f"{r.bit_length()} bits")
    except (MemoryError, OverflowError, ValueError) as e:
        print(label, type(e).__name__)


attempt("1 << 2**40", lambda: 1 << (1 << 40))
attempt("1 << 2**62", lambda: 1 << (1 << 62))
attempt("1 << 2**64", lambda: 1 << (1 << 64))
attempt("-1 << 2**40", lambda: -1 << (1 << 40))
attempt("big << 2**40", lambda: (3 ** 100) << (1 << 40))
attempt("1 << 2**20", lambda: 1 << (1 << 20))
attempt("1 << 0", lambda: 1 << 0)
attempt("0 << 2**64", lambda: 0 << (1 << 64))
attempt("1 ** 2**64", lambda: 1 ** (1 << 64))
attempt("(-1) ** (2**64+1)", lambda: (-1) ** ((1 << 64) + 1))
attempt("0 ** 2**64", lambda: 0 ** (1 << 64))

for label, n in [("10**4299", 10 ** 4299), ("10**4300 - 1", 10 ** 4300 - 1), ("10**4300", 10 ** 4300),
                 ("-(10**4300 - 1)", -(10 ** 4300 - 1)), ("-10**4300", -10 ** 4300),
                 ("2**14284", 2 ** 14284), ("2**14285", 2 ** 14285), ("2**14300", 2 ** 14300)]:
    attempt("str " + label, lambda: len(str(n)))

# Churn: squares of growing ints, each dropped at once.
total = 0
x = 7 ** 5000
for i in range(300):
    y = x * x + i
    total = (total + y % 1000003) % 1000003
    x += 1
print("churn", total)
