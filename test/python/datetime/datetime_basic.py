from datetime import datetime, timedelta, date, time
dt = datetime(2023, 12, 31, 23, 59, 58, 500000)
print(dt, repr(dt), dt + timedelta(seconds=2), dt.date(), dt.time())
print(dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="milliseconds"), dt.ctime())
print(datetime.combine(date(2020, 1, 2), time(3, 4)), datetime(2020, 5, 17).replace(month=6, hour=12))
print(datetime(2024, 1, 1) - datetime(2023, 1, 1), (datetime(2024, 3, 1) - datetime(2024, 2, 1)).days)
print(sorted([datetime(2020, 5, 1), datetime(2019, 1, 1), datetime(2020, 1, 1, 5)]))
print(datetime(2024, 3, 10, 8).weekday(), datetime.min, datetime.max)
print(datetime(2024, 5, 17).timetuple()[:8], datetime(2024, 5, 17).timetuple().tm_yday, datetime(2000, 1, 1).timestamp())
