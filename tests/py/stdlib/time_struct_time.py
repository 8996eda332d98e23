# Regression: time.struct_time has 9 visible items (tm_zone and tm_gmtoff are attributes only),
# can be constructed from a 9..11 sequence, and asctime/ctime/strftime read it.
import time
g = time.gmtime(86400 * 365 + 3661)
print(len(g), g[-1], g[:3], tuple(g), g.tm_zone, g.tm_gmtoff, g == tuple(g), list(g) == list(g[:]))
for args in [((2021, 7, 4, 9, 5, 3, 6, 185, 0),), ([2000, 1, 2, 3, 4, 5, 6, 2, -1, 'UTC', 0],), ((2001, 2, 3, 4, 5, 6, 0, 34, 0, 'X'),)]:
    t = time.struct_time(*args)
    print(t, len(t), t.tm_zone, t.tm_gmtoff, t.tm_wday, time.asctime(t))
for bad in [(), ((1, 2, 3),), ((1,) * 12,), (5,)]:
    try:
        time.struct_time(*bad)
    except TypeError as e:
        print('TypeError', e)
print(time.asctime(time.gmtime(0)), time.strftime('%Y-%m-%d %H:%M:%S %j', time.gmtime(10**9)))
print(time.asctime((2024, 2, 29, 23, 59, 59, 3, 60, 0)), time.gmtime(0).tm_year, time.struct_time.n_sequence_fields, time.struct_time.n_fields)
y, mo, d, *rest = time.gmtime(1234567890); print(y, mo, d, rest)
