import calendar
print(calendar.month(2024, 3)); print(calendar.month(2024, 3, w=3, l=2))
print(calendar.calendar(2024))
print(calendar.TextCalendar(6).formatmonth(2024, 2))
print(repr(calendar.month_name[0]), list(calendar.day_abbr), calendar.weekheader(3), calendar.month_abbr[12])
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 12, 25))
print(calendar.monthcalendar(2023, 10), calendar.timegm((2024, 1, 1, 0, 0, 0)))
c = calendar.Calendar()
print(list(c.itermonthdates(2024, 2))[:3], list(c.iterweekdays()), c.monthdays2calendar(2024, 2)[0])
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.firstweekday()); calendar.prmonth(2025, 1)
try: calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e: print('bad', e)
for y in range(2020, 2026):
    print(y, 'leap' if calendar.isleap(y) else 'common', calendar.day_name[calendar.weekday(y, 1, 1)])
