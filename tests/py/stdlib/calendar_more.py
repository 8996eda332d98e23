# calendar: month/year text calendars, monthrange, isleap/leapdays, weekday, monthcalendar,
# firstweekday, itermonthdates, day/month names, timegm.
import calendar
print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=1))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 7, 4), calendar.monthcalendar(2024, 3))
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2022, 5))
print(c.formatweekheader(3), list(c.iterweekdays()))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(list(calendar.day_name), list(calendar.month_abbr)[1:4], list(calendar.day_abbr)[:2])
print(calendar.timegm((2020, 1, 1, 0, 0, 0)), list(calendar.Calendar().itermonthdays(2024, 2))[:10])
print([d.isoformat() for d in calendar.Calendar(firstweekday=6).itermonthdates(2021, 1)][:8])
print(list(calendar.Calendar().itermonthdays2(2024, 6))[:8], calendar.Calendar().monthdays2calendar(2024, 6)[0])
print(len(calendar.Calendar().yeardatescalendar(2024)), calendar.firstweekday())
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e)
print(calendar.HTMLCalendar().formatmonth(2024, 1).count('<td'), calendar.MONDAY, calendar.SUNDAY)
