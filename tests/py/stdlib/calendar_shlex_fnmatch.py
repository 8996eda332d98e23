# calendar (month/year text, weekday math, leap years, monthrange, iterators), shlex (split,
# quote, join, posix vs non-posix) and fnmatch (patterns, case, translate, filter).
import calendar, shlex, fnmatch
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12, w=3))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4))
print(list(calendar.Calendar().itermonthdays2(2024, 1))[:8], calendar.monthcalendar(2021, 2)[0], calendar.day_name[0], calendar.month_abbr[12])
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), list(calendar.Calendar(6).iterweekdays()), calendar.firstweekday(), len(calendar.calendar(2024).splitlines()))
for s in ['a b "c d" e\\ f', "it's 'quoted here'", 'x=1 # comment', '"unterminated']:
    try: print(shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e: print('ValueError', e)
print(shlex.quote("it's"), shlex.quote(''), shlex.quote('safe-word_1.2'), shlex.join(['a b', 'c', "d'e"]))
lex = shlex.shlex('a=b, c="d e"', posix=True); lex.whitespace_split = False; print(list(lex))
names = ['main.py', 'Main.PY', 'test_a.py', 'data.json', '.hidden', 'x[1].txt', 'readme']
for pat in ['*.py', '*.[pP][yY]', 'test_?.py', '[!.]*', '*[[]1]*', '*', '?????', 'READ*']:
    print(pat, fnmatch.filter(names, pat), fnmatch.fnmatchcase('Main.PY', pat), fnmatch.fnmatch('readme', pat))
print(fnmatch.translate('*.py'), fnmatch.translate('[!a-c]?'), fnmatch.translate('a[]b'))
