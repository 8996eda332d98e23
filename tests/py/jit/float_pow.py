# ** in compiled code: the inline libm pow for positive finite floats and every case that
# leaves it (negative or zero bases, infinities, NaN, ints, overflow) through the helper.
import sys
vals = [2.0, 0.5, 1e300, 1e-300, 0.0, -0.0, -2.0, float('inf'), float('nan'), 3, -3, 10**20]
exps = [2.0, -1.5, 0.5, 1e10, -1e10, 0.0, 3, -2, float('inf'), float('nan'), 400, 1e-320]
def f(a, b):
    return a ** b
def g(a, b):
    a **= b
    return a
out = []
for _ in range(3):
    for a in vals:
        for b in exps:
            for fn in (f, g):
                try:
                    r = fn(a, b)
                    out.append(repr(r))
                except Exception as e:
                    out.append(type(e).__name__ + ': ' + str(e))
print(len(out)); print('\n'.join(out[:len(out)//3]))
acc = 0.0
for i in range(1, 200000):
    acc += (i * 0.5) ** -1.5
print(acc)
