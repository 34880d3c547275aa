from datetime import datetime, date, time
print(date.fromisoformat("2021-05-03"), date.fromisoformat("20210503"), date.fromisoformat("2021-W01-1"))
print(datetime.fromisoformat("2011-11-04T00:05:23+04:00"), datetime.fromisoformat("2011-11-04 00:05:23.283"))
print(datetime.fromisoformat("2011-11-04T00:05:23Z"), datetime.fromisoformat("20111104T000523"), datetime.fromisoformat("2011-11-04"))
print(time.fromisoformat("10:11:12.5"), time.fromisoformat("04:23:01+05:30"), time.fromisoformat("T10:11"))
for s in ["2011-11-04T25:00", "not a date", "2011-1-04"]:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print("ValueError:", e)
dt = datetime(2021, 3, 4, 5, 6, 7, 890)
print(datetime.fromisoformat(dt.isoformat()) == dt)
