from datetime import date, timedelta
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    mdays = [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return d.replace(year=y, month=m, day=min(d.day, mdays))
print([str(add_months(date(2024, 1, 31), k)) for k in range(0, 14, 3)])
def business_days(start, end):
    n = 0
    d = start
    while d < end:
        if d.weekday() < 5:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 1, 1), date(2024, 2, 1)))
birth = date(1990, 6, 15)
today = date(2024, 6, 14)
age = today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
print(age, (today - birth).days)
start = date(2024, 3, 1)
print([(start + timedelta(weeks=w)).isoformat() for w in range(4)])
print(date(2024, 12, 30).isocalendar(), date(2021, 1, 3).isocalendar(), date.fromisocalendar(2020, 53, 7))
