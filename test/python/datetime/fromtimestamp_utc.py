from datetime import datetime, date, timezone
print(datetime.utcfromtimestamp(0), datetime.utcfromtimestamp(86400 * 365.25), datetime.utcfromtimestamp(1234567890))
print(datetime.fromtimestamp(1234567890, timezone.utc).isoformat(), datetime(2009, 2, 13, 23, 31, 30, tzinfo=timezone.utc).timestamp())
print(datetime.fromtimestamp(-86400, timezone.utc), datetime.utcfromtimestamp(1.999999))
n = datetime.now()
print(type(n).__name__, n.year >= 2024, datetime.now(timezone.utc).tzinfo, date.today().year >= 2024)
