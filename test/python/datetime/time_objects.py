from datetime import time, timezone, timedelta
t = time(14, 30, 5, 123)
print(t, repr(t), t.hour, t.minute, t.second, t.microsecond)
print(t.isoformat("minutes"), t.isoformat("milliseconds"), t.isoformat("hours"), t.strftime("%I:%M %p"))
print(time(9), repr(time(9, 5)), time(), time.min, time.max, time(1, 2, tzinfo=timezone.utc))
print(time(10) < time(11), time(10, 0) == time(10), t.replace(hour=1), bool(time(0)))
print(time(12, tzinfo=timezone(timedelta(hours=2))).utcoffset())
try:
    time(24)
except ValueError as e:
    print("ValueError:", e)
