from datetime import date, timedelta
def week_dates(year, week):
    monday = date.fromisocalendar(year, week, 1)
    return [monday + timedelta(days=i) for i in range(7)]
print([d.isoformat() for d in week_dates(2024, 1)])
print([d.strftime("%a %d") for d in week_dates(2020, 53)])
for d in [date(2021, 1, 1), date(2024, 12, 31), date(2026, 6, 15)]:
    y, w, wd = d.isocalendar()
    print(d, y, w, wd, d.strftime("%G-W%V-%u"))
def month_calendar(y, m):
    first = date(y, m, 1)
    nxt = date(y + (m == 12), m % 12 + 1, 1)
    days = (nxt - first).days
    rows = []
    row = ["  "] * first.weekday()
    for d in range(1, days + 1):
        row.append("%2d" % d)
        if len(row) == 7:
            rows.append(" ".join(row))
            row = []
    if row:
        rows.append(" ".join(row))
    return rows
print("\n".join(month_calendar(2024, 2)))
