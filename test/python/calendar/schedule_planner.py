import calendar
from datetime import date, timedelta

# Plan a recurring meeting: second Tuesday of each month, skipping holidays.
HOLIDAYS = {date(2024, 7, 9), date(2024, 12, 10)}


def nth_weekday(year, month, weekday, n):
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return date(year, month, days[n - 1])


for month in range(6, 13):
    d = nth_weekday(2024, month, calendar.TUESDAY, 2)
    note = " (holiday: moved to Wednesday)" if d in HOLIDAYS else ""
    if d in HOLIDAYS:
        d += timedelta(days=1)
    print(f"{calendar.month_abbr[month]} {d.day:>2} {calendar.day_name[d.weekday()]}{note}")

first, ndays = calendar.monthrange(2024, 2)
weekdays = sum(1 for day in range(1, ndays + 1) if calendar.weekday(2024, 2, day) < 5)
print("Feb 2024 starts on", calendar.day_name[first], "with", ndays, "days,", weekdays, "weekdays")
print("leap years 2000-2030:", [y for y in range(2000, 2031) if calendar.isleap(y)])
cal = calendar.TextCalendar(calendar.SUNDAY)
print(cal.formatmonth(2024, 9))
for week in calendar.Calendar().monthdatescalendar(2024, 9)[:2]:
    print([d.strftime("%m/%d") for d in week])
