# Random printf-style format strings ('%' operator) on str and bytes with flags, widths,
# precisions, '*' arguments and mapping keys; results or the error compared with CPython.
import random, binascii
random.seed(606)
convs = 'diouxXeEfFgGcrsa%'
acc = 0
for i in range(625):
    flags = ''.join(random.sample('-+ #0', random.randint(0, 3)))
    width = random.choice(['', str(random.randint(0, 15)), '*'])
    prec = random.choice(['', '.' + str(random.randint(0, 8)), '.*', '.'])
    conv = random.choice(convs)
    spec = '%' + flags + width + prec + conv
    args = []
    if width == '*': args.append(random.randint(-12, 12))
    if prec == '.*': args.append(random.randint(0, 6))
    if conv in 'diouxX': v = random.choice([random.randint(-10**6, 10**6), random.randint(-10**30, 10**30), True, 3.7])
    elif conv in 'eEfFgG': v = random.choice([random.uniform(-1e5, 1e5), 1e-7, 1e22, float('inf'), -0.0, 7])
    elif conv == 'c': v = random.choice([65, 'z', 0x1F600, 'ab'])
    else: v = random.choice(['str', '', 'é', 42, [1], None, b'by'])
    if conv != '%': args.append(v)
    fmt = 'A' + spec + 'B'
    try:
        out = fmt % tuple(args)
    except (TypeError, ValueError, OverflowError) as e:
        out = type(e).__name__ + ': ' + str(e)
    try:
        bfmt = fmt.encode()
        bargs = tuple(a.encode() if isinstance(a, str) else a for a in args)
        bout = repr(bfmt % bargs)
    except (TypeError, ValueError, OverflowError) as e:
        bout = type(e).__name__ + ': ' + str(e)
    acc = (acc * 13 + binascii.crc32((out + bout).encode('utf-8', 'replace'))) % (1 << 61)
    if i % 31 == 0:
        print(repr(fmt), args, '->', repr(out)[:80], bout[:60])
print('%(a)s-%(b)05.1f' % {'a': 'x', 'b': 2.25}, '%%%s%%' % 'p', b'%(k)s' % {b'k': b'v'})
print(acc)
