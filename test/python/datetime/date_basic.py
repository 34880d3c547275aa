from datetime import date, timedelta
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day)
print(d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.ctime())
print(d + timedelta(days=1), d - timedelta(days=366), date(2024, 12, 25) - d)
print(d.replace(year=2023, day=28), date.fromordinal(738000), date(1, 1, 1).toordinal(), date.max, date.min)
print(d < date(2025, 1, 1), d == date(2024, 2, 29), d != date(2024, 3, 1), hash(d) == hash(date(2024, 2, 29)))
try:
    date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
try:
    date(2023, 13, 1)
except ValueError as e:
    print("ValueError:", e)
