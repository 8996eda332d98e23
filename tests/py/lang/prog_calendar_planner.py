# A meeting planner over fixed dates: recurring events expanded with datetime arithmetic
# (weekly, monthly on the 31st clamped, business days), conflict detection, free slots, and
# an agenda grouped by ISO week.
from datetime import date, datetime, time, timedelta
import calendar, itertools
def weekly(start, until, weekday_set):
    d = start
    while d <= until:
        if d.weekday() in weekday_set:
            yield d
        d += timedelta(days=1)
def monthly(day, start, months):
    y, m = start.year, start.month
    for _ in range(months):
        last = calendar.monthrange(y, m)[1]
        yield date(y, m, min(day, last))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
def business_days(start, n):
    d, out = start, []
    while len(out) < n:
        if d.weekday() < 5:
            out.append(d)
        d += timedelta(days=1)
    return out
start = date(2024, 1, 29)
events = []
for d in weekly(start, date(2024, 3, 10), {0, 2}):
    events.append((datetime.combine(d, time(10, 0)), timedelta(minutes=45), 'standup'))
for d in monthly(31, start, 3):
    events.append((datetime.combine(d, time(10, 30)), timedelta(hours=1), 'month-end review'))
for d in business_days(date(2024, 2, 15), 4):
    events.append((datetime.combine(d, time(14, 0)), timedelta(minutes=90), 'workshop'))
events.append((datetime(2024, 2, 14, 9, 30), timedelta(hours=1), 'dentist'))
events.sort()
print(len(events), events[0][0].isoformat(), events[-1][0].strftime('%a %d %b %H:%M'))
conflicts = []
for (s1, d1, n1), (s2, d2, n2) in itertools.combinations(events, 2):
    if s1 < s2 + d2 and s2 < s1 + d1:
        conflicts.append((s1.strftime('%m-%d %H:%M'), n1, n2))
print('conflicts', conflicts)
for week, evs in itertools.groupby(events, key=lambda e: e[0].isocalendar()[:2]):
    evs = list(evs)
    print(f'week {week[0]}-W{week[1]:02d}:', ', '.join(f"{s:%a %d} {s:%H:%M}-{(s + d):%H:%M} {n}" for s, d, n in evs))
def free_slots(day, events, start=time(9), end=time(17), min_len=timedelta(minutes=30)):
    busy = sorted((s, s + d) for s, d, _ in events if s.date() == day)
    cur = datetime.combine(day, start)
    out = []
    for s, e in busy + [(datetime.combine(day, end), datetime.combine(day, end))]:
        if s - cur >= min_len:
            out.append(f'{cur:%H:%M}-{s:%H:%M}')
        cur = max(cur, e)
    return out
for d in [date(2024, 1, 31), date(2024, 2, 14), date(2024, 2, 19)]:
    print(d, d.strftime('%A'), free_slots(d, events))
print((date(2024, 3, 10) - start).days, start + timedelta(weeks=6), date(2024, 2, 29).replace(year=2028), datetime(2024, 3, 10, 23, 59) - datetime(2024, 3, 9, 0, 1))
