from datetime import datetime, timedelta, timezone
tz = timezone(timedelta(hours=5, minutes=30))
a = datetime(2024, 1, 1, 12, 0, tzinfo=tz)
print(a, repr(a), a.utcoffset(), a.tzname(), a.isoformat())
print(a.astimezone(timezone.utc), a.timestamp(), repr(timezone.utc), str(tz), repr(tz))
print(timezone(timedelta(hours=-3), "BRT").tzname(None), timezone(timedelta(0)).tzname(None), timezone(timedelta(minutes=-90)))
b = datetime(2024, 1, 1, 6, 30, tzinfo=timezone.utc)
print(a == b, a - b, a.strftime("%z %Z"), hash(a) == hash(b))
print(datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz))
try:
    datetime(2024, 1, 1) < a
except TypeError as e:
    print("TypeError:", e)
print(datetime(2024, 1, 1) == a)
try:
    timezone(timedelta(hours=24))
except ValueError:
    print("ValueError: offset")
