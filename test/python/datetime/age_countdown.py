from datetime import date, datetime, timedelta
def days_until(target, today):
    nxt = target.replace(year=today.year)
    if nxt < today:
        nxt = nxt.replace(year=today.year + 1)
    return (nxt - today).days
today = date(2024, 11, 20)
for name, bday in [("ann", date(1990, 12, 25)), ("bob", date(1985, 1, 2)), ("cid", date(2000, 11, 20))]:
    print(name, days_until(bday, today))
launch = datetime(2025, 1, 1, 0, 0)
now = datetime(2024, 12, 30, 18, 45, 10)
left = launch - now
h, rem = divmod(left.seconds, 3600)
m, s = divmod(rem, 60)
print("%dd %dh %dm %ds" % (left.days, h, m, s), left.total_seconds())
print(max(date(2024, 1, 31), date(2024, 2, 1)) - timedelta(days=31))
