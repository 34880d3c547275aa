from datetime import datetime, timezone, timedelta
utc = timezone.utc
cet = timezone(timedelta(hours=1), "CET")
ist = timezone(timedelta(hours=5, minutes=30), "IST")
pst = timezone(timedelta(hours=-8), "PST")
t = datetime(2024, 1, 15, 12, 0, tzinfo=utc)
for tz in (cet, ist, pst):
    local = t.astimezone(tz)
    print(local, local.tzname(), local.strftime("%H:%M %Z %z"))
a = datetime(2024, 1, 15, 13, 0, tzinfo=cet)
print(a == t, a.astimezone(utc) == t, (a - t), sorted([datetime(2024, 1, 15, 12, 30, tzinfo=utc), a, datetime(2024, 1, 15, 4, 0, tzinfo=pst)]))
print(datetime(2024, 1, 15, 12, tzinfo=utc).isoformat(), datetime.fromisoformat("2024-01-15T12:00:00-08:00").astimezone(utc))
