# datetime: date/time/datetime/timedelta arithmetic, fixed-offset timezones, isoformat,
# fromisoformat, strftime/strptime with fixed values, replace, comparisons, weekday/isocalendar.
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 2, 28), d.weekday(), d.isoweekday(), tuple(d.isocalendar()), d.toordinal())
print(date.fromordinal(738000), date.fromisoformat('2020-12-31'), date(2020, 1, 1).strftime('%A %d %B %Y %j %U %W %a %b %y %m'), d.replace(year=2023, day=1))
print(tuple(date(2024, 12, 30).isocalendar()), date(2021, 1, 3).isocalendar().week, date.fromisocalendar(2020, 53, 7))
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=1500000)
print(td, td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // 3, td % timedelta(hours=5))
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), divmod(timedelta(hours=1), timedelta(minutes=7)), timedelta(0.5), timedelta(microseconds=-1))
print(repr(timedelta(days=-1, seconds=5)), str(timedelta(days=-3)), timedelta(weeks=2) > timedelta(days=13), timedelta.max, timedelta.min, timedelta.resolution)
dt = datetime(2023, 3, 15, 13, 45, 30, 123456)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=' ', timespec='milliseconds'), dt.date(), dt.time(), dt.timetuple()[:6])
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %I %p %%'), dt + timedelta(hours=12), dt - datetime(2023, 1, 1), dt.replace(microsecond=0))
tz5 = timezone(timedelta(hours=5, minutes=30), 'IST')
aware = datetime(2023, 3, 15, 12, 0, tzinfo=timezone.utc)
print(aware, aware.astimezone(tz5), aware.astimezone(tz5).isoformat(), aware.utcoffset(), aware.tzname(), tz5.tzname(None), timezone(timedelta(hours=-3)))
print(aware == aware.astimezone(tz5), aware.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.fromisoformat('2011-11-04T00:05:23+04:00'))
print(datetime.strptime('2021-07-04 09:08:07', '%Y-%m-%d %H:%M:%S'), datetime.strptime('15/Mar/2023', '%d/%b/%Y').date(), datetime.combine(date(2020, 5, 5), time(6, 7)))
t = time(23, 59, 59, 999999)
print(t, t.isoformat(timespec='seconds'), t.replace(hour=1), time(12, 30).strftime('%H:%M %p'), time.fromisoformat('04:23:01.000384'), time() < t)
print(sorted([date(2020, 1, 2), date(2019, 12, 31), date(2020, 1, 1)]), max(dt, datetime(2023, 3, 15)), date.min, date.max, datetime(2020, 2, 29).replace(year=2024))
try:
    date(2023, 2, 29)
except ValueError as e:
    print('ValueError')
try:
    datetime(2020, 1, 1) - aware
except TypeError as e:
    print('TypeError')
try:
    datetime(2020, 1, 1) < aware
except TypeError as e:
    print('TypeError')
print(hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)], f'{dt:%d.%m.%Y}', format(d, '%y/%m/%d'), f'{td}')
days = [date(2024, 1, 1) + timedelta(days=i) for i in range(0, 366, 30)]
print([x.strftime('%b %d') for x in days])
