# Random str.format / format() specs over ints, strings and floats.
import random
random.seed(5)
aligns = ['', '<', '>', '^', '=']
fills = ['', '*', '0', ' ', '#']
signs = ['', '+', '-', ' ']
out = []
acc = 0
for i in range(500):
    kind = random.choice(['d', 'x', 'X', 'o', 'b', 'n', '', 's', 'c', 'e', 'f', 'g', '%'])
    fill = random.choice(fills)
    align = random.choice(aligns)
    if fill and not align:
        align = '<'
    sign = random.choice(signs) if kind not in ('s', 'c') else ''
    alt = random.choice(['', '#']) if kind in ('x', 'X', 'o', 'b', 'e', 'f', 'g') else ''
    width = str(random.randint(1, 20)) if random.random() < 0.7 else ''
    group = random.choice(['', ',', '_']) if kind in ('d', '', 'f', 'e', 'g') and kind else ''
    if kind in ('x', 'X', 'o', 'b') and random.random() < 0.3:
        group = '_'
    prec = ('.' + str(random.randint(0, 8))) if kind in ('e', 'f', 'g', '%', 's') and random.random() < 0.6 else ''
    spec = fill + align + sign + alt + width + group + prec + kind
    if kind in ('s',):
        v = random.choice(['', 'a', 'hello', 'naïve', 'x' * 15])
        if align == '=':
            spec = spec.replace('=', '<')
    elif kind == 'c':
        v = random.randint(32, 0x2fff)
        spec = spec.replace('=', '<')
    elif kind in ('e', 'f', 'g', '%'):
        v = random.uniform(-1e6, 1e6) * random.choice([1, 1e-5, 1e10])
    elif kind == '':
        v = random.choice([random.randint(-10**9, 10**9), random.uniform(-100, 100)])
        if isinstance(v, float) and group == '':
            pass
    else:
        v = random.randint(-10**12, 10**12)
    try:
        s = format(v, spec)
        s2 = ('{:' + spec + '}').format(v)
        assert s == s2
    except (ValueError, TypeError) as e:
        s = type(e).__name__ + ': ' + str(e)
    acc += sum(map(ord, s))
    if i % 12 == 0:
        out.append(f'{spec!r} {v!r} -> {s!r}')
print('\n'.join(out))
print(acc)
