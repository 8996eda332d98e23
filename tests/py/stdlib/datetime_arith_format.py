# datetime: date/time/datetime/timedelta arithmetic and normalization, comparison, isoformat and
# fromisoformat, strftime/strptime with fixed values, weekday/isocalendar, timezone offsets,
# replace, combine, ordinal round trips; time.strftime over a fixed struct_time.
import datetime as dt, time
d = dt.date(2024, 2, 28)
print(d + dt.timedelta(days=1), d + dt.timedelta(days=2), d - dt.date(2023, 1, 1), d.weekday(), d.isoweekday(), tuple(d.isocalendar()))
print(d.replace(day=1), d.toordinal(), dt.date.fromordinal(d.toordinal()) == d, d.isoformat(), dt.date.fromisoformat('2021-12-31'), d.ctime())
td = dt.timedelta(days=-1, seconds=5, microseconds=-1)
print(td, repr(td), td.total_seconds(), abs(td), td * 3, td / 2, dt.timedelta(hours=25) // dt.timedelta(hours=2), dt.timedelta(weeks=1, minutes=90))
print(dt.timedelta(seconds=1) / dt.timedelta(milliseconds=3), divmod(dt.timedelta(hours=5), dt.timedelta(hours=2)), -dt.timedelta(0), str(dt.timedelta(microseconds=5)))
t = dt.datetime(2023, 12, 31, 23, 59, 59, 999999)
print(t + dt.timedelta(microseconds=1), t.isoformat(), t.isoformat(sep=' ', timespec='milliseconds'), t.date(), t.time(), t.timetuple()[:6])
print(t.strftime('%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %w %y %p %I %%'), dt.datetime.strptime('2020-03-04 05:06', '%Y-%m-%d %H:%M'))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), 'IST')
a = dt.datetime(2022, 6, 1, 12, tzinfo=dt.timezone.utc)
b = a.astimezone(tz)
print(b, b.tzname(), b.utcoffset(), a == b, b - a, b.isoformat(), dt.timezone(dt.timedelta(hours=-3)), dt.timezone.utc)
print(dt.datetime.fromisoformat('2011-11-04T00:05:23+04:00'), dt.datetime.combine(dt.date(2000, 1, 1), dt.time(1, 2, 3)), dt.time(13, 5).strftime('%I:%M %p'))
print(dt.datetime(2020, 1, 1) < dt.datetime(2020, 1, 2), max(dt.date(2020, 5, 1), dt.date(2019, 12, 31)), dt.date(2020, 1, 1) == dt.datetime(2020, 1, 1))
print(dt.time(23, 59, 59, 1), dt.time.fromisoformat('04:23:01.000384'), dt.time(1, tzinfo=tz).isoformat(), repr(dt.time(0)))
for bad in [lambda: dt.datetime.strptime('2020', '%d'), lambda: dt.datetime.strptime('x', '%Y')]:
    try: bad()
    except (ValueError, OverflowError, TypeError) as e: print(type(e).__name__, e)
st = time.struct_time((2021, 7, 4, 9, 5, 3, 6, 185, 0))
print(time.strftime('%Y/%m/%d %H-%M-%S %a %b %j %y %%', st), st.tm_year, st.tm_yday, st[3], time.asctime(st))
print(tuple(dt.date(2021, 1, 3).isocalendar()), dt.date.max, dt.date.min, dt.timedelta.max, dt.datetime(1, 1, 1).isoformat())
print(sorted([dt.date(2020, 3, 1), dt.date(2019, 3, 1), dt.date(2020, 1, 1)]), hash(dt.date(2020, 1, 1)) == hash(dt.date(2020, 1, 1)))
