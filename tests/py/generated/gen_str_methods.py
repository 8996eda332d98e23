# Random strings through the str method surface: split/rsplit/partition/strip/find/replace/
# center/zfill/expandtabs/splitlines/title/swapcase/casefold/startswith tuples/translate.
import random, binascii
random.seed(55)
alpha = 'ab c\tA-B_1\n.\u00df\u0130xyz  '
def rs(n=12):
    return ''.join(random.choice(alpha) for _ in range(random.randint(0, n)))
acc = 0
for i in range(375):
    s, t = rs(), rs(3)
    n = random.randint(-2, 4)
    w = random.randint(0, 20)
    res = [s.split(t or None, n), s.rsplit(t or None, n), s.split(), s.partition(t or 'a'), s.rpartition(t or 'a'),
           s.strip(t or None), s.lstrip(t), s.rstrip(t), s.find(t), s.rfind(t), s.count(t),
           s.replace(t or 'a', 'Q', n), s.center(w, '*'), s.ljust(w), s.rjust(w, '.'), s.zfill(w),
           s.expandtabs(random.randint(0, 8)), s.splitlines(random.random() < 0.5), s.title(), s.swapcase(),
           s.casefold(), s.upper(), s.lower(), s.capitalize(), s.startswith((t, 'a')), s.endswith(t, 1, -1),
           s.isalnum(), s.isalpha(), s.isspace(), s.istitle(), s.isdigit(), s.isidentifier(),
           s.translate({ord('a'): 'AA', ord(' '): None, ord('b'): 66}), s.removeprefix(t), s.removesuffix(t),
           s[::-1], s * 2 if len(s) < 5 else s]
    try:
        res.append(s.index(t))
    except ValueError as e:
        res.append(str(e))
    o = repr(res)
    acc = (acc * 3 + binascii.crc32(o.encode('utf-8'))) % (1 << 61)
    if i % 25 == 0:
        print(o[:220])
print(acc)
