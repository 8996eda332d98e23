# Number parsing with Unicode digits and underscores, percent-formatting errors and flags,
# nested format specs, and a sweep of str methods on a fixed sentence.
print(int('١٢٣'), float('٣.٥'), int('  42\n'), int('0o17', 0), int('0b101', 0), int('0x_ff', 0) if False else int('0xff', 0), int('1_2_3'), float('1_000.5'), float('inFinity'), float('-nan') != float('nan'))
for bad in ['1__0', '_1', '1_', '0x', '', ' ', '1.0', '١٢x']:
    try: int(bad)
    except ValueError as e: print('ValueError', e)
print('²³'.isdigit(), '²³'.isnumeric(), '²'.isdecimal(), 'Ⅻ'.isnumeric(), '½'.isdigit())
try: int('²')
except ValueError as e: print('ValueError', e)
print(str(12345678901234567890)[::-1], len(str(2 ** 10000)), int(str(3 ** 2000)) == 3 ** 2000)
print('%d %i %u' % (3.9, -2.5, 7), '%5.1s|' % 'abc', '%c%c' % (65, 'z'), '%r %a' % ('é', 'é'), '%#x %#o %#b' % (255, 8, 5) if False else '%#x %#o' % (255, 8), '%e' % 12345.678, '%g %G' % (1e-10, 1e20), '%10.3e|' % -1.5)
try: '%d' % 'x'
except TypeError as e: print('TypeError', e)
try: '%s %s' % (1,)
except TypeError as e: print('TypeError', e)
try: '%s' % (1, 2)
except TypeError as e: print('TypeError', e)
try: '%(a)s %s' % {'a': 1}
except TypeError as e: print('TypeError', e)
try: '%z' % 1
except ValueError as e: print('ValueError', e)
print('%s' % [1, 2], '%s' % ((1, 2),), '%(x)s-%(x)r' % {'x': 'v'}, '%%', '%-+6d|' % 5, '% d' % 5, '%.0f %.0f %.0f' % (0.5, 1.5, 2.5), '%.3g' % 0.0001234)
print(f'{"x":{"<"}{5}}|', '{:{fill}{align}{width}}|'.format('y', fill='.', align='>', width=6), '{:.{prec}}'.format(3.14159, prec=3), '{!s:>4}'.format(None))
s = 'The Quick Brown Fox'
print(s.lower().split(), s.swapcase(), s.casefold(), s[::-1], s.split('o', 1), s.rsplit(' ', 2), s.index('Q'), s.find('q'), s.rindex('o'), s.replace(' ', ''), s.count('o', 5, 15))
print(s.startswith('Qu', 4), s.endswith(('x', 'z')), s.ljust(22, '.'), s.zfill(22), 'a-b_c d'.split('-'), '1,2,3'.split(',', -1), '  a b  '.split(' '), ''.split(), ''.split(','))
print('abc'.partition('x'), 'abc'.rpartition('x'), 'a\nb\r\nc'.splitlines(True), '\n'.join(['a', 'b']), 'x'.center(4), 'x'.center(5, '-'), 'ab'.center(5, '*'))
print('hello'.translate(str.maketrans('el', 'ip')), str.maketrans({'a': 1}), 'Hello World'.istitle(), 'HELLO'.isupper(), '  '.isspace(), 'abc123'.isalnum(), 'abc'.isascii(), 'é'.isascii())
print('{:,}'.format(1234567.891), '{:_b}'.format(255), '{:,.0f}'.format(1e6), format(1234, '010,'), format(-1234.5, '012,.2f'), format(0.000012345, '.3'), format(123456789, '.3'), format(1.0, '.0e'))
