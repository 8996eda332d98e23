# Number formatting utilities: Roman numerals both ways with validation, arbitrary base
# conversion with digits > 9, English number words, Luhn check digits and ISBN-10/13 checks.
ROMAN = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'), (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f'out of range: {n}')
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return ''.join(out)
def from_roman(s):
    vals = {'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
    total = 0
    for a, b in zip(s, s[1:] + ' '):
        v = vals[a]
        total += -v if b != ' ' and vals[b] > v else v
    if to_roman(total) != s:
        raise ValueError(f'not canonical: {s}')
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
for bad in ['IIII', 'VX', 'IC', 'MMMM']:
    try:
        from_roman(bad)
    except (ValueError, KeyError) as e:
        print('bad', bad, type(e).__name__, e)
DIG = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    sign, n = ('-', -n) if n < 0 else ('', n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIG[r])
    return sign + ''.join(reversed(out))
for n in [0, 255, -255, 10**20, 2**64 - 1]:
    print([to_base(n, b) for b in (2, 3, 16, 36)], all(int(to_base(n, b), b) == n for b in range(2, 37)))
ONES = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split()
TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split()
def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10 - 2] + ('-' + ONES[n % 10] if n % 10 else '')
    if n < 1000:
        return ONES[n // 100] + ' hundred' + (' and ' + words(n % 100) if n % 100 else '')
    for div, name in ((10**9, 'billion'), (10**6, 'million'), (1000, 'thousand')):
        if n >= div:
            return words(n // div) + ' ' + name + (', ' + words(n % div) if n % div else '')
for n in [0, 13, 21, 100, 115, 999, 1001, 123456, 1000000, 2147483647]:
    print(n, words(n))
def luhn_ok(num):
    digits = [int(d) for d in str(num)][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0
print([luhn_ok(n) for n in [4539578763621486, 4539578763621487, 79927398713, 0]])
def isbn10_ok(s):
    s = s.replace('-', '')
    return len(s) == 10 and sum((10 - i) * (10 if c == 'X' else int(c)) for i, c in enumerate(s)) % 11 == 0
def isbn13_ok(s):
    s = s.replace('-', '')
    return len(s) == 13 and sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s)) % 10 == 0
print(isbn10_ok('0-306-40615-2'), isbn10_ok('0-306-40615-3'), isbn10_ok('0-8044-2957-X'), isbn13_ok('978-0-306-40615-7'), isbn13_ok('978-0-306-40615-8'))
