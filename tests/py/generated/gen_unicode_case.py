# Random Unicode strings (Latin, Greek, Cyrillic, Turkish, ligatures, combining marks, digits)
# through case mapping, predicates, casefold comparisons, encode/decode round trips and sorting.
import random, binascii
random.seed(1234)
pool = 'aAzZßẞİıIiǅǆǄΣσςΑωΩЖжÉéèÑñ\u0301\u0308ﬁﬀŉǰ٣²½ⅫⅻＡａ 1_-\t\u00a0\u2003'
acc = 0
for i in range(625):
    s = ''.join(random.choice(pool) for _ in range(random.randint(0, 8)))
    r = [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.isupper(), s.islower(), s.istitle(),
         s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.isprintable(), s.isidentifier(),
         len(s.upper()), s.encode('utf-8').decode('utf-8') == s, s.encode('utf-16').decode('utf-16') == s, s.split(), s.strip()]
    o = repr(r)
    acc = (acc * 3 + binascii.crc32(o.encode('utf-8'))) % (1 << 61)
    if i % 31 == 0:
        print(o[:200])
words = [''.join(random.choice(pool) for _ in range(3)) for _ in range(50)]
print(sorted(words)[:10], sorted(words, key=str.casefold)[:5], max(words), min(words, key=len))
print(acc)
