# Random floats through repr, str, format specs and round; compared digit by digit with CPython.
import random, math
random.seed(77)
specs = ['', 'e', 'f', 'g', '%', '.0f', '.1e', '.3g', '10.4f', '<12.2e', '>+15.6g', '^20.3%', '+.2f', ' .5g',
         '012.3f', ',.2f', '_.3f', '.10g', '#.0f', '#g', '.17g', 'E', 'G', '.0e', '-.1f', '=+12.3f', 'x<10.1f']
out = []
total = 0
for i in range(300):
    k = random.random()
    if k < 0.3:
        x = random.uniform(-1000, 1000)
    elif k < 0.5:
        x = random.random() * 10 ** random.randint(-30, 30)
    elif k < 0.6:
        x = float(random.randint(-10**6, 10**6))
    elif k < 0.7:
        x = random.choice([0.0, -0.0, 0.5, 1.5, 2.5, -2.5, 1e16, 1e-7, 123456789.0, 0.1, math.pi])
    else:
        x = math.ldexp(random.random(), random.randint(-1070, 1020))
    sp = random.choice(specs)
    s = format(x, sp)
    r = repr(x)
    nd = random.randint(-3, 6)
    rd = round(x, nd)
    total += len(s) + len(r)
    if float(r) != x:
        print('repr roundtrip failed', r)
    if i % 10 == 0:
        out.append(f'{r} {sp!r} {s} {rd!r} {str(x)}')
print('\n'.join(out))
print(total)
print(format(float('inf'), '10.3f'), format(float('-inf'), 'e'), format(float('nan'), '+g'))
print(round(2.675, 2), round(0.125, 2), round(1e300, -299), round(-0.5), round(1.5), round(2.5))
