# printf-style % formatting on str and bytes: every conversion, flags, '*' width/precision,
# mapping keys, %c with ints and strs, repr/ascii conversions, and the error messages.
vals = [0, 7, -42, 255, 3.5, -0.001, 1e10, 12345.6789]
for spec in ['%d', '%5d', '%-5d|', '%+d', '% d', '%05d', '%x', '%#x', '%X', '%#o', '%e', '%.2E', '%f', '%10.3f', '%g', '%#g', '%G', '%i', '%u', '%r', '%s', '%a']:
    row = []
    for v in vals:
        try: row.append(spec % v)
        except TypeError as e: row.append('TE')
    print(spec, row)
print('%s and %s' % ('a', 'b'), '%(x)s=%(y)05.1f' % {'x': 'k', 'y': 2}, '%*d|%-*d|' % (5, 1, 4, 2), '%.*f' % (2, 3.14159), '%c%c' % (65, 'z'), '%%')
print('%s' % [1, 2], '%s' % ((1, 2),), '%r' % 'q', '%a' % 'é', '%5s|%-5s|' % ('ab', 'cd'), '%.2s' % 'abcdef', '%x' % True, '%d' % 3.99)
print(b'%s %d %x %c %%' % (b'bytes', 5, 255, 65), b'%5b|' % b'ab', b'%r' % b'x', b'%a' % 'é', b'%(k)s' % {b'k': b'v'})
for bad in [lambda: '%d' % 'x', lambda: '%s %s' % 'a', lambda: '%s' % (1, 2), lambda: '%(a)s' % 5, lambda: '%z' % 1, lambda: '%c' % 'ab',
            lambda: '%c' % -1, lambda: b'%s' % 'str', lambda: '%' % (), lambda: '%(a' % {'a': 1}, lambda: '%*d' % ('x', 1), lambda: '%x' % 1.5]:
    try: print(bad())
    except (TypeError, ValueError, OverflowError, KeyError) as e: print(type(e).__name__, e)
